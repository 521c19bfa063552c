"""Sources: paths in, Articles out. One small reader per format.

A file that cannot be read still yields an Article with ``error`` set, so the
batch never stops and every input is accounted for. Folders are walked
recursively in a stable sorted order; symlink loops and unreadable entries are
reported, not followed forever.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import stat
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterable, Iterator

from extract.article import Article
from extract.inputs.remote import UrlPath, check_size, is_url, iter_urls, read_capped, read_url_bytes

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # per file; configurable
TEXT_KEYS = ("text", "content", "body")
SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json", ".csv", ".warc", ".warc.gz")


class InputError(ValueError):
    """A path given on the command line does not exist or cannot be used."""


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | UrlPath]:
    """Files under the given paths: folders recursively (sorted, known suffixes only), files as given.
    A URL (``s3://bucket/news/``, ``file:///data/x.warc.gz``) is listed through fsspec (extract/inputs/remote.py)."""
    for raw in paths:
        if is_url(raw):
            yield from iter_urls(raw, SUFFIXES)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or path.is_symlink():
            yield path
        else:
            raise InputError(f"no such file or folder: {path}")


def _walk(folder: Path) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        here = stack.pop()
        try:
            st = here.stat()
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:  # a symlink loop or a folder linked twice
            continue
        seen.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(os.scandir(here), key=lambda e: e.name)
        except OSError:
            yield here  # reading it will report the error
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                subdirs.append(Path(entry.path))
            elif entry.name.lower().endswith(SUFFIXES):
                yield Path(entry.path)
        stack.extend(reversed(subdirs))


def read_paths(paths: Iterable[str | Path], *, text_column: str = "text",
               max_bytes: int = DEFAULT_MAX_BYTES, skipped=None) -> Iterator[Article]:
    """Every article in the given files, folders and URLs, in a stable order (``skipped``: see read_file)."""
    for path in iter_paths(paths):
        yield from read_file(path, text_column=text_column, max_bytes=max_bytes, skipped=skipped)


def as_source(path: str | Path | UrlPath) -> Path | UrlPath:
    """A URL string becomes a UrlPath (``Path`` would fold ``s3://`` into ``s3:/``), anything else a Path."""
    if isinstance(path, UrlPath):
        return path
    return UrlPath(path) if is_url(path) else Path(path)


def is_warc(path: Path | UrlPath) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


WARC_SUFFIXES = (".warc", ".warc.gz")


def read_file(path: str | Path | UrlPath, *, text_column: str = "text", max_bytes: int = DEFAULT_MAX_BYTES,
              skipped=None) -> Iterator[Article]:
    """The articles in one file (a local path or a URL). Never raises: a file that cannot be read,
    or yields no article, becomes one Article with ``error`` set (what went wrong, in plain words).
    ``skipped``, a ``collections.Counter``, counts WARC records that are not articles (extract/inputs/warc.py)."""
    path = as_source(path)
    if is_warc(path):
        from extract.inputs.warc import read_warc

        yield from read_warc(path, max_bytes=max_bytes, skipped=skipped)
        return
    doc_id, source = safe_text(path.stem), safe_text(str(path))
    reader = READERS.get(path.suffix.lower(), read_txt)
    count = 0
    try:
        data = read_url_bytes(str(path), max_bytes) if isinstance(path, UrlPath) else read_bytes(path, max_bytes)
        if not data.strip():
            raise ValueError("empty file")
        articles = read_csv(data, path, text_column) if reader is read_csv else reader(data, path)
        for article in articles:
            count += 1
            yield article
        if count == 0:
            raise ValueError("no articles in the file")
    except Exception as err:  # noqa: BLE001 - any failure becomes a per-file error
        yield Article(doc_id, "", source=source, error=f"{type(err).__name__}: {_reason(err)}")


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing what is not a regular file (a FIFO or a device would block
    or never end) and anything over ``max_bytes``, even a file that grows while it is read."""
    st = path.stat()
    if stat.S_ISDIR(st.st_mode):
        os.listdir(path)  # an unreadable folder raises here, with the reason
        raise ValueError("a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise ValueError("not a regular file (a FIFO, socket or device)")
    check_size(st.st_size, max_bytes)
    with path.open("rb") as fh:
        return read_capped(fh, max_bytes)


def _reason(err: Exception) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    if isinstance(err, RecursionError):
        return "nested too deeply to read"
    return safe_text(str(err))


def safe_text(text: str) -> str:
    """``text`` with lone surrogates (from undecodable file names or ``\\ud800`` escapes in JSON)
    replaced by U+FFFD, one character for one, so offsets hold and UTF-8 output never fails."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


# ---------------------------------------------------------------- decoding
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))  # UTF-32 LE before UTF-16 LE
MAGIC = (b"\x89PNG", b"%PDF-", b"PK\x03\x04", b"\x1f\x8b", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"\xfd7zXZ",
         b"7z\xbc\xaf", b"Rar!\x1a", b"\x7fELF", b"\xd0\xcf\x11\xe0")  # png pdf zip gz gif jpeg xz 7z rar elf ole
CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b")  # bytes that plain text hardly has
BINARY_SHARE = 0.05   # more control bytes than this in the first 8 KB: binary
HIGH_RUN = re.compile(rb"[\x80-\xff]+")


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text from bytes, and a warning when it was not UTF-8.

    In order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without one (a NUL in every
    other byte); binary data is refused; UTF-8; Latin-script text is cp1252, which browsers
    also use for text labelled Latin-1 (charset-normalizer took short Indonesian texts for
    cp775 or cp1125); anything else is what charset-normalizer finds.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            note = [] if encoding == "utf-8" else [f"decoded as {encoding} (byte-order mark)"]
            return data[len(bom):].decode(encoding, errors="replace"), note
    utf16 = utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), [f"decoded as {utf16}, not UTF-8"]
    if looks_binary(data):
        raise ValueError("binary file, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if looks_latin(data):
        return decode_cp1252(data), ["decoded as cp1252, not UTF-8"]
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("cannot detect the text encoding")
    return str(best), [f"decoded as {best.encoding}, not UTF-8"]


def looks_latin(data: bytes) -> bool:
    """Most bytes over 0x7F stand alone, as accented letters and curly quotes do in Latin-script
    text; Cyrillic, Greek or CJK legacy encodings put them in runs (whole words, byte pairs).

    >>> looks_latin("Kafé “Ngopi”".encode("cp1252")), looks_latin("Москва".encode("cp1251"))
    (True, False)
    """
    runs = [len(run) for run in HIGH_RUN.findall(data[:65536])]
    return sum(1 for n in runs if n == 1) * 2 >= sum(runs)


def decode_cp1252(data: bytes) -> str:
    """cp1252, with its five unassigned bytes read as Latin-1 (so this never fails)."""
    return data.decode("cp1252", errors="cp1252-latin1")


def _cp1252_latin1(err: UnicodeDecodeError) -> tuple[str, int]:
    return err.object[err.start:err.end].decode("latin-1"), err.end


codecs.register_error("cp1252-latin1", _cp1252_latin1)


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the first 8 KB look like mostly-ASCII UTF-16 with no BOM."""
    head = data[:8192]
    head = head[: len(head) // 2 * 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = len(head) // 2
    if odd > 0.4 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if even > 0.4 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """A known binary format, or more control bytes (NUL, ...) than plain text ever has.

    A text with a few stray NULs stays text: ``clean_text`` turns them into spaces."""
    head = data[:8192]
    if head.startswith(MAGIC):
        return True
    control = len(head) - len(head.translate(None, CONTROL))
    return control > BINARY_SHARE * len(head)


def clean_text(text: str) -> tuple[str, list[str]]:
    """NUL characters become spaces and lone surrogates U+FFFD: one character for one,
    so every offset into the text is unchanged."""
    warnings = []
    if "\x00" in text:
        text = text.replace("\x00", " ")
        warnings.append("NUL characters replaced by spaces")
    safe = safe_text(text)
    if safe is not text:
        text = safe
        warnings.append("lone surrogate characters replaced by U+FFFD")
    return text, warnings


# ---------------------------------------------------------------- readers
def read_txt(data: bytes, path: Path) -> Iterator[Article]:
    text, warnings = decode(data)
    if not text.strip():
        raise ValueError("empty file")
    text, more = clean_text(text)
    yield Article(safe_text(path.stem), text, source=safe_text(str(path)), warnings=warnings + more)


class ReaderUnavailable(RuntimeError):
    """A reader's library cannot be imported: every file of that kind fails the same way, so
    the CLI says it once (see ``READER_UNAVAILABLE``)."""


READER_UNAVAILABLE = "ReaderUnavailable"  # the prefix of such an error record's ``error``


def _trafilatura():
    try:
        import trafilatura
    except ImportError as err:
        raise ReaderUnavailable(
            f"the HTML reader cannot start: trafilatura does not import ({safe_text(str(err))}). "
            "Fix: pip install lxml_html_clean, or reinstall warta with a current pip "
            "(python -m pip install --upgrade pip && pip install --force-reinstall warta)") from err
    return trafilatura


def read_html(data: bytes, path: Path) -> Iterator[Article]:
    yield html_article(data, safe_text(path.stem), safe_text(str(path)))


def html_article(data: bytes, doc_id: str, source: str, url: str | None = None) -> Article:
    """The article in an HTML page: main text, title, date and URL through trafilatura.
    Raises ValueError when the page holds no article text, ReaderUnavailable when trafilatura
    cannot import."""
    trafilatura = _trafilatura()
    html, warnings = decode(data)
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = (doc.text if doc is not None else "") or ""
    if not text.strip():
        text, title, depth = html_text(html)
        if depth < LXML_MAX_DEPTH or not text.strip():
            raise ValueError("no article text found in the HTML (only markup, scripts or styles)")
        warnings = warnings + [f"HTML nested {depth:,} levels deep: all its text read, boilerplate included"]
        doc = SimpleNamespace(title=title)
    text, more = clean_text(text)
    meta = lambda name: safe_meta(getattr(doc, name, None))  # noqa: E731
    return Article(doc_id, text, source=source, title=meta("title"), published=_iso(meta("date")),
                   url=meta("url") or url, warnings=warnings + more)


LXML_MAX_DEPTH = 255  # libxml2 stops parsing deeper documents, so trafilatura finds no text in them


class _TextParser(HTMLParser):
    """Text outside script/style, and the deepest nesting seen. Iterative: no recursion limit."""

    VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
    SKIP = frozenset(("head", "script", "style", "noscript", "template"))

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.depth = self.max_depth = self.skipping = 0
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        self.skipping += tag in self.SKIP
        self.in_title = self.in_title or tag == "title"

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        self.in_title = self.in_title and tag != "title"
        self.depth = max(self.depth - 1, 0)
        if tag in self.SKIP:
            self.skipping = max(self.skipping - 1, 0)

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.skipping and data.strip():
            self.parts.append(" ".join(data.split()))


def html_text(html: str) -> tuple[str, str, int]:
    """All visible text of an HTML page (one chunk per line), its title, and how deeply it nests."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return "\n".join(parser.parts), " ".join("".join(parser.title).split()), parser.max_depth


def safe_meta(value) -> str | None:
    """A metadata value as a clean string, or None: sinks and the Parquet schema expect strings."""
    if value is None or isinstance(value, (dict, list, tuple, set)):
        return None
    text = safe_text(str(value)).strip()
    return text or None


def read_jsonl(data: bytes, path: Path) -> Iterator[Article]:
    text, warnings = decode(data)
    # split on newlines only: str.splitlines() also splits on U+2028, U+0085, ... which JSON
    # allows unescaped inside strings
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        fallback = f"{path.stem}-{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Article(safe_text(fallback), "", source=safe_text(f"{path}:{lineno}"),
                          error=f"malformed JSON on line {lineno}: {err.msg}")
            continue
        yield from _from_object(obj, fallback, f"{path}:{lineno}", warnings)


