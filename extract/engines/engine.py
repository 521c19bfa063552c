"""Engines decide where ``nlp.pipe`` runs: in this process (``run_local``) or in a pool
of worker processes (``run_pool``; extract/engines/dask_engine.py runs on a Dask cluster). All of
them map batches of Articles to Records with the same function, ``process_batch``, and
yield records in input order whatever the number of workers.
"""
from __future__ import annotations

import ctypes
import os
import queue
import signal
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from multiprocessing import get_context
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from extract.components import doctext
from extract.engines import stopping
from extract.engines.pool_kill import kill_workers
from extract.article import Article
from extract.record import Record, build_record, error_record

if TYPE_CHECKING:  # spaCy loads only where a pipeline runs
    from spacy.language import Language
    from spacy.tokens import Doc

BATCH_SIZE = 32
DEFAULT_TIME_BUDGET = 60.0  # seconds per article; 0 turns the budget off


class ArticleTimeout(Exception):
    """An article took longer than its time budget."""


@contextmanager
def time_limit(seconds: float):
    """Raise ArticleTimeout in this thread after ``seconds`` (0: no limit). In the main thread
    a SIGALRM timer raises it; in any other thread (Dask runs tasks in worker threads) a timer
    thread sets it as the thread's asynchronous exception. Either way it is raised between two
    Python bytecodes, so a single long call into C code finishes before the budget bites."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        with _thread_time_limit(seconds):
            yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _on_alarm(signum, frame):
    raise ArticleTimeout()


@contextmanager
def _thread_time_limit(seconds: float):
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"active": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["active"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(ArticleTimeout))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["active"] = False
            if state["fired"]:  # set but maybe not raised yet: do not let it escape later
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)


def _doc(nlp: "Language", article: Article) -> "Doc":
    doc = nlp.make_doc(article.text)
    doc.user_data[doctext.KEY] = article.text  # what doc.text would join anew on every read
    doc._.article_date = article.published
    return doc


def _docs(nlp: "Language", good: list[Article], time_budget: float) -> dict[int, "Doc | Exception"]:
    """id(article) -> its Doc, or the exception that stopped it."""
    results: dict[int, "Doc | Exception"] = {}
    try:
        with time_limit(time_budget * len(good)):
            for a, doc in zip(good, nlp.pipe(_doc(nlp, a) for a in good)):
                results[id(a)] = doc
    except Exception:  # noqa: BLE001 - isolate the article that failed (ArticleTimeout included)
        results = {}
        for a in good:
            try:
                with time_limit(time_budget):
                    results[id(a)] = nlp(_doc(nlp, a))
            except ArticleTimeout:
                results[id(a)] = ArticleTimeout(f"took longer than the time budget of {time_budget:g} s")
            except Exception as err:  # noqa: BLE001
                results[id(a)] = err
    return results


def process_batch(nlp: "Language", articles: list[Article], version: str,
                  time_budget: float = DEFAULT_TIME_BUDGET) -> list[Record]:
    """Records for a batch, in order. Unreadable articles pass through with their error.
    The batch runs through ``nlp.pipe``; if it fails or overruns, each article runs alone,
    so one bad article gets an error record and the others go on."""
    from extract.engines.matmul_ops import one_blas_thread  # NumPy loads only where a pipeline runs

    with one_blas_thread():
        results = _docs(nlp, [a for a in articles if a.error is None], time_budget)
    out = []
    for a in articles:
        got = results.get(id(a))
        if a.error is not None:
            out.append(build_record(a, None, version))
        elif isinstance(got, Exception):
            out.append(error_record(a, f"extraction failed: {type(got).__name__}: {got}", version))
        else:
            try:
                out.append(build_record(a, got, version))
            except Exception as err:  # noqa: BLE001 - one bad record never ends the run
                out.append(error_record(a, f"record failed: {type(err).__name__}: {err}", version))
    return out


def batched(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def run_local(nlp: "Language", articles: Iterable[Article], version: str, batch_size: int = BATCH_SIZE,
              time_budget: float = DEFAULT_TIME_BUDGET) -> Iterator[Record]:
    """In this process, streaming: memory holds one batch at a time."""
    for batch in batched(articles, batch_size):
        yield from process_batch(nlp, batch, version, time_budget)


# ---------------------------------------------------------------- worker pool
_WORKER: dict = {}


def _init_worker(build: Callable[[], "Language"], version: str, time_budget: float, ready=None) -> None:
    from extract.engines.stopping import follow_parent

    follow_parent()  # first: a worker never outlives the process that started it
    _WORKER.update(nlp=build(), version=version, time_budget=time_budget)  # models load once per worker
    if ready is not None:
        ready.put(os.getpid())


def _noop() -> None:
    return None


def _work(batch: list[Article]) -> list[Record]:
    return process_batch(_WORKER["nlp"], batch, _WORKER["version"], _WORKER["time_budget"])


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


class WorkerPool:
    """Worker processes that each build the pipeline once (``build`` must pickle: a module-level
    function or a ``functools.partial`` of one) and map batches with ``process_batch``."""

    def __init__(self, build: Callable[[], "Language"], version: str, workers: int,
                 time_budget: float = DEFAULT_TIME_BUDGET):
        ctx = get_context("forkserver") if "forkserver" in _start_methods() else get_context("spawn")
        if ctx.get_start_method() == "forkserver":
            ctx.set_forkserver_preload(["extract.pipeline"])
        self.workers = workers
        self._ready = ctx.Queue()
        self.executor = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                                            initargs=(build, version, time_budget, self._ready))

    def start(self) -> float:
        """Start every worker and wait until each has built its pipeline (workers otherwise
        start one by one as batches arrive). Returns the seconds it took; a worker that fails
        to build raises here (BrokenProcessPool) instead of on the first batch."""
        t0 = time.perf_counter()
        with stopping.held():  # as in submit
            futures = [self.executor.submit(_noop) for _ in range(self.workers)]  # one new process each
        ready = 0
        while ready < self.workers:
            try:
                self._ready.get(timeout=0.1)
                ready += 1
            except queue.Empty:
                for f in futures:
                    if f.done():
                        f.result()  # raises if the pool broke
        for f in futures:
            f.result()
        return time.perf_counter() - t0

    def submit(self, batch: list[Article]):
        with stopping.held():  # a stop signal never lands inside the executor's locks
            return self.executor.submit(_work, batch)

    def map(self, articles: list[Article]) -> list[Record]:
        """Records for the articles, spread over the workers, in order."""
        size = -(-len(articles) // self.workers)
        futures = [self.submit(articles[i:i + size]) for i in range(0, len(articles), size)]
        return [r for f in futures for r in stopping.result(f)]

    def close(self, abandon: bool = False) -> None:
        """Let the workers finish and exit; with ``abandon`` (a stop, an error), kill them
        at once: the batches in flight are not wanted any more. Held: a first stop signal
        that arrives meanwhile is raised once the pool is closed, never half way."""
        with stopping.held():
            if abandon:
                kill_workers(self.executor)  # and unblock the executor's reader (pool_kill.py)
            self.executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.close(abandon=exc_type is not None)


def run_pool(build: Callable[[], "Language"], articles: Iterable[Article], version: str, workers: int,
             batch_size: int = BATCH_SIZE, time_budget: float = DEFAULT_TIME_BUDGET) -> Iterator[Record]:
    """In ``workers`` processes. At most two batches per worker are in flight, so memory
    stays flat however long the input; records come back in input order."""
    with WorkerPool(build, version, workers, time_budget) as pool:
        yield from pool_records(pool, articles, batch_size)


def pool_records(pool: WorkerPool, articles: Iterable[Article], batch_size: int = BATCH_SIZE) -> Iterator[Record]:
    """Records from a running pool, in input order, with at most two batches per worker in flight."""
    pending: deque = deque()
    for batch in batched(articles, batch_size):
        pending.append(pool.submit(batch))
        while len(pending) >= 2 * pool.workers:
            yield from stopping.result(pending.popleft())
    while pending:
        yield from stopping.result(pending.popleft())


def _start_methods() -> list[str]:
    import multiprocessing

    return multiprocessing.get_all_start_methods()
