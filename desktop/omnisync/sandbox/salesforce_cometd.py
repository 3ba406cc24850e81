"""The fake Streaming API: Bayeux over HTTP long polling, PushTopics, filters and replay.

Salesforce behaviour kept: the handshake and connect advice (``interval`` 0, ``timeout`` the
long-poll hold, ``reconnect`` retry), ``ext.replay`` on subscribe (-1 new only, -2 everything
retained, N after N), filtered subscriptions ``/topic/Name?Field=value&Other='x'`` (the
conditions are ORed), notifications only for records the subscriber may read, the PushTopic
rule that an update notifies only when a field the query references changed, and
``403::Unknown client`` once the server has forgotten a client (expiry or a dropped session).
The first ``/meta/connect`` after a handshake is answered at once, as CometD servers do; a
connect carrying ``advice.timeout`` is held at most that long; a connect batched with other
messages (Faye and jsforce send connect + subscribe in one POST) is not held at all.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from omnisync.sandbox.salesforce_oauth import OAuthServer
from omnisync.sandbox.salesforce_org import Org, sf_datetime
from omnisync.sandbox.salesforce_soql import (
    Query,
    Record,
    SoqlError,
    matches,
    parse_query,
    select_fields,
)
from omnisync.sandbox.web import BadRequest, parse_json, read_body

Message = dict[str, Any]
_CONNECT = "/meta/connect"


@dataclass(slots=True)
class _Subscription:
    channel: str
    topic: str
    filters: tuple[tuple[str, str], ...]


@dataclass(slots=True)
class _Client:
    id: str
    user_id: str
    last_seen: float
    subscriptions: dict[str, _Subscription] = field(default_factory=dict)
    queue: list[Message] = field(default_factory=list)
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    dropped: bool = False
    connected: bool = False
    """Whether a /meta/connect was answered since the handshake (the first is never held)."""


@dataclass(slots=True)
class _TopicLog:
    query: Query
    events: deque[tuple[int, Record, str]]
    """(replay id, the whole record after the change, event type) for replay and filters."""
    next_replay: int = 1


@dataclass(slots=True)
class CometdServer:
    org: Org
    oauth: OAuthServer
    clock: Callable[[], float]
    timeout: float = 110.0
    """Seconds a connect is held open without events (Salesforce: 110)."""
    max_interval: float = 40.0
    """Seconds without a connect after which the server forgets a client."""
    interval: int = 0
    """Milliseconds the advice tells clients to wait between connects."""
    retention: int = 1000
    """Events kept per topic for replay."""
    on_event: Callable[[str, str], None] = lambda what, by: None
    clients: dict[str, _Client] = field(default_factory=dict)
    topics: dict[str, _TopicLog] = field(default_factory=dict)
    requests: int = 0
    deliveries: int = 0
    deliveries_by_topic: dict[str, int] = field(default_factory=dict)
    peak_clients: int = 0
    """The most clients held at once since the reset (a sign-in's brief one counts too)."""
    handshakes: int = 0
    closing: bool = False
    """The sandbox is stopping: connects are answered at once, never held."""
    waiting: set[asyncio.Event] = field(default_factory=set)
    """Clients with a connect held right now, forgotten ones included (a client dropped or
    expired while its connect waits is no longer in ``clients``, and must still be answered)."""
    reorder: int = 0
    """The ``reorder_events`` fault: this many deliveries are each held back until the next
    one to the same client on the same channel has gone out (which overtakes it)."""
    reorder_topic: str | None = None
    """Only deliveries of this PushTopic are held; None: any."""
    reorder_depth: int = 1
    """How many later deliveries overtake a held one."""
    held: dict[tuple[str, str], list[Any]] = field(default_factory=dict)
    """By (client, channel): [client, message, later deliveries still to overtake it]."""

    def release_held(self) -> None:
        """Faults stop: every held delivery goes out now."""
        self.reorder, self.reorder_topic = 0, None
        held, self.held = self.held, {}
        for client, message, _left in held.values():
            client.queue.append(message)
            client.wake.set()

    def close(self) -> None:
        """Answer every held connect now, and every later one at once (the sandbox stops)."""
        self.closing = True
        for wake in [*(c.wake for c in self.clients.values()), *self.waiting]:
            wake.set()

    def reset(self) -> None:
        self.closing = False
        self.drop_clients()
        self.clients.clear()
        self.topics.clear()
        self.requests = self.deliveries = self.handshakes = self.peak_clients = 0
        self.deliveries_by_topic.clear()
        self.reorder, self.reorder_topic, self.reorder_depth = 0, None, 1
        self.held.clear()

    def drop_clients(self) -> int:
        """Forget every client; their next request gets ``403::Unknown client``."""
        count = len(self.clients)
        for client in self.clients.values():
            client.dropped = True
            client.wake.set()
        self.clients.clear()
        return count

    def lose_replay(self) -> int:
        """Every topic's retained events age out, as after 24 h: a client resuming from a
        replay id it saw before is refused (``replayId ... invalid``). The number lost."""
        lost = 0
        for log in self.topics.values():
            lost += len(log.events)
            log.events.clear()
            log.next_replay += 1  # the position every client last saw is now too old
        return lost

    def routes(self, prefix: str) -> list[BaseRoute]:
        return [Route(f"{prefix}/cometd/{{version}}", self._handle, methods=["POST"])]

    # ---- publishing --------------------------------------------------------------------------

    def on_record_change(
        self, object_name: str, kind: str, record: Record, before: Record | None
    ) -> None:
        for topic_record in list(self.org.records["PushTopic"].values()):
            if not topic_record["IsActive"]:
                continue
            log = self._topic_log(topic_record["Name"])
            if log is None or log.query.object_name != object_name:
                continue
            if not self._notifies(topic_record, log.query, kind, record, before):
                continue
            replay_id = log.next_replay
            log.next_replay += 1
            log.events.append((replay_id, dict(record), kind))
            self._fan_out(topic_record["Name"], log, replay_id, record, kind)

    def _notifies(
        self, topic: Record, query: Query, kind: str, record: Record, before: Record | None
    ) -> bool:
        operation = "NotifyForOperationCreate" if kind == "created" else "NotifyForOperationUpdate"
        if not topic.get(operation):
            return False
        if not matches(query, record, self._source(None), self.org.schemas):
            return False
        if kind == "updated" and before is not None and topic["NotifyForFields"] != "All":
            referenced = {ref.path[0] for ref in query.fields}
            return any(record.get(name) != before.get(name) for name in referenced)
        return True

    def _source(self, user_id: str | None) -> Callable[[str], list[Record]]:
        if user_id is None:
            return lambda name: list(self.org.records.get(name, {}).values())
        return lambda name: self.org.visible(name, user_id)

    def _topic_log(self, name: str) -> _TopicLog | None:
        log = self.topics.get(name)
        topic = self.org.topic(name)
        if topic is None:
            return None
        if log is None:
            try:
                query = parse_query(topic["Query"], self.org.schemas)
            except SoqlError:
                return None
            log = _TopicLog(query, deque(maxlen=self.retention))
            self.topics[name] = log
        return log

    def _fan_out(
        self, topic: str, log: _TopicLog, replay_id: int, record: Record, kind: str
    ) -> None:
        for client in self.clients.values():
            for sub in client.subscriptions.values():
                if sub.topic == topic and self._deliverable(client, sub, record):
                    self._enqueue(client, sub, log, replay_id, record, kind)

    def _deliverable(self, client: _Client, sub: _Subscription, record: Record) -> bool:
        visible = {r["Id"] for r in self.org.visible(self._object_of(sub.topic), client.user_id)}
        if record["Id"] not in visible:
            return False
        if not sub.filters:
            return True
        return any(str(record.get(name)) == value for name, value in sub.filters)

    def _object_of(self, topic: str) -> str:
        log = self.topics[topic]
        return log.query.object_name

    def _enqueue(
        self,
        client: _Client,
        sub: _Subscription,
        log: _TopicLog,
        replay_id: int,
        record: Record,
        kind: str,
    ) -> None:
        sobject = select_fields(log.query, record, self._source(client.user_id), self.org.schemas)
        message: Message = {
            "channel": sub.channel,
            "data": {
                "event": {
                    "createdDate": sf_datetime(self.clock()),
                    "replayId": replay_id,
                    "type": kind,
                },
                "sobject": sobject,
            },
        }
        self.delivered(sub.topic)
        key = (client.id, sub.channel)
        held = self.held.get(key)
        if held is None and self.reorder > 0 and self.reorder_topic in (None, sub.topic):
            self.reorder -= 1
            self.held[key] = [client, message, self.reorder_depth]
            return
        client.queue.append(message)
        if held is not None:
            held[2] -= 1
            if held[2] <= 0:
                client.queue.append(held[1])
                del self.held[key]
        client.wake.set()

    def delivered(self, topic: str) -> None:
        """One event delivered to one client: what the org's daily delivery limit counts."""
        self.deliveries += 1
        self.deliveries_by_topic[topic] = self.deliveries_by_topic.get(topic, 0) + 1

    # ---- the Bayeux endpoint -----------------------------------------------------------------

    def advice(self) -> dict[str, Any]:
        return {
            "interval": self.interval,
            "timeout": int(self.timeout * 1000),
            "reconnect": "retry",
        }

    async def _handle(self, request: Request) -> Response:
        self.requests += 1
        user_id = self.oauth.user_for(request.headers.get("authorization"))
        try:
            body = parse_json(await read_body(request))
        except BadRequest:
            return JSONResponse([{"successful": False, "error": "400::Bad JSON"}], 400)
        messages = body if isinstance(body, list) else [body]
        if user_id is None:
            return JSONResponse(
                [
                    {
                        "channel": m.get("channel") if isinstance(m, dict) else None,
                        "id": m.get("id") if isinstance(m, dict) else None,
                        "successful": False,
                        "error": "401::Authentication invalid",
                        "advice": {"reconnect": "handshake"},
                    }
                    for m in messages
                ],
                status_code=401,
            )
        # A batch's connect goes last and is held only when it came alone: the other replies
        # (a subscribe sent with it, as Faye and jsforce do) must not wait for the long poll,
        # and events a subscribe replays leave with that connect.
        connects = [m for m in messages if isinstance(m, dict) and m.get("channel") == _CONNECT]
        replies: list[Message] = []
        for message in messages:
            if not isinstance(message, dict):
                replies.append({"successful": False, "error": "400::Bad message"})
            elif message.get("channel") != _CONNECT:
                replies.extend(await self._one(message, user_id, hold=False))
        for message in connects:
            replies.extend(await self._one(message, user_id, hold=len(messages) == 1))
        return JSONResponse(replies)

    async def _one(self, message: Message, user_id: str, *, hold: bool) -> list[Message]:
        channel = message.get("channel")
        reply: Message = {"channel": channel, "id": message.get("id")}
        if channel == "/meta/handshake":
            return [self._handshake(reply, user_id)]
        client = self._client(message.get("clientId"), user_id)
        if client is None:
            reply.update(
                successful=False,
                error="403::Unknown client",
                advice={"reconnect": "handshake", "interval": 0},
            )
            return [reply]
        reply["clientId"] = client.id
        if channel == _CONNECT:
            return await self._connect(client, reply, self._hold(client, message) if hold else 0)
        if channel == "/meta/subscribe":
            return [self._subscribe(client, message, reply)]
        if channel == "/meta/unsubscribe":
            client.subscriptions.pop(str(message.get("subscription")), None)
            reply.update(successful=True, subscription=message.get("subscription"))
            return [reply]
        if channel == "/meta/disconnect":
            self.clients.pop(client.id, None)
            client.dropped = True
            client.wake.set()
            reply["successful"] = True
            return [reply]
        reply.update(successful=False, error=f"400::Unknown channel {channel}")
        return [reply]

    def _handshake(self, reply: Message, user_id: str) -> Message:
        self.handshakes += 1
        client = _Client(secrets.token_hex(12), user_id, self.clock())
        self.clients[client.id] = client
        self.peak_clients = max(self.peak_clients, len(self.clients))
        reply.update(
            version="1.0",
            minimumVersion="1.0",
            supportedConnectionTypes=["long-polling"],
            clientId=client.id,
            successful=True,
            ext={"replay": True, "payload.format": True},
            advice=self.advice(),
        )
        return reply

    def _client(self, client_id: Any, user_id: str) -> _Client | None:
        client = self.clients.get(str(client_id))
        if client is None or client.user_id != user_id:
            return None
        if self.clock() - client.last_seen > self.max_interval:
            self.clients.pop(client.id, None)  # expired on the server side
            self.on_event("Streaming API forgot an idle client (expired)", "system")
            return None
        return client

    def _hold(self, client: _Client, message: Message) -> float:
        """Seconds to hold this connect: none for the first after a handshake (clients wait for
        it before they subscribe), else the server's timeout or the client's shorter one."""
        if not client.connected:
            return 0.0
        advice = message.get("advice")
        asked = advice.get("timeout") if isinstance(advice, dict) else None
        if not isinstance(asked, int | float) or isinstance(asked, bool) or not asked >= 0:
            return self.timeout  # absent, not a number, negative or NaN: the server's own
        if asked >= self.timeout * 1000:
            return self.timeout  # (compared before dividing: a 400-digit int has no float)
        return asked / 1000

    async def _connect(self, client: _Client, reply: Message, hold: float) -> list[Message]:
        client.connected = True
        if hold > 0 and not client.queue and not client.dropped and not self.closing:
            client.wake.clear()
            self.waiting.add(client.wake)
            try:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(hold):  # keeps a cancel, unlike wait_for
                        await client.wake.wait()
            finally:
                self.waiting.discard(client.wake)
        client.last_seen = self.clock()
        if client.dropped:
            reply.update(
                successful=False,
                error="403::Unknown client",
                advice={"reconnect": "handshake", "interval": 0},
            )
            return [reply]
        events, client.queue = client.queue, []
        reply.update(successful=True, advice=self.advice())
        return [*events, reply]

    def _subscribe(self, client: _Client, message: Message, reply: Message) -> Message:
        channel = str(message.get("subscription") or "")
        reply["subscription"] = channel
        topic, _, expression = channel.partition("?")
        name = topic.removeprefix("/topic/")
        log = self._topic_log(name) if topic.startswith("/topic/") else None
        if log is None:
            reply.update(
                successful=False,
                error=f"400::The channel you requested to subscribe to does not exist {{{topic}}}",
            )
            return reply
        try:
            filters = _parse_filters(expression, log.query)
        except ValueError as exc:
            reply.update(successful=False, error=f"400::{exc}")
            return reply
        sub = _Subscription(channel, name, filters)
        replay = (message.get("ext") or {}).get("replay") or {}
        since = replay.get(channel, replay.get(topic, -1))
        backlog = _backlog(log, since)
        if backlog is None:
            reply.update(
                successful=False,
                error=f"400::The replayId {{{since}}} you provided was invalid. Please provide a "
                "valid ID, -2 to replay all events, or -1 to replay only new events.",
            )
            return reply
        client.subscriptions[channel] = sub
        for replay_id, record, kind in backlog:
            if self._deliverable(client, sub, record):
                self._enqueue(client, sub, log, replay_id, record, kind)
        reply["successful"] = True
        return reply


def _parse_filters(expression: str, query: Query) -> tuple[tuple[str, str], ...]:
    if not expression:
        return ()
    selected = {ref.text.lower(): ref.text for ref in query.fields}
    filters: list[tuple[str, str]] = []
    for condition in expression.split("&"):
        name, sep, value = condition.partition("=")
        canonical = selected.get(name.strip().lower())
        if not sep or canonical is None:
            raise ValueError(f"the filter field {name!r} is not in the PushTopic query")
        value = unquote(value.strip())
        if len(value) >= 2 and value[0] == value[-1] == "'":
            value = value[1:-1]
        filters.append((canonical, value))
    return tuple(filters)


def _backlog(log: _TopicLog, since: Any) -> list[tuple[int, Record, str]] | None:
    """Events to replay for a subscribe, or None when ``since`` can no longer be honoured."""
    if not isinstance(since, int) or isinstance(since, bool):
        return None
    if since == -1:
        return []
    if since == -2:
        return list(log.events)
    if since < -2:
        return None
    oldest = log.events[0][0] if log.events else log.next_replay
    if since < oldest - 1 or since >= log.next_replay:
        return None
    return [event for event in log.events if event[0] > since]
