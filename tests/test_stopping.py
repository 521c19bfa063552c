"""A run that is stopped leaves nothing behind (issue #17).

Real subprocesses: ``warta ingest``, ``warta extract --workers 2`` and ``warta extract
--engine dask`` are killed with SIGKILL, SIGTERM or SIGINT in the middle of a run. Within
a few seconds no process of theirs may be left (by process group, and by the pids that were
below the main process before the kill), the store holds exactly one record per finished
file, ``warta status`` tells the truth, and the next run completes the rest.

Each test starts its command in a new session and kills whatever is left of it at the end,
also when the test fails. The articles are short clauses written for these tests.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from procs import descendants, group_members, kill_group, still_alive, wait_group_gone
from test_ingest import write_articles

from extract.engines import stopping

ROOT = Path(__file__).resolve().parents[1]
WARTA = [sys.executable, str(ROOT / "cli.py")]
HAVE_PROC = Path("/proc/self/stat").exists()
GONE_WITHIN = 10.0  # seconds the processes may take to go after the kill
pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals and process groups are POSIX")


@contextmanager
def started(args: list[str], cwd: Path):
    """The command in its own session, stdout and stderr to files (an orphan holding a pipe
    would otherwise hang the test); whatever is left of it is killed at the end."""
    out, err = open(cwd / "stdout.txt", "w"), open(cwd / "stderr.txt", "w")
    proc = subprocess.Popen(args, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, start_new_session=True)
    proc.stderr_file = cwd / "stderr.txt"  # read by kill_and_check when the run does not stop
    try:
        yield proc
    finally:
        kill_group(proc.pid)
        try:
            proc.wait(timeout=30)
        finally:
            out.close()
            err.close()


def wait_for(count, at_least: int, proc, timeout: float = 180.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = count()
        if n >= at_least:
            return n
        assert proc.poll() is None, "the run ended before the kill"
        time.sleep(0.05)
    pytest.fail(f"fewer than {at_least} records after {timeout:g} s")


def kill_and_check(proc, sig: int) -> tuple[int, float]:
    """Send ``sig`` to the main process only (as ``timeout`` and ``kill`` do); wait for it to exit
    and for every process it had started to go. Returns (exit status, seconds to exit)."""
    before = descendants(proc.pid) if HAVE_PROC else set()
    assert len(before) >= 2 or not HAVE_PROC, "the workers should be running at the kill"
    t0 = time.monotonic()
    proc.send_signal(sig)
    try:
        code = proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        # the run did not stop: ask it for every thread's stack (stopping.dump_stacks_on_request) and show them
        proc.send_signal(signal.SIGUSR1)
        time.sleep(2)
        path = getattr(proc, "stderr_file", None)
        stacks = path.read_text(encoding="utf-8", errors="replace")[-6000:] if path and path.exists() else ""
        pytest.fail(f"the run did not exit within 60 s of {signal.Signals(sig).name}; its stacks:\n{stacks}")
    took = time.monotonic() - t0
    left = wait_group_gone(proc.pid, GONE_WITHIN)
    assert left == [], f"{len(left)} processes left in the group after {GONE_WITHIN:g} s: {left}"
    assert still_alive(before) == set(), "a process the run had started is still alive"
    return code, took


def db_count(db: Path, table: str = "records") -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return 0


def status(cwd: Path, db: str = "w.sqlite") -> str:
    return subprocess.run([*WARTA, "status", "--db", db], cwd=cwd, capture_output=True, text=True, timeout=120).stdout


# ---------------------------------------------------------------- warta ingest
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_ingest_killed_mid_run_leaves_no_process_a_true_store_and_resumes(tmp_path, sig):
    files = write_articles(tmp_path / "in", 120)
    (tmp_path / "warta.toml").write_text("batch_size = 16\nworkers = 2\n", encoding="utf-8")
    db = tmp_path / "w.sqlite"
    with started([*WARTA, "ingest", "in", "--db", "w.sqlite"], tmp_path) as proc:
        wait_for(lambda: db_count(db), 16, proc)
        code, took = kill_and_check(proc, sig)
    stderr = (tmp_path / "stderr.txt").read_text(encoding="utf-8")

    done = db_count(db, "files")
    assert 16 <= done < len(files), "the kill should land mid-run"
    with sqlite3.connect(db) as con:  # exactly one record per finished file, none for the others
        assert con.execute("SELECT COUNT(*) FROM records").fetchone()[0] == done
        assert con.execute("SELECT COUNT(*) FROM records WHERE path NOT IN (SELECT path FROM files)").fetchone()[0] == 0
        run = con.execute("SELECT status, ingested, records, finished_at FROM runs").fetchall()
    assert len(run) == 1 and run[0][1] == run[0][2] == done  # the counts match what was committed
    text = status(tmp_path)
    if sig == signal.SIGKILL:
        assert code == -signal.SIGKILL
        assert run[0][0] == "running" and run[0][3] is None
        assert f"interrupted (process gone) in" in text and f"ingested {done}," in text
    else:
        assert code == 128 + sig, stderr
        assert took < 30
        assert f"stopped by {sig.name}" in stderr and f"ingested {done}," in stderr
        assert run[0][0] == "interrupted" and run[0][3] is not None
        assert "interrupted in" in text and "process gone" not in text and f"ingested {done}," in text

    again = subprocess.run([*WARTA, "ingest", "in", "--db", "w.sqlite", "--workers", "1"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == f"ingested {len(files) - done}, unchanged {done}, failed 0"
    gone = "interrupted (process gone)" if sig == signal.SIGKILL else "interrupted"
    assert f"resuming after run #1, {gone}: ingested {done}," in again.stderr
    assert db_count(db) == db_count(db, "files") == len(files)
    assert ", ok in" in status(tmp_path)


# ---------------------------------------------------------------- warta extract
@pytest.mark.parametrize("engine, sig", [
    ("local", signal.SIGKILL), ("local", signal.SIGTERM),  # SIGINT takes the same path: see the ingest test
    ("dask", signal.SIGKILL), ("dask", signal.SIGTERM),
], ids=lambda v: v.name if isinstance(v, signal.Signals) else v)
def test_extract_with_workers_killed_mid_run_leaves_no_process(tmp_path, engine, sig):
    if engine == "dask":
        pytest.importorskip("distributed", reason="the dask extra is not installed")
    write_articles(tmp_path / "in", 400 if engine == "dask" else 200)
    out = tmp_path / "out.jsonl"
    args = [*WARTA, "extract", "in", "--workers", "2", "-o", "out.jsonl", "--engine", engine]

    def lines() -> int:
        try:
            return out.read_text(encoding="utf-8").count("\n")
        except OSError:
            return 0

    with started(args, tmp_path) as proc:
        wait_for(lines, 16, proc)
        code, took = kill_and_check(proc, sig)
    written = out.read_text(encoding="utf-8").splitlines()
    if sig == signal.SIGKILL:
        assert code == -signal.SIGKILL
        return
    stderr = (tmp_path / "stderr.txt").read_text(encoding="utf-8")
    assert code == 128 + sig, stderr
    assert took < 30
    assert f"stopped by {sig.name}: {len(written)} records written" in stderr
    assert 16 <= len(written) < 200
    assert all(json.loads(line)["doc_id"] for line in written)  # whole records, none cut in two


@pytest.mark.parametrize("point, sig", [
    ("starting", signal.SIGTERM),  # the workers are up and building their pipelines: no record yet
    ("first", signal.SIGINT),      # the first record is written
    ("middle", signal.SIGTERM),    # half of the records are written
], ids=lambda v: v.name if isinstance(v, signal.Signals) else v)
def test_extract_with_workers_stops_at_any_point_of_the_run(tmp_path, point, sig):
    """A stop signal at several points of a run with workers (docs/stopping.md): each time the run
    exits 128 + the signal within seconds, with the records written so far whole and said on stderr,
    and no process left."""
    if point == "starting" and not HAVE_PROC:
        pytest.skip("the workers' start is seen in /proc")
    write_articles(tmp_path / "in", 200)
    out = tmp_path / "out.jsonl"

    def lines() -> int:
        try:
            return out.read_text(encoding="utf-8").count("\n")
        except OSError:
            return 0

    with started([*WARTA, "extract", "in", "--workers", "2", "-o", "out.jsonl"], tmp_path) as proc:
        if point == "starting":
            wait_for(lambda: len(descendants(proc.pid)), 3, proc)  # resource tracker, fork server, a worker
        else:
            wait_for(lines, 1 if point == "first" else 100, proc)
        code, took = kill_and_check(proc, sig)
    stderr = (tmp_path / "stderr.txt").read_text(encoding="utf-8")
    written = out.read_text(encoding="utf-8").splitlines()
    assert code == 128 + sig, stderr
    assert took < 30
    assert f"stopped by {sig.name}: {len(written)} records written" in stderr
    assert len(written) < 200
    assert all(json.loads(line)["doc_id"] for line in written)


@pytest.mark.skipif(not hasattr(signal, "SIGUSR1"), reason="no SIGUSR1 on this platform")
def test_extract_writes_its_stacks_on_sigusr1_and_goes_on(tmp_path):
    """``kill -USR1`` asks a run that looks stuck where it is: every thread's stack goes to stderr,
    and the run is not stopped by it."""
    write_articles(tmp_path / "in", 120)
    out = tmp_path / "out.jsonl"
    with started([*WARTA, "extract", "in", "--workers", "1", "-o", "out.jsonl"], tmp_path) as proc:
        wait_for(lambda: out.read_text(encoding="utf-8").count("\n") if out.exists() else 0, 8, proc)
        proc.send_signal(signal.SIGUSR1)
        code = proc.wait(timeout=120)
    stderr = (tmp_path / "stderr.txt").read_text(encoding="utf-8")
    assert code == 0, stderr
    assert "most recent call first" in stderr and "cli.py" in stderr
    assert out.read_text(encoding="utf-8").count("\n") == 120


# ---------------------------------------------------------------- the pieces
WORKER_SCRIPT = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from extract.engines.stopping import follow_parent

def nap(x):
    time.sleep(x)
    return os.getpid()

if __name__ == "__main__":
    ctx = get_context(sys.argv[1])
    pool = ProcessPoolExecutor(2, mp_context=ctx, initializer=follow_parent if sys.argv[2] == "follow" else None)  # noqa
    futures = [pool.submit(nap, 0.2) for _ in range(2)] + [pool.submit(nap, 600) for _ in range(2)]
    print(sorted({f.result() for f in futures[:2]}), flush=True)
    time.sleep(600)
"""


