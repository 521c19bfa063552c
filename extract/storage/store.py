"""The store: one SQLite file that keeps every record warta has ingested.

Tables (``warta status`` summarises them):

- ``files``: one row per input file that was ingested completely: its resolved
  path, ``size`` and ``mtime_ns`` (the cheap check a re-run makes before any
  hashing), the SHA-256 of its bytes, the extractor version and the run.
- ``records``: one row per article, keyed by its ``source`` (the file path, or
  ``path:line`` / ``path#row`` inside JSON Lines and CSV files) and carrying the
  SHA-256 of its content (text and published date: what extraction reads), the
  record as JSON, and the extractor version that made it.
- ``runs``: one row per ``ingest``: when, what, the counts, how it ended.
- ``failures``: files whose last attempt failed, with the reason and the number
  of attempts; the next run retries them.
- ``stories`` and ``story_keys``: each stored article's MinHash fingerprint, its story and
  the keys (LSH bands, sums of money) that find its near-duplicates (extract/storage/stories.py).

The database runs in WAL mode (readers such as ``export`` never block the
ingest), and each batch of files is written in one transaction, so a run that
is killed loses at most the batch in flight and never leaves half a file.
Overlapping ingests are kept apart by an exclusive lock on ``<store>.lock``
(``fcntl.flock``; the kernel drops it when a process dies, even by SIGKILL).
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

SCHEMA_VERSION = 2  # 2: the stories and story_keys tables (added to a version-1 store on open)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    run_id INTEGER,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS records (
    source TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    published TEXT,
    record TEXT NOT NULL,
    run_id INTEGER,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_path ON records (path);
CREATE INDEX IF NOT EXISTS records_hash ON records (content_hash, extractor_version);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    pid INTEGER,
    extractor_version TEXT,
    paths TEXT,
    ingested INTEGER DEFAULT 0,
    unchanged INTEGER DEFAULT 0,
    failed INTEGER DEFAULT 0,
    records INTEGER DEFAULT 0,
    seconds REAL
);
CREATE TABLE IF NOT EXISTS stories (
    source TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    story_id TEXT NOT NULL,
    duplicate_of TEXT,
    signature BLOB NOT NULL,
    size INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_path ON stories (path);
CREATE TABLE IF NOT EXISTS story_keys (key TEXT NOT NULL, source TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS story_keys_key ON story_keys (key);
CREATE INDEX IF NOT EXISTS story_keys_source ON story_keys (source);
CREATE TABLE IF NOT EXISTS failures (
    path TEXT PRIMARY KEY,
    size INTEGER,
    mtime_ns INTEGER,
    reason TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1,
    first_failed_at TEXT NOT NULL,
    last_failed_at TEXT NOT NULL,
    run_id INTEGER
);
"""


class StoreError(RuntimeError):
    """The store cannot be opened or used: not a warta store, unwritable, newer schema, ..."""


class StoreBusy(StoreError):
    """Another ingest holds the store's lock and did not let go within the wait."""


@dataclass(frozen=True, slots=True)
class FileState:
    size: int
    mtime_ns: int
    sha256: str
    extractor_version: str


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    size: int | None
    mtime_ns: int | None
    reason: str
    attempts: int
    last_failed_at: str


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """A record as it goes into the store."""

    source: str
    path: str
    doc_id: str
    content_hash: str
    extractor_version: str
    published: str | None
    record: dict[str, Any]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


BUSY_SECONDS = 30  # how long a run waits for another run's lock on the store


