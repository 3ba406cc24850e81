"""What happened in the fake clouds, and who did it, for the state view and the demo page.

The log is also the sandbox's change signal: the control page's stream waits on it
(:meth:`EventLog.wait_for_change`) instead of asking for the state on a timer.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from typing import Literal, TypedDict

from omnisync.sandbox.clock import SandboxClock

By = Literal["agent", "app", "system"]
_BY: frozenset[str] = frozenset({"agent", "app", "system"})


class Event(TypedDict):
    t: float
    """Sandbox clock, epoch seconds."""
    product: str
    what: str
    by: By


class EventLog:
    """A bounded log: the most recent ``limit`` events are kept."""

    def __init__(self, clock: SandboxClock, limit: int = 500) -> None:
        self._clock = clock
        self._events: deque[Event] = deque(maxlen=limit)
        self._changed = asyncio.Event()
        self.version = 0
        """Bumped on every change; a waiter compares it with the one it last saw."""
        self.closed = False
        """Set by :meth:`close` when the sandbox stops, so streams end instead of hanging."""
        self._listeners: list[Callable[[Event], None]] = []

    def listen(self, listener: Callable[[Event], None]) -> None:
        """Call ``listener`` with every event as it is recorded, after the change it names was
        made (a test's timeline of who changed what, beyond the bounded log)."""
        self._listeners.append(listener)

    def record(self, product: str, what: str, by: By) -> Event:
        if by not in _BY:
            raise ValueError(f"by must be one of {sorted(_BY)}, not {by!r}")
        event = Event(t=round(self._clock.now(), 3), product=product, what=what, by=by)
        self._events.append(event)
        self._touch()
        for listener in list(self._listeners):
            listener(event)
        return event

    def recent(self, count: int | None = None) -> list[Event]:
        events = list(self._events)
        if count is None:
            return events
        return events[-count:] if count > 0 else []

    def clear(self) -> None:
        self._events.clear()
        self._touch()

    def close(self) -> None:
        """Wake every waiter for the last time: the sandbox is shutting down."""
        self.closed = True
        self._touch()

    async def wait_for_change(self, seen: int) -> int:
        """Return the version once it differs from ``seen`` (at once if it already does)."""
        while self.version == seen and not self.closed:
            await self._changed.wait()
        return self.version

    def _touch(self) -> None:
        # Waiters hold the old Event, which stays set; new waiters get a fresh one.
        self.version += 1
        self._changed.set()
        self._changed = asyncio.Event()