@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_pool_workers_follow_their_parent_when_it_is_killed(tmp_path, method):
    """A plain ProcessPoolExecutor whose initializer is follow_parent: SIGKILL the main process
    while the workers are busy, and the workers, the fork server and the resource tracker go."""
    import multiprocessing

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} start method here")
    script = tmp_path / "pool.py"
    script.write_text(WORKER_SCRIPT, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = open(tmp_path / "out.txt", "w")
    proc = subprocess.Popen([sys.executable, str(script), method, "follow"], cwd=tmp_path, stdout=out,
                            stderr=subprocess.DEVNULL, start_new_session=True, env=env)
    try:
        deadline = time.monotonic() + 120
        while not (tmp_path / "out.txt").read_text() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert (tmp_path / "out.txt").read_text(), "the workers did not start"
        time.sleep(0.3)
        kill_and_check(proc, signal.SIGKILL)
    finally:
        kill_group(proc.pid)
        proc.wait(timeout=30)
        out.close()


ABANDON_SCRIPT = """
import faulthandler, random, sys, time
from extract.engines.engine import WorkerPool
from tests.stubs import big_result, pid_build

if __name__ == "__main__":
    random.seed(int(sys.argv[2]))
    for i in range(int(sys.argv[1])):
        pool = WorkerPool(pid_build, "t", 2)
        pool.start()
        futures = [pool.executor.submit(big_result, 8_000_000) for _ in range(8)]
        futures[0].result()  # results are streaming through the result pipe now
        time.sleep(random.uniform(0, 0.02))
        faulthandler.dump_traceback_later(20, exit=True)  # a close that hangs: every stack, and exit 1
        t0 = time.monotonic()
        pool.close(abandon=True)
        faulthandler.cancel_dump_traceback_later()
        print(f"round {i}: closed in {time.monotonic() - t0:.2f} s", flush=True)
"""


def test_pool_abandoned_while_its_workers_send_results_closes_at_once(tmp_path):
    """The hang behind the intermittent SIGTERM failure (docs/stopping.md): WorkerPool.close(abandon=True)
    kills workers that are writing large results. A worker killed half way through a result left the
    executor's manager thread waiting for the rest of it and the shutdown waiting for that thread, for
    ever (on 4 runs of 4 before the fix, round 0 hung). Now each of 4 rounds closes within seconds."""
    script = tmp_path / "abandon.py"
    script.write_text(ABANDON_SCRIPT, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, str(script), "4", "0"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600, start_new_session=True)
    assert proc.returncode == 0, f"a close hung; its stacks:\n{proc.stderr[-6000:]}"
    took = [float(line.split()[-2]) for line in proc.stdout.splitlines() if line.startswith("round")]
    assert len(took) == 4 and max(took) < 10, proc.stdout


def test_a_signal_inside_a_held_section_waits_for_its_end():
    order = []
    with stopping.stop_on_signals():
        with pytest.raises(stopping.Interrupted) as caught:
            with stopping.held():
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(0.05)  # the handler runs here, and does not raise
                order.append("commit")
        order.append("after")
        assert stopping.requested() == signal.SIGTERM
    assert order == ["commit", "after"]
    assert caught.value.exit_status == 143 and str(caught.value) == "stopped by SIGTERM"
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # restored


@pytest.mark.parametrize("abandon", [True, False], ids=["abandon", "finish"])
def test_a_stop_signal_during_the_pool_close_is_raised_after_it(abandon):
    """WorkerPool.close is a held section: a SIGTERM that lands in it (just as the last batch came back,
    or while a stop kills the workers) no longer cuts it half way, leaving workers and the pool's threads;
    it is raised once the pool is shut down."""
    from extract.engines.engine import WorkerPool
    from tests.stubs import pid_build

    pool = WorkerPool(pid_build, "t", 2)
    pool.start()
    processes = list(pool.executor._processes.values())
    shutdown = pool.executor.shutdown

    def signalled_shutdown(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.05)  # the handler runs here
        shutdown(*args, **kwargs)

    pool.executor.shutdown = signalled_shutdown
    try:
        with stopping.stop_on_signals(), pytest.raises(stopping.Interrupted):
            pool.close(abandon=abandon)
        assert pool.executor._processes is None  # the shutdown ran to its end
        assert not any(p.is_alive() for p in processes)
    finally:
        shutdown(wait=True, cancel_futures=True)


def test_a_signal_outside_a_held_section_raises_at_once():
    with stopping.stop_on_signals(), pytest.raises(stopping.Interrupted) as caught:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(5)
        pytest.fail("the signal did not interrupt")
    assert caught.value.exit_status == 130


def test_a_second_signal_exits_at_once(tmp_path):
    code = ("import os, signal, time\nfrom extract.engines import stopping\n"
            "with stopping.stop_on_signals():\n"
            "    try:\n        os.kill(os.getpid(), signal.SIGTERM)\n        time.sleep(5)\n"
            "    except stopping.Interrupted:\n"
            "        os.kill(os.getpid(), signal.SIGTERM)  # while cleaning up\n        time.sleep(5)\n"
            "        print('cleaned up')\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 143 and "cleaned up" not in proc.stdout
    assert "second SIGTERM: exiting at once" in proc.stderr


def test_result_waits_are_ended_by_a_stop_signal_between_polls():
    from concurrent.futures import Future

    never = Future()
    timer = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGTERM))
    t0 = time.monotonic()
    with stopping.stop_on_signals(), pytest.raises(stopping.Interrupted):
        timer.start()
        stopping.result(never)
    assert time.monotonic() - t0 < 5


def test_ingest_stopped_by_sigterm_commits_whole_batches_and_records_its_counts(tmp_path):
    """In-process, with the stub extractor: the stop lands while a batch is being extracted;
    the batches before it are committed whole, the run is `interrupted` with exactly their counts."""
    from stubs import StubExtractor

    from extract.storage.ingest import ingest
    from extract.storage.store import Store

    write_articles(tmp_path / "in", 40)
    db = tmp_path / "w.sqlite"
    timer = threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGTERM))
    try:
        with stopping.stop_on_signals(), pytest.raises(stopping.Interrupted) as caught:
            timer.start()
            ingest([tmp_path / "in"], db, extractor=StubExtractor(delay=0.05), version="stub-1", batch_size=4)
    finally:
        timer.cancel()
    report = caught.value.report
    assert 0 < report.ingested < 40 and report.ingested % 4 == 0
    with Store(db) as s:
        run = s.runs(1)[0]
        assert (run["status"], run["ingested"], run["records"]) == ("interrupted", report.ingested, report.ingested)
        assert s.count("files") == s.count("records") == report.ingested
