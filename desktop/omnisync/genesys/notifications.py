"""One WebSocket on one notification channel: reads frames, watches heartbeats, reports trouble.

The connection never decides what to do next: it reports the first :class:`Trouble` it meets
(closed, silent, socket closing, channel gone, token revoked) and the client rolls over or
reconnects. After ``CLOSING`` it keeps delivering events until the client closes it, so a
rollover loses nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from omnisync.core.message import say
from omnisync.genesys.errors import MalformedMessage

if TYPE_CHECKING:  # websockets itself is imported with the first connection (start-up time)
    from websockets.asyncio.client import ClientConnection

log = logging.getLogger(__name__)

HEARTBEAT_TOPIC = "channel.metadata"
SOCKET_CLOSING = "v2.system.socket_closing"
CLOSE_WITHIN = 0.5
"""Seconds a socket close may wait for the server's answer."""


class Trouble(enum.Enum):
    """Why the socket ends; the value is the sentence the status window shows (translated)."""

    CLOSED = say("service", "the notification socket closed")
    SILENT = say("service", "no heartbeat arrived in time")
    CLOSING = say("service", "the server announced it will close the socket")
    GONE = say("service", "the notification channel no longer exists")
    REVOKED = say("service", "the token was revoked")
    RENEW = say("service", "the channel is close to its 24-hour expiry")


@dataclass(frozen=True, slots=True)
class ChannelInfo:
    id: str
    connect_uri: str
    expires_at: float | None
    created_at: float = 0.0


EventHandler = Callable[[str, Any], None]


class NotificationConnection:
    def __init__(
        self,
        channel: ChannelInfo,
        ws: ClientConnection,
        on_event: EventHandler,
        heartbeat_timeout: float,
        on_malformed: Callable[[str], None] | None = None,
    ) -> None:
        self.channel = channel
        self._ws = ws
        self._on_event = on_event
        self._heartbeat_timeout = heartbeat_timeout
        self._on_malformed = on_malformed
        self._loop = asyncio.get_running_loop()
        self._trouble: asyncio.Future[Trouble] = self._loop.create_future()
        self._reader: asyncio.Task[None] | None = None
        self._last_frame = 0.0
        """When the last frame arrived, on the loop's clock: the watchdog reads it."""
        self._watchdog: asyncio.TimerHandle | None = None
        self.heartbeats = 0
        self.malformed = 0

    def start(self) -> None:
        self._last_frame = self._loop.time()
        self._arm(self._last_frame + self._heartbeat_timeout)
        self._reader = asyncio.create_task(self._read(), name=f"genesys-ws-{self.channel.id}")

    async def trouble(self) -> Trouble:
        return await asyncio.shield(self._trouble)

    def mark_dead(self) -> None:
        """The OS said the network changed or the machine woke: treat the socket as gone now,
        not after the heartbeat timeout."""
        self._report(Trouble.CLOSED)

    async def close(self) -> None:
        # The socket first: its reader then ends by itself (recv raises ConnectionClosed) even
        # if a cancel were lost, so this never waits on a reader that goes on reading.
        with contextlib.suppress(Exception):
            # Bounded well under a second: a Quit must end within one even when the peer is
            # gone (after a sleep) and its answer to the close never comes.
            async with asyncio.timeout(CLOSE_WITHIN):
                await self._ws.close()
        if self._reader is not None:
            self._reader.cancel()
            await asyncio.wait({self._reader})  # unlike ``await``, keeps a cancel aimed at us
        self._report(Trouble.CLOSED)

    def _report(self, trouble: Trouble) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        if not self._trouble.done():
            self._trouble.set_result(trouble)

    # ---- the heartbeat watchdog ----------------------------------------------------------------
    # One timer for a whole heartbeat timeout, not one per frame: a frame only notes its time,
    # and the timer, when it fires, either finds the socket silent or is armed again from the
    # last frame. Re-arming per frame (``asyncio.timeout`` around each ``recv``) cost a timer
    # started and cancelled per heartbeat, and qasync keeps a cancelled timer's Qt timer until
    # it fires, so every heartbeat also woke the idle app once more a timeout later
    # (docs/performance.md, idle CPU).

    def _arm(self, due: float) -> None:
        self._watchdog = self._loop.call_at(due, self._watch)

    def _watch(self) -> None:
        due = self._last_frame + self._heartbeat_timeout
        if self._loop.time() < due:
            self._arm(due)
            return
        log.warning("No heartbeat for %.1f s: reconnecting", self._heartbeat_timeout)
        self._report(Trouble.SILENT)
        if self._reader is not None:
            self._reader.cancel()  # nothing more is read from a silent socket

    async def _read(self) -> None:
        from websockets.exceptions import ConnectionClosed

        try:
            while True:
                frame = await self._ws.recv()
                self._last_frame = self._loop.time()
                self._handle(frame)
        except ConnectionClosed:
            self._report(Trouble.CLOSED)

    def _handle(self, frame: str | bytes) -> None:
        try:
            message = json.loads(frame)
        except ValueError:
            message = None
        if not isinstance(message, dict):
            self._malformed("a notification that is not a JSON object")
            return
        topic = message.get("topicName")
        if topic is None:
            if str(message.get("result")) == "404":
                self._report(Trouble.GONE)
            return
        if topic == HEARTBEAT_TOPIC:
            self.heartbeats += 1
            return
        if topic == SOCKET_CLOSING:
            log.info("Genesys announced a socket close: opening a new channel")
            self._report(Trouble.CLOSING)
            return
        if isinstance(topic, str) and topic.startswith("v2.system."):
            if "token_revoked" in topic:
                self._report(Trouble.REVOKED)
            elif "no_longer_subscribed" in topic:
                self._report(Trouble.GONE)
            return
        try:
            self._on_event(str(topic), message.get("eventBody"))
        except MalformedMessage as exc:
            self._malformed(f"a malformed {topic} notification ({exc})")

    def _malformed(self, what: str) -> None:
        self.malformed += 1
        log.warning("Ignored %s", what)
        if self._on_malformed is not None:
            self._on_malformed(what)
