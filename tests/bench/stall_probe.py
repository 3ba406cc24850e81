"""How long the Qt thread (the qasync loop) goes without servicing events, measured on itself.

A precise QTimer ticks every few milliseconds on the Qt thread; each tick's lateness is the gap
since the previous tick minus the interval, so anything that holds the thread (a slow asyncio
callback, a Qt slot, a paint, a garbage collection) shows as one late tick. To name what was
slow, the loop runs in asyncio debug mode, where qasync times every callback it runs and logs
those over ``slow_callback_duration``; and the cycle collector's pauses are timed through
``gc.callbacks``. Used by ``apps/tray_under_shift.py`` for both the app and the bare baseline.

The window is opened and closed by the benchmark through the process's stdin (``commands``).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import statistics
import sys
import threading
import time
from collections import defaultdict
from typing import Any

from PySide6.QtCore import Qt, QTimer

INTERVAL_MS = 5
SLOW = 0.016
"""Seconds: one frame at 60 Hz. Callbacks longer than this are named."""


class _SlowCallbacks(logging.Handler):
    """Catches qasync's "Executing <handle> took N seconds" warnings (debug mode only)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.found: list[tuple[str, float]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg.startswith("Executing") and len(record.args or ()) == 2:
            name, seconds = record.args  # type: ignore[misc]
            self.found.append((str(name), float(seconds)))


class StallProbe:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.late: list[float] = []
        self.gc_pauses: list[tuple[int, float]] = []
        self._last: float | None = None
        self._gc_began = 0.0
        self._slow = _SlowCallbacks()

    def start(self) -> None:
        """On the running qasync loop: debug mode on, the timer ticking, gc timed."""
        loop = asyncio.get_running_loop()
        loop.set_debug(True)
        loop.slow_callback_duration = SLOW
        logging.getLogger("qasync").addHandler(self._slow)
        gc.callbacks.append(self._gc)
        self.timer.start()

    def reset(self) -> None:
        """The window opens: forget start-up."""
        self.late.clear()
        self.gc_pauses.clear()
        self._slow.found.clear()
        self._last = None

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.late.append(max(0.0, now - self._last - INTERVAL_MS / 1000))
        self._last = now

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_began = time.perf_counter()
        else:
            self.gc_pauses.append((info["generation"], time.perf_counter() - self._gc_began))

    def report(self) -> dict[str, Any]:
        """The window closes: lateness in ms, slow callbacks by name, collector pauses."""
        self.timer.stop()
        gc.callbacks.remove(self._gc)
        late = sorted(self.late) or [0.0]
        cuts = statistics.quantiles(late, n=100) if len(late) > 1 else [late[0]] * 99
        slow: dict[str, list[float]] = defaultdict(list)
        for name, seconds in self._slow.found:
            slow[name].append(seconds * 1000)
        return {
            "ticks": len(self.late),
            "max_ms": late[-1] * 1000,
            "p50_ms": cuts[49] * 1000,
            "p99_ms": cuts[98] * 1000,
            "over_16": sum(x > 0.016 for x in late),
            "over_50": sum(x > 0.050 for x in late),
            "slow": {name: [len(ms), max(ms)] for name, ms in slow.items()},
            "gc_max_ms": max((s for _, s in self.gc_pauses), default=0.0) * 1000,
            "gc_gen2": sum(g == 2 for g, _ in self.gc_pauses),
        }


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
