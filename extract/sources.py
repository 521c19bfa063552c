"""Sources: paths in, Articles out. One small reader per format.

A file that cannot be read still yields an Article with ``error`` set, so the
batch never stops and every input is accounted for. Folders are walked
recursively in a stable sorted order; symlink loops and unreadable entries are
reported, not followed forever.
"""
from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Callable, Iterable, Iterator

from extract.article import Article

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # per file; configurable
TEXT_KEYS = ("text", "content", "body")
SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json", ".csv")


class InputError(ValueError):
    """A path given on the command line does not exist or cannot be used."""


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under the given paths: folders recursively (sorted, known suffixes only), files as given."""
    for raw in paths:
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
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    """Every article in the given files and folders, in a stable order."""
    for path in iter_paths(paths):
        yield from read_file(path, text_column=text_column, max_bytes=max_bytes)


def read_file(path: Path, *, text_column: str = "text", max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    doc_id, source = path.stem, str(path)
    reader = READERS.get(path.suffix.lower(), read_txt)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ValueError(f"file is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
        data = path.read_bytes()
        if not data.strip():
            raise ValueError("empty file")
        if reader is read_csv:
            yield from read_csv(data, path, text_column)
        else:
            yield from reader(data, path)
    except Exception as err:  # noqa: BLE001 - any failure becomes a per-file error
        yield Article(doc_id, "", source=source, error=f"{type(err).__name__}: {_reason(err)}")


def _reason(err: Exception) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return str(err)


# ---------------------------------------------------------------- decoding
def decode(data: bytes) -> tuple[str, list[str]]:
    """Text from bytes: UTF-8 when it is, else the encoding charset-normalizer finds (noted in warnings)."""
    if looks_binary(data):
        raise ValueError("binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("cannot detect the text encoding")
    return str(best), [f"decoded as {best.encoding}, not UTF-8"]


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 BOM: text
        return False
    magic = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"GIF8", b"\xff\xd8\xff")
    if head.startswith(magic):
        return True
    if b"\x00" in head:
        # UTF-16 without BOM has NULs in every other byte; anything else with NULs is binary
        even, odd = head[0::2].count(0), head[1::2].count(0)
        return not (max(even, odd) > len(head) // 4 and min(even, odd) == 0)
    return False


def clean_text(text: str) -> tuple[str, list[str]]:
    warnings = []
    if "\x00" in text:
        text = text.replace("\x00", " ")  # same length: offsets are unchanged
        warnings.append("NUL characters replaced by spaces")
    return text, warnings


# ---------------------------------------------------------------- readers
def read_txt(data: bytes, path: Path) -> Iterator[Article]:
    text, warnings = decode(data)
    text, more = clean_text(text)
    yield Article(path.stem, text, source=str(path), warnings=warnings + more)


def read_html(data: bytes, path: Path) -> Iterator[Article]:
    import trafilatura

    html, warnings = decode(data)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = (doc.text if doc is not None else "") or ""
    if not text.strip():
        raise ValueError("no article text found in the HTML")
    text, more = clean_text(text)
    yield Article(path.stem, text, source=str(path), title=doc.title, published=_iso(doc.date),
                  url=getattr(doc, "url", None), warnings=warnings + more)


def read_jsonl(data: bytes, path: Path) -> Iterator[Article]:
    text, warnings = decode(data)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        fallback = f"{path.stem}-{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Article(fallback, "", source=f"{path}:{lineno}", error=f"malformed JSON on line {lineno}: {err.msg}")
            continue
        yield from _from_object(obj, fallback, f"{path}:{lineno}", warnings)


def read_json(data: bytes, path: Path) -> Iterator[Article]:
    text, warnings = decode(data)
    obj = json.loads(text)
    items = obj if isinstance(obj, list) else obj.get("articles", [obj]) if isinstance(obj, dict) else [obj]
    if len(items) == 1:
        yield from _from_object(items[0], path.stem, str(path), warnings)
        return
    for i, item in enumerate(items, 1):
        yield from _from_object(item, f"{path.stem}-{i}", f"{path}#{i}", warnings)


def _from_object(obj, fallback_id: str, source: str, warnings: list[str]) -> Iterator[Article]:
    if not isinstance(obj, dict):
        yield Article(fallback_id, "", source=source, error="not a JSON object")
        return
    doc_id = str(obj.get("id") or obj.get("doc_id") or fallback_id)
    text = next((obj[k] for k in TEXT_KEYS if isinstance(obj.get(k), str)), None)
    if text is None or not text.strip():
        yield Article(doc_id, "", source=source, error=f"no text: none of {', '.join(TEXT_KEYS)} holds text")
        return
    text, more = clean_text(text)
    yield Article(doc_id, text, source=source, title=obj.get("title"), published=_iso(obj.get("published")),
                  url=obj.get("url"), warnings=list(warnings) + more)


def read_csv(data: bytes, path: Path, text_column: str = "text") -> Iterator[Article]:
    text, warnings = decode(data)
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
