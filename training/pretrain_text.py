"""Raw text for ``spacy pretrain``: the shared news articles, minus every article Khabar's dev set annotates.

The quotes and events dev/test articles (dev/annotations/*.jsonl) are left out, so that pretraining never
sees the text the downstream scores are measured on. JSON lines {"text": …},
one line per title, lead and paragraph (``spacy pretrain`` skips texts over 500 tokens); the pipeline's own
tokenizer normalizes it during pretraining.

Usage: python training/pretrain_text.py SHARED_DIR OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ANNOTATIONS = Path(__file__).resolve().parents[1] / "dev" / "annotations"


def annotated() -> set[tuple[str, int]]:
    keys: set[tuple[str, int]] = set()
    for path in ANNOTATIONS.glob("*.jsonl"):
        for line in path.read_text(encoding="utf8").splitlines():
            if line.strip():
                rec = json.loads(line)
                keys.add((rec["file"], int(rec["index"])))
    return keys


def main(shared: Path, out: Path) -> None:
    skip = annotated()
    kept = dropped = 0
    with out.open("w", encoding="utf8") as fh:
        for path in sorted((shared / "data" / "news").glob("*/*.json")):
            rel = str(path.relative_to(shared / "data"))
            for index, art in enumerate(json.loads(path.read_text(encoding="utf8"))):
                if (rel, index) in skip:
                    dropped += 1
                    continue
                parts = [art.get("title") or "", art.get("abstract") or "", *(art.get("paragraphs") or [])]
                for part in parts:
                    if part and part.strip():
                        fh.write(json.dumps({"text": part.strip()}, ensure_ascii=False) + "\n")
                kept += 1
    print(f"pretrain_text: {kept} articles written to {out}, {dropped} annotated ones left out")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    main(Path(sys.argv[1]), Path(sys.argv[2]))
