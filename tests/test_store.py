"""The SQLite store: schema, WAL, transactions, the ingest lock, runs and failures.

Everything runs on a store in ``tmp_path``; no shared data is needed.
"""
from __future__ import annotations

import sqlite3

import pytest

from extract.storage.store import (SCHEMA_VERSION, FileState, Store, StoreBusy, StoredRecord, StoreError, format_status,
                           store_status)


def stored(source: str, path: str = "/data/a.jsonl", text_hash: str = "h1") -> StoredRecord:
    return StoredRecord(source, path, source.rsplit("/", 1)[-1], text_hash, "v1", None,
                        {"doc_id": source, "source": source, "organizations": []})


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "warta.sqlite") as s:
        yield s


def test_store_creates_schema_in_wal_mode(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    version = store.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
    assert int(version) == SCHEMA_VERSION
    assert all(store.count(t) == 0 for t in ("files", "records", "runs", "failures"))


def test_store_reopens_existing(tmp_path):
    with Store(tmp_path / "w.sqlite") as s, s.transaction():
        s.replace_file("/data/a.jsonl", None, [stored("/data/a.jsonl:1")], None)
    with Store(tmp_path / "w.sqlite", create=False) as s:
        assert s.count("records") == 1


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b"\x00" * 4096], ids=["text", "zeros"])
def test_store_rejects_a_file_that_is_not_sqlite(tmp_path, content):
    path = tmp_path / "w.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a usable warta store"):
        Store(path)


def test_store_rejects_another_sqlite_database(tmp_path):
    path = tmp_path / "other.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE customers (id INTEGER)").connection.commit()
    with pytest.raises(StoreError, match="not a warta store"):
        Store(path)


def test_store_rejects_a_newer_schema(tmp_path):
    with Store(tmp_path / "w.sqlite") as s:
        s.db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(StoreError, match="newer warta"):
        Store(tmp_path / "w.sqlite")


def test_store_must_exist_for_reading(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing.sqlite", create=False)
    assert not (tmp_path / "missing.sqlite").exists()


def test_store_in_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "nope" / "w.sqlite")


def test_store_transaction_rolls_back_on_error(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.replace_file("/data/a.jsonl", None, [stored("/data/a.jsonl:1")], None)
        raise RuntimeError("killed halfway")
    assert store.count("records") == 0


def test_store_replace_file_drops_stale_records(store):
    with store.transaction():
        store.replace_file("/data/a.jsonl", FileState(10, 1, "x", "v1"),
                           [stored("/data/a.jsonl:1"), stored("/data/a.jsonl:2")], None)
        store.replace_file("/data/b.txt", FileState(5, 1, "y", "v1"), [stored("/data/b.txt", "/data/b.txt")], None)
    with store.transaction():
        store.replace_file("/data/a.jsonl", FileState(12, 2, "z", "v1"), [stored("/data/a.jsonl:2", text_hash="h2")],
                           None)
    sources = [r["source"] for r in store.iter_records()]
    assert sources == ["/data/a.jsonl:2", "/data/b.txt"]
    assert store.file_states()["/data/a.jsonl"] == FileState(12, 2, "z", "v1")


def test_store_incomplete_file_keeps_old_records_and_stays_undone(store):
    with store.transaction():
        store.replace_file("/data/a.jsonl", FileState(10, 1, "x", "v1"), [stored("/data/a.jsonl:1")], None)
    with store.transaction():
        store.replace_file("/data/a.jsonl", None, [stored("/data/a.jsonl:3")], None, complete=False)
        store.add_failure("/data/a.jsonl", 20, 2, "line 2: malformed JSON", None)
    assert store.count("records") == 2
    assert store.failures()["/data/a.jsonl"].attempts == 1


def test_store_failure_attempts_count_up_and_success_clears(store):
    for _ in range(3):
        with store.transaction():
            store.add_failure("/data/x.txt", 3, 9, "empty file", None)
    assert store.failures()["/data/x.txt"].attempts == 3
    with store.transaction():
        store.replace_file("/data/x.txt", FileState(4, 10, "s", "v1"), [stored("/data/x.txt", "/data/x.txt")], None)
    assert store.failures() == {}


def test_store_lock_is_exclusive_with_bounded_wait(store):
    with store.lock(timeout=1):
        with Store(store.path) as other, pytest.raises(StoreBusy, match=r"another ingest is running .*pid \d+"):
            with other.lock(timeout=0.3):
                pass
    with store.lock(timeout=0):  # released
        pass


def test_store_run_left_running_is_marked_interrupted(store):
    first = store.start_run(["/data"], "v1")  # the process "dies" here
    second = store.start_run(["/data"], "v1")
    store.finish_run(second, "ok", ingested=1, unchanged=0, failed=0, records=1, seconds=0.1)
    runs = {r["id"]: r["status"] for r in store.runs(10)}
    assert runs == {first: "interrupted", second: "ok"}


def test_store_status_tells_a_live_run_from_one_whose_process_is_gone(store):
    run = store.start_run(["/data"], "v1")
    with store.transaction():  # counts as the batches commit
        store.update_run(run, ingested=64, unchanged=3, failed=1, records=70, seconds=2.5)
    with store.lock(timeout=0):  # the ingest is alive: it holds the lock
        assert store_status(store.path)["last_run"]["status"] == "running"
    st = store_status(store.path)  # nobody holds the lock: the process died without a word
    assert st["last_run"]["status"] == "interrupted (process gone)"
    assert "interrupted (process gone) in 2.5 s: ingested 64, unchanged 3, failed 1" in format_status(st)
    store.start_run(["/data"], "v1")  # the next run marks it; it still shows as gone
    assert store.runs(2)[1]["status"] == "interrupted"
    assert [r["status"] for r in store.runs(2)] == ["running", "interrupted"]


def test_store_status_shows_a_run_stopped_by_a_signal_as_interrupted(store):
    run = store.start_run(["/data"], "v1")
    store.finish_run(run, "interrupted", ingested=5, unchanged=0, failed=0, records=5, seconds=1.0)
    assert store_status(store.path)["last_run"]["status"] == "interrupted"


def test_store_status_counts_and_formats(tmp_path):
    with Store(tmp_path / "w.sqlite") as s:
        with s.transaction():
            s.replace_file("/data/a.txt", FileState(1, 1, "a", "v1"), [stored("/data/a.txt", "/data/a.txt")], None)
            s.add_failure("/data/b.txt", 0, 1, "ValueError: empty file", None)
        run = s.start_run(["/data"], "v1")
        s.finish_run(run, "some failed", ingested=1, unchanged=0, failed=1, records=1, seconds=0.5)
    st = store_status(tmp_path / "w.sqlite", max_attempts=3)
    assert (st["files"], st["records"], st["failures"], st["waiting"], st["given_up"]) == (1, 1, 1, 1, 0)
    text = format_status(st)
    assert "ingested 1, unchanged 0, failed 1" in text
    assert "/data/b.txt: ValueError: empty file" in text