class Store:
    """A warta store on disk. ``Store(path)`` creates it on first use;
    ``Store(path, create=False)`` (export, status) insists that it exists."""

    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"no store at {self.path}: run `warta ingest` first, or give --db")
        if create and self.path.parent and not self.path.parent.exists():
            raise StoreError(f"cannot create the store {self.path}: folder {self.path.parent} does not exist")
        try:
            self.db = sqlite3.connect(str(self.path), timeout=BUSY_SECONDS, isolation_level=None)
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
            mode = self._wal()
            self.db.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: consistent after any crash
            self._migrate(create)
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path} is not a usable warta store: {err}") from err
        if mode.lower() != "wal":
            raise StoreError(f"{self.path}: cannot switch to WAL mode (journal mode {mode})")

    def _wal(self) -> str:
        """Switch to WAL and return the journal mode. WAL is a property of the file, so a store already in it
        needs no switch (and takes no lock). The switch needs the file to itself and SQLite does not run the
        busy handler for it: two runs opening a new store at once (cron jobs that overlap) got "database is
        locked" here, so it is tried again for as long as the busy timeout would have waited."""
        mode = self.db.execute("PRAGMA journal_mode").fetchone()[0]
        if mode.lower() == "wal":
            return mode
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                return self.db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _migrate(self, create: bool) -> None:
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "meta" in tables:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            found = int(row[0]) if row else 0
            if found > SCHEMA_VERSION:
                raise StoreError(f"{self.path} was written by a newer warta (store schema {found}, "
                                 f"this warta reads {SCHEMA_VERSION}): upgrade warta")
            if found == SCHEMA_VERSION:
                return
        elif tables:
            raise StoreError(f"{self.path} is an SQLite file but not a warta store (tables: {', '.join(sorted(tables))})")
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for stmt in filter(str.strip, _SCHEMA.split(";")):
                self.db.execute(stmt)
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ locking
    @contextmanager
    def lock(self, timeout: float = 60.0, poll: float = 0.1) -> Iterator[None]:
        """Hold the store's exclusive ingest lock; wait at most ``timeout`` seconds for it."""
        lock_path = Path(str(self.path) + ".lock")
        try:
            fh = open(lock_path, "a+", encoding="utf-8")
        except OSError as err:
            raise StoreError(f"cannot open the lock file {lock_path}: {err.strerror or err}") from err
        try:
            deadline = time.monotonic() + max(timeout, 0)
            while not _try_lock(fh):
                if time.monotonic() >= deadline:
                    fh.seek(0)
                    holder = fh.read().strip() or "another process"
                    raise StoreBusy(f"another ingest is running on {self.path} ({holder}); "
                                    f"gave up after waiting {timeout:g} s")
                time.sleep(poll)
            fh.seek(0)
            fh.truncate()
            fh.write(f"pid {os.getpid()}, since {now()}")
            fh.flush()
            try:
                yield
            finally:
                fh.seek(0)
                fh.truncate()
                fh.flush()
                _unlock(fh)
        finally:
            fh.close()

    # ------------------------------------------------------------ transactions
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it lands, or none of it."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # ------------------------------------------------------------ reading state
    def file_states(self) -> dict[str, FileState]:
        """Every completely ingested file, by resolved path (one query: cheap for 100,000 files)."""
        rows = self.db.execute("SELECT path, size, mtime_ns, sha256, extractor_version FROM files")
        return {p: FileState(s, m, h, v) for p, s, m, h, v in rows}

    def failures(self) -> dict[str, Failure]:
        rows = self.db.execute("SELECT path, size, mtime_ns, reason, attempts, last_failed_at FROM failures")
        return {r[0]: Failure(*r) for r in rows}

    def stored_paths(self, older_than: str | None = None) -> list[str]:
        """Paths of ingested files; with ``older_than``, only those another extractor version made."""
        if older_than is None:
            return [r[0] for r in self.db.execute("SELECT path FROM files ORDER BY path")]
        return [r[0] for r in self.db.execute(
            "SELECT path FROM files WHERE extractor_version != ? ORDER BY path", (older_than,))]

    def record_by_hash(self, content_hash: str, version: str) -> dict | None:
        """A record made from the same content by the same extractor version, if any (extraction is reused)."""
        row = self.db.execute("SELECT record FROM records WHERE content_hash = ? AND extractor_version = ? LIMIT 1",
                              (content_hash, version)).fetchone()
        return json.loads(row[0]) if row else None

    def iter_records(self, *, with_meta: bool = False) -> Iterator[dict]:
        """Every stored record as a dict, in source order; ``with_meta`` adds the store's columns."""
        cur = self.db.execute("SELECT record, path, content_hash, ingested_at FROM records ORDER BY source")
        for record, path, content_hash, ingested_at in cur:
            rec = json.loads(record)
            if with_meta:
                rec.update(path=path, content_hash=content_hash, ingested_at=ingested_at)
            yield rec

    def count(self, table: str) -> int:
        if table not in ("files", "records", "runs", "failures"):
            raise ValueError(table)
        return self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    # ------------------------------------------------------------ writing (inside transaction())
    def replace_file(self, path: str, state: FileState | None, records: Iterable[StoredRecord],
                     run_id: int | None, *, complete: bool = True) -> int:
        """Write a file's records. ``complete``: the file went well, so its records now are exactly
        these (stale ones go) and ``state`` marks it done; otherwise only the good records are upserted."""
        stamp = now()
        records = list(records)
        self.db.executemany(
            "INSERT OR REPLACE INTO records (source, path, doc_id, content_hash, extractor_version, published, "
            "record, run_id, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(r.source, r.path, r.doc_id, r.content_hash, r.extractor_version, r.published,
              json.dumps(r.record, ensure_ascii=False), run_id, stamp) for r in records])
        if complete:
            keep = [r.source for r in records]
            marks = ",".join("?" * len(keep))
            self.db.execute(f"DELETE FROM records WHERE path = ? AND source NOT IN ({marks})", (path, *keep))
            self.db.execute(f"DELETE FROM story_keys WHERE source IN (SELECT source FROM stories WHERE path = ? "
                            f"AND source NOT IN ({marks}))", (path, *keep))
            self.db.execute(f"DELETE FROM stories WHERE path = ? AND source NOT IN ({marks})", (path, *keep))
            if state is not None:
                self.db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)",
                                (path, state.size, state.mtime_ns, state.sha256, state.extractor_version,
                                 run_id, stamp))
            self.db.execute("DELETE FROM failures WHERE path = ?", (path,))
        return len(records)

    # ------------------------------------------------ stories (extract.storage.stories.StoryIndex)
    def candidates(self, keys):
        """Stored articles sharing any of ``keys``: (source, story_id, first source, fingerprint, keys shared)."""
        from extract.storage.stories import Fingerprint

        keys = list(keys)
        shared: dict[str, set[str]] = {}
        for i in range(0, len(keys), 500):  # SQLite's bound-parameter limit
            part = keys[i:i + 500]
            rows = self.db.execute(f"SELECT source, key FROM story_keys WHERE key IN ({','.join('?' * len(part))})", part)
            for source, key in rows:
                shared.setdefault(source, set()).add(key)
        sources = list(shared)
        out = []
        for i in range(0, len(sources), 500):
            part = sources[i:i + 500]
            rows = self.db.execute("SELECT source, story_id, duplicate_of, signature, size FROM stories "
                                   f"WHERE source IN ({','.join('?' * len(part))})", part)
            out += [(src, sid, dup or src, Fingerprint(sig, size), shared[src]) for src, sid, dup, sig, size in rows]
        return out

    def add(self, source, story_id, duplicate_of, fp, keys, path: str = "") -> None:
        self.db.execute("INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?, ?)",
                        (source, path, story_id, duplicate_of, fp.signature, fp.size))
        self.db.execute("DELETE FROM story_keys WHERE source = ?", (source,))
        self.db.executemany("INSERT INTO story_keys VALUES (?, ?)", [(k, source) for k in keys])

    def touch_file(self, path: str, size: int, mtime_ns: int) -> None:
        """Same bytes, new stat (a ``touch`` or a copy): remember the stat so the next run skips it cheaply."""
        self.db.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?", (size, mtime_ns, path))

    def add_failure(self, path: str, size: int | None, mtime_ns: int | None, reason: str,
                    run_id: int | None) -> None:
        stamp = now()
        self.db.execute(
            "INSERT INTO failures (path, size, mtime_ns, reason, attempts, first_failed_at, last_failed_at, run_id) "
            "VALUES (?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET size = excluded.size, "
            "mtime_ns = excluded.mtime_ns, reason = excluded.reason, attempts = attempts + 1, "
            "last_failed_at = excluded.last_failed_at, run_id = excluded.run_id",
            (path, size, mtime_ns, reason, stamp, stamp, run_id))

    # ------------------------------------------------------------ runs
    def start_run(self, paths: list[str], version: str) -> int:
        """Open a run; runs left ``running`` by a process that died are marked ``interrupted``
        (only the lock holder calls this, so no other run can be live)."""
        with self.transaction():
            self.db.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            cur = self.db.execute(
                "INSERT INTO runs (started_at, status, pid, extractor_version, paths) VALUES (?, 'running', ?, ?, ?)",
                (now(), os.getpid(), version, json.dumps(paths, ensure_ascii=False)))
            return cur.lastrowid

    def finish_run(self, run_id: int, status: str, *, ingested: int, unchanged: int, failed: int,
                   records: int, seconds: float) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE runs SET finished_at = ?, status = ?, ingested = ?, unchanged = ?, failed = ?, "
                "records = ?, seconds = ? WHERE id = ?",
                (now(), status, ingested, unchanged, failed, records, round(seconds, 3), run_id))

    def update_run(self, run_id: int | None, *, ingested: int, unchanged: int, failed: int, records: int,
                   seconds: float) -> None:
        """The counts so far of a run still going (inside the batch's transaction(), so they
        match what is committed even if the process is killed next)."""
        self.db.execute("UPDATE runs SET ingested = ?, unchanged = ?, failed = ?, records = ?, seconds = ? "
                        "WHERE id = ?", (ingested, unchanged, failed, records, round(seconds, 3), run_id))

    def ingest_running(self) -> bool | None:
        """Whether an ingest holds this store's lock now (None: cannot tell). A run the
        ``runs`` table says is ``running`` while nobody holds the lock died without a word."""
        lock_path = Path(str(self.path) + ".lock")
        try:
            fh = open(lock_path, "r", encoding="utf-8")
        except FileNotFoundError:
            return False
        except OSError:
            return None
        with fh:
            if not _try_lock(fh, shared=True):
                return True
            _unlock(fh)
            return False

    def runs(self, limit: int = 5) -> list[dict]:
        cur = self.db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]

    def versions(self) -> dict[str, int]:
        """How many records each extractor version made."""
        return dict(self.db.execute(
            "SELECT extractor_version, COUNT(*) FROM records GROUP BY extractor_version ORDER BY 1"))


