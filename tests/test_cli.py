"""The CLI end to end: extract, evaluate, schema; exit codes 0 / 1 / 2."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

ARTICLE = ("TUBAN – PT Semen Indonesia (Persero) Tbk (SIG) melalui program TJSL menyalurkan bantuan "
           "senilai Rp150 juta kepada 25 orang pengrajin batik di Kabupaten Tuban, Selasa (18/11/2025).")


def make_folder(tmp_path, bad=False):
    folder = tmp_path / "artikel"
    folder.mkdir()
    (folder / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a2.jsonl").write_text(json.dumps({"id": "j1", "text": ARTICLE}) + "\n", encoding="utf-8")
    if bad:
        (folder / "a0.txt").write_bytes(b"")
    return folder


def test_cli_extract_jsonl_stdout(tmp_path):
    result = runner.invoke(app, ["extract", str(make_folder(tmp_path))])
    assert result.exit_code == 0, result.output
    recs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in recs] == ["a1", "j1"]
    amounts = recs[0]["amounts"]
    assert amounts[0]["value"] == 150_000_000 and amounts[0]["currency"] == "IDR"
    ev = amounts[0]["evidence"][0]
    assert ARTICLE[ev["start"]:ev["end"]] == ev["text"] == "Rp150 juta"
    assert recs[0]["dates"][0]["date"] == "2025-11-18"


def test_cli_extract_bad_file_exit_1_and_batch_goes_on(tmp_path):
    out = tmp_path / "r.csv"
    result = runner.invoke(app, ["extract", str(make_folder(tmp_path, bad=True)), "-o", str(out)])
    assert result.exit_code == 1
    assert "a0.txt: ValueError: empty file" in result.stderr
    import pandas as pd

    df = pd.read_csv(out, keep_default_na=False)
    assert list(df.doc_id) == ["a0", "a1", "j1"] and df.error[0] == "ValueError: empty file"


def test_cli_usage_errors_exit_2(tmp_path):
    assert runner.invoke(app, ["extract", str(tmp_path / "missing")]).exit_code == 2
    assert runner.invoke(app, ["extract", str(make_folder(tmp_path)), "-o", str(tmp_path / "r.xml")]).exit_code == 2
    assert runner.invoke(app, ["extract"]).exit_code == 2
    assert runner.invoke(app, ["no-such-command"]).exit_code == 2


def test_cli_evaluate_prints_table():
    fix = ROOT / "tests" / "fixtures"
    result = runner.invoke(app, ["evaluate", str(fix / "eval_gold.jsonl"), str(fix / "eval_pred.jsonl")])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split() == ["field", "P", "R", "F1", "tp", "fp", "fn"]
    assert "macro F1" in result.stdout


def test_cli_schema_is_json_schema():
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert schema["title"] == "warta record"
    assert set(schema["required"]) >= {"doc_id", "organizations", "partners", "locations", "dates",
                                       "amounts", "beneficiaries"}


def test_cli_every_command_has_help_and_is_in_readme():
    import typer.main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in typer.main.get_command(app).commands.items():
        assert command.help, name
        assert f"warta {name}" in readme, f"`warta {name}` is not documented in README.md"


def test_cli_python_cli_py_works_from_checkout(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "cli.py"), "schema"], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0 and json.loads(out.stdout)["title"] == "warta record"


def test_cli_html_reader_unavailable_said_once(tmp_path, monkeypatch):
    """trafilatura that cannot import (lxml_html_clean missing, as with pip 23's dropped
    'lxml[html_clean]' extra): one clear message with the fix, an error record per HTML file
    (nothing lost), and the text files still extracted."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes `import trafilatura` raise ImportError
    folder = make_folder(tmp_path)
    for i in range(3):
        (folder / f"h{i}.html").write_text(f"<html><body><article><p>{ARTICLE}</p></article></body></html>",
                                           encoding="utf-8")
    result = runner.invoke(app, ["extract", str(folder), "--workers", "1"])
    assert result.exit_code == 1
    recs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in recs] == ["a1", "j1", "h0", "h1", "h2"]
    assert [bool(r["error"]) for r in recs] == [False, False, True, True, True]
    assert recs[0]["amounts"][0]["value"] == 150_000_000
    assert result.stderr.count("the HTML reader cannot start") == 1
    assert "pip install lxml_html_clean" in result.stderr
    assert "3 files not read because their reader is unavailable" in result.stderr


def test_html_reader_imports_in_this_install():
    """The declared dependencies are enough for the HTML path (lxml_html_clean is named directly)."""
    from extract.inputs.sources import _trafilatura

    assert _trafilatura().bare_extraction is not None
def test_cli_extract_warc_counts_the_skipped_records(tmp_path):
    import pytest

    pytest.importorskip("warcio", reason="WARC input needs the warc extra")
    from tests.archive import corpus_texts, write_warc

    urls = write_warc(tmp_path / "crawl-00001.warc.gz", corpus_texts(2))
    result = runner.invoke(app, ["extract", str(tmp_path / "crawl-00001.warc.gz")])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["url"] for line in result.stdout.splitlines()] == urls
    assert "4 WARC records skipped: 1 no article text, 2 not HTML, 1 not status 200" in result.stderr


def test_cli_extract_folder_output_needs_the_dask_engine(tmp_path):
    result = runner.invoke(app, ["extract", str(make_folder(tmp_path)), "-o", f"{tmp_path}/records/"])
    assert result.exit_code == 2 and "--engine dask" in result.stderr
    assert not (tmp_path / "records").exists()
