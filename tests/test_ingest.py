"""Incremental ingest: skip, replace, reprocess, failures and retries, overlapping runs,
SIGKILL mid-run then resume, and the CLI's summary line and exit status.

Most tests use ``stubs.StubExtractor`` (fast, counts what it extracts); the tests
marked "pipeline" run the real spaCy pipeline (the session ``nlp`` fixture).
The articles are short clauses written for these tests.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from stubs import FAIL_MARK, StubExtractor
from typer.testing import CliRunner

import extract.storage.ingest as ingest_module
from extract.storage.ingest import content_hash, ingest
from extract.storage.store import Store, StoreBusy

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent

CLAUSES = [
    "PT Semen Gresik menyalurkan bantuan Rp50 juta untuk 20 UMKM binaan di Kabupaten Rembang.",
    "Bank Jateng menyerahkan dana TJSL kepada kelompok tani di Desa Sumberejo, Senin (4/3/2024).",
    "Pertamina melatih 35 pengrajin batik di Kota Pekalongan lewat program pemberdayaan.",
    "PLN UID Jatim memberikan bantuan peralatan kepada 12 mitra binaan di Kecamatan Tuban.",
]


def write_articles(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"a{i:05d}.txt"
        p.write_text(f"{CLAUSES[i % len(CLAUSES)]} Berita nomor {i}.", encoding="utf-8")
        paths.append(p)
    return paths


def sources(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return [r[0] for r in con.execute("SELECT source FROM records ORDER BY source")]


def run(folder, db, stub=None, **kw):
    stub = stub or StubExtractor()
    return ingest([folder], db, extractor=stub, version=stub.version, **kw), stub


# ---------------------------------------------------------------- skip, replace, reprocess
def test_ingest_first_run_stores_one_record_per_file(tmp_path):
    files = write_articles(tmp_path / "in", 5)
    report, stub = run(tmp_path / "in", tmp_path / "w.sqlite")
    assert (report.ingested, report.unchanged, report.failed, report.records) == (5, 0, 0, 5)
    assert report.summary() == "ingested 5, unchanged 0, failed 0"
    assert report.exit_code == 0
    assert sources(tmp_path / "w.sqlite") == [str(p.resolve()) for p in files]


def test_ingest_rerun_skips_unchanged_files_without_reading_them(tmp_path, monkeypatch):
    write_articles(tmp_path / "in", 5)
    run(tmp_path / "in", tmp_path / "w.sqlite")
    monkeypatch.setattr(ingest_module, "file_sha256", lambda p: pytest.fail(f"hashed {p}"))
    monkeypatch.setattr(ingest_module, "read_file", lambda *a, **k: pytest.fail("read a file"))
    report, stub = run(tmp_path / "in", tmp_path / "w.sqlite")
    assert report.summary() == "ingested 0, unchanged 5, failed 0"
    assert stub.calls == 0


def test_ingest_rerun_never_builds_the_pipeline(tmp_path, monkeypatch):
    write_articles(tmp_path / "in", 3)
    version = ingest_module.current_version()
    run(tmp_path / "in", tmp_path / "w.sqlite", StubExtractor(version))
    monkeypatch.setattr(ingest_module, "_build", lambda g: pytest.fail("built the pipeline"))
    report = ingest([tmp_path / "in"], tmp_path / "w.sqlite")  # the default extractor
    assert report.summary() == "ingested 0, unchanged 3, failed 0"


def test_ingest_touched_file_is_hashed_once_then_skipped_cheaply(tmp_path, monkeypatch):
    files = write_articles(tmp_path / "in", 2)
    run(tmp_path / "in", tmp_path / "w.sqlite")
    os.utime(files[0], ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    report, stub = run(tmp_path / "in", tmp_path / "w.sqlite")
    assert (report.unchanged, stub.calls) == (2, 0)
    monkeypatch.setattr(ingest_module, "file_sha256", lambda p: pytest.fail(f"hashed {p} again"))
    report, _ = run(tmp_path / "in", tmp_path / "w.sqlite")
    assert report.unchanged == 2


def test_ingest_changed_file_replaces_its_record(tmp_path):
    files = write_articles(tmp_path / "in", 3)
    run(tmp_path / "in", tmp_path / "w.sqlite")
    files[1].write_text("Telkom Indonesia membangun 3 titik wifi gratis di Desa Wonokerto.", encoding="utf-8")
    report, stub = run(tmp_path / "in", tmp_path / "w.sqlite")
    assert report.summary() == "ingested 1, unchanged 2, failed 0"
    assert stub.seen == [str(files[1].resolve())]
    with Store(tmp_path / "w.sqlite") as s:
        recs = {r["source"]: r for r in s.iter_records()}
    assert len(recs) == 3
    assert recs[str(files[1].resolve())]["organizations"][0]["name"] == "Telkom"


def test_ingest_new_files_in_a_growing_folder(tmp_path):
    write_articles(tmp_path / "in", 3)
    run(tmp_path / "in", tmp_path / "w.sqlite")
    write_articles(tmp_path / "in" / "2024-05", 2, start=3)
    report, stub = run(tmp_path / "in", tmp_path / "w.sqlite")
    assert report.summary() == "ingested 2, unchanged 3, failed 0"
    assert len(sources(tmp_path / "w.sqlite")) == 5


def test_ingest_appended_jsonl_extracts_only_the_new_lines(tmp_path):
    feed = tmp_path / "in" / "feed.jsonl"
    feed.parent.mkdir()
    lines = [json.dumps({"id": f"n{i}", "text": c}, ensure_ascii=False) for i, c in enumerate(CLAUSES)]
    feed.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    run(tmp_path / "in", tmp_path / "w.sqlite")
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report, stub = run(tmp_path / "in", tmp_path / "w.sqlite")
    assert (report.ingested, report.reused, report.extracted) == (1, 2, 2)
    assert len(stub.seen) == 2 and all(s.endswith((":3", ":4")) for s in stub.seen)
    assert len(sources(tmp_path / "w.sqlite")) == 4


def test_ingest_shortened_jsonl_drops_the_stale_records(tmp_path):
    feed = tmp_path / "in" / "feed.jsonl"
    feed.parent.mkdir()
    feed.write_text("\n".join(json.dumps({"text": c}) for c in CLAUSES) + "\n", encoding="utf-8")
    run(tmp_path / "in", tmp_path / "w.sqlite")
    feed.write_text(json.dumps({"text": CLAUSES[0]}) + "\n", encoding="utf-8")
    run(tmp_path / "in", tmp_path / "w.sqlite")
    assert sources(tmp_path / "w.sqlite") == [f"{feed.resolve()}:1"]


def test_ingest_same_folder_by_two_spellings_is_one_set_of_records(tmp_path, monkeypatch):
    write_articles(tmp_path / "in", 2)
    run(tmp_path / "in", tmp_path / "w.sqlite")
    monkeypatch.chdir(tmp_path)
    report, _ = run(Path("in/../in"), tmp_path / "w.sqlite")
    assert report.summary() == "ingested 0, unchanged 2, failed 0"


def test_ingest_reprocess_redoes_only_older_versions(tmp_path):
    write_articles(tmp_path / "in", 4)
    run(tmp_path / "in", tmp_path / "w.sqlite", StubExtractor("0.1.0"))
    report, stub = run(tmp_path / "in", tmp_path / "w.sqlite", StubExtractor("0.2.0"))
    assert report.summary() == "ingested 0, unchanged 4, failed 0"  # a new version alone redoes nothing
    report, stub = run(tmp_path / "in", tmp_path / "w.sqlite", StubExtractor("0.2.0"), reprocess=True)
    assert report.summary() == "ingested 4, unchanged 0, failed 0"
    assert (report.extracted, report.reused) == (4, 0)  # a record of an older version is never reused
    with Store(tmp_path / "w.sqlite") as s:
        assert s.versions() == {"0.2.0": 4}
        assert {r["extractor_version"] for r in s.iter_records()} == {"0.2.0"}
    report, _ = run(tmp_path / "in", tmp_path / "w.sqlite", StubExtractor("0.2.0"), reprocess=True)
    assert report.summary() == "ingested 0, unchanged 4, failed 0"


def test_ingest_reprocess_without_paths_redoes_the_stored_files(tmp_path):
    write_articles(tmp_path / "in", 3)
    run(tmp_path / "in", tmp_path / "w.sqlite", StubExtractor("0.1.0"))
    stub = StubExtractor("0.2.0")
    report = ingest([], tmp_path / "w.sqlite", extractor=stub, version="0.2.0", reprocess=True)
    assert report.ingested == 3
    with Store(tmp_path / "w.sqlite") as s:
        assert s.versions() == {"0.2.0": 3}


# ---------------------------------------------------------------- failures and retries
def test_ingest_failed_files_are_recorded_and_retried(tmp_path):
    write_articles(tmp_path / "in", 3)
    bad = tmp_path / "in" / "kosong.txt"
    bad.write_text("   \n", encoding="utf-8")
    report, _ = run(tmp_path / "in", tmp_path / "w.sqlite")
    assert report.summary() == "ingested 3, unchanged 0, failed 1"
    assert report.exit_code == 1
    assert report.failures == [(str(bad.resolve()), f"{bad.resolve()}: ValueError: empty file")]
    report, _ = run(tmp_path / "in", tmp_path / "w.sqlite")  # retried, fails again
    assert report.summary() == "ingested 0, unchanged 3, failed 1"
    with Store(tmp_path / "w.sqlite") as s:
        assert s.failures()[str(bad.resolve())].attempts == 2
    bad.write_text(CLAUSES[0], encoding="utf-8")
    report, _ = run(tmp_path / "in", tmp_path / "w.sqlite")
    assert report.summary() == "ingested 1, unchanged 3, failed 0"
    with Store(tmp_path / "w.sqlite") as s:
        assert s.failures() == {}
        assert s.count("records") == 4


def test_ingest_extraction_failure_is_retried(tmp_path):
    write_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "x.txt").write_text(f"Bank Nagari {FAIL_MARK} menyalurkan bantuan.", encoding="utf-8")
    report, _ = run(tmp_path / "in", tmp_path / "w.sqlite")
    assert report.failed == 1 and "extraction failed" in report.failures[0][1]
    report, stub = run(tmp_path / "in", tmp_path / "w.sqlite")
    assert report.failed == 1 and len(stub.seen) == 1  # only the failed file is retried


def test_ingest_gives_up_after_max_attempts_until_the_file_changes(tmp_path):
    bad = tmp_path / "in" / "gambar.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    for _ in range(2):
        report, _ = run(tmp_path / "in", tmp_path / "w.sqlite", max_attempts=2)
        assert report.failed == 1
    report, _ = run(tmp_path / "in", tmp_path / "w.sqlite", max_attempts=2)
    assert (report.failed, report.given_up, report.exit_code) == (0, 1, 0)
    bad.write_text(CLAUSES[1], encoding="utf-8")
    report, _ = run(tmp_path / "in", tmp_path / "w.sqlite", max_attempts=2)
    assert report.summary() == "ingested 1, unchanged 0, failed 0"


def test_ingest_jsonl_with_one_bad_line_keeps_the_good_ones(tmp_path):
    feed = tmp_path / "in" / "feed.jsonl"
    feed.parent.mkdir()
    feed.write_text(json.dumps({"text": CLAUSES[0]}) + "\n{not json\n" + json.dumps({"text": CLAUSES[1]}) + "\n",
                    encoding="utf-8")
    report, _ = run(tmp_path / "in", tmp_path / "w.sqlite")
    assert report.failed == 1 and "1 of" not in report.failures[0][1] and ":2" in report.failures[0][1]
    assert len(sources(tmp_path / "w.sqlite")) == 2
    report, stub = run(tmp_path / "in", tmp_path / "w.sqlite")  # retried: good lines are reused
    assert report.failed == 1 and stub.seen == [] and report.reused == 2


# ---------------------------------------------------------------- overlapping runs, SIGKILL
def _script(folder: Path, db: Path, delay: float, lock_timeout: float = 60, batch_size: int = 64) -> str:
    return f"""
