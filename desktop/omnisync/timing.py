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
