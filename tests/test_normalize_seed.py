"""The founding article and the evaluation command (need ../shared; skipped without it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.evaluate.normalize import compare, score_seed, skeleton
from khabar.text import normalize

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="module")
def seed_dir() -> Path:
    if not (SHARED / "seed/seed.txt").exists():
        pytest.skip(f"needs the seed article at {SHARED}/seed (absent on this machine)")
    return SHARED / "seed"


def test_seed_restores_all_zwnjs_and_changes_nothing_else(seed_dir: Path) -> None:
    source = (seed_dir / "seed.txt").read_text(encoding="utf-8")
    gold = (seed_dir / "seed.gold.txt").read_text(encoding="utf-8")
    out = normalize(source)
    # the only other change allowed is the space after the glued sentence period
    assert out.replace(". ", ".") == gold.replace(". ", ".")
    assert out.count("\n") == source.count("\n")
    result = score_seed(seed_dir)
    assert result["restored"] == f"{gold.count(chr(0x200C))}/{gold.count(chr(0x200C))}"
    assert result["fp"] == 0


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        # one ZWNJ restored, none wrong: "it becomes"
        ("می\u200cشود", "می\u200cشود", {"tp": 1, "fp": 0, "fn": 0}),
        # missed ZWNJ
        ("می\u200cشود", "میشود", {"tp": 0, "fp": 0, "fn": 1}),
        # two words joined by a ZWNJ: a false positive, listed as "joined"
        ("بشار اسد", "بشار\u200cاسد", {"tp": 0, "fp": 1, "joined": 1}),
        # a space added after a period is damage
        ("یافت.سردار", "یافت. سردار", {"space_added": 1}),
    ],
)
def test_compare_counts(gold: str, pred: str, expected: dict[str, int]) -> None:
    got = compare(gold, pred)
    assert {k: got[k] for k in expected} == expected


def test_skeleton_marks_boundaries() -> None:
    # letters without gaps, and what follows each: nothing, ZWNJ or space
    assert skeleton("ab\u200cc d") == ("abcd", ["", "z", "s", ""])
