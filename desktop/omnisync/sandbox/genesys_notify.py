"""The fake Genesys Notifications API: channels, subscriptions and the streaming WebSocket.

Messages follow the real shapes: events ``{"topicName", "version", "eventBody", "metadata"}``,
the heartbeat ``channel.metadata`` / ``WebSocket Heartbeat`` every ``heartbeat_interval``
seconds, ``{"message": "ping"}`` answered with a ``pong``, ``v2.system.socket_closing`` before a
maintenance close, and ``{"result": "404"}`` for an unknown or expired channel. Faults (drop,
silence, delay, duplicate, reorder, lose, socket closing, channel expiry) act on the live
connections.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from dataclasses import dataclass, field
from typing import Any

from starlette.routing import BaseRoute, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from omnisync.sandbox.clock import SandboxClock
from omnisync.sandbox.events import EventLog
from omnisync.sandbox.genesys_org import AGENT_ID, iso
from omnisync.sandbox.web import BadRequest, parse_json

log = logging.getLogger(__name__)

USER_TOPICS = ("presence", "routingStatus", "conversationsummary", "conversations")
MAX_CHANNELS = 20
HEARTBEAT = {"topicName": "channel.metadata", "eventBody": {"message": "WebSocket Heartbeat"}}
PONG = {"topicName": "channel.metadata", "eventBody": {"message": "pong"}}
STREAM_PATH = "/channels/"


@dataclass(eq=False)
class Connection:
    channel_id: str
    queue: asyncio.Queue[str | int] = field(default_factory=asyncio.Queue)
    """Text frames to send, or an int: close with that code."""
    silent: bool = False
    """No heartbeats (the "stop heartbeats" fault): the socket looks alive but says nothing."""

    def send(self, message: dict[str, Any]) -> None:
        self.queue.put_nowait(json.dumps(message, separators=(",", ":")))

    def close(self, code: int = 1000) -> None:
        self.queue.put_nowait(code)


@dataclass(eq=False)
class Channel:
    id: str
    token: str
    created: float
    expires_at: float
    topics: dict[str, None] = field(default_factory=dict)
    connection: Connection | None = None
    expired: bool = False

    def view(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "topics": list(self.topics),
            "connected": self.connection is not None,
            "expires": iso(self.expires_at),
            "expired": self.expired,
        }


def connection_topics(channel: Channel | None) -> list[str]:
    return list(channel.topics) if channel is not None else []


def topic_state(topic: str) -> tuple[str, str | None]:
    prefix = f"v2.users.{AGENT_ID}."
    if topic.startswith(prefix) and topic[len(prefix) :] in USER_TOPICS:
        return "Permitted", None
    if topic.startswith("v2.users."):
        return "Rejected", "the sandbox publishes only the demo agent's topics " + ", ".join(
            f"v2.users.{{id}}.{t}" for t in USER_TOPICS
        )
    return "Rejected", "unknown topic"


class GenesysNotifier:
    def __init__(
        self,
        clock: SandboxClock,
        events: EventLog,
        *,
        heartbeat_interval: float = 30.0,
        channel_lifetime: float = 86400.0,
        socket_closing_grace: float = 60.0,
    ) -> None:
        self._clock = clock
        self._events = events
        self.heartbeat_interval = heartbeat_interval
        self.channel_lifetime = channel_lifetime
        self.socket_closing_grace = socket_closing_grace
        self.channels: dict[str, Channel] = {}
        self.delay = 0.0
        self.duplicates = 0
        self.reorder = 0
        self.drops = 0
        """Events still to lose (the "drop_events" fault): published but never delivered."""
        self.reorder_topic: str | None = None
        """Only events on topics ending with this (``routingStatus``) are held; None: any."""
        self._held: dict[str, tuple[list[Connection], dict[str, Any]]] = {}
        self.delivered = 0
        self._timers: set[asyncio.TimerHandle] = set()

    def reset(self) -> None:
        self.drop_all(code=1012)
        self.channels.clear()
        self.delay = 0.0
        self.duplicates = 0
        self.reorder = 0
        self.drops = 0
        self.reorder_topic = None
        self._held.clear()
        self.delivered = 0
        for timer in self._timers:
            timer.cancel()
        self._timers.clear()

    # ---- REST side ---------------------------------------------------------------------

    def create_channel(self, token: str, ws_base: str) -> dict[str, Any]:
        now = self._clock.now()
        mine = [c for c in self.channels.values() if c.token == token]
        while len(mine) >= MAX_CHANNELS:
            # The 21st channel evicts the oldest, unconnected ones first.
            victim = min(mine, key=lambda c: (c.connection is not None, c.created))
            self.remove_channel(victim.id)
            mine.remove(victim)
        channel = Channel(f"streaming-{uuid.uuid4()}", token, now, now + self.channel_lifetime)
        self.channels[channel.id] = channel
        return {
            "connectUri": f"{ws_base}{STREAM_PATH}{channel.id}",
            "id": channel.id,
            "expires": iso(channel.expires_at),
        }

    def live_channel(self, channel_id: str) -> Channel | None:
        channel = self.channels.get(channel_id)
        if channel is None:
            return None
        if channel.expired or self._clock.now() >= channel.expires_at:
            self.expire(channel)
            return None
        return channel

    def set_topics(
        self, channel: Channel, topics: list[str], replace: bool
    ) -> list[dict[str, Any]]:
        if replace:
            channel.topics.clear()
        entities = []
        for topic in topics:
            state, reason = topic_state(topic)
            entity: dict[str, Any] = {"id": topic, "state": state}
            if state == "Permitted":
                channel.topics[topic] = None
            else:
                entity["rejectionReason"] = reason
            entities.append(entity)
        return entities

    def listing(self, channel: Channel) -> list[dict[str, Any]]:
        return [{"id": t, "state": "Permitted"} for t in channel.topics]

    def remove_channel(self, channel_id: str) -> None:
        channel = self.channels.pop(channel_id, None)
        if channel is not None and channel.connection is not None:
            channel.connection.close(1000)

    # ---- events ------------------------------------------------------------------------

    def publish(self, topic: str, body: dict[str, Any]) -> None:
        message = {
            "topicName": topic,
            "version": "2",
            "eventBody": body,
            "metadata": {"CorrelationId": str(uuid.uuid4())},
        }
        if self.drops > 0:
            self.drops -= 1
            return
        copies = 1
        if self.duplicates > 0:
            self.duplicates -= 1
            copies = 2
        deliveries = [
            channel.connection
            for channel in self.channels.values()
            if topic in channel.topics and channel.connection is not None
        ]
        held = self._held.pop(topic, None)
        wanted = self.reorder_topic is None or topic.endswith(f".{self.reorder_topic}")
        if held is None and self.reorder > 0 and deliveries and wanted:
            # Hold this event until the next one on the same topic, which overtakes it.
            self.reorder -= 1
            self._held[topic] = (deliveries, message)
            return
        for connection in deliveries:
            for _ in range(copies):
                self._deliver(connection, message)
        if held is not None:
            for connection in held[0]:
                self._deliver(connection, held[1])

    def _deliver(self, connection: Connection, message: dict[str, Any]) -> None:
        self.delivered += 1
        if self.delay > 0:
            self._later(self.delay, connection.send, message)
        else:
            connection.send(message)

    def _later(self, seconds: float, func: Any, *args: Any) -> None:
        loop = asyncio.get_running_loop()

        def fire() -> None:
            self._timers.discard(handle)
            func(*args)

        handle = loop.call_later(seconds, fire)
        self._timers.add(handle)

    # ---- faults ------------------------------------------------------------------------

    def clear_faults(self) -> None:
        """Faults stop: no more delay, duplicates, drops or reorders, and a held event goes out
        now (the event that was to overtake it may never come)."""
        self.delay = 0.0
        self.duplicates = 0
        self.drops = 0
        self.reorder = 0
        self.reorder_topic = None
        held, self._held = self._held, {}
        for connections, message in held.values():
            for connection in connections:
                self._deliver(connection, message)
        for connection in self.connections():
            connection.silent = False

    def connections(self) -> list[Connection]:
        return [c.connection for c in self.channels.values() if c.connection is not None]

    def drop_all(self, code: int = 1011) -> int:
        live = self.connections()
        for connection in live:
            connection.close(code)
        return len(live)

    def silence_all(self) -> int:
        live = self.connections()
        for connection in live:
            connection.silent = True
        return len(live)

    def socket_closing(self, grace: float | None = None) -> int:
        live = self.connections()
        wait = self.socket_closing_grace if grace is None else grace
        for connection in live:
            connection.send(
                {
                    "topicName": "v2.system.socket_closing",
                    "eventBody": {"message": "The socket will close for maintenance"},
                }
            )
            self._later(wait, connection.close, 1001)
        return len(live)

    def send_malformed(self) -> int:
        """Garbage, then a well-formed envelope with a broken body on every live socket."""
        live = self.connections()
        for connection in live:
            connection.queue.put_nowait("{not json")
            for topic in connection_topics(self.channels.get(connection.channel_id)):
                connection.send({"topicName": topic, "version": "2", "eventBody": {"bad": 1}})
        return len(live)

    def expire(self, channel: Channel) -> None:
        if not channel.expired:
            channel.expired = True
            self._events.record("genesys", "notification channel expired", "system")
        if channel.connection is not None:
            channel.connection.close(1000)

    def expire_all(self) -> int:
        live = [c for c in self.channels.values() if not c.expired]
        for channel in live:
            self.expire(channel)
        return len(live)

    def close_for_tokens(self, tokens: set[str]) -> None:
        for channel in list(self.channels.values()):
            if channel.token in tokens:
                self.remove_channel(channel.id)

    # ---- the socket --------------------------------------------------------------------

    def routes(self) -> list[BaseRoute]:
        return [WebSocketRoute(STREAM_PATH + "{channel_id}", self.websocket)]

    async def websocket(self, ws: WebSocket) -> None:
        await ws.accept()
        channel = self.live_channel(ws.path_params["channel_id"])
        if channel is None:
            await ws.send_text(
                json.dumps({"result": "404", "message": "channel not found or expired"})
            )
            await ws.close(1000)
            return
        if channel.connection is not None:
            channel.connection.close(1000)  # one connection per channel: the newest wins
        connection = Connection(channel.id)
        channel.connection = connection
        tasks = {
            asyncio.create_task(self._receive(ws, connection)),
            asyncio.create_task(self._send(ws, connection)),
            asyncio.create_task(self._heartbeats(channel, connection)),
        }
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(BaseException):
                    await task
            if channel.connection is connection:
                channel.connection = None

    async def _receive(self, ws: WebSocket, connection: Connection) -> None:
        with contextlib.suppress(WebSocketDisconnect, RuntimeError):
            while True:
                text = await ws.receive_text()
                try:
                    message = parse_json(text)
                except BadRequest:
                    connection.send({"result": "400", "status": "error", "message": "not JSON"})
                    continue
                if not isinstance(message, dict):
                    continue
                if message.get("message") == "ping":
                    connection.send(PONG)
                elif message.get("message") == "subscribe":
                    channel = self.channels.get(connection.channel_id)
                    topics = message.get("topics")
                    if channel is None or not isinstance(topics, list):
                        connection.send({"result": "400", "status": "error"})
                        continue
                    self.set_topics(channel, [str(t) for t in topics], replace=False)
                    connection.send(
                        {
                            "result": "200",
                            "status": "subscribed",
                            "correlationId": message.get("correlationId"),
                        }
                    )

    async def _send(self, ws: WebSocket, connection: Connection) -> None:
        while True:
            item = await connection.queue.get()
            try:
                if isinstance(item, int):
                    await ws.close(item)
                    return
                await ws.send_text(item)
            except (WebSocketDisconnect, RuntimeError, OSError):
                return

    async def _heartbeats(self, channel: Channel, connection: Connection) -> None:
        while True:
            await asyncio.sleep(self.heartbeat_interval)
            if channel.expired or self._clock.now() >= channel.expires_at:
                self.expire(channel)
                return
            if not connection.silent:
                connection.send(HEARTBEAT)
