"""Which transport carries the console link's commands: direct while a component is connected.

Per session, chosen by what answers: the loopback link when a console component presented this
sign-in's key and is still connected, the agent's link record otherwise (the fallback, today's
path). ``why`` says why the record is in use, for the status window and the audit log.
"""

from __future__ import annotations

import asyncio
import enum

from omnisync.core.message import Message, say
from omnisync.salesforce.link import RecordTransport
from omnisync.salesforce.link_loopback import LoopbackLink


class Route(enum.Enum):
    DIRECT = "direct"
    RECORD = "record"


class RoutedTransport:
    """The link's ``Transport``: the loopback link when connected, else the record."""

    def __init__(self, record: RecordTransport) -> None:
        self.record = record
        self.loopback: LoopbackLink | None = None
        self.why: str | Message = say(
            "service", "no console component has connected to the desktop directly"
        )
        """Why the record carries the link (meaningless while the route is direct)."""
        self.loopback_tried = False
        """A component has connected over the loopback link this session."""
        self._moved = asyncio.Event()

    def moved(self) -> None:
        """The loopback link connected or lost its component: wake whoever waits for a route."""
        moved, self._moved = self._moved, asyncio.Event()
        moved.set()

    async def wait_for(self, route: Route) -> None:
        """Until the link is carried by ``route`` (the status window's and tests' cue)."""
        while self.route is not route:
            await self._moved.wait()

    @property
    def route(self) -> Route:
        if self.loopback is not None and self.loopback.connected:
            return Route.DIRECT
        return Route.RECORD

    async def send(self, text: str) -> None:
        if self.loopback is not None and self.loopback.connected:
            await self.loopback.send(text)
        else:
            await self.record.send(text)