# ---------------------------------------------------------------- file locks
try:
    import fcntl

    def _try_lock(fh, shared: bool = False) -> bool:
        try:
            fcntl.flock(fh.fileno(), (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fh) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

except ImportError:  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(fh, shared: bool = False) -> bool:
        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fh) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)


# ---------------------------------------------------------------- status
def store_status(db: str | Path, max_attempts: int = 3, show: int = 10) -> dict[str, Any]:
    """What ``warta status`` shows: counts, the last run, failures waiting for a retry."""
    with Store(db, create=False) as store:
        fails = sorted(store.failures().values(), key=lambda f: f.last_failed_at, reverse=True)
        return {
            "store": str(store.path),
            "bytes": store.path.stat().st_size,
            "schema": SCHEMA_VERSION,
            "files": store.count("files"),
            "records": store.count("records"),
            "versions": store.versions(),
            "stories": store.db.execute("SELECT COUNT(DISTINCT story_id), COUNT(duplicate_of) FROM stories").fetchone(),
            "last_run": _truthful(store, (store.runs(limit=1) or [None])[0]),
            "failures": len(fails),
            "waiting": sum(f.attempts < max_attempts for f in fails),  # retried by the next run
            "given_up": sum(f.attempts >= max_attempts for f in fails),  # retried when the file changes
            "failed": [{"path": f.path, "reason": f.reason, "attempts": f.attempts,
                        "last_failed_at": f.last_failed_at} for f in fails[:show]],
        }