def read_json(data: bytes, path: Path) -> Iterator[Article]:
    text, warnings = decode(data)
    obj = json.loads(text)
    items = obj if isinstance(obj, list) else obj.get("articles", [obj]) if isinstance(obj, dict) else [obj]
    if not isinstance(items, list):
        items = [items]
    if len(items) == 1:
        yield from _from_object(items[0], path.stem, str(path), warnings)
        return
    for i, item in enumerate(items, 1):
        yield from _from_object(item, f"{path.stem}-{i}", f"{path}#{i}", warnings)


def _from_object(obj, fallback_id: str, source: str, warnings: list[str]) -> Iterator[Article]:
    fallback_id, source = safe_text(fallback_id), safe_text(source)
    if not isinstance(obj, dict):
        yield Article(fallback_id, "", source=source, error="not a JSON object")
        return
    doc_id = safe_meta(obj.get("id")) or safe_meta(obj.get("doc_id")) or fallback_id
    text = next((obj[k] for k in TEXT_KEYS if isinstance(obj.get(k), str)), None)
    if text is None or not text.strip():
        yield Article(doc_id, "", source=source, error=f"no text: none of {', '.join(TEXT_KEYS)} holds text")
        return
    text, more = clean_text(text)
    yield Article(doc_id, text, source=source, title=safe_meta(obj.get("title")),
                  published=_iso(safe_meta(obj.get("published"))), url=safe_meta(obj.get("url")),
                  warnings=list(warnings) + more)


def read_csv(data: bytes, path: Path, text_column: str = "text") -> Iterator[Article]:
    text, warnings = decode(data)
    if csv.field_size_limit() < len(text):  # the default, 128 KB, is less than one long article
        csv.field_size_limit(len(text))
    rows = csv.DictReader(io.StringIO(text, newline=""))
    if text_column not in (rows.fieldnames or []):
        raise ValueError(f"no column {text_column!r} (columns: {', '.join(rows.fieldnames or [])}); use --text-column")
    for i, row in enumerate(rows, 1):
        obj = dict(row)
        obj["text"] = row.get(text_column)
        yield from _from_object(obj, f"{path.stem}-{i}", f"{path}#{i}", warnings)


def _iso(value) -> str | None:
    if not value:
        return None
    value = str(value)
    return value[:10] if len(value) >= 10 and value[4] == "-" and value[7] == "-" else None


READERS: dict[str, Callable[..., Iterator[Article]]] = {
    ".txt": read_txt, ".html": read_html, ".htm": read_html,
    ".jsonl": read_jsonl, ".json": read_json, ".csv": read_csv,
}


def articles_from_texts(texts: Iterable[str], ids: Iterable[str] | None = None) -> Iterator[Article]:
    """Articles from strings (for notebooks): ids default to text-1, text-2, ..."""
    ids = iter(ids) if ids is not None else None
    for i, text in enumerate(texts, 1):
        doc_id = next(ids) if ids is not None else f"text-{i}"
        if not isinstance(text, str) or not text.strip():
            yield Article(doc_id, "", source="<text>", error="empty text")
        else:
            clean, warnings = clean_text(text)
            yield Article(doc_id, clean, source="<text>", warnings=warnings)
