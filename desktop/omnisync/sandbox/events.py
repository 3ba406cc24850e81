"""What happened in the fake clouds, and who did it, for the state view and the demo page."""

from __future__ import annotations

from collections import deque
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

    def record(self, product: str, what: str, by: By) -> Event:
        if by not in _BY:
            raise ValueError(f"by must be one of {sorted(_BY)}, not {by!r}")
        event = Event(t=round(self._clock.now(), 3), product=product, what=what, by=by)
        self._events.append(event)
        return event

    def recent(self, count: int | None = None) -> list[Event]:
        events = list(self._events)
        return events if count is None else events[-count:]

    def clear(self) -> None:
        self._events.clear()
