"""A small CometD (Bayeux 1.0) client on httpx for the Salesforce Streaming API.

Long polling only, which is what Salesforce offers: handshake, subscribe (with the replay
extension and filtered channels ``/topic/Name?Field=value``), then one ``/meta/connect`` after
another, each held open by the server for ``advice.timeout``. The server's advice is followed
(``reconnect``: retry, handshake or none; ``interval`` between connects). ``403::Unknown client``
and a 401 start a new handshake (after a token refresh for the 401), and the last replay id of
each subscription is sent again so nothing in between is lost. Network failures back off
exponentially with jitter; every wait goes through the injected ``sleep``.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import random
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from omnisync.core.message import say
from omnisync.salesforce.errors import NotDeployed, StreamingError
from omnisync.salesforce.limits import CallCounter
from omnisync.salesforce.rest import TokenSource
from omnisync.timing import Backoff, RetryWait, Sleep, real_sleep

log = logging.getLogger(__name__)

Event = tuple[str, dict[str, Any]]
"""(the subscription it came for, exactly as we subscribed, and the event's ``data``)."""
EventsHandler = Callable[[list[Event]], Awaitable[None]]
ConnectedHandler = Callable[[bool], Awaitable[None]]
"""Called after every successful handshake and subscribe; True when it was a reconnect."""
GapHandler = Callable[[str], Awaitable[None]]
"""Called when a subscription could not resume from its replay id (events may be lost)."""

REPLAY_NEW = -1
_INVALID_REPLAY = "replayId"


class _Rehandshake(Exception):
    """The server forgot us or the session changed: start again from a handshake."""


class _TornDown(_Rehandshake):
    """The long poll was dropped on purpose (:meth:`CometdClient.tear_down`): no back-off."""


def _base(channel: str) -> str:
    return channel.partition("?")[0]


class CometdClient:
    def __init__(
        self,
        http: httpx.AsyncClient,
        tokens: TokenSource,
        url: Callable[[], str],
        *,
        on_events: EventsHandler,
        on_connected: ConnectedHandler | None = None,
        on_gap: GapHandler | None = None,
        sleep: Sleep = real_sleep,
        rng: Callable[[], float] = random.random,
        backoff_base: float = 0.5,
        backoff_max: float = 60.0,
        network_margin: float = 10.0,
        counter: CallCounter | None = None,
    ) -> None:
        self._http = http
        self._tokens = tokens
        self._url = url
        self._on_events = on_events
        self._on_connected = on_connected
        self._on_gap = on_gap
        self._sleep = sleep
        self._retry_wait = RetryWait(sleep)
        self._poll: asyncio.Future[list[dict[str, Any]]] | None = None
        """The connect held open right now, if any."""
        self._torn: asyncio.Future[list[dict[str, Any]]] | None = None
        """The connect :meth:`tear_down` cancelled (told apart from the loop being cancelled)."""
        self.backoff = Backoff(initial=backoff_base, maximum=backoff_max, random=rng)
        self.network_margin = network_margin
        self.counter = counter or CallCounter()
        self.subscriptions: dict[str, None] = {}
        """Channels wanted, in the order they were asked for."""
        self.replay: dict[str, int] = {}
        """Last replay id seen per subscription."""
        self.failed: dict[str, str] = {}
        """Subscriptions the server refused, with its error."""
        self.client_id: str | None = None
        self._handshaking: asyncio.Future[list[dict[str, Any]]] | None = None
        """A handshake on its way, even once its caller was cancelled (see :meth:`leave`)."""
        self.advice: dict[str, Any] = {"reconnect": "retry", "interval": 0, "timeout": 110000}
        self.handshakes = 0
        self.connected = asyncio.Event()
        self._handshaken = asyncio.Condition()
        self._ids = itertools.count(1)
        self._stopping = False
        self._connect_succeeded = True
        """Whether a /meta/connect went through since the last new handshake was asked for."""

    # ---- subscriptions -----------------------------------------------------------------------

    async def subscribe(self, channel: str) -> None:
        """Subscribe now if connected (raises :class:`NotDeployed` when refused), else later."""
        self.subscriptions[channel] = None
        if self.client_id is not None:
            with contextlib.suppress(_Rehandshake):  # the loop subscribes after its handshake
                await self._subscribe(channel, raise_refusal=True)

    async def unsubscribe(self, channel: str) -> None:
        """Stop following ``channel``; following it again later starts from new events (the
        replay id is forgotten: resuming would deliver everything since, long stale)."""
        if self.subscriptions.pop(channel, 0) == 0:
            return
        self.failed.pop(channel, None)
        self.replay.pop(channel, None)
        if self.client_id is not None:
            with contextlib.suppress(_Rehandshake, httpx.HTTPError, StreamingError):
                await self._send(
                    [{"channel": "/meta/unsubscribe", "subscription": channel}], wait=10.0
                )

    async def _subscribe(self, channel: str, *, raise_refusal: bool = False) -> None:
        replay_id = self.replay.get(channel, REPLAY_NEW)
        reply = await self._subscribe_once(channel, replay_id)
        if not reply.get("successful") and _INVALID_REPLAY in str(reply.get("error")):
            log.warning(
                "Cannot resume %s from replay id %s: events may be lost", channel, replay_id
            )
            self.replay.pop(channel, None)
            reply = await self._subscribe_once(channel, REPLAY_NEW)
            if reply.get("successful") and self._on_gap is not None:
                await self._on_gap(channel)
        if reply.get("successful"):
            self.failed.pop(channel, None)
            return
        error = str(reply.get("error") or "refused")
        self.failed[channel] = error
        log.warning("Salesforce refused the subscription %s: %s", channel, error)
        if raise_refusal:
            raise NotDeployed(f"Cannot subscribe to {channel}: {error}", "SUBSCRIBE", 400)

    async def _subscribe_once(self, channel: str, replay_id: int) -> dict[str, Any]:
        replies = await self._send(
            [
                {
                    "channel": "/meta/subscribe",
                    "subscription": channel,
                    "ext": {"replay": {channel: replay_id}},
                }
            ],
            wait=10.0,
        )
        return next((r for r in replies if r.get("channel") == "/meta/subscribe"), {})

    # ---- the loop ----------------------------------------------------------------------------

    async def run(self) -> None:
        """Stay connected until :meth:`close`; raises only when the server says never retry."""
        reconnect = False
        while not self._stopping:
            try:
                await self._handshake()
                for channel in list(self.subscriptions):
                    await self._subscribe(channel)
                self.connected.set()
                if self._on_connected is not None:
                    await self._on_connected(reconnect)
                reconnect = True
                await self._connect_loop()
            except _Rehandshake as why:
                delay = self.advice.get("interval", 0) / 1000
                if isinstance(why, _TornDown):
                    delay = 0.0
                elif not self._connect_succeeded:
                    # Sent back again before a single connect went through: following the
                    # advice alone would handshake in a busy loop, so back off as well.
                    delay = max(delay, self.backoff.next_delay())
                self._connect_succeeded = False
                log.info("Streaming: new handshake in %.2f s (%s)", delay, why)
                self._forget_client()
                await self._retry_wait.wait(delay)
            except (httpx.HTTPError, ValueError) as exc:
                self._forget_client()
                delay = self.backoff.next_delay()
                log.warning("Streaming connection failed (%s); retrying in %.1f s", exc, delay)
                await self._retry_wait.wait(delay)

    def _forget_client(self) -> None:
        self.client_id = None
        self.connected.clear()

    async def _handshake(self) -> None:
        # Shielded: a pause that cancels the loop mid-handshake must still learn the client the
        # server made, to disconnect it (else it lingers until Salesforce's 40 s timeout).
        sending = asyncio.ensure_future(
            self._send(
                [
                    {
                        "channel": "/meta/handshake",
                        "version": "1.0",
                        "minimumVersion": "1.0",
                        "supportedConnectionTypes": ["long-polling"],
                        "ext": {"replay": True},
                    }
                ],
                wait=30.0,
                handshake=True,
            )
        )
        sending.add_done_callback(_retrieved)
        self._handshaking = sending
        replies = await asyncio.shield(sending)
        self._handshaking = None
        reply = _handshake_reply(replies)
        if not reply.get("successful") or not reply.get("clientId"):
            self._follow_advice(reply, "handshake refused")
            raise httpx.TransportError(f"handshake refused: {reply.get('error')}")
        self.client_id = str(reply["clientId"])
        self.handshakes += 1
        self._take_advice(reply)
        async with self._handshaken:
            self._handshaken.notify_all()

    async def wait_for_handshakes(self, count: int) -> None:
        """Until ``count`` handshakes have succeeded (the service shows "reconnected")."""
        async with self._handshaken:
            await self._handshaken.wait_for(lambda: self.handshakes >= count)

    async def _connect_loop(self) -> None:
        while not self._stopping:
            hold = self.advice.get("timeout", 110000) / 1000
            poll = self._poll = asyncio.ensure_future(
                self._send(
                    [{"channel": "/meta/connect", "connectionType": "long-polling"}],
                    wait=hold + self.network_margin,
                )
            )
            try:
                replies = await poll
            except asyncio.CancelledError:
                task = asyncio.current_task()
                if poll is self._torn and not (task is not None and task.cancelling()):
                    raise _TornDown("the network changed: the long poll was torn down") from None
                raise
            finally:
                self._poll = None
            events: list[Event] = []
            reply: dict[str, Any] = {}
            for message in replies:
                channel = str(message.get("channel") or "")
                if channel == "/meta/connect":
                    reply = message
                elif not channel.startswith("/meta/") and isinstance(message.get("data"), dict):
                    event = self._accept(channel, message["data"])
                    if event is not None:
                        events.append(event)
            if events:
                await self._on_events(events)
            if not reply.get("successful"):
                self._follow_advice(reply, str(reply.get("error") or "connect refused"))
                raise _Rehandshake(str(reply.get("error") or "connect refused"))
            self.backoff.reset()
            self._connect_succeeded = True
            self._take_advice(reply)
            if self.advice.get("reconnect") == "handshake":
                raise _Rehandshake("the server asked for a new handshake")
            interval = self.advice.get("interval", 0) / 1000
            if interval > 0:
                await self._sleep(interval)

    def _accept(self, channel: str, data: dict[str, Any]) -> Event | None:
        """The event, or None when it is older than one already handed on: a topic's replay ids
        only grow, so an event delivered after a later one (or twice) is old news."""
        subscription = channel
        if channel not in self.subscriptions:
            subscription = next(
                (s for s in self.subscriptions if _base(s) == _base(channel)), channel
            )
        self.counter.by_kind["deliveries"] = self.counter.by_kind.get("deliveries", 0) + 1
        event = data.get("event")
        replay_id = event.get("replayId") if isinstance(event, dict) else None
        if isinstance(replay_id, int) and not isinstance(replay_id, bool):
            last = self.replay.get(subscription)
            if last is not None and replay_id <= last:
                log.debug("Dropped an event older than the last on %s (%s)", channel, replay_id)
                return None
            self.replay[subscription] = max(replay_id, last if last is not None else replay_id)
        return subscription, data

    def _take_advice(self, reply: dict[str, Any]) -> None:
        advice = reply.get("advice")
        if isinstance(advice, dict):
            self.advice = {**self.advice, **advice}

    def _follow_advice(self, reply: dict[str, Any], why: str) -> None:
        advice = reply.get("advice") if isinstance(reply.get("advice"), dict) else {}
        if advice and advice.get("reconnect") == "none":
            self._stopping = True
            said = say("service", "Salesforce stopped sending changes for good: {why}")
            raise StreamingError(said.fill(why=why), "STREAMING")

    # ---- transport ---------------------------------------------------------------------------

    async def _send(
        self, messages: list[dict[str, Any]], *, wait: float, handshake: bool = False
    ) -> list[dict[str, Any]]:
        if not handshake:
            if self.client_id is None:
                raise _Rehandshake("not connected")
            for message in messages:
                message["clientId"] = self.client_id
        for message in messages:
            message["id"] = str(next(self._ids))
        token = await self._tokens.access_token()
        self.counter.by_kind["streaming"] = self.counter.by_kind.get("streaming", 0) + 1
        response = await self._http.post(
            self._url(),
            content=json.dumps(messages),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            timeout=httpx.Timeout(wait, connect=10.0),
        )
        if response.status_code == 401:
            await self._tokens.unauthorized(token)
            raise _Rehandshake("the session was refused (401); token refreshed")
        if response.status_code >= 500:
            raise httpx.HTTPStatusError(
                f"Streaming API answered {response.status_code}",
                request=response.request,
                response=response,
            )
        body = response.json()
        if isinstance(body, dict):
            body = [body]
        if not isinstance(body, list):
            raise ValueError("the Streaming API sent something that is not a Bayeux message list")
        replies = [m for m in body if isinstance(m, dict)]
        for reply in replies:
            if str(reply.get("error", "")).startswith("403::Unknown client"):
                raise _Rehandshake("403::Unknown client")
        return replies

    def retry_now(self) -> None:
        """Handshake now instead of after the back-off under way (the agent pressed Retry)."""
        self._retry_wait.now()

    def tear_down(self) -> None:
        """The network changed or the machine woke: the held long poll may be dead without
        knowing it (it would end only at its own timeout). Drop it and handshake again at once;
        the subscriptions resume from their replay ids."""
        self._retry_wait.now()
        if self._poll is not None and not self._poll.done():
            self._torn = self._poll
            self._poll.cancel()

    async def close(self) -> None:
        """Leave politely (the server frees the client at once) and stop the loop."""
        self._stopping = True
        await self.leave()

    async def leave(self) -> None:
        """Disconnect politely after the caller stopped :meth:`run` (cancelled it); the
        subscriptions and their replay ids stay, so a later :meth:`run` resumes from them."""
        pending, self._handshaking = self._handshaking, None
        if self.client_id is None and pending is not None:
            try:
                reply = _handshake_reply(await asyncio.wait_for(asyncio.shield(pending), 5.0))
            except asyncio.CancelledError:
                if not pending.cancelled():
                    raise  # this leave was cancelled, not the handshake
                reply = {}
            except Exception:  # failed, or no reply within 5 s: nothing to disconnect
                pending.cancel()
                reply = {}
            if reply.get("successful") and reply.get("clientId"):
                self.client_id = str(reply["clientId"])
        if self.client_id is not None:
            with contextlib.suppress(Exception):
                await self._send([{"channel": "/meta/disconnect"}], wait=5.0)
        self._forget_client()


def _handshake_reply(replies: list[dict[str, Any]]) -> dict[str, Any]:
    return next((r for r in replies if r.get("channel") == "/meta/handshake"), {})


def _retrieved(task: asyncio.Future[Any]) -> None:
    """A handshake nobody awaits any more still has its failure looked at (no warning)."""
    if not task.cancelled():
        task.exception()
