"""Killing the busy workers of a ``concurrent.futures.ProcessPoolExecutor`` so that its
``shutdown`` then returns (docs/stopping.md).

ProcessPoolExecutor has no public way to stop busy workers before Python 3.14, so a stopped
run kills them (SIGKILL) and shuts the executor down. Killing alone can hang that shutdown:
a worker killed while it is writing its result to the executor's result pipe leaves part of
a message there (a result over 16 KiB is written as a header and a body, and one larger than
the pipe's buffer, 64 KiB on Linux, in pieces as the reader drains it). The executor's manager
thread, which reads the results, then waits in ``Connection.recv`` for the rest of the message,
and ``shutdown(wait=True)`` waits for the manager thread: for ever, on CPython 3.11 to 3.13 at
least. The stack of such a run (SIGUSR1) shows the manager thread in
``wait_result_broken_or_wakeup`` -> ``recv`` and the main thread in ``shutdown`` -> ``join``.

That read ends only at end of file, when every write end of the pipe is closed. The killed
workers' ends close with them; the executor also keeps one in this process, where nothing
writes to it (the pipe is made here and handed to the workers). ``kill_workers`` closes it
after the kill: the manager thread's read then meets end of file, the thread takes the pool
for broken (as it does when a worker dies) and ends, and the shutdown returns.
"""
from __future__ import annotations


def kill_workers(executor) -> int:
    """SIGKILL every worker process of ``executor`` and close this process's write end of its
    result pipe. Call it only to abandon the executor (a stop, an error): the futures not done
    fail with BrokenProcessPool, and ``executor.shutdown()`` must follow. Returns the number
    of processes killed."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    for p in processes:
        try:
            p.kill()
        except (OSError, ValueError):  # already gone, or already closed
            pass
    writer = getattr(getattr(executor, "_result_queue", None), "_writer", None)
    if writer is not None:  # private to concurrent.futures; only the workers write to this pipe
        writer.close()
    return len(processes)