import json, sys
sys.path[:0] = [{str(ROOT)!r}, {str(TESTS)!r}]
from stubs import StubExtractor
from extract.storage.ingest import ingest
from extract.storage.store import StoreBusy
stub = StubExtractor(delay={delay})
try:
    r = ingest([{str(folder)!r}], {str(db)!r}, extractor=stub, version=stub.version,
               lock_timeout={lock_timeout}, batch_size={batch_size})
except StoreBusy as err:
    print(json.dumps({{"busy": str(err)}})); sys.exit(2)
print(json.dumps({{"ingested": r.ingested, "unchanged": r.unchanged, "seen": stub.seen}}))
"""


def _spawn(code: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_ingest_two_overlapping_runs_never_ingest_a_file_twice(tmp_path):
    files = write_articles(tmp_path / "in", 12)
    db = tmp_path / "w.sqlite"
    procs = [_spawn(_script(tmp_path / "in", db, delay=0.05, batch_size=3)) for _ in range(2)]
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        outs.append(json.loads(out.strip().splitlines()[-1]))
    assert sorted(o["ingested"] for o in outs) == [0, 12]
    assert sorted(o["unchanged"] for o in outs) == [0, 12]
    seen = [s for o in outs for s in o["seen"]]
    assert sorted(seen) == sorted(str(f.resolve()) for f in files)  # each file extracted exactly once
    assert len(sources(db)) == 12


def test_ingest_second_run_gives_up_after_the_lock_timeout(tmp_path):
    write_articles(tmp_path / "in", 2)
    db = tmp_path / "w.sqlite"
    with Store(db) as s, s.lock():
        started = time.monotonic()
        proc = subprocess.run([sys.executable, str(ROOT / "cli.py"), "ingest", str(tmp_path / "in"), "--db", str(db),
                               "--lock-timeout", "0.5"], capture_output=True, text=True, timeout=120, cwd=tmp_path)
        with pytest.raises(StoreBusy):
            ingest([tmp_path / "in"], db, extractor=StubExtractor(), lock_timeout=0.2)
    assert proc.returncode == 2, proc.stderr
    assert "another ingest is running" in proc.stderr and "gave up after waiting 0.5 s" in proc.stderr
    assert time.monotonic() - started < 60
    assert sources(db) == []


def test_ingest_sigkill_mid_run_then_resume_has_every_file_once(tmp_path):
    files = write_articles(tmp_path / "in", 40)
    db = tmp_path / "w.sqlite"
    proc = _spawn(_script(tmp_path / "in", db, delay=0.05, batch_size=4))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            if db.exists() and len(sources(db)) >= 8:
                break
        except sqlite3.OperationalError:
            continue
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    done_before = set(sources(db))
    assert 8 <= len(done_before) < 40, "the kill should land mid-run"

    report, stub = run(tmp_path / "in", db)
    assert set(stub.seen).isdisjoint(done_before)  # committed batches are not redone
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM records").fetchone()[0] == len(files)
        assert con.execute("SELECT COUNT(*) FROM files").fetchone()[0] == len(files)
        assert con.execute("SELECT COUNT(DISTINCT source) FROM records").fetchone()[0] == len(files)
        assert con.execute("SELECT COUNT(DISTINCT content_hash) FROM records").fetchone()[0] == len(files)
        statuses = [r[0] for r in con.execute("SELECT status FROM runs ORDER BY id")]
    assert sources(db) == sorted(str(f.resolve()) for f in files)
    assert statuses == ["interrupted", "ok"]
    assert report.ingested == len(files) - len(done_before)


# ---------------------------------------------------------------- the real pipeline and the CLI
def test_ingest_with_the_pipeline_keeps_exact_evidence(tmp_path, nlp):
    files = write_articles(tmp_path / "in", 4)
    report = ingest([tmp_path / "in"], tmp_path / "w.sqlite")
    assert report.summary() == "ingested 4, unchanged 0, failed 0"
    texts = {str(p.resolve()): p.read_text(encoding="utf-8") for p in files}
    n = 0
    with Store(tmp_path / "w.sqlite") as s:
        for rec in s.iter_records():
            for field in ("organizations", "partners", "locations", "dates", "amounts", "beneficiaries"):
                for value in rec[field]:
                    for ev in value["evidence"]:
                        assert texts[rec["source"]][ev["start"]:ev["end"]] == ev["text"]
                        n += 1
    assert n > 0


def test_ingest_content_hash_reads_text_and_published_date():
    from extract.article import Article

    a = Article("a", CLAUSES[0], source="x")
    assert content_hash(a) == content_hash(Article("b", CLAUSES[0], source="y", title="lain"))
    assert content_hash(a) != content_hash(Article("a", CLAUSES[0], source="x", published="2024-03-01"))


def test_cli_ingest_prints_the_summary_and_exit_status(tmp_path, nlp, monkeypatch):
    from cli import app

    write_articles(tmp_path / "in", 2)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", "in", "--db", "w.sqlite"])
    assert (result.exit_code, result.stdout.strip()) == (0, "ingested 2, unchanged 0, failed 0")
    (tmp_path / "in" / "rusak.txt").write_bytes(b"%PDF-1.4 binary")
    result = runner.invoke(app, ["ingest", "in", "--db", "w.sqlite"])
    assert (result.exit_code, result.stdout.strip()) == (1, "ingested 0, unchanged 2, failed 1")
    result = runner.invoke(app, ["status", "--db", "w.sqlite"])
    assert result.exit_code == 0 and "1 waiting for a retry" in result.stdout and "binary file" in result.stdout


@pytest.mark.parametrize("args, message", [
    (["ingest", "tidak-ada", "--db", "w.sqlite"], "no such file or folder"),
    (["ingest", "--db", "w.sqlite"], "nothing to ingest"),
    (["ingest", "in", "--db", "no/such/folder/w.sqlite"], "does not exist"),
    (["ingest", "in", "--config", "none.toml"], "no config file"),
    (["status", "--db", "missing.sqlite"], "no store at"),
], ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_cli_usage_and_store_errors_exit_2(tmp_path, monkeypatch, args, message):
    from cli import app

    write_articles(tmp_path / "in", 1)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_cli_ingest_takes_inputs_and_store_from_warta_toml(tmp_path, monkeypatch, nlp):
    from cli import app

    write_articles(tmp_path / "news", 2)
    (tmp_path / "warta.toml").write_text('db = "data/w.sqlite"\ninputs = ["news"]\n', encoding="utf-8")
    (tmp_path / "data").mkdir()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["ingest"])
    assert (result.exit_code, result.stdout.strip()) == (0, "ingested 2, unchanged 0, failed 0")
    assert len(sources(tmp_path / "data" / "w.sqlite")) == 2


def test_ingest_refuses_gazetteers_it_cannot_use(tmp_path):
    write_articles(tmp_path / "in", 1)
    with pytest.raises(ValueError, match="gazetteer"):
        ingest([tmp_path / "in"], tmp_path / "w.sqlite", gazetteers=[tmp_path / "tidak-ada.csv"])
    assert not (tmp_path / "w.sqlite").exists()  # refused before the store was touched


def test_cli_ingest_that_stops_exits_2_and_the_next_run_resumes(tmp_path, monkeypatch):
    from cli import app

    write_articles(tmp_path / "in", 3)
    monkeypatch.chdir(tmp_path)

    def broken(gazetteers):
        raise MemoryError("no room for the models")

    monkeypatch.setattr(ingest_module, "_build", broken)
    result = CliRunner().invoke(app, ["ingest", "in", "--db", "w.sqlite"])
    assert result.exit_code == 2 and "ingest stopped" in result.stderr and "MemoryError" in result.stderr
    report, _ = run(tmp_path / "in", tmp_path / "w.sqlite")
    assert report.summary() == "ingested 3, unchanged 0, failed 0"
    with Store(tmp_path / "w.sqlite") as s:
        assert [r["status"] for r in reversed(s.runs())] == ["interrupted", "ok"]


def test_ingest_worker_pool_gives_the_same_records(tmp_path):
    """The real pipeline on 2 worker processes stores exactly what one process stores."""
    write_articles(tmp_path / "in", 40)
    one = ingest([tmp_path / "in"], tmp_path / "one.sqlite", workers=1)
    two = ingest([tmp_path / "in"], tmp_path / "two.sqlite", workers=2)
    assert one.summary() == two.summary() == "ingested 40, unchanged 0, failed 0"

    def stored(db):
        with Store(db) as s:
            return [json.dumps(r, sort_keys=True) for r in s.iter_records()]

    assert stored(tmp_path / "one.sqlite") == stored(tmp_path / "two.sqlite")
