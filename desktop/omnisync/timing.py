"""Injectable time for everything that waits or expires, so tests never sleep for real.

``Clock`` returns wall-clock seconds (``time.time``), because token expiry is persisted and must
mean the same after a restart. ``Sleep`` is awaited for every back-off and timer.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

wall_clock: Clock = time.time


async def real_sleep(seconds: float) -> None:
    await asyncio.sleep(max(0.0, seconds))


async def within(work: Coroutine[Any, Any, T], sleep: Sleep, seconds: float) -> asyncio.Future[T]:
    """``work`` against a timer of ``seconds`` on the injected ``sleep``: whichever ends first
    stops the other. The work's future is returned done (look at its result or exception) or
    cancelled (the time was up)."""
    job = asyncio.ensure_future(work)
    timer = asyncio.ensure_future(sleep(seconds))
    try:
        await asyncio.wait({job, timer}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (job, timer):
            task.cancel()
        await asyncio.gather(job, timer, return_exceptions=True)
    return job


class Backoff:
    """Exponential back-off with jitter: attempt n waits about ``initial * factor**n``.

    "Equal jitter": half the delay is fixed and half random, so reconnecting clients spread out
    without ever retrying at once. ``random`` is injectable for tests.
    """

    def __init__(
        self,
        initial: float = 1.0,
        maximum: float = 60.0,
        factor: float = 2.0,
        random: Callable[[], float] | None = None,
    ) -> None:
        import random as _random

        self.initial = initial
        self.maximum = maximum
        self.factor = factor
        self._random = random or _random.random
        self.attempt = 0

    def next_delay(self) -> float:
        base = min(self.maximum, self.initial * self.factor**self.attempt)
        self.attempt += 1
        return base / 2 + base / 2 * self._random()

    def reset(self) -> None:
        self.attempt = 0


class RetryWait:
    """A back-off wait that the agent can cut short (the status window's Retry button).

    Clients await :meth:`wait` instead of ``sleep`` before their next attempt; :meth:`now` ends
    the current wait at once, or does nothing when no wait is under way.
    """

    def __init__(self, sleep: Sleep = real_sleep) -> None:
        self._sleep = sleep
        self._woken: asyncio.Event | None = None

    @property
    def waiting(self) -> bool:
        return self._woken is not None

    async def wait(self, seconds: float) -> None:
        woken = self._woken = asyncio.Event()
        sleeper = asyncio.ensure_future(self._sleep(seconds))
        waker = asyncio.ensure_future(woken.wait())
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
            if sleeper.done():
                sleeper.result()  # a sleep that raised ends the wait the same way
        finally:
            if self._woken is woken:
                self._woken = None
            pending = {task for task in (sleeper, waker) if not task.done()}
            for task in pending:
                task.cancel()
            if pending:
                # asyncio.wait, not ``await task``: a cancel aimed at the caller must go on
                # (suppressing the child's CancelledError would swallow it too).
                await asyncio.wait(pending)

    def now(self) -> None:
        if self._woken is not None:
            self._woken.set()
