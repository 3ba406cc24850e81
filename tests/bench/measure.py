"""What the benchmarks read about a process, and how they start one, without psutil.

CPU time and resident memory come from ``/proc`` (Linux only: the benchmarks skip elsewhere).
Every child runs with its own HOME and XDG folders, so nothing touches the user's real
settings, logs, audit file or keyring, and the single-instance lock is its own.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from support.child_env import isolated_env
from support.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
SMOKE = os.environ.get("BENCH_SMOKE", "") not in ("", "0")
"""``BENCH_SMOKE=1`` (``make bench-smoke``, part of ``make test``): every benchmark runs its whole
path (the same processes, sockets and code) with a few rounds and short windows, so none can
break unnoticed between real runs; what it prints is no measurement."""


def bench_env(home: Path, **extra: str) -> dict[str, str]:
    """A child app's environment: its own home (support.child_env), the checkout's packages."""
    return isolated_env(home, PYTHONPATH=f"{ROOT / 'desktop'}:{ROOT / 'tests'}", **extra)


def scaled(full: int, smoke: int) -> int:
    """Rounds, hops, loops or events: ``full`` in a real run, ``smoke`` in a smoke run."""
    return smoke if SMOKE else full


def seconds(full: float, smoke: float) -> float:
    """A window or a time cap: ``full`` in a real run, ``smoke`` in a smoke run."""
    return smoke if SMOKE else full


def verdict(within: bool, met: str = "within", over: str = "OVER") -> str:
    """The verdict against a budget; a smoke run's figures say nothing, so it gives none."""
    if SMOKE:
        return "smoke run: no verdict"
    return met if within else over


def installed_bytecode(env: dict[str, str], cache: Path) -> dict[str, str]:
    """``env`` with bytecode cached, as an installed app has it (pip writes the ``.pyc`` at
    install, PyInstaller ships them), in ``cache`` so the source tree stays clean. The first run
    of a child writes them: the benchmarks warm up before they time. Without this, a shell with
    PYTHONDONTWRITEBYTECODE set made every start compile ~190 modules from source."""
    env = dict(env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def need_proc() -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs Linux /proc to read CPU time and memory")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far (fields 14 and 15 of /proc/<pid>/stat)."""
    text = Path(f"/proc/{pid}/stat").read_text()
    fields = text[text.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def cpu_ns(pid: int) -> int:
    """CPU time of a whole process so far (every thread, ended ones too), in nanoseconds.

    The process's CPU-time clock (what ``clock_getcpuclockid(pid)`` gives: ``~pid << 3 | 2``,
    CPUCLOCK_SCHED) is the scheduler's own count, exact to the nanosecond, where ``/proc``'s
    ``utime``/``stime`` come in 10 ms ticks and cannot tell 0.2 CPU-s an hour from nothing.
    """
    return time.clock_gettime_ns((~pid << 3) | 2)


def settle(pid: int, quiet_ns: int = 1_000_000, at_most: float = 30.0) -> float:
    """Wait until a process's start-up is over: under ``quiet_ns`` of CPU in each of two
    seconds in a row (its last answers landed, its first collections ran), at most ``at_most``
    seconds; returns the seconds waited."""
    began, quiet = time.monotonic(), 0
    while quiet < 2 and time.monotonic() - began < at_most:
        before = cpu_ns(pid)
        time.sleep(1.0)
        quiet = quiet + 1 if cpu_ns(pid) - before < quiet_ns else 0
    return time.monotonic() - began


def rss_kib(pid: int | str = "self", field: str = "VmRSS") -> int:
    """Resident KiB; ``field`` ``RssAnon`` is the process's own memory, ``RssFile`` the pages of
    files it mapped (code of the interpreter and libraries, paged in as first used)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} for {pid}")


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def malloc_kib() -> tuple[int, int] | None:
    """glibc's heap (every arena, and its mmapped blocks): KiB in use and KiB free but kept.

    What RSS holds beyond Python's own small-object arenas: large strings and buffers, and C
    libraries' memory. None where there is no ``mallinfo2`` (not glibc 2.33 or later).
    """
    try:
        mallinfo2 = ctypes.CDLL(None).mallinfo2
    except (AttributeError, OSError):
        return None
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return (info.uordblks + info.hblkhd) // 1024, info.fordblks // 1024


def trim_malloc() -> bool:
    """Ask glibc to hand the memory it keeps free back to the system (``malloc_trim(0)``)."""
    try:
        return bool(ctypes.CDLL(None).malloc_trim(0))
    except (AttributeError, OSError):
        return False


class Child:
    """A child whose output lines (stdout and stderr) are read on a thread: waits never block."""

    def __init__(self, args: Sequence[str], env: dict[str, str], *, commands: bool = False) -> None:
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self.proc = subprocess.Popen(
            list(args),
            env=env,
            cwd=ROOT,
            stdin=subprocess.PIPE if commands else None,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)  # the process closed its output: it ended

    def wait_for(self, check: Callable[[str], bool], timeout: float, what: str) -> str:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                what += f" (the process ended with status {self.proc.wait()})"
                break
            self.seen.append(line)
            if check(line):
                return line
        tail = "\n".join(self.seen[-15:])
        raise AssertionError(f"no {what} within {timeout:.0f} s; last lines:\n{tail}")

    def last_said(self, count: int = 25) -> str:
        """Whether the child still runs and its last ``count`` lines, read up to now: for a
        failure that another process's silence revealed."""
        with contextlib.suppress(queue.Empty):
            while (line := self.lines.get_nowait()) is not None:
                self.seen.append(line)
        status = self.proc.poll()
        state = "still running" if status is None else f"ended with status {status}"
        tail = "\n".join(self.seen[-count:])
        return f"{state}; its last lines:\n{tail}"

    def send(self, command: str) -> None:
        """One line on the child's stdin (made with ``commands=True``)."""
        assert self.proc.stdin is not None, "made without commands=True"
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@dataclass
class DemoSandbox:
    """The demo's sandbox served by its own process (``apps/demo_sandbox.py``)."""

    child: Child
    url: str
    link: str
    """The port its console dials for the direct link: pass it to the app too."""


def start_demo_sandbox(env: dict[str, str], *, machine_pace: bool = False) -> DemoSandbox:
    """The demo's sandbox in a child, its console dialing a free port of this run's own: on the
    registered range a running demo or another checkout's tests would listen and dial too.
    ``machine_pace``: its per-minute limits lifted (``demo_sandbox.py --machine-pace``)."""
    link = str(free_port())
    script = str(Path(__file__).parent / "apps" / "demo_sandbox.py")
    child = Child([PYTHON, script, *(["--machine-pace"] if machine_pace else []), link], env)
    try:
        line = child.wait_for(lambda s: s.startswith("SANDBOX "), 30, "the sandbox's URL")
    except BaseException:
        child.stop()
        raise
    return DemoSandbox(child, line.split()[1], link)
