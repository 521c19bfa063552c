"""Writers: JSON Lines, CSV (+ mentions) and Parquet round-trip through pandas with lists intact."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from extract.record import Record
from extract.outputs.sinks import MentionsSink, open_sink, read_csv_lists

TEXT = "PT Hutama Karya menyalurkan bantuan senilai Rp200 juta kepada 30 orang pengrajin di Ogan Ilir."


def ev(text):
    start = TEXT.index(text)
    return [{"text": text, "start": start, "end": start + len(text), "sentence": TEXT}]


def org(name, role):
    return {"name": name, "aliases": [], "kind": "company", "role": role, "role_cue": None,
            "role_sentence": None, "confidence": 0.9, "evidence": ev(name)}


RECORDS = [
    Record(doc_id="a1", source="a1.txt", title="=HYPERLINK(\"x\")", published="2023-11-09",
           organizations=[org("PT Hutama Karya", "giver")],
           locations=[{"name": "Ogan Ilir", "canonical": "Kabupaten Ogan Ilir", "level": "kabupaten",
                       "code": "16.10", "province": "Sumatera Selatan", "regency": None,
                       "confidence": 0.9, "evidence": ev("Ogan Ilir")}],
           amounts=[{"value": 200000000.0, "currency": "IDR", "range": None, "approximate": False,
                     "confidence": 0.9, "evidence": ev("Rp200 juta")}],
           beneficiaries=[{"count": 30, "unit": "orang", "group": "pengrajin", "approximate": False,
                           "confidence": 0.8, "evidence": ev("30 orang pengrajin")}],
           extractor_version="t"),
    Record(doc_id="a2", source="a2.txt", error="ValueError: empty file", extractor_version="t",
           warnings=["decoded as cp1252, not UTF-8", "second warning"]),
]


def write(path, records=RECORDS):
    sink = open_sink(path)
    for r in records:
        sink.write(r)
    sink.close()


def test_sinks_jsonl_round_trip(tmp_path):
    write(tmp_path / "r.jsonl")
    back = [Record.from_dict(json.loads(line)) for line in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert back == RECORDS


def test_sinks_csv_one_row_per_article_lists_intact(tmp_path):
    write(tmp_path / "r.csv")
    df = read_csv_lists(tmp_path / "r.csv")
    assert list(df.doc_id) == ["a1", "a2"]
    assert df.organizations[0] == ["PT Hutama Karya"] and df.organizations[1] == []
    assert df.amounts[0] == ["200000000 IDR"] and df.beneficiaries[0] == ["30 orang"]
    assert df.warnings[1] == ["decoded as cp1252, not UTF-8", "second warning"]
    assert df.title[0].startswith("'=")  # a formula is neutralised for Excel
    assert df.error[1] == "ValueError: empty file"


def test_sinks_mentions_long_table(tmp_path):
    sink = MentionsSink(tmp_path / "m.csv")
    for r in RECORDS:
        sink.write(r)
    sink.close()
    df = pd.read_csv(tmp_path / "m.csv", keep_default_na=False)
    assert list(df.field) == ["organizations", "locations", "amounts", "beneficiaries"]
    for row in df.itertuples():
        assert TEXT[row.start:row.end] == row.text
    assert df.set_index("field").loc["locations", "code"] == "16.10"


def test_sinks_parquet_nested_lists(tmp_path):
    write(tmp_path / "r.parquet")
    df = pd.read_parquet(tmp_path / "r.parquet")
    assert list(df.doc_id) == ["a1", "a2"]
    loc = df.locations[0][0]
    assert loc["name"] == "Ogan Ilir" and loc["evidence"][0]["text"] == "Ogan Ilir"
    assert df.amounts[0][0]["value"] == 200000000.0 and len(df.amounts[1]) == 0
    assert list(df.warnings[1]) == ["decoded as cp1252, not UTF-8", "second warning"]


def test_sinks_unknown_format(tmp_path):
    with pytest.raises(ValueError, match="unknown output format"):
        open_sink(tmp_path / "r.xml")


def test_sinks_parquet_into_an_open_file_is_the_same_file(tmp_path):
    """The Dask workers write their partitions into fsspec files (object storage) so."""
    from extract.outputs.sinks import ParquetSink

    write(tmp_path / "r.parquet")
    with open(tmp_path / "f.parquet", "wb") as fh:
        sink = ParquetSink(fh)
        for r in RECORDS:
            sink.write(r)
        sink.close()
        assert not fh.closed  # the caller closes it (an upload ends there)
    assert (tmp_path / "f.parquet").read_bytes() == (tmp_path / "r.parquet").read_bytes()
