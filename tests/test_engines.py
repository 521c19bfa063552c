"""Engines: in-process, worker pool and Dask give the same records in the same order;
a failing or slow article gets an error record and the others go on."""
from __future__ import annotations

import json
import time

import pytest

from extract import extract_articles
from extract.article import Article
from extract.engines.engine import process_batch

TEXTS = [
    "PT Bank Rakyat Indonesia (Persero) Tbk menyalurkan bantuan Rp{n}0 juta kepada {n} kelompok tani di Kabupaten Magelang, Senin (3/2/2025).",
    "Koperasi Sido Rukun menerima dana Rp 1,{n} miliar dari PT Pupuk Kaltim untuk {n}0 orang nelayan di Kota Bontang.",
]


def articles(n=40):
    return [Article(f"a{i:03d}", TEXTS[i % 2].format(n=i % 9 + 1), source=f"a{i:03d}.txt") for i in range(n)]


def dump(records):
    return [json.dumps(r.to_dict(), sort_keys=True) for r in records]


@pytest.fixture(scope="module")
def local_records(nlp):
    return dump(extract_articles(articles(), nlp))


def test_engines_pool_equals_local_in_order(local_records):
    pooled = dump(extract_articles(articles(), workers=2, batch_size=4))
    assert pooled == local_records


def test_engines_dask_localcluster_equals_local(tmp_path, local_records):
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from extract.engines.dask_engine import run_dask

    files = []
    for a in articles():
        path = tmp_path / f"{a.doc_id}.txt"
        path.write_text(a.text, encoding="utf-8")
        files.append(path)
    records = list(run_dask(files, workers=2, partition_files=7))
    for r in records:
        r.source = f"{r.doc_id}.txt"
    assert dump(records) == local_records


class Boom:
    """A component that fails on one article and hangs on another."""

    def __call__(self, doc):
        if "MELEDAK" in doc.text:
            raise RuntimeError("komponen gagal")
        if "MACET" in doc.text:  # hangs, for far longer than the budget (bounded: a failing test ends)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                pass
        return doc


def boom_nlp():
    from spacy.language import Language

    from extract import build_nlp

    nlp = build_nlp()
    if "warta_test_boom" not in Language.factories:
        Language.component("warta_test_boom", func=Boom())
    nlp.add_pipe("warta_test_boom", first=True)
    return nlp


def test_engines_failing_and_slow_articles_are_isolated():
    nlp = boom_nlp()
    batch = articles(4)
    batch[1] = Article("bad", "Artikel MELEDAK di tengah.")
    batch[2] = Article("slow", "Artikel MACET di tengah.")
    batch.append(Article("unread", "", error="ValueError: empty file"))
    records = process_batch(nlp, batch, "t", time_budget=0.5)
    assert [r.doc_id for r in records] == ["a000", "bad", "slow", "a003", "unread"]
    assert "RuntimeError: komponen gagal" in records[1].error
    assert "time budget" in records[2].error
    assert records[0].error is None and records[0].amounts and records[3].amounts
    assert records[4].error == "ValueError: empty file"


def test_engines_time_budget_holds_in_a_worker_thread_as_on_dask():
    """Dask runs each task in a worker thread, where no SIGALRM timer can be set: the budget
    is raised there as the thread's asynchronous exception, and never after the batch."""
    from concurrent.futures import ThreadPoolExecutor

    nlp = boom_nlp()
    batch = articles(3)
    batch[1] = Article("slow", "Artikel MACET di tengah.")
    with ThreadPoolExecutor(1) as thread:
        t0 = time.monotonic()
        records = thread.submit(process_batch, nlp, batch, "t", 0.5).result(timeout=120)
        assert time.monotonic() - t0 < 30
        assert thread.submit(time.sleep, 1.0).result() is None  # no budget left pending in that thread
    assert [r.doc_id for r in records] == ["a000", "slow", "a002"]
    assert "time budget of 0.5 s" in records[1].error
    assert records[0].error is None and records[0].amounts and records[2].amounts


def test_engines_pool_start_builds_every_worker_before_the_first_batch():
    from extract.engines.engine import _WORKER, WorkerPool
    from tests.stubs import pid_build

    with WorkerPool(pid_build, "t", 2) as pool:
        assert len(pool.executor._processes) == 0  # workers otherwise start as batches arrive
        assert pool.start() > 0
        assert len(pool.executor._processes) == 2  # both up before any batch
        built = {pool.executor.submit(_worker_nlp).result() for _ in range(8)}
        assert built <= set(pool.executor._processes)  # each worker holds the pipeline it built itself
    assert not _WORKER  # nothing was built in this process


def _worker_nlp():
    from extract.engines.engine import _WORKER

    return _WORKER["nlp"]


def test_engines_pool_start_raises_when_a_worker_cannot_build():
    from concurrent.futures.process import BrokenProcessPool

    from extract.engines.engine import WorkerPool
    from tests.stubs import failing_build

    with WorkerPool(failing_build, "t", 2) as pool, pytest.raises(BrokenProcessPool):
        pool.start()
