"""How a run stops: on a signal in the main process, and with its parent in a worker.

Main process (``stop_on_signals``): the first SIGTERM or SIGINT raises ``Interrupted``
in the main thread, so the work in flight is abandoned, the ``finally`` blocks commit
the run's state and stop the workers, and the command exits 128 + the signal (143 for
SIGTERM, 130 for SIGINT). A section that must not be cut in two (a store commit) runs
inside ``held()``: a signal that arrives there is raised when the section ends. A second
signal exits at once (``os._exit``), without cleaning up; the workers still go, below.

Worker processes (``follow_parent``, called first thing in a pool worker's initializer):
a worker must not outlive the process that started it, whatever killed that one
(SIGKILL included). Two ways, both from the standard library:

- a daemon thread waits on ``multiprocessing.parent_process().sentinel``, a pipe whose
  write end only the starting process holds; the kernel closes it when that process dies
  and the thread exits the worker (portable; needs the worker to let the thread run);
- on Linux, under the forkserver, ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` has the kernel kill
  the worker when its parent, the fork server, dies; the worker gives back its copy of
  the fork server's "alive" pipe, so the fork server stops as soon as the main process is
  gone, even while a worker is stuck in C code that never lets the thread above run.

The resource tracker then sees its pipe close and exits too: nothing is left behind.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class Interrupted(BaseException):
    """A stop signal arrived. A BaseException, like KeyboardInterrupt, so that the
    ``except Exception`` that isolates one bad article does not swallow it."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name

    @property
    def exit_status(self) -> int:
        return 128 + self.signum

    def __str__(self) -> str:
        return f"stopped by {self.name}"


class _State:
    signum: int | None = None  # the first stop signal received
    raised = False             # Interrupted has been raised for it
    held = 0                   # depth of held() sections
    installed = False


_state = _State()


def requested() -> int | None:
    """The stop signal received since ``stop_on_signals`` began, if any."""
    return _state.signum


def _on_signal(signum, frame) -> None:
    if _state.signum is not None:  # the second signal: no more cleaning up
        try:
            os.write(2, f"warta: second {signal.Signals(signum).name}: exiting at once\n".encode())
        finally:
            os._exit(128 + signum)
    _state.signum = signum
    if _state.held == 0:
        _state.raised = True
        raise Interrupted(signum)


@contextmanager
def stop_on_signals(signals: tuple[int, ...] = STOP_SIGNALS) -> Iterator[None]:
    """Within this block (main thread only), a stop signal raises ``Interrupted``.
    A signal that was ignored when the program started (SIGINT under ``nohup`` or ``&``)
    stays ignored."""
    previous = {}
    for sig in signals:
        if signal.getsignal(sig) == signal.SIG_IGN:
            continue
        previous[sig] = signal.signal(sig, _on_signal)
    _state.signum, _state.raised, _state.held, _state.installed = None, False, 0, True
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        _state.installed = False


@contextmanager
def held() -> Iterator[None]:
    """A section a first stop signal does not cut in two: it is raised when the section
    ends (not if the section ends by an exception of its own: that one goes on)."""
    _state.held += 1
    try:
        yield
    finally:
        _state.held -= 1
    if _state.held == 0 and _state.signum is not None and not _state.raised and _state.installed:
        _state.raised = True
        raise Interrupted(_state.signum)


def check() -> None:
    """Raise the stop signal received, if any, here (at a point chosen to be safe)."""
    if _state.installed and _state.signum is not None and not _state.raised:
        _state.raised = True
        raise Interrupted(_state.signum)


def result(future, poll: float = 0.1):
    """``future.result()`` (concurrent.futures or Dask) that a stop signal ends within ``poll``
    seconds. The wait is held: the signal is raised between two polls, never inside the
    future's own locks, which an exception from a signal handler could leave taken."""
    with held():
        while True:
            try:
                return future.result(timeout=poll)
            except TimeoutError:
                check()


def dump_stacks_on_request(sig: int = getattr(signal, "SIGUSR1", 0)) -> bool:
    """``kill -USR1 <pid>`` writes every thread's Python stack to stderr and the run goes on
    (the standard library's faulthandler): for a run that looks stuck, and for the stopping
    tests, which ask for it before they give up on a run that does not stop. False where the
    platform has no such signal or stderr is no real file (a command run in-process by a test
    runner or a notebook, whose stderr has no file descriptor to write to from a signal)."""
    import faulthandler

    if not sig:
        return False
    try:
        fd = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is an OSError and a ValueError
        return False
    faulthandler.register(sig, file=fd, all_threads=True, chain=False)
    return True


# ---------------------------------------------------------------- in worker processes
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def follow_parent() -> None:
    """Call first in a worker process: it exits when the process that started it dies.
    The worker also ignores SIGINT: a Ctrl-C reaches the whole process group, and it is
    the main process that decides how the workers stop."""
    import multiprocessing

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    if sys.platform.startswith("linux") and os.getppid() != parent.pid:
        _die_with_forkserver()
    threading.Thread(target=_exit_when_gone, args=(parent.sentinel,), name="warta-follow-parent",
                     daemon=True).start()


def _exit_when_gone(sentinel: int) -> None:
    from multiprocessing.connection import wait

    wait([sentinel])  # returns when the parent's end of the pipe closes: it exited or was killed
    os._exit(1)


def _die_with_forkserver() -> None:
    """We were forked by the fork server: the kernel kills us when it dies, and it dies when the
    main process does (it waits for every holder of its "alive" pipe to close it; we close ours)."""
    import ctypes
    from multiprocessing import forkserver

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return
    except (OSError, AttributeError):
        return
    server = getattr(forkserver, "_forkserver", None)
    fd = getattr(server, "_forkserver_alive_fd", None)
    if fd is not None:  # private to multiprocessing: only used to start grandchildren, which workers never do
        try:
            os.close(fd)
        except OSError:
            pass
        server._forkserver_alive_fd = None
