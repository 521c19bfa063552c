"""Sinks write records as they come: JSON Lines, CSV (one row per article, plus an
optional long table of mentions), Parquet (nested lists). Each writes and flushes
record by record (Parquet: in row groups), so a crash loses nothing already written.
``open_sink(path)`` picks the writer from the file suffix."""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import IO, Any, Iterable, Protocol

from extract.record import PROGRAMME_FIELDS, RECORD_SCHEMA, VALUE_FIELDS, Record

TABLE_FIELDS = (*VALUE_FIELDS, *PROGRAMME_FIELDS)  # the list fields written as cells and mention rows

LIST_SEP = " | "
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ID_COLUMNS = {"organization_ids": "organizations", "partner_ids": "partners"}  # entity ids (extract/components/entities.py)
ARTICLE_COLUMNS = ["doc_id", "source", "title", "url", "published", *TABLE_FIELDS, *ID_COLUMNS,
                   "warnings", "error", "extractor_version", "story_id", "duplicate_of"]
MENTION_COLUMNS = ["doc_id", "field", "value", "normalized", "text", "start", "end", "sentence",
                   "confidence", "role", "level", "code", "entity_id", "parent", "unit"]


class Sink(Protocol):
    def write(self, record: Record) -> None: ...
    def close(self) -> None: ...


def value_label(field: str, value: dict) -> str:
    """A value as one cell: the name, the ISO date, ``200000000 IDR``, ``30 orang``."""
    if field in ("organizations", "partners", "locations", "programs"):
        return value.get("name", "")
    if field == "sectors":
        return value.get("label", "")
    if field == "dates":
        return value.get("date", "")
    if field == "amounts":
        v = value.get("value", 0)
        num = f"{int(v)}" if float(v).is_integer() else f"{v}"
        return f"{num} {value.get('currency', '')}"
    if field == "beneficiaries":
        return f"{value.get('count')} {value.get('unit', '')}".strip()
    return json.dumps(value, ensure_ascii=False)


