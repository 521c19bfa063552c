"""The Dask engine: the same extraction on a Dask distributed cluster.

Files are split into partitions; each Dask worker process builds the pipeline once
(``extract.get_nlp`` caches it per process) and maps its partitions with the shared
``process_batch``. Records come back in input order. Without a scheduler address a
LocalCluster of ``workers`` processes is started. Install with ``pip install 'warta[dask]'``.

The per-article time budget holds in Dask's worker threads too (``engine.time_limit``
raises it there as the thread's asynchronous exception instead of by SIGALRM). The client
and the cluster are closed on every way out: the records all read, an error, a stop signal,
or ``close()`` on the returned iterator (also before the first record). Worker processes
of a LocalCluster exit when the process that started them dies (distributed's own
processes watch their parent).
"""
from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Callable, Iterator, Sequence

from extract.record import Record

PARTITION_FILES = 64


class DaskUnavailable(RuntimeError):
    """dask[distributed] is not installed, or the scheduler cannot be reached."""


def _extract_partition(paths: list[str], time_budget: float, text_column: str, max_bytes: int) -> list[Record]:
    from extract import get_nlp
    from extract.engines.engine import run_local
    from extract.version import EXTRACTOR_VERSION
    from extract.inputs.sources import read_file

    articles = (a for p in paths for a in read_file(p, text_column=text_column, max_bytes=max_bytes))  # p: path or URL
    return list(run_local(get_nlp(), articles, EXTRACTOR_VERSION, time_budget=time_budget))


def run_dask(files: Sequence[Path], *, scheduler: str | None = None, workers: int = 2,
             time_budget: float = 0, text_column: str = "text", max_bytes: int = 10 * 1024 * 1024,
             partition_files: int = PARTITION_FILES,
             on_file_done: Callable[[int], object] | None = None) -> Iterator[Record]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise DaskUnavailable("the dask engine needs dask[distributed]: pip install 'warta[dask]'") from err
    client = cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
    except BaseException as err:
        _shutdown(client, cluster)
        if isinstance(err, OSError):
            raise DaskUnavailable(f"cannot reach the Dask scheduler {scheduler}: {err}") from err
        raise

    def generate() -> Iterator[Record]:
        parts = [[str(p) for p in files[i:i + partition_files]] for i in range(0, len(files), partition_files)]
        window = 2 * max(len(client.scheduler_info().get("workers", {})), 1)
        pending: deque = deque()
        for part in parts:
            pending.append((len(part), client.submit(_extract_partition, part, time_budget, text_column,
                                                     max_bytes, pure=False)))
            while len(pending) >= window:
                yield from _collect(pending.popleft(), on_file_done)
        while pending:
            yield from _collect(pending.popleft(), on_file_done)

    return DaskRecords(generate(), client, cluster)


class DaskRecords:
    """The records, in input order; the client and the cluster close when the records run
    out, when reading them fails or is stopped, and on ``close()`` (also before the first)."""

    def __init__(self, records: Iterator[Record], client, cluster):
        self._records, self._client, self._cluster = records, client, cluster
        self._closed = False

    def __iter__(self) -> "DaskRecords":
        return self

    def __next__(self) -> Record:
        try:
            return next(self._records)
        except BaseException:  # StopIteration, an error, a stop signal
            self.close()
            raise

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._records.close()
        finally:
            _shutdown(self._client, self._cluster)

    def __enter__(self) -> "DaskRecords":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _shutdown(client, cluster) -> None:
    try:
        if client is not None:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()


def _collect(item, on_file_done) -> list[Record]:
    from extract.engines.stopping import result

    n, future = item
    records = result(future)  # a stop signal ends the wait between two polls
    if on_file_done:
        on_file_done(n)
    return records
