"""The Dask engine: the same extraction on a Dask distributed cluster.

Files are split into partitions; each Dask worker process builds the pipeline once
(``extract.get_nlp`` caches it per process) and maps its partitions with the shared
``process_batch``. Records come back in input order. Without a scheduler address a
LocalCluster of ``workers`` processes is started. Install with ``pip install 'warta[dask]'``.

Note: Dask runs tasks in worker threads, where the per-article time budget (a SIGALRM
timer) cannot run; on Dask the budget is not enforced.
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
    from extract.engine import run_local
    from extract.version import EXTRACTOR_VERSION
    from extract.sources import read_file

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
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
    except OSError as err:
        raise DaskUnavailable(f"cannot reach the Dask scheduler {scheduler}: {err}") from err

    def generate() -> Iterator[Record]:
        try:
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
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return generate()


def _collect(item, on_file_done) -> list[Record]:
    n, future = item
    records = future.result()
    if on_file_done:
        on_file_done(n)
    return records
