"""Inputs and outputs by URL (``s3://``, ``gs://``, ``az://``, ``https://``, ``file://``) through fsspec.

Local paths never come here: extract/inputs/sources.py keeps reading them as before. A URL is listed
and opened lazily, on the machine that reads it (a Dask worker reads its own partition).
Credentials come from where the storage library looks for them (environment variables, config
files, instance roles), never from warta's flags; ``FSSPEC_S3_ENDPOINT_URL`` and the like (fsspec's
own configuration) point at an S3-compatible server. The filesystems are extras:
``pip install 'warta[s3]'`` (s3fs), ``'warta[gcs]'`` (gcsfs), ``'warta[azure]'`` (adlfs).
"""
from __future__ import annotations

import re
from typing import IO, Iterator

URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
EXTRAS = {"s3": "s3", "s3a": "s3", "gs": "gcs", "gcs": "gcs", "az": "azure", "abfs": "azure", "abfss": "azure",
          "adl": "azure", "http": "http", "https": "http"}


def is_url(path) -> bool:
    """``s3://bucket/x`` is a URL; ``corpus/x.txt`` and ``C:\\x.txt`` are not."""
    return isinstance(path, str) and bool(URL.match(path))


class UrlPath:
    """A URL that the readers use as they use a Path: ``stem``, ``suffix``, ``name``, ``str()``."""

    __slots__ = ("url",)

    def __init__(self, url: str):
        self.url = url

    @property
    def name(self) -> str:
        return self.url.rstrip("/").rsplit("/", 1)[-1]

    @property
    def suffix(self) -> str:
        name = self.name
        return name[name.rfind("."):] if "." in name.lstrip(".") else ""

    @property
    def stem(self) -> str:
        name, suffix = self.name, self.suffix
        return name[: len(name) - len(suffix)] if suffix else name

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return f"UrlPath({self.url!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, UrlPath) and other.url == self.url

    def __hash__(self) -> int:
        return hash(self.url)


def filesystem(url: str):
    """(fsspec filesystem, path inside it) for a URL; a clear error when its library is missing."""
    try:
        import fsspec
    except ImportError as err:
        raise ImportError(f"reading {url.split('://')[0]}:// URLs needs fsspec: {_install(url)}") from err
    try:
        return fsspec.core.url_to_fs(url)
    except ImportError as err:
        raise ImportError(f"{err.msg if hasattr(err, 'msg') else err} ({_install(url)})") from err


def _install(url: str) -> str:
    extra = EXTRAS.get(url.split("://")[0].lower())
    return f"pip install 'warta[{extra}]'" if extra else "pip install fsspec and its filesystem for this scheme"


def iter_urls(url: str, suffixes: tuple[str, ...]) -> Iterator[UrlPath]:
    """The files under a URL: a folder (a prefix ending in ``/`` or one that lists as a directory)
    recursively, sorted, known suffixes only, hidden names skipped; a file as given."""
    fs, path = filesystem(url)
    if not url.endswith("/") and fs.isfile(path):
        yield UrlPath(url)
        return
    if not fs.isdir(path):
        from extract.inputs.sources import InputError

        raise InputError(f"no such file or folder: {url}")
    for found in sorted(fs.find(path)):
        rel = found[len(path.rstrip("/")):].lstrip("/")
        if any(part.startswith(".") for part in rel.split("/")):
            continue
        if found.lower().endswith(suffixes):
            yield UrlPath(_join(url, rel))


def _join(url: str, rel: str) -> str:
    return url.rstrip("/") + "/" + rel


def open_url(url: str, mode: str = "rb") -> IO:
    fs, path = filesystem(url)
    return fs.open(path, mode)


def read_url_bytes(url: str, max_bytes: int) -> bytes:
    """The object's bytes, refusing anything over ``max_bytes`` (as extract.inputs.sources.read_bytes)."""
    fs, path = filesystem(url)
    if fs.isdir(path):
        raise ValueError("a folder, not a file")
    check_size(fs.size(path), max_bytes)
    with fs.open(path, "rb") as fh:
        return read_capped(fh, max_bytes)


def check_size(size: int | None, max_bytes: int) -> None:
    """Refuse a file whose size (when known) is over ``max_bytes``."""
    if size is not None and size > max_bytes:
        raise ValueError(f"file is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")


def read_capped(fh: IO[bytes], max_bytes: int) -> bytes:
    """The whole of an open file, refused if it holds more than ``max_bytes`` (it grew after its size was checked)."""
    data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError(f"file grew over the limit of {max_bytes:,} bytes while being read (--max-bytes)")
    return data
