"""The sandbox's one clock: wall time plus an offset that the control API can move forward.

Every part reads time from here, so "advance 24 hours" expires tokens and channels everywhere
at once without anyone sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class SandboxClock:
    def __init__(self, source: Callable[[], float] = time.time) -> None:
        self._source = source
        self._offset = 0.0

    def now(self) -> float:
        return self._source() + self._offset

    __call__ = now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("the sandbox clock only moves forward")
        self._offset += seconds

    def reset(self) -> None:
        self._offset = 0.0
