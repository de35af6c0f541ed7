"""Shared fixtures. Tests that need ../shared skip with a reason when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "README.md").exists():
        pytest.skip(f"needs the shared data folder at {SHARED} (absent on this machine)")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    import khabar

    return khabar.load()


@pytest.fixture(scope="session")
def nlp_bare():
    """The rules-only pipeline without the stages that hand-made entities replace (tests/events_helpers.py):
    the event tests run the event stage by hand on entities they give."""
    import khabar
    from events_helpers import REPLACED

    return khabar.load(None, exclude=REPLACED)


@pytest.fixture(scope="session")
def nlp_rules():
    """The rules-only pipeline (no trained model): fast and deterministic."""
    import khabar

    return khabar.load(None)
