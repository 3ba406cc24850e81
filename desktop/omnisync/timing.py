"""Injectable time for everything that waits or expires, so tests never sleep for real.

``Clock`` returns wall-clock seconds (``time.time``), because token expiry is persisted and must
mean the same after a restart. ``Sleep`` is awaited for every back-off and timer.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

wall_clock: Clock = time.time


async def real_sleep(seconds: float) -> None:
    await asyncio.sleep(max(0.0, seconds))


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
