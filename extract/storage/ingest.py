"""Incremental ingest into the store, safe to run from cron again and again.

``ingest(paths, db) -> IngestReport`` walks the paths, decides for each file
whether it is new, changed, unchanged, due for a retry or (with ``reprocess``)
made by an older extractor, extracts only what needs it, and writes each batch
of files in one transaction. ``report.summary()`` is the line for cron mail:
``ingested N, unchanged M, failed K`` (counted in files).

The cheap path is the common one: a file whose size and mtime match the store is
skipped without being read, and the pipeline is only built when some article
actually needs extracting, so a re-run over an unchanged folder never loads the
models. A file whose bytes changed is read again; each of its articles whose
content (text and published date) the store already holds, extracted by the
same extractor version, reuses that record, so appending lines to a JSON Lines
file only extracts the new lines.
"""
from __future__ import annotations

import hashlib
import inspect
import os
import sys
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Sequence

from extract.article import Article
from extract.storage import stories
from extract.engines.engine import WorkerPool, batched, process_batch
from extract.record import Record
from extract.inputs.sources import DEFAULT_MAX_BYTES, iter_paths, read_file
from extract.engines.stopping import held
from extract.storage.store import FileState, Store, StoredRecord

Extractor = Callable[[list[Article]], list[Record]]  # articles in, one record each, in order
EXTRACT_CHUNK = 256  # articles handed to the extractor at a time


