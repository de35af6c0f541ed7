"""Web app speed on a 10,000-article corpus: page render p50/p95 and requests/s over loopback.

1. Corpus: ``--db`` if it exists (e.g. the corpus bench's 10k corpus), else one is built here through
   ``Corpus.add_articles`` from synthetic Articles: Persian sentence templates we wrote, with
   people (with ranks), places and organizations drawn at random, and offsets for their mentions,
   quotes and meetings, so entity pages have timelines, quotes, events and networks.
2. Render: the app in-process (FastAPI TestClient, one thread), GET article, entity and search pages
   (and search through the API), ``--samples`` each; p50/p95 in ms, cold first-request excluded.
3. Load: ``khabar serve`` in a subprocess on 127.0.0.1, ``--clients`` threads with keep-alive
   connections sending a mix of those pages for ``--seconds`` (bounded); requests/s and p50/p95.

Usage: python bench/web_bench.py [--db /tmp/khabar-web-bench.db] [--articles 10000] [--samples 300]
       [--clients 4] [--seconds 15]
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path
from typing import Any
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]

RANKS = ["سرلشکر", "سردار", "دریادار", "دکتر", "سرتیپ", "مهندس", "حجت‌الاسلام", "امیر", "سرهنگ", "آقای"]
FIRST = ["محمد", "علی", "حسین", "مریم", "رضا", "سعید", "احمد", "زهرا", "مهدی", "حمید", "یوسف", "لیلا", "هادی",
         "پرویز", "جواد", "فرهاد", "کاوه", "سلیم", "نرگس", "بهرام"]
LAST = ["باقری", "فدوی", "شریفی", "احمدی", "کاظمی", "رحیمی", "موسوی", "کریمی", "صادقی", "نوری", "العمری",
        "حسینی", "طاهری", "عباسی", "نیک‌بین", "امینی", "مرادی", "الحارثی", "شیرازی", "ایرانی"]
# 400 people: a few appear in many articles (Zipf-like draw below), most in a handful.
PEOPLE = [(RANKS[(i * 7 + j) % len(RANKS)], f"{first} {last}")
          for i, first in enumerate(FIRST) for j, last in enumerate(LAST)]
ROLES = ["وزیر دفاع", "وزیر امور خارجه", "فرمانده نیروی دریایی", "رئیس ستاد کل", "سخنگوی دولت", "استاندار",
         "معاون وزیر نفت", "رئیس سازمان برنامه", "سفیر", "فرمانده منطقه", "رئیس مجلس", "نماینده ویژه"]
PLACES = ["تهران", "مسقط", "بغداد", "دمشق", "مسکو", "پکن", "آنکارا", "دوحه", "بندرعباس", "مشهد", "تبریز",
          "اصفهان", "شیراز", "کابل", "ایروان", "باکو", "بیروت", "صنعا", "اسلام‌آباد", "دهلی نو"]
ORGS = ["وزارت دفاع", "وزارت امور خارجه", "سازمان ملل", "شورای امنیت", "نیروی دریایی ارتش", "سپاه پاسداران",
        "بانک مرکزی", "شرکت ملی نفت", "اتاق بازرگانی", "دانشگاه تهران", "هلال احمر", "سازمان بنادر"]
TOPICS = ["امنیت دریایی", "همکاری اقتصادی", "تجارت مرزی", "انرژی", "آموزش نظامی", "مبارزه با قاچاق",
          "گردشگری", "حمل‌ونقل ریلی", "بهداشت عمومی", "آب و کشاورزی", "فناوری اطلاعات", "امور کنسولی"]
AGENCIES = ["ایرنا", "ایسنا", "فارس", "مهر", "تسنیم", "خبرگزاری دانشجو"]
# {A}/{B}: people, {P}: place, {O}: organization, {T}: topic, {R}: role, {N}: a number
SENTENCES = [
    "{A} {R} در سفر به {P} با {B} دیدار و درباره {T} گفت‌وگو کرد.",
    "{A} در این دیدار گفت: {T} برای همه کشورهای منطقه اهمیت دارد و {O} آماده همکاری است.",
    "وی افزود: در {N} ماه گذشته نشست‌های کارشناسی درباره {T} برگزار شده است.",
    "{B} نیز با اشاره به روابط دیرینه دو کشور تصریح کرد که {O} از گسترش {T} استقبال می‌کند.",
    "{A} همچنین از {O} در {P} بازدید کرد و در جریان آخرین اقدامات قرار گرفت.",
    "{B} در تماس تلفنی با {A} درباره {T} و تحولات {P} رایزنی کرد.",
    "به گفته {A}، قرار است {N} هیئت تخصصی در ماه آینده به {P} اعزام شوند.",
    "{O} اعلام کرد که تفاهم‌نامه {T} با حضور {B} در {P} امضا شد.",
    "{A} {R} ضمن انتقاد از سیاست‌های غرب، خواستار توجه بیشتر به {T} شد.",
    "در این نشست که در {P} برگزار شد، {B} گزارشی از وضعیت {T} ارائه کرد.",
    "{B} گفت: ما از تلاش‌های {O} برای {T} حمایت می‌کنیم.",
    "کارشناسان معتقدند {T} در سال‌های اخیر با رشد {N} درصدی همراه بوده است.",
]


def synthetic_article(rng: random.Random, number: int) -> Any:
    """One Article with mention offsets, quotes and meeting events, built sentence by sentence."""
    from khabar.article import Article

    a, b = (PEOPLE[int(len(PEOPLE) * rng.random() ** 3)] for _ in range(2))
    if a == b:
        b = PEOPLE[(PEOPLE.index(a) + 1) % len(PEOPLE)]
    pools = {"A": a, "B": b}
    entities: dict[str, dict[str, Any]] = {}
    text, lines, quotes, events = "", [], [], []

    def ent(key: str, label: str, name: str) -> dict[str, Any]:
        return entities.setdefault(f"{label}:{name}", {"id": f"e{len(entities) + 1}", "label": label, "name": name,
                                                       "titles": [], "roles": [], "mentions": []})

    def fill(template: str) -> str:
        nonlocal text
        place, org, topic = rng.choice(PLACES), rng.choice(ORGS), rng.choice(TOPICS)
        line, pos = "", len(text)
        for piece in template.replace("{", "\x00{").replace("}", "}\x00").split("\x00"):
            slot = piece[1:-1] if piece.startswith("{") and piece.endswith("}") else None
            if slot in ("A", "B"):
                rank, name = pools[slot]
                surface = f"{rank} {name}" if not line.startswith("وی") and rng.random() < 0.5 else name
                e = ent(slot, "PER", name)
                e["titles"] = [rank]
                e["mentions"].append({"start": pos + len(line), "end": pos + len(line) + len(surface), "text": surface})
                line += surface
            elif slot in ("P", "O"):
                value, label = (place, "LOC") if slot == "P" else (org, "ORG")
                e = ent(slot, label, value)
                e["mentions"].append({"start": pos + len(line), "end": pos + len(line) + len(value), "text": value})
                line += value
            elif slot == "T":
                line += topic
            elif slot == "R":
                line += rng.choice(ROLES)
            elif slot == "N":
                line += str(rng.randint(2, 90))
            else:
                line += piece
        text += line + "\n"
        return line

    kicker = fill("در سفر {A} به {P} مطرح شد")
    title = fill("دیدار {A} با {B} درباره {T}")
    lead = fill(rng.choice(SENTENCES[:2]))
    paragraphs = []
    for template in rng.sample(SENTENCES, rng.randint(6, 10)):
        start = len(text)
        line = fill(template)
        paragraphs.append({"start": start, "end": start + len(line)})
        lines.append(line)
        if ": " in line:  # a direct quote by the sentence's first person
            q_start = start + line.index(": ") + 2
            speaker = entities[f"PER:{(a if line.startswith(a[0]) or a[1] in line[:40] else b)[1]}"]["id"]
            quotes.append({"speaker": speaker, "speaker_text": None, "cue": "گفت", "kind": "direct",
                           "text": text[q_start:start + len(line)], "start": q_start, "end": start + len(line)})
        if "دیدار" in line or "تماس تلفنی" in line:
            place = next((e["id"] for e in entities.values() if e["label"] == "LOC"), None)
            events.append({"type": "CONSULT", "mode": "meeting" if "دیدار" in line else "phone",
                           "trigger": "دیدار" if "دیدار" in line else "تماس تلفنی",
                           "actors": [entities[f"PER:{a[1]}"]["id"]], "targets": [entities[f"PER:{b[1]}"]["id"]],
                           "place": place, "time": None, "modality": "asserted"})
    day = 1 + number % 700
    date = f"{2023 + day // 365}-{1 + (day % 365) // 31:02d}-{1 + (day % 365) % 28:02d}"
    sentences = [{"start": p["start"], "end": p["end"]} for p in paragraphs]
    return Article(
        id=f"w{number:06d}", source=rng.choice(AGENCIES), date=date, url=f"https://example.org/n/{number}", text=text,
        structure={"kicker": kicker, "title": title, "lead": lead, "subheadings": [], "paragraphs": paragraphs,
                   "agency": None},
        sentences=sentences, entities=list(entities.values()), quotes=quotes, events=events,
        summary=[0, 1], keyphrases=[rng.choice(TOPICS)])


def build(db: Path, count: int) -> float:
    from khabar.store.corpus import Corpus

    rng = random.Random(8)
    start = time.perf_counter()
    with Corpus(db) as corpus:
        corpus.add_articles(synthetic_article(rng, i) for i in range(count))
    return time.perf_counter() - start


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def targets(db: Path, rng: random.Random, samples: int) -> dict[str, list[str]]:
    from khabar.store.corpus import Corpus

    with Corpus(db) as corpus:
        ids = [r[0] for r in corpus.db.execute("SELECT id FROM articles ORDER BY random() LIMIT ?", (samples,))]
        people = [e["id"] for e in corpus.entities(label="PER", limit=200)]
        places = [e["id"] for e in corpus.entities(label="LOC", limit=100)]
    words = [*TOPICS, *LAST, *PLACES, "دیدار", "گفت‌وگو", "گفتگو", "رئیس جمهور"]

    def pick(pool: list[Any]) -> list[Any]:
        return [rng.choice(pool) for _ in range(samples)]

    return {
        "article": [f"/article/{i}" for i in ids],
        "entity": [f"/entity/{i}" for i in pick(people + places)],
        "search": [f"/?q={quote(w)}" for w in pick(words)],
        "api_search": [f"/api/search?q={quote(w)}" for w in pick(words)],
        "api_entity": [f"/api/entities/{i}" for i in pick(people + places)],
    }


def render_times(db: Path, urls: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from khabar.web import create_app

    client = TestClient(create_app(str(db)))
    out = {}
    for kind, paths in urls.items():
        client.get(paths[0])  # warm: connection, templates, SQLite page cache
        times = []
        for path in paths:
            t0 = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        out[kind] = {"n": len(times), "p50_ms": round(statistics.median(times), 1),
                     "p95_ms": round(pct(times, 0.95), 1), "max_ms": round(max(times), 1)}
    return out


def load(db: Path, urls: list[str], clients: int, seconds: float) -> dict[str, float]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    khabar = Path(sys.executable).with_name("khabar")
    server = subprocess.Popen([str(khabar), "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("khabar serve did not start") from None
                time.sleep(0.2)
        latencies: list[float] = []
        errors = [0]
        stop = time.monotonic() + seconds

        def worker(seed: int) -> None:
            rng = random.Random(seed)
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            while time.monotonic() < stop:
                t0 = time.perf_counter()
                try:
                    conn.request("GET", rng.choice(urls))
                    response = conn.getresponse()
                    response.read()
                    errors[0] += response.status != 200
                except (OSError, http.client.HTTPException):
                    errors[0] += 1
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                    continue
                latencies.append((time.perf_counter() - t0) * 1000)
            conn.close()

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t0
    finally:
        server.terminate()
        server.wait(timeout=10)
    return {"clients": clients, "seconds": round(elapsed, 1), "requests": len(latencies), "errors": errors[0],
            "requests_per_s": round(len(latencies) / elapsed, 1), "p50_ms": round(statistics.median(latencies), 1),
            "p95_ms": round(pct(latencies, 0.95), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=Path("/tmp/khabar-web-bench.db"))
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=15.0)
    args = parser.parse_args()
    result: dict[str, Any] = {"db": str(args.db)}
    if not args.db.exists():
        result["build_s"] = round(build(args.db, args.articles), 1)
    from khabar.store.corpus import Corpus

    with Corpus(args.db) as corpus:
        result["stats"] = corpus.stats()
    result["db_mb"] = round(args.db.stat().st_size / 1e6, 1)
    urls = targets(args.db, random.Random(1), args.samples)
    result["render"] = render_times(args.db, urls)
    print(json.dumps(result["render"], ensure_ascii=False), file=sys.stderr, flush=True)
    mixed = [u for kind in ("article", "entity", "search") for u in urls[kind]]
    result["load"] = load(args.db, mixed, args.clients, args.seconds)
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
