"""Evaluation commands: score Khabar against gold data."""
