"""``khabar evaluate agreement``: two annotations of the same article, compared on offsets alone."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import khabar.commands.quotes  # noqa: F401  (adds the evaluate commands to the app)
from khabar.cli import app
from khabar.evaluate.agreement import agreement
from khabar.evaluate.devset import DevsetError

# Our own sentence: «وزیر گفت: همکاری ادامه دارد. وی با سفیر دیدار کرد.» (the minister said cooperation
# goes on; he met the ambassador). Offsets are what matter here, so the text is only a guide.
TEXT = "وزیر گفت: همکاری ادامه دارد. وی با سفیر دیدار کرد."


def at(piece: str) -> list[int]:
    start = TEXT.index(piece)
    return [start, start + len(piece)]


BASE: dict[str, Any] = {
    "file": "news/test/mini.json", "index": 0, "sha1": "abc", "split": "test", "date": "2012-03-12",
    "entities": [{"id": "e1", "label": "PER", "mentions": [at("وزیر"), at("وی")]},
                 {"id": "e2", "label": "PER", "mentions": [at("سفیر")]}],
    "quotes": [{"speaker": "e1", "kind": "direct", "cue": at("گفت"), "text": at("همکاری ادامه دارد.")}],
    "events": [{"type": "CONSULT", "mode": "meeting", "trigger": at("دیدار کرد"), "actors": ["e1"],
                "targets": ["e2"], "place": None, "time": None, "modality": "asserted"}],
}


def changed(path: str, value: Any) -> dict[str, Any]:
    record = copy.deepcopy(BASE)
    keys = path.split(".")
    target: Any = record
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    target[keys[-1]] = value
    return record


CASES = [
    # the same annotation twice agrees fully
    (BASE, 1.0, 1.0, 1.0, 1.0),
    # the second annotator gives the quote to the ambassador: the quote is found, its speaker is not agreed
    (changed("quotes.0.speaker", "e2"), 0.0, 0.0, 1.0, 1.0),
    # «وی» read as the ambassador: the clusters differ, so B³ falls below 1 (quotes and events stay)
    (changed("entities", [{"id": "e1", "label": "PER", "mentions": [at("وزیر")]},
                          {"id": "e2", "label": "PER", "mentions": [at("سفیر"), at("وی")]}]), 1.0, 1.0, None, 1.0),
    # the meeting read as a visit of another type: no event is shared
    (changed("events.0.type", "COOPERATE"), 1.0, 1.0, 1.0, 0.0),
]


@pytest.mark.parametrize(("second", "quotes_f1", "speakers", "b3", "events_f1"), CASES)
def test_agreement(second: dict[str, Any], quotes_f1: float, speakers: float, b3: float | None,
                   events_f1: float) -> None:
    scores = agreement([BASE], [second])
    assert scores["articles"] == 1
    assert scores["quotes"]["f1"] == quotes_f1
    assert scores["speaker_agreement"] == speakers
    if b3 is None:
        assert scores["coreference"]["b3_f1"] < 1.0
    else:
        assert scores["coreference"]["b3_f1"] == b3
    assert scores["events"]["f1"] == events_f1


@pytest.mark.parametrize(("second", "message"), [
    (changed("sha1", "other"), "different texts"),  # a record of another text under the same file and index
    (changed("index", 7), "share no article"),  # nothing in common to compare
])
def test_agreement_refuses(second: dict[str, Any], message: str) -> None:
    with pytest.raises(DevsetError, match=message):
        agreement([BASE], [second])


def test_agreement_command(tmp_path: Path) -> None:
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(json.dumps(BASE) + "\n", encoding="utf-8")
    second.write_text(json.dumps(changed("quotes.0.speaker", "e2")) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "agreement", str(first), str(second)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["speaker_agreement"] == 0.0
    bad = CliRunner().invoke(app, ["evaluate", "agreement", str(first), str(tmp_path / "missing.jsonl")])
    assert bad.exit_code == 2
    assert "missing.jsonl" in bad.output and "Traceback" not in bad.output
