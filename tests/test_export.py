"""Export: formula neutralising for spreadsheets, exact data in Parquet/JSON Lines,
round trips through pandas, filters, the long mentions table, and the CLI.

The store is filled directly with three hand-written records; their cells start
with the characters a spreadsheet would run (``=``, ``+``, ``-``, ``@``).
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pytest
from typer.testing import CliRunner

from extract.outputs.export import export, filter_records, parse_since, read_store
from extract.outputs.sinks import FORMULA_START, LIST_SEP, read_csv_lists
from extract.storage.store import FileState, Store, StoredRecord

TEXT1 = "-PT Semen Gresik menyalurkan bantuan Rp50 juta di Kabupaten Rembang."


def ev(text: str, start: int, sentence: str = TEXT1) -> list[dict]:
    return [{"text": text, "start": start, "end": start + len(text), "sentence": sentence}]


def org(name: str, role: str, evidence: list[dict], aliases=()) -> dict:
    return {"name": name, "aliases": list(aliases), "kind": "company", "role": role, "role_cue": None,
            "role_sentence": None, "confidence": 0.9, "evidence": evidence}


def place(name: str, province: str, evidence: list[dict], regency=None) -> dict:
    return {"name": name, "canonical": name, "level": "kabupaten", "code": "33.17", "province": province,
            "regency": regency, "aliases": [], "country": "ID", "cue": None, "confidence": 0.8, "evidence": evidence}


def record(doc_id: str, **fields) -> dict:
    base = {"doc_id": doc_id, "source": f"/data/{doc_id}.txt", "title": None, "published": None, "url": None,
            "organizations": [], "partners": [], "locations": [], "dates": [], "amounts": [], "beneficiaries": [],
            "warnings": [], "error": None, "extractor_version": "0.1.0"}
    base.update(fields)
    return base


RECORDS = [
    record("d1", title='=HYPERLINK("http://contoh.id","klik")', published="2024-03-04",
           organizations=[org("PT Semen Gresik", "giver", ev("PT Semen Gresik", 1), ["SG"])],
           partners=[org("@kelompok_tani", "partner", ev("-PT", 0))],
           locations=[place("Kabupaten Rembang", "Jawa Tengah", ev("Kabupaten Rembang", 50))],
           amounts=[{"value": 50_000_000.0, "currency": "IDR", "range": None, "approximate": False,
                     "confidence": 0.9, "evidence": ev("Rp50 juta", 37)}],
           warnings=["+decoded as cp1252, not UTF-8"]),
    record("d2", title="Pertamina latih pengrajin batik",
           organizations=[org("Pertamina", "giver", ev("Pertamina", 0, "Pertamina melatih 35 pengrajin."))],
           locations=[place("Kota Pekalongan", "Jawa Tengah", ev("Kota Pekalongan", 30, "di Kota Pekalongan"))],
           dates=[{"date": "2023-05-01", "inferred_year": False, "confidence": 1.0,
                   "evidence": ev("1 Mei 2023", 10, "Senin, 1 Mei 2023")},
                  {"date": "2022-12-01", "inferred_year": False, "confidence": 1.0,
                   "evidence": ev("Desember 2022", 40, "sejak Desember 2022")}],
           beneficiaries=[{"count": 35, "unit": "orang", "group": "pengrajin batik", "approximate": False,
                           "confidence": 0.8, "evidence": ev("35 pengrajin", 18, "35 pengrajin batik")}]),
    record("d3", title="Bank Jateng di Surabaya", published="2022-01-10",
           partners=[org("Bank Jateng", "partner", ev("Bank Jateng", 0, "Bank Jateng hadir."))],
           locations=[place("Surabaya", "Jawa Timur", ev("Surabaya", 20, "di Surabaya"), regency="Kota Surabaya")]),
]


def fill(db: Path, records=RECORDS) -> Path:
    with Store(db) as s, s.transaction():
        for i, rec in enumerate(records):
            s.replace_file(rec["source"], FileState(1, 1, f"sha{i}", "0.1.0"),
                           [StoredRecord(rec["source"], rec["source"], rec["doc_id"], f"h{i}", "0.1.0",
                                         rec["published"], rec)], None)
    return db


@pytest.fixture
def db(tmp_path) -> Path:
    return fill(tmp_path / "w.sqlite")


def evidence_count(records=RECORDS) -> int:
    return sum(len(v["evidence"]) for r in records for f in ("organizations", "partners", "locations", "dates",
                                                             "amounts", "beneficiaries") for v in r[f])


def cells(path: Path, encoding="utf-8") -> list[list[str]]:
    with open(path, encoding=encoding, newline="") as fh:
        return list(csv.reader(fh))


# ---------------------------------------------------------------- formula neutralising
@pytest.mark.parametrize("mentions", [False, True], ids=["articles", "mentions"])
def test_export_csv_neutralises_every_formula_cell(db, tmp_path, mentions):
    out = tmp_path / "out.csv"
    export(db, out, mentions=mentions)
    rows = cells(out)
    assert len(rows) - 1 == (evidence_count() if mentions else len(RECORDS))
    assert not [c for row in rows for c in row if c.startswith(FORMULA_START)]


@pytest.mark.parametrize("raw", ['=HYPERLINK("http://contoh.id","klik")', "+decoded as cp1252, not UTF-8"])
def test_export_csv_prefixes_formula_cells_with_a_quote(db, tmp_path, raw):
    out = tmp_path / "out.csv"
    export(db, out)
    assert "'" + raw in {c for row in cells(out) for c in row}


def test_export_mentions_csv_neutralises_evidence_and_names(db, tmp_path):
    out = tmp_path / "m.csv"
    export(db, out, mentions=True)
    df = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert "'-PT" in set(df["text"]) and "'@kelompok_tani" in set(df["value"])
    assert "'" + TEXT1 in set(df["sentence"])


def test_export_xlsx_holds_no_formulas(db, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "out.xlsx"
    assert export(db, out) == 3
    sheet = openpyxl.load_workbook(out).active
    values = [c for row in sheet.iter_rows() for c in row]
    assert not [c for c in values if c.data_type == "f"]
    assert "'=HYPERLINK(\"http://contoh.id\",\"klik\")" in {c.value for c in values}


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
def test_export_parquet_and_jsonl_keep_cells_exact(db, tmp_path, suffix):
    out = tmp_path / f"m{suffix}"
    export(db, out, mentions=True)
    df = pd.read_parquet(out) if suffix == ".parquet" else pd.read_json(out, lines=True, dtype=False)
    assert {"-PT", "PT Semen Gresik"} <= set(df["text"])
    assert "@kelompok_tani" in set(df["value"])
    assert all(len(t) == e - s for t, s, e in zip(df["text"], df["start"], df["end"]))


def test_export_csv_with_bom_for_excel(db, tmp_path):
    export(db, tmp_path / "bom.csv", bom=True)
    export(db, tmp_path / "plain.csv")
    assert (tmp_path / "bom.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not (tmp_path / "plain.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert cells(tmp_path / "bom.csv", "utf-8-sig") == cells(tmp_path / "plain.csv")


# ---------------------------------------------------------------- round trips through pandas
def _plain(value):
    """numpy arrays and NaN from pandas/pyarrow back to lists and None."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return None if isinstance(value, float) and value != value else value


