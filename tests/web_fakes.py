"""Test doubles for the web app: hand-written Persian articles and an in-memory corpus.

``FakeCorpus`` has the read methods of ``khabar.store.corpus.Corpus`` (see the "Corpus store API"
in the helper rules) over Article dicts, so the pages can be tested without SQLite. The articles
are written for these tests; offsets are computed from the surface strings, never typed by hand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

# Bidi override characters used by the hostile article (RLO and LRO, then PDF).
RLO, LRO, PDF = "\u202e", "\u202d", "\u202c"
SCRIPT = "<script>window.__pwned = 1</script>"
ATTR = '"><img src=x onerror="window.__pwned=2">'


def _span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    pos = text.find(needle, start)
    assert pos >= 0, f"{needle!r} not in the test article"
    return pos, pos + len(needle)


def make_article(article_id: str, source: str, date: str, lines: list[str], *,
                 entities: list[tuple[str, str, str, list[str]]] = (),  # type: ignore[assignment]
                 quotes: list[tuple[str | None, str, str, str]] = (),  # type: ignore[assignment]
                 events: list[dict[str, Any]] = ()) -> dict[str, Any]:  # type: ignore[assignment]
    """An Article dict: lines are kicker, title, lead, then paragraphs (a line starting '## ' is a sub-heading)."""
    text_lines = [line.removeprefix("## ") for line in lines]
    text = "\n".join(text_lines) + "\n"
    paragraphs, sentences, pos = [], [], 0
    for index, line in enumerate(lines):
        end = pos + len(text_lines[index])
        sentences.append({"start": pos, "end": end})
        if index >= 3 and not line.startswith("## "):
            paragraphs.append({"start": pos, "end": end})
        pos = end + 1
    ents = []
    for eid, label, name, surfaces in entities:
        mentions = []
        for surface in surfaces:
            start = 0
            while (found := text.find(surface, start)) >= 0:
                mentions.append({"start": found, "end": found + len(surface), "text": surface})
                start = found + len(surface)
        ents.append({"id": eid, "label": label, "name": name, "titles": [], "roles": [], "mentions": mentions})
    quote_rows = []
    for speaker, kind, cue, said in quotes:
        s, e = _span(text, said)
        quote_rows.append({"speaker": speaker, "speaker_text": None, "cue": cue, "kind": kind,
                           "text": said, "start": s, "end": e})
    return {
        "id": article_id, "source": source, "date": date, "url": f"https://example.org/{article_id}",
        "text": text,
        "structure": {"kicker": text_lines[0], "title": text_lines[1], "lead": text_lines[2],
                      "subheadings": [line[3:] for line in lines if line.startswith("## ")],
                      "paragraphs": paragraphs, "agency": source},
        "sentences": sentences, "entities": ents, "quotes": quote_rows, "events": list(events),
        "summary": [2, 3], "keyphrases": [],
    }


def sample_articles() -> list[dict[str, Any]]:
    meeting = make_article(
        "a1", "ایرنا", "2024-03-05",
        [
            "در سفر وزیر خارجه به آنکارا",  # kicker
            "دیدار عراقچی با وزیر خارجه ترکیه",  # title
            "وزیر امور خارجه کشورمان در آنکارا با هاکان فیدان دیدار و گفت‌وگو کرد.",  # lead
            "به گزارش ایرنا، سید عباس عراقچی وزیر امور خارجه صبح سه‌شنبه در آنکارا با هاکان فیدان دیدار کرد.",
            "عراقچی در این دیدار گفت: همکاری‌های اقتصادی دو کشور باید گسترش یابد.",
            "## محورهای گفت‌وگو",
            "فیدان نیز تصریح کرد که ترکیه از توسعه روابط با ایران استقبال می‌کند.",
        ],
        entities=[("e1", "PER", "سید عباس عراقچی", ["سید عباس عراقچی", "عراقچی"]),
                  ("e2", "PER", "هاکان فیدان", ["هاکان فیدان", "فیدان"]),
                  ("e3", "LOC", "آنکارا", ["آنکارا"]),
                  ("e4", "ORG", "ایرنا", ["ایرنا"])],
        quotes=[("e1", "direct", "گفت", "همکاری‌های اقتصادی دو کشور باید گسترش یابد"),
                ("e2", "indirect", "تصریح کرد", "ترکیه از توسعه روابط با ایران استقبال می‌کند")],
        events=[{"type": "CONSULT", "mode": "meeting", "trigger": "دیدار", "actors": ["e1"], "targets": ["e2"],
                 "place": "e3", "time": {"span": None, "value": "2024-03-05"}, "modality": "asserted"}],
    )
    visit = make_article(
        "a2", "فارس", "2024-04-10",
        [
            "با حضور مقامات دو کشور",
            "سفر فیدان به تهران و دیدار با عراقچی",
            "وزیر خارجه ترکیه برای گفت‌وگو درباره امنیت منطقه وارد تهران شد.",
            "هاکان فیدان روز چهارشنبه در تهران با سید عباس عراقچی دیدار کرد.",
            "عراقچی گفت: امنیت منطقه بدون همکاری همسایگان ممکن نیست.",
        ],
        entities=[("e1", "PER", "هاکان فیدان", ["هاکان فیدان", "فیدان"]),
                  ("e2", "PER", "سید عباس عراقچی", ["سید عباس عراقچی", "عراقچی"]),
                  ("e3", "LOC", "تهران", ["تهران"])],
        quotes=[("e2", "direct", "گفت", "امنیت منطقه بدون همکاری همسایگان ممکن نیست")],
        events=[{"type": "CONSULT", "mode": "visit", "trigger": "دیدار", "actors": ["e1"], "targets": ["e2"],
                 "place": "e3", "time": None, "modality": "asserted"}],
    )
    hostile = make_article(
        "a3", f"منبع{SCRIPT}", "2024-05-01",
        [
            f"روتیتر {ATTR}",
            f"عنوان آزمایشی {SCRIPT} درباره بندر",
            f"لید با نویسه‌های جهت {RLO}ناوش رد{PDF} و {LRO}abc{PDF} و بندر",
            f"متن خبر {SCRIPT} درباره بندر و فرمانده {ATTR} است.",
        ],
        entities=[("e1", "PER", f"فرمانده {ATTR}", [f"فرمانده {ATTR}"]),
                  ("e2", "LOC", "بندر", ["بندر"])],
        quotes=[("e1", "direct", "گفت", f"{SCRIPT} درباره بندر")],
        events=[{"type": "ACCUSE", "mode": None, "trigger": SCRIPT, "actors": ["e1"], "targets": [],
                 "place": "e2", "time": None, "modality": "asserted"}],
    )
    return [meeting, visit, hostile]


class FakeCorpus:
    """In-memory stand-in for ``khabar.store.corpus.Corpus`` (read side, plus add_articles)."""

    def __init__(self, articles: Iterable[dict[str, Any]] = ()) -> None:
        self.articles: dict[str, dict[str, Any]] = {}
        self.entity_ids: dict[tuple[str, str], int] = {}
        self.add_articles(articles)

    # --- writing -------------------------------------------------------------
    def add_articles(self, articles: Iterable[Any]) -> int:
        added = 0
        for article in articles:
            data = article if isinstance(article, dict) else article.to_dict()
            if data["id"] in self.articles:
                continue
            self.articles[data["id"]] = {**data, "near_duplicates": []}
            for ent in data.get("entities") or []:
                self.entity_ids.setdefault((ent["name"], ent["label"]), len(self.entity_ids) + 1)
            added += 1
        return added

    # --- helpers -------------------------------------------------------------
    def _local(self, article: dict[str, Any], eid: Any) -> dict[str, Any] | None:
        for ent in article.get("entities") or []:
            if ent["id"] == eid:
                return {"id": self.entity_ids[(ent["name"], ent["label"])], "name": ent["name"]}
        return None

    def _rows(self) -> list[dict[str, Any]]:
        rows = []
        for article in self.articles.values():
            for event in article.get("events") or []:
                rows.append({
                    "article_id": article["id"], "date": article["date"], "type": event["type"],
                    "mode": event.get("mode"), "trigger": event.get("trigger"),
                    "actors": [r for r in (self._local(article, a) for a in event.get("actors") or []) if r],
                    "targets": [r for r in (self._local(article, a) for a in event.get("targets") or []) if r],
                    "place": self._local(article, event.get("place")), "time": event.get("time"),
                    "modality": event.get("modality"), "sentence_text": article["structure"]["title"],
                })
        return sorted(rows, key=lambda r: r["date"] or "")

    def _named(self, entity_id: int) -> tuple[str, str] | None:
        return next((key for key, value in self.entity_ids.items() if value == entity_id), None)

    # --- reading -------------------------------------------------------------
    def search(self, query: str, *, entity: str | None = None, label: str | None = None,
               source: str | None = None, since: str | None = None, until: str | None = None,
               limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        if since and not since[:4].isdigit():
            raise ValueError(f"since: not a date: {since!r}")
        hits = []
        for article in self.articles.values():
            text = article["text"]
            if query and query not in text:
                continue
            if source and article["source"] != source:
                continue
            if entity and not any(e["name"] == entity for e in article["entities"]):
                continue
            if label and not any(e["label"] == label for e in article["entities"]):
                continue
            if (since and article["date"] < since) or (until and article["date"] > until):
                continue
            pos = text.find(query) if query else 0
            start = max(pos - 30, 0)
            parts = [[text[start:pos], False], [query, True], [text[pos + len(query):pos + len(query) + 40], False]]
            hits.append({"id": article["id"], "title": article["structure"]["title"], "date": article["date"],
                         "source": article["source"], "snippet": "".join(p[0] for p in parts),
                         "snippet_parts": [p for p in parts if p[0]]})
        return hits[offset:offset + limit]

    def article(self, article_id: str) -> dict[str, Any] | None:
        return self.articles.get(article_id)

    def entity(self, entity_id: int) -> dict[str, Any] | None:
        key = self._named(entity_id)
        if key is None:
            return None
        dates: Counter[str] = Counter()
        aliases: set[str] = set()
        for article in self.articles.values():
            for ent in article["entities"]:
                if (ent["name"], ent["label"]) == key:
                    dates[article["date"]] += len(ent["mentions"])
                    aliases.update(m["text"] for m in ent["mentions"])
        return {"id": entity_id, "name": key[0], "label": key[1], "aliases": sorted(aliases - {key[0]}),
                "titles": ["دکتر"] if key[1] == "PER" else [], "roles": ["وزیر امور خارجه"] if key[1] == "PER" else [],
                "articles": len(dates), "timeline": [{"date": d, "count": c} for d, c in sorted(dates.items())]}

    def entity_quotes(self, entity_id: int, limit: int = 100) -> list[dict[str, Any]]:
        out = []
        for article in self.articles.values():
            for quote in article["quotes"]:
                local = self._local(article, quote["speaker"])
                if local and local["id"] == entity_id:
                    out.append({"article_id": article["id"], "date": article["date"], "text": quote["text"],
                                "cue": quote["cue"], "kind": quote["kind"]})
        return out[:limit]

    def entity_events(self, entity_id: int, limit: int = 100) -> list[dict[str, Any]]:
        return [r for r in self._rows()
                if any(x["id"] == entity_id for x in r["actors"] + r["targets"])][:limit]

    def cooccurring(self, entity_id: int, limit: int = 20) -> list[dict[str, Any]]:
        key = self._named(entity_id)
        counts: Counter[tuple[str, str]] = Counter()
        for article in self.articles.values():
            keys = {(e["name"], e["label"]) for e in article["entities"]}
            if key in keys:
                counts.update(keys - {key})
        return [{"id": self.entity_ids[k], "name": k[0], "label": k[1], "count": c}
                for k, c in counts.most_common(limit)]

    def network(self, entity_id: int, limit: int = 30) -> dict[str, Any]:
        edges: Counter[tuple[int, int, str]] = Counter()
        for row in self.entity_events(entity_id):
            for actor in row["actors"]:
                for target in row["targets"]:
                    edges[(actor["id"], target["id"], row["type"])] += 1
        ids = {entity_id} | {a for a, _, _ in edges} | {b for _, b, _ in edges}
        nodes = []
        for node_id in sorted(ids):
            key = self._named(node_id)
            if key:
                nodes.append({"id": node_id, "name": key[0], "label": key[1]})
        return {"nodes": nodes[:limit],
                "edges": [{"source": a, "target": b, "type": t, "count": c} for (a, b, t), c in edges.items()]}

    def events(self, *, type: str | None = None, actor: str | None = None, since: str | None = None,
               until: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        rows = [r for r in self._rows()
                if (not type or r["type"] == type)
                and (not actor or any(actor in a["name"] for a in r["actors"]))
                and (not since or (r["date"] or "") >= since) and (not until or (r["date"] or "") <= until)]
        return rows[offset:offset + limit]

    def entities(self, *, label: str | None = None, query: str | None = None, limit: int = 100) -> list[dict]:
        rows = [{"id": i, "name": n, "label": lab, "aliases": []} for (n, lab), i in self.entity_ids.items()
                if (not label or lab == label) and (not query or query in n)]
        return rows[:limit]

    def stats(self) -> dict[str, int]:
        return {"articles": len(self.articles), "entities": len(self.entity_ids)}


# Articles for the real corpus, analyzed by the rules-only pipeline (written for these tests).
PIPELINE_TEXTS = [
    # A spokesman's press conference, with glued ZWNJs as agencies often publish them.
    "در نشست خبری هفتگی مطرح شد\nسخنگوی وزارت امور خارجه: گفتوگوها با همسایگان ادامه دارد\n"
    "سخنگوی وزارت امور خارجه گفت گفتوگوهای منطقهای با جدیت دنبال میشود.\n"
    "به گزارش ایسنا، سخنگوی وزارت امور خارجه در نشست خبری هفتگی گفت: گفتوگو با همسایگان ادامه دارد.\n"
    "وی افزود: سفر هیئت اقتصادی به مسقط هفته آینده انجام میشود.\n",
    # A hostile article: markup, an attribute breaker and a right-to-left override in its text.
    f"روتیتر {SCRIPT}\nعنوان {ATTR} گزارش بندر\nلید خبر با {RLO}نویسه وارونه{PDF} درباره بندر.\n"
    f"متن خبر {SCRIPT} درباره بندر و رزمایش دریایی است.\n",
]


def corpus_articles(nlp: Any) -> list[Any]:
    """``khabar.Article`` objects: the hand-annotated samples plus pipeline-analyzed texts."""
    from dataclasses import fields

    from khabar.article import Article, analyze
    from khabar.io.readers import RawArticle

    names = {f.name for f in fields(Article)}
    out = [Article(**{k: v for k, v in a.items() if k in names}) for a in sample_articles()]
    raws = [RawArticle(text, f"<test {i}>") for i, text in enumerate(PIPELINE_TEXTS)]
    out += list(analyze(nlp, raws, date="2024-06-01"))
    return out
