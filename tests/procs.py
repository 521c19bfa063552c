"""Processes of a process group, for the tests that kill warta and check nothing is left.

Start the command with ``start_new_session=True``: it and everything it starts (worker
processes, the fork server, the resource tracker, Dask's nannies) share its process
group, unless one of them leaves it on purpose, and survive in it as orphans if the
main process dies without taking them along.
"""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path


def group_members(pgid: int) -> list[tuple[int, str]]:
    """(pid, command line) of the live processes in the group (zombies left out)."""
    proc = Path("/proc")
    if not proc.is_dir():  # no /proc: the group has a live member or not
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return []
        except PermissionError:
            pass
        return [(pgid, "?")]
    out = []
    for d in proc.iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
            cmd = (d / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # state, ppid, pgrp, ...
        if fields[0] != "Z" and int(fields[2]) == pgid:
            out.append((int(d.name), cmd))
    return out


def descendants(pid: int) -> set[tuple[int, str]]:
    """(pid, start time) of every process below ``pid`` now, however deep, whatever its
    group (a process that left the group is still found here)."""
    children: dict[int, list[tuple[int, str]]] = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        children.setdefault(int(fields[1]), []).append((int(d.name), fields[19]))  # ppid; starttime
    out, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.add(child)
            todo.append(child[0])
    return out


def still_alive(procs: set[tuple[int, str]]) -> set[tuple[int, str]]:
    """Those of ``procs`` (from ``descendants``) that still run: same pid, same start time, not a zombie."""
    out = set()
    for pid, start in procs:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if fields[19] == start and fields[0] != "Z":
            out.add((pid, start))
    return out


def wait_group_gone(pgid: int, timeout: float) -> list[tuple[int, str]]:
    """Wait until no process of the group is left; returns those still there at the timeout."""
    deadline = time.monotonic() + timeout
    while True:
        left = group_members(pgid)
        if not left or time.monotonic() >= deadline:
            return left
        time.sleep(0.1)


def kill_group(pgid: int) -> None:
    """Clean-up: SIGKILL whatever is left of the group."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
