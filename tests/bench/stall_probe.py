"""How long the Qt thread (the qasync loop) goes without servicing events, measured on itself.

A precise QTimer ticks every few milliseconds on the Qt thread; each tick's lateness is the gap
since the previous tick minus the interval, so anything that holds the thread (a slow asyncio
callback, a Qt slot, a paint, a garbage collection) shows as one late tick. The Qt thread's own
CPU time over the gap tells a thread computing from one waiting (in a blocking call, or not run
by the kernel on a shared machine). What was slow is named three ways: qasync's debug timing of
each callback it runs (logged over ``slow_callback_duration``; only its timer's debug switch,
since asyncio's full debug mode records a stack for every handle and would slow the app it
measures); a watchdog thread that records the Qt thread's innermost frames while a tick is
overdue; and the cycle collector's pauses through ``gc.callbacks``. Used by
``apps/tray_under_shift.py`` for both the app and the bare baseline.

The window is opened and closed by the benchmark through the process's stdin (``commands``).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import re
import statistics
import sys
import threading
import time
import traceback
from collections import Counter, defaultdict
from typing import Any

from PySide6.QtCore import Qt, QTimer

INTERVAL_MS = 5
SLOW = 0.016
"""Seconds: one frame at 60 Hz. Callbacks longer than this are named."""
CAUGHT = 0.010
"""Seconds of lateness after which the watchdog thread records where the Qt thread is."""


class _SlowCallbacks(logging.Handler):
    """Catches qasync's "Executing <handle> took N seconds" warnings (debug mode only)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.found: list[tuple[str, float]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if str(record.msg).startswith("Executing") and len(record.args or ()) == 2:
            name, seconds = record.args  # type: ignore[misc]
            self.found.append((str(name), float(seconds)))


class StallProbe:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.late: list[float] = []
        self.busy: list[float] = []
        """For each tick, the Qt thread's CPU seconds over the gap before it."""
        self.gc_pauses: list[tuple[int, float]] = []
        self._last: float | None = None
        self._last_cpu = 0.0
        self._gc_began = 0.0
        self._slow = _SlowCallbacks()
        self.sites: Counter[str] = Counter()
        self._qt_thread = threading.get_ident()
        self._watching = threading.Event()

    def start(self) -> None:
        """On the running qasync loop: debug mode on, the timer ticking, gc timed."""
        loop = asyncio.get_running_loop()
        loop._timer.set_debug(True)  # type: ignore[attr-defined]  # qasync: time each callback
        loop.slow_callback_duration = SLOW
        logging.getLogger("qasync").addHandler(self._slow)
        gc.callbacks.append(self._gc)
        self.timer.start()
        self._watching.set()
        threading.Thread(target=self._watch, daemon=True).start()

    def reset(self) -> None:
        """The window opens: forget start-up."""
        self.late.clear()
        self.busy.clear()
        self.gc_pauses.clear()
        self._slow.found.clear()
        self.sites.clear()
        self._last = None

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if self._last is not None:
            self.late.append(max(0.0, now - self._last - INTERVAL_MS / 1000))
            self.busy.append(cpu - self._last_cpu)
        self._last, self._last_cpu = now, cpu

    def _watch(self) -> None:
        """While a tick is overdue, record once what the Qt thread is running (the innermost
        frames, in our code or the libraries it called)."""
        caught: float | None = None
        while self._watching.is_set():
            time.sleep(0.002)
            last = self._last
            overdue = time.perf_counter() - INTERVAL_MS / 1000 - (last or 0.0)
            if last is None or last == caught or overdue < CAUGHT:
                continue
            caught = last
            frame = sys._current_frames().get(self._qt_thread)
            if frame is not None:
                stack = traceback.extract_stack(frame)[-4:]
                self.sites[" <- ".join(_site(f) for f in reversed(stack))] += 1

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_began = time.perf_counter()
        else:
            self.gc_pauses.append((info["generation"], time.perf_counter() - self._gc_began))

    def report(self) -> dict[str, Any]:
        """The window closes: lateness in ms, slow callbacks by name, collector pauses."""
        self.timer.stop()
        self._watching.clear()
        gc.callbacks.remove(self._gc)
        late = sorted(self.late) or [0.0]
        cuts = statistics.quantiles(late, n=100) if len(late) > 1 else [late[0]] * 99
        slow: dict[str, list[float]] = defaultdict(list)
        for name, seconds in self._slow.found:
            slow[_short(name)].append(seconds * 1000)
        return {
            "ticks": len(self.late),
            "max_ms": late[-1] * 1000,
            "p50_ms": cuts[49] * 1000,
            "p99_ms": cuts[98] * 1000,
            "over_16": sum(x > 0.016 for x in late),
            "over_50": sum(x > 0.050 for x in late),
            "busy_over_16": sum(
                gap > 0.016 and cpu > gap / 2 for gap, cpu in zip(self.late, self.busy, strict=True)
            ),
            "slow": {name: [len(ms), max(ms)] for name, ms in slow.items()},
            "gc_max_ms": max((s for _, s in self.gc_pauses), default=0.0) * 1000,
            "gc_gen2": sum(g == 2 for g, _ in self.gc_pauses),
            "sites": self.sites.most_common(8),
        }


def _short(handle: str) -> str:
    """A task's name and where its coroutine was, or the callback, without the rest."""
    task = re.search(r"name='([^']*)' coro=<(\S+) (?:running|done, defined) at ([^>]*)>", handle)
    if task is None:
        return handle
    name, coro, where = task.groups()
    return f"task {name} ({coro} at {'/'.join(where.split('/')[-2:])})"


def _site(frame: traceback.FrameSummary) -> str:
    return f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} {frame.name}"


def commands() -> asyncio.Queue[str]:
    """The lines the benchmark sends on stdin, as a queue on the running loop (read on a thread,
    so the loop never waits on the pipe)."""
    loop = asyncio.get_running_loop()
    lines: asyncio.Queue[str] = asyncio.Queue()

    def read() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(lines.put_nowait, line.strip())

    threading.Thread(target=read, daemon=True).start()
    return lines
