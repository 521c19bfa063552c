"""Export: the store read back through pandas, filtered, written for researchers.

- ``read_store(db, ...) -> DataFrame``: one row per record, the record's fields as
  columns (lists of values with their evidence stay lists), plus the store's
  ``path``, ``content_hash`` and ``ingested_at``.
- ``export(db, output, ...) -> int``: the same table (or, with ``mentions``, the
  long table: one row per piece of evidence) written as .csv, .parquet, .jsonl or
  .xlsx, chosen by the suffix.

Spreadsheet formats (CSV, Excel) get flat cells, written by the same helpers as
``warta extract`` (``extract.outputs.sinks.article_row``/``mention_rows``), with cells that
start like a formula (``=``, ``+``, ``-``, ``@``, tab, CR) prefixed with ``'`` so
Excel shows them as text. Parquet and JSON Lines keep the data exact and nested.
"""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

from extract.record import RECORD_SCHEMA
from extract.outputs.sinks import ARTICLE_COLUMNS, MENTION_COLUMNS, arrow_schema, article_row, mention_rows, safe_cell
from extract.storage.store import Store

STORE_COLUMNS = ["path", "content_hash", "ingested_at"]  # added by the store to each record
RECORD_COLUMNS = list(RECORD_SCHEMA["properties"])
FORMATS = (".csv", ".parquet", ".pq", ".jsonl", ".xlsx")
# Characters an .xlsx file cannot hold (control characters other than tab, newline, CR).
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def read_store(db: str | Path, *, since: str | date | None = None, organizations: Sequence[str] = (),
               locations: Sequence[str] = (), sectors: Sequence[str] = ()):
    """The store's records as a pandas DataFrame, one row per article, filtered (see ``filter_records``).

    >>> df = read_store("warta.sqlite", since="2024-01-01", organizations=["Pertamina"])  # doctest: +SKIP
    """
    import pandas as pd

    with Store(db, create=False) as store:
        rows = list(store.iter_records(with_meta=True))
    df = pd.DataFrame(rows, columns=RECORD_COLUMNS + STORE_COLUMNS).astype(object)
    df = df.where(df.notna(), None)  # missing values stay None, as in the records (pandas would say NaN)
    return filter_records(df, since=since, organizations=organizations, locations=locations, sectors=sectors)


def filter_records(df, *, since: str | date | None = None, organizations: Sequence[str] = (),
                   locations: Sequence[str] = (), sectors: Sequence[str] = ()):
    """Rows that pass every filter given; several names for one filter mean any of them.

    - ``since``: the article's date is on or after it (``2024``, ``2024-03`` or ``2024-03-01``).
      The article's date is its published date, or, when the source gives none, the
      latest date its text mentions; an article with neither is left out.
    - ``organizations``: a giver or partner whose name or an alias contains one of the
      names (case-insensitive).
    - ``locations``: a place whose name, official name, province or regency contains
      one of the names, so ``Jawa Timur`` also finds its regencies.
    - ``sectors``: a sector label equal to one of these (``pendidikan``, ``lingkungan``, ...).
    """
    if since is None and not organizations and not locations and not sectors:
        return df
    records = df.to_dict("records")
    mask = [True] * len(df)
    if since is not None:
        start = parse_since(since).isoformat()
        mask = [m and (d is not None and d >= start) for m, d in zip(mask, map(article_date, records))]
    if organizations:
        names = [n.casefold() for n in organizations]
        mask = [m and _any_value(r, ("organizations", "partners"), ("name", "aliases"), names)
                for m, r in zip(mask, records)]
    if locations:
        names = [n.casefold() for n in locations]
        mask = [m and _any_value(r, ("locations",), ("name", "canonical", "province", "regency"), names)
                for m, r in zip(mask, records)]
    if sectors:
        wanted = {n.strip().casefold() for n in sectors}
        mask = [m and any(isinstance(v, dict) and v.get("label") in wanted for v in r.get("sectors") or [])
                for m, r in zip(mask, records)]
    return df[mask].reset_index(drop=True)


def parse_since(value: str | date) -> date:
    """``2024`` -> 2024-01-01, ``2024-03`` -> 2024-03-01, ``2024-03-05`` as is."""
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 1, 1)
        if re.fullmatch(r"\d{4}-\d{1,2}", text):
            year, month = map(int, text.split("-"))
            return date(year, month, 1)
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"--since takes a date as YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}") from None