def safe_cell(value: Any) -> Any:
    """Neutralise a cell that a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def article_row(rec: dict, safe: bool = True) -> dict[str, Any]:
    """One flat row per article; ``safe``: neutralise formula-like cells (for spreadsheets)."""
    clean = (lambda v: safe_cell("" if v is None else v)) if safe else (lambda v: v)
    row = {k: rec.get(k) for k in ARTICLE_COLUMNS}
    for f in TABLE_FIELDS:
        row[f] = LIST_SEP.join(value_label(f, v) for v in rec.get(f) or [])
    for col, f in ID_COLUMNS.items():  # one id per value, in the order of the names
        row[col] = LIST_SEP.join(str(v.get("id") or "") for v in rec.get(f) or [])
    row["warnings"] = LIST_SEP.join(rec.get("warnings") or [])
    return {k: clean(v) for k, v in row.items()}


def mention_rows(rec: dict, safe: bool = True) -> Iterable[dict[str, Any]]:
    """One row per piece of evidence; ``safe`` as in ``article_row`` (off for Parquet and JSON Lines)."""
    clean = (lambda v: safe_cell("" if v is None else v)) if safe else (lambda v: v)
    for f in TABLE_FIELDS:
        for value in rec.get(f) or []:
            for ev in value.get("evidence") or []:
                row = {"doc_id": rec["doc_id"], "field": f, "value": value_label(f, value),
                       "normalized": json.dumps({k: v for k, v in value.items() if k != "evidence"},
                                                ensure_ascii=False),
                       "text": ev["text"], "start": ev["start"], "end": ev["end"], "sentence": ev["sentence"],
                       "confidence": value.get("confidence"), "role": value.get("role"),
                       "level": value.get("level"), "code": value.get("code"),
                       "entity_id": value.get("id") if f in ID_COLUMNS.values() else None,
                       "parent": value.get("parent"), "unit": value.get("unit")}
                yield {k: clean(v) for k, v in row.items()}


def _open_text(path: Path | str, bom: bool = False):
    if str(path) == "-":
        return sys.stdout, False
    return open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline=""), True


def jsonl_line(obj: dict) -> str:
    """One JSON Lines line. U+2028/U+2029 are escaped: readers that split on Unicode line
    breaks (Python's ``str.splitlines``) would otherwise cut a record in two."""
    text = json.dumps(obj, ensure_ascii=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


class _TextSink:
    """A sink that writes text to ``self.fh``: a file it opened (closed at the end) or stdout (left open)."""

    fh: IO[str]
    owned: bool

    def close(self) -> None:
        if self.owned:
            self.fh.close()


class JsonlSink(_TextSink):
    def __init__(self, path: Path | str):
        self.fh, self.owned = _open_text(path)

    def write(self, record: Record) -> None:
        self.fh.write(jsonl_line(record.to_dict()))
        self.fh.flush()


class CsvSink(_TextSink):
    """One row per article; list fields joined with `` | ``."""

    def __init__(self, path: Path | str, bom: bool = False, columns=ARTICLE_COLUMNS, rows=None):
        self.fh, self.owned = _open_text(path, bom)
        self.rows = rows or (lambda rec: [article_row(rec)])
        self.writer = csv.DictWriter(self.fh, fieldnames=columns, extrasaction="ignore")
        self.writer.writeheader()

    def write(self, record: Record | dict) -> None:
        rec = record.to_dict() if isinstance(record, Record) else record
        self.writer.writerows(self.rows(rec))
        self.fh.flush()


def MentionsSink(path: Path | str, bom: bool = False) -> CsvSink:  # noqa: N802 - a sink constructor
    """One row per piece of evidence: the long table."""
    return CsvSink(path, bom, MENTION_COLUMNS, lambda rec: list(mention_rows(rec)))


# ---------------------------------------------------------------- Parquet
def arrow_type(schema: dict):
    """The Arrow type of a JSON Schema node (RECORD_SCHEMA is the one source of the layout)."""
    import pyarrow as pa

    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind is None and "enum" in schema:
        kind = "string"
    if kind == "object":
        return pa.struct([(k, arrow_type(v)) for k, v in schema["properties"].items()])
    if kind == "array":
        return pa.list_(arrow_type(schema["items"]))
    return {"string": pa.string(), "number": pa.float64(), "integer": pa.int64(), "boolean": pa.bool_()}[kind]


def arrow_schema():
    import pyarrow as pa

    return pa.schema([(k, arrow_type(v)) for k, v in RECORD_SCHEMA["properties"].items()])


class ParquetSink:
    """``path``: a file name, or an open binary file (an fsspec file on object storage: the Dask
    engine's workers write their partitions so, extract/engines/dask_parquet.py); the caller closes that."""

    def __init__(self, path, row_group: int = 500):
        import pyarrow.parquet as pq

        if str(path) == "-":
            raise ValueError("Parquet cannot be written to stdout; give a file name")
        self.schema = arrow_schema()
        self.writer = pq.ParquetWriter(path if hasattr(path, "write") else str(path), self.schema)
        self.buffer: list[dict] = []
        self.row_group = row_group

    def write(self, record: Record) -> None:
        self.buffer.append(record.to_dict())
        if len(self.buffer) >= self.row_group:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


FORMATS = {".jsonl": JsonlSink, ".json": JsonlSink, ".csv": CsvSink, ".parquet": ParquetSink, ".pq": ParquetSink}


def open_sink(path: Path | str | None, bom: bool = False) -> Sink:
    """A sink for ``path`` by its suffix; ``None`` or ``-`` writes JSON Lines to stdout."""
    if path is None or str(path) == "-":
        return JsonlSink("-")
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"unknown output format {suffix!r}: use .jsonl, .csv or .parquet")
    if FORMATS[suffix] is CsvSink:
        return CsvSink(path, bom)
    return FORMATS[suffix](path)


def read_csv_lists(path: Path | str):
    """Read an article CSV back with pandas, list fields split into lists again."""
    import pandas as pd

    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    for f in (*TABLE_FIELDS, *ID_COLUMNS, "warnings"):
        if f in df:
            df[f] = df[f].map(lambda cell: cell.split(LIST_SEP) if cell else [])
    return df


def to_buffer(records: Iterable[Record]) -> str:
    """JSON Lines of the records as one string (tests, notebooks)."""
    out = io.StringIO()
    for r in records:
        out.write(jsonl_line(r.to_dict()))
    return out.getvalue()