def test_export_parquet_round_trips_nested_records(db, tmp_path):
    export(db, tmp_path / "out.parquet")
    back = pd.read_parquet(tmp_path / "out.parquet")
    assert list(back["doc_id"]) == ["d1", "d2", "d3"]
    for rec, row in zip(RECORDS, back.to_dict("records")):
        for field, value in rec.items():
            assert _without_unset(_plain(row[field]), value) == value, field
    assert back["ingested_at"].notna().all()


def _without_unset(back, like):
    """Parquet gives every schema key; drop the ones the original leaves out, if they came back empty."""
    if isinstance(back, dict) and isinstance(like, dict):
        return {k: _without_unset(v, like.get(k)) for k, v in back.items() if k in like or v not in (None, [], False)}
    if isinstance(back, list) and isinstance(like, list):
        return [_without_unset(b, l) for b, l in zip(back, like)] + back[len(like):]
    return back


def test_export_jsonl_round_trips_records(db, tmp_path):
    export(db, tmp_path / "out.jsonl")
    lines = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [{k: r[k] for k in RECORDS[0]} for r in lines] == RECORDS
    back = pd.read_json(tmp_path / "out.jsonl", lines=True, dtype=False)
    assert list(back["doc_id"]) == ["d1", "d2", "d3"]