def _truthful(store: Store, run: dict | None) -> dict | None:
    """A run marked ``running`` whose process is gone (nobody holds the lock) is shown as
    ``interrupted (process gone)``; so is one the next run marked ``interrupted`` without an end."""
    if run is None:
        return None
    gone = (run["status"] == "running" and store.ingest_running() is False) or \
           (run["status"] == "interrupted" and run.get("finished_at") is None)
    if gone:
        run = dict(run, status="interrupted (process gone)")
    return run


def format_status(st: dict[str, Any]) -> str:
    versions = ", ".join(f"{v}: {n:,}" for v, n in st["versions"].items()) or "none"
    lines = [f"store     {st['store']} ({st['bytes'] / 1e6:.1f} MB, schema {st['schema']})",
             f"records   {st['records']:,} from {st['files']:,} files (by extractor version: {versions})"]
    stories, copies = st.get("stories") or (0, 0)
    if stories:
        lines.append(f"stories   {stories:,} ({copies:,} articles are later copies of a story, counted once)")
    r = st["last_run"]
    if r:
        took = f" in {r['seconds']:.1f} s" if r.get("seconds") is not None else ""
        lines.append(f"last run  #{r['id']} started {r['started_at']}, {r['status']}{took}: "
                     f"ingested {r['ingested']}, unchanged {r['unchanged']}, failed {r['failed']}")
    else:
        lines.append("last run  none")
    lines.append(f"failures  {st['failures']}: {st['waiting']} waiting for a retry, "
                 f"{st['given_up']} given up until the file changes")
    for f in st["failed"]:
        lines.append(f"  {f['path']}: {f['reason']} (attempts {f['attempts']}, last {f['last_failed_at']})")
    if st["failures"] > len(st["failed"]):
        lines.append(f"  ... and {st['failures'] - len(st['failed'])} more")
    return "\n".join(lines)
