"""CLI command modules. Each registers its commands on ``khabar.cli.app`` or ``evaluate_app``."""
