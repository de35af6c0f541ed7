"""Web archives (WARC, gzipped or not) → the HTML pages in their responses, through warcio."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from khabar.io.decode import DecodeError, decode
from khabar.io.html import MAX_HTML_BYTES, extract_html
from khabar.io.readers import InputError, RawArticle


def read_warc(path: Path, origin: str) -> Iterator[RawArticle | InputError]:
    """One article per HTML response record; other records (requests, images, metadata) are passed over."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{origin}#{url}"
                data = record.content_stream().read(MAX_HTML_BYTES + 1)
                if len(data) > MAX_HTML_BYTES:
                    yield InputError(where, f"page larger than the {MAX_HTML_BYTES // 1_000_000} MB limit")
                    continue
                try:
                    markup = decode(data)
                except DecodeError as exc:
                    yield InputError(where, str(exc))
                    continue
                warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                found += 1
                yield extract_html(markup, where, url=url, date=warc_date)
    except ArchiveLoadFailed as exc:
        yield InputError(origin, f"not a WARC file ({str(exc).splitlines()[0][:120]})")
        return
    except OSError as exc:
        yield InputError(origin, f"cannot read ({exc.strerror or exc})")
        return
    if not found:
        yield InputError(origin, "no HTML pages in this WARC file")
