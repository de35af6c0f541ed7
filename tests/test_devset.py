"""The dev-set loader: raw text rebuilding, loading, and span checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.evaluate.devset import DevsetError, check, join_fields, load_devset, raw_text, text_sha1

REPO = Path(__file__).resolve().parents[1]

# A tiny article of our own, with the Arabic ي and a glued word, as the shared files store them.
ARTICLE = {
    "title": "ديدار وزیر با سفیر",
    "abstract": "خبرگزاری فارس: وزیر نیرو گفت: همکاری ادامه می یابد.",
    "paragraphs": ["وی روز گذشته با سفیر ژاپن دیدار کرد."],
}
TEXT = join_fields(ARTICLE)


def span(piece: str, occurrence: int = 0) -> list[int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(piece, start + 1)
    return [start, start + len(piece)]


def make_record(**changes: object) -> dict:
    record = {
        "file": "news/test/mini.json",
        "index": 0,
        "sha1": text_sha1(TEXT),
        "split": "dev",
        "date": "2012-03-12",
        "entities": [
            {"id": "e1", "label": "PER", "mentions": [span("وزیر"), span("وزیر نیرو"), span("وی")]},
            {"id": "e2", "label": "PER", "mentions": [span("سفیر"), span("سفیر ژاپن")]},
        ],
        "quotes": [
            {"speaker": "e1", "kind": "direct", "cue": span("گفت"), "text": span("همکاری ادامه می یابد.")}
        ],
        "events": [
            {
                "type": "CONSULT",
                "mode": "meeting",
                "trigger": span("دیدار کرد"),
                "actors": ["e1"],
                "targets": ["e2"],
                "place": None,
                "time": {"span": span("روز گذشته"), "value": "2012-03-11"},
                "modality": "asserted",
            }
        ],
    }
    record.update(changes)
    return record


@pytest.fixture()
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "news" / "test"
    folder.mkdir(parents=True)
    (folder / "mini.json").write_text(json.dumps([ARTICLE], ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_join_fields_keeps_raw_text() -> None:
    # title, abstract and the paragraph, one per line, Arabic ي untouched
    assert TEXT.split("\n") == ["ديدار وزیر با سفیر", ARTICLE["abstract"], ARTICLE["paragraphs"][0]]


def test_raw_text_reads_shared_file(shared: Path) -> None:
    assert raw_text(shared, "news/test/mini.json", 0) == TEXT


@pytest.mark.parametrize(
    ("index", "message"),
    [
        (5, "no article at index 5"),  # past the end of the array
        (-1, "no article at index -1"),  # negative indices are not wrapped
    ],
)
def test_raw_text_bad_index(shared: Path, index: int, message: str) -> None:
    with pytest.raises(DevsetError, match=message):
        raw_text(shared, "news/test/mini.json", index)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({}, None),  # the record as built is clean
        ({"sha1": "0" * 40}, "sha1 differs"),  # the text drifted
        ({"split": "train"}, "split must be"),  # only dev and test
        (
            {"quotes": [{"speaker": "e9", "kind": "direct", "cue": span("گفت"), "text": span("همکاری")}]},
            "speaker e9 is no entity",
        ),  # speaker must be an entity id
        (
            {"entities": [{"id": "e1", "label": "PER", "mentions": [[len(TEXT) - 3, len(TEXT) + 4]]}]},
            "empty, padded or crosses",
        ),  # a span past the end
        (
            {"entities": [{"id": "e1", "label": "PER", "mentions": [span("گفت: ")]}]},
            "empty, padded or crosses",
        ),  # trailing space in a span
    ],
)
def test_check(shared: Path, changes: dict, problem: str | None) -> None:
    problems = check(make_record(**changes), shared)
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


def test_load_devset_file_and_dir(tmp_path: Path) -> None:
    lines = [make_record(), make_record(index=1, split="test")]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    assert [r["index"] for r in load_devset(path)] == [0, 1]
    assert [r["index"] for r in load_devset(tmp_path, split="test")] == [1]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON"),  # broken line
        ('{"index": 3}', "needs 'file' and 'index'"),  # missing file key
    ],
)
def test_load_devset_bad_lines(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(DevsetError, match=message):
        load_devset(path)


@pytest.mark.parametrize("folder_name", ["annotations", "agreement"])  # the dev/test set; second annotations
def test_committed_annotations_match_shared_data(shared_dir: Path, folder_name: str) -> None:
    folder = REPO / "dev" / folder_name
    if not list(folder.glob("*.jsonl")):
        pytest.skip(f"no annotation files in {folder}")
    records = load_devset(folder)
    problems = [p for record in records for p in check(record, shared_dir)]
    assert problems == []