def article_date(rec: dict) -> str | None:
    if isinstance(rec.get("published"), str) and rec["published"]:
        return rec["published"][:10]
    dates = [v.get("date") for v in rec.get("dates") or [] if isinstance(v.get("date"), str)]
    return max(dates) if dates else None


def _any_value(rec: dict, fields: Iterable[str], keys: Iterable[str], names: list[str]) -> bool:
    keys = tuple(keys)
    for f in fields:
        for value in rec.get(f) or []:
            for k in keys:
                got = value.get(k)
                for text in (got if isinstance(got, (list, tuple)) else [got]):
                    if isinstance(text, str) and any(n in text.casefold() for n in names):
                        return True
    return False


# ---------------------------------------------------------------- writing
def export(db: str | Path, output: str | Path, *, since: str | date | None = None,
           organizations: Sequence[str] = (), locations: Sequence[str] = (), mentions: bool = False,
           bom: bool = False, entities: bool = False, count_duplicates: bool = False,
           sectors: Sequence[str] = ()) -> int:
    """Write the store's records (or with ``mentions`` the long table, with ``entities`` one row per
    organisation id: extract/outputs/entity_table.py) to ``output``; returns the rows written. Tables of
    articles keep every copy of a story (with its ``story_id``); ``entities`` counts each story once
    unless ``count_duplicates``. ``sectors``: only articles with any of these sector labels."""
    suffix = Path(output).suffix.lower()
    if entities:
        from extract.outputs.entity_table import entity_rows, write_entities

        df = read_store(db, since=since, organizations=organizations, locations=locations, sectors=sectors)
        return write_entities(entity_rows(df.to_dict("records"), count_duplicates=count_duplicates), output, bom=bom)
    if suffix not in FORMATS:
        raise ValueError(f"unknown export format {suffix or str(output)!r}: use .csv, .parquet, .jsonl or .xlsx")
    df = read_store(db, since=since, organizations=organizations, locations=locations, sectors=sectors)
    return write_table(df, output, mentions=mentions, bom=bom)


def write_table(df, output: str | Path, *, mentions: bool = False, bom: bool = False) -> int:
    import pandas as pd

    suffix = Path(output).suffix.lower()
    records = df.to_dict("records")
    spreadsheet = suffix in (".csv", ".xlsx")
    if mentions:
        rows = [{"source": safe_cell(r["source"]) if spreadsheet else r["source"], **row}
                for r in records for row in mention_rows(r, safe=spreadsheet)]
        table = pd.DataFrame(rows, columns=["source", *MENTION_COLUMNS])
    elif spreadsheet:
        table = pd.DataFrame([{**article_row(r), "ingested_at": r.get("ingested_at") or ""} for r in records],
                             columns=[*ARTICLE_COLUMNS, "ingested_at"])
    else:
        table = df
    if suffix == ".csv":
        table.to_csv(output, index=False, encoding="utf-8-sig" if bom else "utf-8")
    elif suffix == ".xlsx":
        _to_xlsx(table, output)
    elif suffix in (".parquet", ".pq"):
        _to_parquet(table, output, nested=not mentions)
    else:
        with open(output, "w", encoding="utf-8", newline="\n") as fh:
            for row in table.to_dict("records"):
                fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    return len(table)


def _to_parquet(table, output: str | Path, nested: bool) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if nested:  # the record's own Arrow schema (from RECORD_SCHEMA), plus the store's columns
        schema = arrow_schema()
        for name in STORE_COLUMNS:
            schema = schema.append(pa.field(name, pa.string()))
        pq.write_table(pa.Table.from_pylist(table.to_dict("records"), schema=schema), str(output))
    else:
        table.to_parquet(output, index=False)


def _to_xlsx(table, output: str | Path) -> None:
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise ValueError("writing .xlsx needs openpyxl: pip install 'warta[excel]'") from None
    if len(table) >= 1_048_576:
        raise ValueError(f"{len(table):,} rows do not fit in one Excel sheet; export .csv or .parquet")
    clean = table.map(lambda v: _XLSX_ILLEGAL.sub(" ", v)[:32_767] if isinstance(v, str) else v)
    clean.to_excel(output, index=False, engine="openpyxl")
