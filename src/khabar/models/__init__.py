"""Trained pipelines (fa_khabar/) and the small components saved inside them."""