def test_export_csv_round_trips_through_pandas(db, tmp_path):
    export(db, tmp_path / "out.csv")
    back = read_csv_lists(tmp_path / "out.csv")
    assert list(back["doc_id"]) == ["d1", "d2", "d3"]
    assert back["organizations"].tolist() == [["PT Semen Gresik"], ["Pertamina"], []]
    assert back["amounts"].tolist() == [["50000000 IDR"], [], []]
    assert back["dates"].tolist()[1] == ["2023-05-01", "2022-12-01"]
    assert back["locations"].tolist()[2] == ["Surabaya"]
    assert LIST_SEP.strip() == "|"


def test_read_store_is_one_row_per_record_with_lists(db):
    import warta

    df = warta.read_store(db)
    assert len(df) == 3 and isinstance(df.loc[0, "organizations"], list)
    assert {"path", "content_hash", "ingested_at", "extractor_version"} <= set(df.columns)


def test_export_of_an_empty_store_writes_headers_only(tmp_path):
    db = fill(tmp_path / "w.sqlite", [])
    assert export(db, tmp_path / "e.csv") == 0
    assert cells(tmp_path / "e.csv")[0][0] == "doc_id"
    assert export(db, tmp_path / "e.parquet") == 0
    assert "organizations" in pd.read_parquet(tmp_path / "e.parquet").columns


# ---------------------------------------------------------------- filters
class Filter(NamedTuple):
    options: dict
    doc_ids: list[str]


FILTERS = [
    Filter({}, ["d1", "d2", "d3"]),
    Filter({"since": "2024-01-01"}, ["d1"]),
    Filter({"since": "2023"}, ["d1", "d2"]),  # d2 has no published date: its latest mentioned date counts
    Filter({"since": "2022-01"}, ["d1", "d2", "d3"]),
    Filter({"organizations": ["pertamina"]}, ["d2"]),
    Filter({"organizations": ["SG"]}, ["d1"]),  # an alias
    Filter({"organizations": ["bank jateng"]}, ["d3"]),  # a partner counts too
    Filter({"organizations": ["Pertamina", "Bank Jateng"]}, ["d2", "d3"]),
    Filter({"locations": ["Jawa Tengah"]}, ["d1", "d2"]),  # by province
    Filter({"locations": ["kota surabaya"]}, ["d3"]),  # by regency
    Filter({"locations": ["Jawa Tengah"], "since": "2024"}, ["d1"]),
    Filter({"locations": ["Papua"]}, []),
]


@pytest.mark.parametrize("case", FILTERS, ids=lambda c: json.dumps(c.options, ensure_ascii=False))
def test_export_filters(db, case):
    assert list(read_store(db, **case.options)["doc_id"]) == case.doc_ids


@pytest.mark.parametrize("text, iso", [("2024", "2024-01-01"), ("2024-3", "2024-03-01"), ("2024-03-05", "2024-03-05")])
def test_export_parse_since(text, iso):
    assert parse_since(text).isoformat() == iso


@pytest.mark.parametrize("text", ["kemarin", "2024-13", "05/03/2024", ""])
def test_export_parse_since_rejects(text):
    with pytest.raises(ValueError, match="--since"):
        parse_since(text)


def test_filter_records_on_an_empty_frame():
    df = pd.DataFrame(columns=["doc_id", "published", "dates", "organizations", "partners", "locations"])
    assert filter_records(df, since="2024", organizations=["x"]).empty


# ---------------------------------------------------------------- CLI
def test_cli_export_writes_and_reports_rows(db, tmp_path):
    from cli import app

    out = tmp_path / "jateng.csv"
    result = CliRunner().invoke(app, ["export", "--db", str(db), "-o", str(out), "--location", "Jawa Tengah",
                                      "--excel"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == f"exported 2 rows to {out}"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("args, message", [
    (["-o", "out.txt"], "unknown export format"),
    (["-o", "out.csv", "--since", "kemarin"], "--since takes a date"),
    (["-o", "out.csv", "--db", "missing.sqlite"], "no store at"),
], ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_cli_export_errors_exit_2(db, tmp_path, monkeypatch, args, message):
    from cli import app

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["export", "--db", str(db), *args] if "--db" not in args else ["export", *args])
    assert result.exit_code == 2
    assert message in result.stderr