@dataclass(slots=True)
class IngestReport:
    run_id: int | None = None
    ingested: int = 0   # files extracted and stored: new, changed, retried or reprocessed
    unchanged: int = 0  # files skipped: same size and mtime, or same bytes
    failed: int = 0     # files with at least one article that could not be read or extracted
    given_up: int = 0   # failed files past max_attempts, left alone until they change
    records: int = 0    # records written
    extracted: int = 0  # articles run through the pipeline
    reused: int = 0     # articles whose record was reused by content hash
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    resumed_after: dict | None = None  # the previous run, when it was interrupted or its process died

    def counts(self) -> dict:
        """What the store's ``runs`` row keeps."""
        return dict(ingested=self.ingested, unchanged=self.unchanged, failed=self.failed, records=self.records,
                    seconds=self.seconds)

    def resuming(self) -> str | None:
        """The line that says this run picks up after an interrupted one."""
        r = self.resumed_after
        if r is None:
            return None
        how = "interrupted" if r["status"] == "interrupted" and r.get("finished_at") else "interrupted (process gone)"
        return (f"resuming after run #{r['id']}, {how}: ingested {r['ingested']}, unchanged {r['unchanged']}, "
                f"failed {r['failed']}")

    def summary(self) -> str:
        """The one line for cron mail."""
        return f"ingested {self.ingested}, unchanged {self.unchanged}, failed {self.failed}"

    def details(self) -> str:
        return (f"{self.records} records written ({self.extracted} extracted, {self.reused} reused), "
                f"{self.given_up} failed files left until they change, {self.seconds:.2f} s, run #{self.run_id}")

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def current_version() -> str:
    from extract.version import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def ingest(paths: Iterable[str | Path] = (), db: str | Path = "warta.sqlite", *, reprocess: bool = False,
           workers: int = 1, batch_size: int = 64, max_bytes: int = DEFAULT_MAX_BYTES,
           text_column: str = "text", lock_timeout: float = 60.0, max_attempts: int = 3,
           gazetteers: Sequence[str | Path] = (), extractor: Extractor | None = None,
           version: str | None = None, progress: bool = False) -> IngestReport:
    """Ingest the files under ``paths`` into the store ``db`` (created on first use).

    ``reprocess``: also redo files whose records an older extractor version made; with no
    ``paths``, redo every such file in the store. ``extractor``/``version`` replace the
    spaCy pipeline (tests, benchmarks). Raises ``InputError`` for a missing path and
    ``StoreError``/``StoreBusy`` when the store cannot be used or stays locked.
    """
    started = time.monotonic()
    paths = [Path(p) for p in paths]
    version = version or current_version()
    # Keys are absolute paths: the roots given are resolved once (symlinks, "..", the working
    # directory), the files under them are taken as walked. A missing path fails here, before the lock.
    files = _unique(iter_paths([p.resolve() for p in paths]))
    pipeline = PipelineExtractor(version, workers, gazetteers) if extractor is None else None
    store = Store(db)
    try:
        with store.lock(lock_timeout):
            if reprocess and not paths:
                files = [Path(p) for p in store.stored_paths(older_than=version)]
            previous = (store.runs(limit=1) or [None])[0]
            report = IngestReport(run_id=store.start_run([str(p) for p in paths], version))
            if previous is not None and previous["status"] in ("running", "interrupted"):
                report.resumed_after = previous  # we hold the lock: a run still "running" is dead
            status = "interrupted"
            try:
                todo = _plan(store, files, report, version, reprocess, max_attempts)
                chunks = batched(todo, batch_size)
                if progress and todo:
                    from tqdm import tqdm

                    chunks = tqdm(chunks, total=-(-len(todo) // batch_size), unit="batch", file=sys.stderr)
                for chunk in chunks:
                    _ingest_batch(store, chunk, report, version, pipeline or extractor,
                                  max_bytes=max_bytes, text_column=text_column, started=started)
                status = "some failed" if report.failed else "ok"
            except BaseException as err:  # a stop signal, an error: the run ends, what is committed stays
                if pipeline is not None:
                    pipeline.close(abandon=True)
                try:
                    err.report = report  # what was committed, for the message (Interrupted, or what a signal caused)
                except AttributeError:
                    pass
                raise
            finally:
                with held():  # a stop signal during the clean-up is raised after the run is recorded
                    if pipeline is not None:
                        pipeline.close()
                    report.seconds = time.monotonic() - started
                    if store.db.in_transaction:  # a stop that landed between BEGIN and the held section
                        store.db.execute("ROLLBACK")
                    store.finish_run(report.run_id, status, **report.counts())
    finally:
        store.close()
    return report


def _unique(paths: Iterable[Path]) -> list[Path]:
    seen: set[Path] = set()
    return [p for p in paths if not (p in seen or seen.add(p))]


def _plan(store: Store, files: list[Path], report: IngestReport, version: str, reprocess: bool,
          max_attempts: int) -> list[Path]:
    """The files that need work; counts the others. Reads no file whose size and mtime match."""
    known, failures = store.file_states(), store.failures()
    todo, touched = [], []
    for path in files:
        key = str(path)
        try:
            st = os.stat(key)
        except OSError:
            todo.append(path)  # reading it reports the error
            continue
        stat = (st.st_size, st.st_mtime_ns)
        failure = failures.get(key)
        if failure is not None:
            if failure.attempts >= max_attempts and (failure.size, failure.mtime_ns) == stat:
                report.given_up += 1
            else:
                todo.append(path)
            continue
        state = known.get(key)
        if state is None:
            todo.append(path)
            continue
        if reprocess and state.extractor_version != version:
            todo.append(path)
        elif (state.size, state.mtime_ns) == stat:
            report.unchanged += 1
        elif state.size == st.st_size and file_sha256(path) == state.sha256:
            touched.append((key, *stat))  # same bytes, new mtime: remember the new stat
            report.unchanged += 1
        else:
            todo.append(path)
    if touched:
        with store.transaction():
            for key, size, mtime_ns in touched:
                store.touch_file(key, size, mtime_ns)
    return todo


def _ingest_batch(store: Store, files: list[Path], report: IngestReport, version: str, extractor: Extractor,
                  *, max_bytes: int, text_column: str, started: float | None = None) -> None:
    """Read, extract and store one batch of files in one transaction, with the run's counts:
    the ``runs`` row is true at every commit, so a run killed by SIGKILL shows what it did.
    A stop signal may abandon the reading and extracting; it waits for the commit."""
    read = []
    for path in files:
        before = _stat(path)
        articles = list(read_file(path, text_column=text_column, max_bytes=max_bytes))
        try:
            sha = file_sha256(path)
        except OSError:
            sha = None
        after = _stat(path)
        settled = before is not None and before == after and sha is not None  # not written to while we read
        read.append((path, before, sha if settled else None, articles))

    records: dict[int, Record] = {}
    hashes: dict[int, str] = {}
    pending: list[Article] = []
    for _, _, _, articles in read:
        for a in articles:
            if a.error is not None:
                continue
            hashes[id(a)] = h = content_hash(a)
            old = store.record_by_hash(h, version)
            if old is not None:
                records[id(a)] = reuse(old, a)
                report.reused += 1
            else:
                pending.append(a)
    for chunk in batched(pending, EXTRACT_CHUNK):
        out = extractor(chunk)
        if len(out) != len(chunk):
            raise RuntimeError(f"the extractor returned {len(out)} records for {len(chunk)} articles")
        for a, rec in zip(chunk, out):
            records[id(a)] = rec
        report.extracted += len(chunk)

    with held(), store.transaction():
        for path, stat, sha, articles in read:
            good, errors = [], []
            for a in articles:
                rec = records.get(id(a))
                error = a.error or (rec.error if rec is not None else "not extracted")
                if error:
                    errors.append(f"{a.source or path}: {error}")
                    continue
                rec.extractor_version = version
                story = stories.assign(store, a.source, a.text, {"amounts": rec.amounts}, str(path))
                rec.story_id, rec.duplicate_of = story.story_id, story.duplicate_of
                good.append(StoredRecord(a.source, str(path), rec.doc_id, hashes[id(a)], version,
                                         rec.published, rec.to_dict()))
            if errors:
                reason = errors[0] if len(errors) == 1 else f"{len(errors)} of {len(articles)} articles failed; {errors[0]}"
                store.replace_file(str(path), None, good, report.run_id, complete=False)
                store.add_failure(str(path), *(stat or (None, None)), reason, report.run_id)
                report.failed += 1
                report.failures.append((str(path), reason))
            else:
                state = FileState(stat[0], stat[1], sha, version) if sha is not None else None
                store.replace_file(str(path), state, good, report.run_id, complete=True)
                report.ingested += 1
            report.records += len(good)
        if started is not None:
            report.seconds = time.monotonic() - started
        store.update_run(report.run_id, **report.counts())


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def content_hash(article: Article) -> str:
    """What extraction reads: the text, and the published date (it dates year-less mentions)."""
    h = hashlib.sha256(article.text.encode("utf-8", "surrogatepass"))
    h.update(b"\x00" + (article.published or "").encode())
    return h.hexdigest()


def reuse(old: dict, article: Article) -> Record:
    """A stored record of the same content, with this article's own identity and metadata."""
    rec = Record.from_dict(old)
    rec.doc_id, rec.source, rec.title, rec.url = article.doc_id, article.source, article.title, article.url
    rec.warnings = list(article.warnings)
    rec.published = article.published or old.get("published")
    return rec


# ---------------------------------------------------------------- the spaCy pipeline as an extractor
SMALL_BATCH = 16  # fewer new articles than this do not pay for starting worker processes


class PipelineExtractor:
    """The default extractor: the pipeline, built on first use (never when nothing changed);
    with ``workers`` > 1, a pool of processes that each build it once."""

    def __init__(self, version: str, workers: int = 1, gazetteers: Sequence[str | Path] = ()):
        self.version, self.workers, self.gazetteers = version, workers, [str(g) for g in gazetteers]
        self.nlp = None
        self.pool: WorkerPool | None = None
        if self.gazetteers:
            _check_gazetteers(self.gazetteers)

    def __call__(self, articles: list[Article]) -> list[Record]:
        if self.workers <= 1 or (self.pool is None and len(articles) < SMALL_BATCH):
            if self.nlp is None:
                self.nlp = _build(self.gazetteers)
            return process_batch(self.nlp, articles, self.version)
        if self.pool is None:
            self.pool = WorkerPool(partial(_build, self.gazetteers), self.version, self.workers)
        return self.pool.map(articles)

    def close(self, abandon: bool = False) -> None:
        if self.pool is not None:
            self.pool.close(abandon)
            self.pool = None


def _check_gazetteers(gazetteers: list[str]) -> None:
    from extract.pipeline import build_nlp

    if "gazetteers" not in inspect.signature(build_nlp).parameters:
        raise ValueError("this warta's pipeline takes no extra gazetteers; remove `gazetteers` from the settings")
    missing = [g for g in gazetteers if not os.path.isfile(g)]
    if missing:
        raise ValueError(f"no gazetteer file {missing[0]}")


def _build(gazetteers: list[str]):
    if not gazetteers:
        from extract import get_nlp

        return get_nlp()
    from extract.pipeline import build_nlp

    return build_nlp(gazetteers=gazetteers)

