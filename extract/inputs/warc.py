"""WARC input: web crawls of news sites (``.warc``, ``.warc.gz``), read with warcio.

Each HTML response with status 200 becomes an Article: the crawled URL, the main text, title
and date through trafilatura (as an ``.html`` file). What is not an article is counted and
skipped, not an error: responses that are not HTML (a PDF, robots.txt, images), responses
other than 200 (404, redirects), pages with no article text, and pages over ``--max-bytes``.
Request, metadata, warcinfo and revisit records are not new responses and are passed over uncounted.

A record's ``doc_id`` is the file's name and the record's position in the file
(``crawl-00001-7``), stable from run to run; ``source`` is ``<file>#<position>``, as for rows of a
CSV file. The file is streamed: memory holds one record, whatever the size of the WARC file.
Install with ``pip install 'warta[warc]'``.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterator

from extract.article import Article

NOT_HTML, NOT_200, NO_TEXT, TOO_LARGE = "not HTML", "not status 200", "no article text", "over --max-bytes"
HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_stem(name: str) -> str:
    """``crawl-00001.warc.gz`` -> ``crawl-00001``."""
    lower = name.lower()
    for suffix in (".warc.gz", ".warc"):
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _open(path):
    from extract.inputs.remote import UrlPath, open_url

    if isinstance(path, UrlPath):
        return open_url(str(path))
    import stat

    st = Path(path).stat()
    if not stat.S_ISREG(st.st_mode):
        raise ValueError("not a regular file (a folder, FIFO, socket or device)")
    return open(path, "rb")


def read_warc(path, *, max_bytes: int, skipped: Counter | None = None) -> Iterator[Article]:
    """The articles in one WARC file. Never raises: a file that cannot be read (or a truncated
    one, after the articles before the damage) gives an Article with ``error`` set."""
    from extract.inputs.sources import html_article, safe_text

    skipped = Counter() if skipped is None else skipped
    stem, source = safe_text(warc_stem(path.name)), safe_text(str(path))
    articles = responses = 0
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield Article(stem, "", source=source, error="reading WARC files needs warcio: pip install 'warta[warc]'")
        return
    try:
        with _open(path) as fh:
            for position, rec in enumerate(ArchiveIterator(fh), 1):
                if rec.rec_type != "response" or rec.http_headers is None:
                    continue
                responses += 1
                status = rec.http_headers.get_statuscode()
                ctype = (rec.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if status != "200":
                    skipped[NOT_200] += 1
                    continue
                if ctype not in HTML_TYPES:
                    skipped[NOT_HTML] += 1
                    continue
                data = rec.content_stream().read(max_bytes + 1)
                if len(data) > max_bytes:
                    skipped[TOO_LARGE] += 1
                    continue
                url = safe_text(rec.rec_headers.get_header("WARC-Target-URI") or "") or None
                try:
                    article = html_article(data, f"{stem}-{position}", f"{source}#{position}", url=url)
                except ValueError:
                    skipped[NO_TEXT] += 1
                    continue
                articles += 1
                yield article
    except Exception as err:  # noqa: BLE001 - a broken file becomes one error record
        yield Article(stem, "", source=source, error=f"WARC file unreadable after {articles} articles: "
                                                     f"{type(err).__name__}: {safe_text(str(err))}")
        return
    if responses == 0:
        yield Article(stem, "", source=source, error="no HTTP responses in the WARC file")
