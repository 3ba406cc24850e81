"""The sandbox's one clock: wall time plus an offset that the control API can move forward.

Every part reads time from here, so "advance 24 hours" expires tokens and channels everywhere
at once without anyone sleeping.
"""

from __future__ import annotations

import asyncio
import contextlib
import reprlib
import time
from collections.abc import Callable

MAX_OFFSET = 100 * 365 * 86400.0
"""How far the clock may be moved on in all: dates stay printable (a year below 9999)."""


class SandboxClock:
    def __init__(self, source: Callable[[], float] = time.time) -> None:
        self._source = source
        self._offset = 0.0
        self._moved = asyncio.Event()

    def now(self) -> float:
        return self._source() + self._offset

    __call__ = now

    def advance(self, seconds: float) -> None:
        """Refuses NaN, infinities, negatives and jumps past ``MAX_OFFSET`` before changing
        anything: one bad value would otherwise break every time shown after it."""
        if not 0 <= seconds <= MAX_OFFSET - self._offset:  # NaN fails every comparison
            raise ValueError(
                f"the sandbox clock moves forward by 0 to {MAX_OFFSET - self._offset:.0f} "
                f"seconds in all (a century), not {reprlib.repr(seconds)}"
            )
        self._offset += float(seconds)
        self._moved.set()  # wake every sleeper, then start a fresh event for the next move
        self._moved = asyncio.Event()

    async def sleep(self, seconds: float) -> None:
        """Sleep by this clock: real time passes as usual, and :meth:`advance` ends the sleeps
        it moves past at once. An app given this clock and this sleep (tests, the demo) lives
        on the sandbox's time, so an hour's timeout costs no hour."""
        deadline = self.now() + max(0.0, seconds)
        while (left := deadline - self.now()) > 0:
            moved = self._moved
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(left):
                    await moved.wait()

    def reset(self) -> None:
        self._offset = 0.0
