"""Readers: encodings, records and bad input. Every Persian sample here is our own sentence."""

from __future__ import annotations

import codecs
import json

import pytest

from khabar.io.decode import DecodeError, decode
from khabar.io.readers import InputError, RawArticle, read_bytes, read_path

# "The minister of roads met the governor of Isfahan." (our own sentence)
SAMPLE = "وزیر راه و شهرسازی با استاندار اصفهان دیدار کرد."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (SAMPLE.encode("utf-8"), SAMPLE),  # plain UTF-8
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), SAMPLE),  # UTF-8 with a BOM
        (SAMPLE.encode("utf-16"), SAMPLE),  # UTF-16 with a BOM
        (SAMPLE.encode("utf-16-le"), SAMPLE),  # UTF-16 LE without a BOM
        # Windows-1256 has no Persian ی/ک: such files carry the Arabic forms ي/ك
        (SAMPLE.replace("ی", "ي").replace("ک", "ك").encode("cp1256"), SAMPLE),
    ],
)
def test_decode_accepts(data: bytes, expected: str) -> None:
    from khabar.tables import key

    assert key(decode(data)) == key(expected)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"\x00\x01\x02\x03\xff\xfe\x00\x00" * 20, "binary"),  # random binary
        ("Grüße aus Köln, naïve café".encode("latin-1"), "unknown encoding"),  # Latin-1, not Persian
        (bytes(range(128, 256)) * 8, "unknown encoding"),  # high bytes with no NUL: not Windows-1256 Persian
    ],
)
def test_decode_refuses(data: bytes, problem: str) -> None:
    with pytest.raises(DecodeError, match=problem):
        decode(data)


@pytest.mark.parametrize(
    ("data", "suffix", "problem"),
    [
        (b"", ".txt", "empty file"),
        (b"   \n\n  ", ".txt", "empty article"),
        (b"Only English words here.", ".txt", "no Persian text"),
        (b"[{\"title\": ", ".json", "invalid JSON"),
        (b"[42]", ".json", "not a JSON object"),
        (b"[" * 100_000 + b"]" * 100_000, ".json", "nested too deeply"),  # a JSON bomb
        ('{"title": "\\ud800 خبر"}'.encode(), ".json", "lone surrogate"),  # an escaped lone surrogate
        ("\u200c \u200c\n".encode(), ".txt", "empty article"),  # only ZWNJs and spaces
    ],
)
def test_bad_input_is_reported(data: bytes, suffix: str, problem: str) -> None:
    items = list(read_bytes(data, "x" + suffix, suffix=suffix))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert problem in items[0].problem


def test_presentation_forms_and_lone_cr_are_text() -> None:
    # «سلام دنیا» typed in Arabic presentation forms, lines ending in a lone CR (old Mac files)
    data = "\ufeb3\ufefc\ufee1 \ufea9\ufedb\ufef4\ufe8e\rخط دوم".encode()
    (item,) = list(read_bytes(data, "old.txt", suffix=".txt"))
    assert isinstance(item, RawArticle) and item.text.count("\n") == 1


def test_json_array_records_keep_roles_and_dates() -> None:
    records = [
        # a Fars-style record: the link id encodes 1391/12/22 (Jalali) = 2013-03-12
        {"title": "دیدار وزیران", "abstract": "وزیر کشور با همتای عراقی خود دیدار کرد.",
         "paragraphs": ["وی گفت: این دیدار مفید بود.", ""], "link": "http://x/news/13911222000865"},
        {"title": "خبر دوم", "body": "متن اول\nمتن دوم", "date": "1396/07/26", "source": "ایرنا"},
        {"title": "bad"},  # no Persian: reported, the others still come through
    ]
    items = list(read_bytes(json.dumps(records, ensure_ascii=False).encode(), "news.json", suffix=".json"))
    first, second, third = items
    assert isinstance(first, RawArticle) and first.line_roles == ["title", "lead", "paragraph"]
    assert first.date == "2013-03-12" and first.origin == "news.json#0"
    assert isinstance(second, RawArticle) and second.date == "2017-10-18" and second.source == "ایرنا"
    assert second.text.split("\n") == ["خبر دوم", "متن اول", "متن دوم"]
    assert isinstance(third, InputError) and third.origin == "news.json#2"


def test_jsonl_streams_and_reports_bad_lines(tmp_path) -> None:
    path = tmp_path / "batch.jsonl"
    good = json.dumps({"title": "عنوان", "lead": "متن خبر کوتاه."}, ensure_ascii=False)
    path.write_text(f"{good}\nnot json\n{good}\n", encoding="utf-8")
    items = list(read_path(str(path)))
    assert [type(x).__name__ for x in items] == ["RawArticle", "InputError", "RawArticle"]
    assert items[1].origin.endswith("batch.jsonl:2")


def test_paths_that_are_not_articles(tmp_path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(3_000_000)  # sparse: a 3 MB "article" over the 2 MB limit
    cases = {str(tmp_path / "missing.txt"): "no such file", str(tmp_path): "is a directory", str(big): "2 MB limit"}
    for path, problem in cases.items():
        (item,) = list(read_path(path))
        assert isinstance(item, InputError) and problem in item.problem, path
