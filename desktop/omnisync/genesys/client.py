"""The Genesys Cloud client: snapshot, presence definitions, set presence, live observations.

Events leave as the core's typed observations through :meth:`GenesysClient.follow`, which owns
the notification connection while it runs and hands each observation on the moment its frame
is read::

    await client.follow(engine.feed)

Behind it: a channel subscribed to the agent's presence, routing status, conversation summary
and conversations topics; a REST snapshot after every connect (so nothing changed in a gap is
lost); a heartbeat watchdog; rollover to a new channel on ``socket_closing`` and before the
24-hour expiry, opening the new one before closing the old; reconnects with exponential
back-off and jitter; and, when the token is no longer accepted, a "sign in again" state that
resumes by itself once the agent has signed in (``keeper.replace``). Only changes are emitted,
so duplicated or replayed events are harmless, and events older than what the client already
knows (by their timestamps) are dropped.

Work (``GenesysWork``) comes from the conversation summary's ACD (``contactCenter``) counts:
``active > 0`` is ACTIVE, else ``acw > 0`` is AFTER_CALL_WORK. The summary has no alerting
count, so ALERTING comes from the conversations topic (and ``GET /api/v2/conversations`` in
the snapshot): a conversation in which the agent's participant has a media ``alerting``.
Active and after-call work outrank alerting, because an offer on top of a call does not end it.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from omnisync.auth.errors import SignInRequired
from omnisync.core.message import Message, say
from omnisync.core.model import (
    GenesysPresence,
    GenesysPresenceObserved,
    GenesysRoutingObserved,
    GenesysWork,
    GenesysWorkObserved,
    Observation,
    Product,
    RoutingStatus,
    WriteCapabilityObserved,
)
from omnisync.genesys import parse
from omnisync.genesys.errors import GenesysApiError, GenesysError, MalformedMessage
from omnisync.genesys.idle import IdleNotice, IdlePlan, IdleStep, timeout_from_answer
from omnisync.genesys.notifications import ChannelInfo, NotificationConnection, Trouble
from omnisync.genesys.rest import GenesysRest
from omnisync.net import ssl_context
from omnisync.timing import Backoff, Clock, RetryWait, Sleep, real_sleep, wall_clock

log = logging.getLogger(__name__)

SNAPSHOT_EXPANDS = "presence,routingStatus,conversationSummary"
MAX_CONVERSATIONS = 256
"""Conversations whose progress is remembered (ended ones too, so a late event cannot bring
one back); the oldest are forgotten first."""
TOPICS = ("presence", "routingStatus", "conversationsummary", "conversations")


class ConnectionState(enum.Enum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    SIGN_IN_REQUIRED = "sign_in_required"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class Snapshot:
    user: parse.UserSeen
    presence: GenesysPresence
    routing: RoutingStatus
    work: GenesysWork


def _when(text: str) -> datetime | None:
    """An event's time; one written without a zone is UTC (as Genesys means it), so that two
    times can always be compared whatever their spelling or precision."""
    try:
        when = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when is not None and when.tzinfo is None else when


class GenesysClient:
    def __init__(
        self,
        rest: GenesysRest,
        *,
        clock: Clock = wall_clock,
        sleep: Sleep = real_sleep,
        heartbeat_timeout: float = 60.0,
        renew_margin: float = 3600.0,
        backoff: Backoff | None = None,
        count_enterprise: bool = False,
        open_timeout: float = 10.0,
        on_state: Callable[[ConnectionState, str | Message], None] | None = None,
        on_user: Callable[[parse.UserSeen], None] | None = None,
        keep_session_alive: bool = False,
        idle_timeout: float | None = None,
        on_idle: Callable[[IdleNotice], None] | None = None,
    ) -> None:
        """``idle_timeout``: the org's idle token timeout (seconds) to assume when the API does
        not tell it (the policy's); ``keep_session_alive``: one cheap call before it ends."""
        self.rest = rest
        self._clock = clock
        self._sleep = sleep
        self._retry_wait = RetryWait(sleep)
        self.heartbeat_timeout = heartbeat_timeout
        self.renew_margin = renew_margin
        self._backoff = backoff or Backoff(initial=1.0, maximum=60.0)
        self._count_enterprise = count_enterprise
        self._open_timeout = open_timeout
        self._on_state = on_state
        self._on_user = on_user
        self._keep_session_alive = keep_session_alive
        self._idle_fallback = idle_timeout
        self._on_idle = on_idle
        self.idle: IdlePlan | None = None
        """The idle timeout in force for this session, once learned (None: none known)."""
        self._idle_learned = False
        self.state = ConnectionState.STOPPED
        self.user: parse.UserSeen | None = None
        """Who the token belongs to, from the latest users/me; ``on_user`` hears each change."""
        self.catalog = parse.PresenceCatalog()
        self._definitions_read: asyncio.Future[list[GenesysPresence]] | None = None
        """This sign-in's read of the definitions, shared by the engine and the catalogue."""
        # What the engine was last told, to emit changes only.
        self._presence: parse.PresenceSeen | None = None
        self._routing: parse.RoutingSeen | None = None
        # What the latest snapshot read (emitted by _emit_snapshot, compared with the above).
        self._presence_seen: parse.PresenceSeen | None = None
        self._routing_seen: parse.RoutingSeen | None = None
        self._counts = parse.WorkCounts(0, 0)
        self._event_counts: parse.WorkCounts | None = None
        self._alerting: set[str] = set()
        self._stages: OrderedDict[tuple[str, str], int] = OrderedDict()
        """How far each (conversation, participant) of the agent's got, newest last."""
        self._work_read: asyncio.Task[None] | None = None
        self._work_stale = False
        self._work: GenesysWork | None = None
        self._deliver: Callable[[Observation], None] | None = None
        """Where the running :meth:`follow` hands observations; None while none runs."""
        self._live: NotificationConnection | None = None
        self._at_once = False
        """The next reconnect skips the back-off (after a network change or a wake)."""
        self.connects = 0
        self.rollovers = 0
        self.snapshots = 0
        self.malformed = 0
        """Notifications skipped because their shape was wrong (each is logged)."""

    # ---- REST ------------------------------------------------------------------------------

    async def presence_definitions(self) -> list[GenesysPresence]:
        """Every definition, active and deactivated (the listing is not paged: one call each)."""
        found: list[GenesysPresence] = []
        for deactivated in ("FALSE", "TRUE"):
            listing = await self.rest.get_json(
                "/api/v2/presence/definitions", {"deactivated": deactivated}
            )
            if not isinstance(listing, dict) or not isinstance(listing.get("entities"), list):
                raise MalformedMessage("the presence definitions listing has no entities")
            found.extend(parse.presence_definition(e) for e in listing["entities"])
        self.catalog = parse.PresenceCatalog(found)
        done: asyncio.Future[list[GenesysPresence]] = asyncio.get_running_loop().create_future()
        done.set_result(found)
        self._definitions_read = done  # the newest read is what known_presences gives now
        return found

    async def known_presences(self) -> list[GenesysPresence]:
        """The definitions, read once per sign-in (two calls): the notifications' start and the
        service's status catalogue, which ask at about the same time, share one read."""
        if self._definitions_read is None:
            self._definitions_read = asyncio.ensure_future(self.presence_definitions())
        read = self._definitions_read
        try:
            return list(await asyncio.shield(read))
        except Exception:
            if self._definitions_read is read:
                self._definitions_read = None  # the next one asks again
            raise

    def new_sign_in(self) -> None:
        """A new sign-in reads the definitions again (once)."""
        self._definitions_read = None

    async def identify(self) -> parse.UserSeen:
        """Who the token belongs to (one users/me): what a sign-in needs before the channel
        exists; the presence and work are read once the channel is live (the first snapshot)."""
        return self._seen_user(await self.rest.get_json("/api/v2/users/me"))

    async def resets_score_on_presence_change(self) -> bool:
        """The org's routing setting: a presence change (off queue to on queue) resets the
        agent's routing score, so every block and restore of the app costs the agent."""
        settings = await self.rest.get_json("/api/v2/routing/settings")
        if not isinstance(settings, dict):
            raise MalformedMessage("the routing settings are not an object")
        return settings.get("resetAgentScoreOnPresenceChange") is True

    async def snapshot(self) -> Snapshot:
        me = await self.rest.get_json("/api/v2/users/me", {"expand": SNAPSHOT_EXPANDS})
        user = self._seen_user(me)
        presence = parse.user_presence(me.get("presence"))
        if presence.id not in self.catalog:
            # A definition new since the last read is read fresh; the first read is shared.
            await (self.presence_definitions() if len(self.catalog) else self.known_presences())
        routing = parse.routing_status(me.get("routingStatus"))
        counts = parse.conversation_summary(me.get("conversationSummary"), self._count_enterprise)
        conversations = await self.rest.get_json("/api/v2/conversations")
        entities = conversations.get("entities") if isinstance(conversations, dict) else None
        current: set[str] = set()
        for conversation in entities or []:
            conversation_id, stages = parse.agent_stages(conversation, user.id)
            current.add(conversation_id)
            self._note_stages(conversation_id, stages)
        for key, stage in list(self._stages.items()):
            if key[0] not in current and stage < parse.ENDED_STAGE:
                self._stages[key] = parse.ENDED_STAGE  # it ended while we were not looking
        alerting = self._alerting_now()
        self._presence_seen, self._routing_seen = presence, routing
        self._counts, self._alerting = counts, alerting
        self.snapshots += 1
        return Snapshot(
            user,
            self.catalog.resolve(presence.id, presence.system_presence),
            routing.status,
            parse.work_from(counts, bool(alerting)),
        )

    @property
    def user_id(self) -> str | None:
        return self.user.id if self.user is not None else None

    def _seen_user(self, me: Any) -> parse.UserSeen:
        user = parse.user(me)
        if user != self.user:
            self.user = user
            if self._on_user is not None:
                self._on_user(user)
        return user

    async def set_presence(self, presence_id: str) -> GenesysPresence:
        """PATCH the agent's PURECLOUD presence; the change comes back as an event too."""
        if self.user_id is None:
            await self.snapshot()
        answer = await self.rest.send_json(
            "PATCH",
            f"/api/v2/users/{self.user_id}/presences/purecloud",
            {"presenceDefinition": {"id": presence_id}},
        )
        seen = parse.user_presence(answer)
        # The answer is the newest state we know unless an event overtook it: remember it, so an
        # agent who changes straight back is a change (not "unchanged") and the late echo of our
        # own write is older than what we know.
        if not self._older(seen.modified, self._presence.modified if self._presence else ""):
            self._presence = seen
        return self.catalog.resolve(seen.id, seen.system_presence)

    def retry_now(self) -> None:
        """Reconnect now instead of after the back-off under way (the agent pressed Retry)."""
        self._retry_wait.now()

    def reconnect_now(self) -> None:
        """The network changed or the machine woke: drop the socket at once, reconnect without
        waiting, and read again (what changed meanwhile is reported as changes)."""
        self._at_once = True
        if self._live is not None:
            self._live.mark_dead()
        self._retry_wait.now()

    async def sign_out(self) -> None:
        """Revoke the token on the server (``DELETE /api/v2/tokens/me``) and forget it."""
        with contextlib.suppress(GenesysError, SignInRequired):
            await self.rest.request("DELETE", "/api/v2/tokens/me")
        self.rest.keeper.sign_out()

    # ---- observations ----------------------------------------------------------------------

    async def follow(self, deliver: Callable[[Observation], None]) -> None:
        """Follow the agent's notifications, handing each observation to ``deliver`` as it is
        made, in the task that read the frame: no queue and no task between the socket and the
        sync, whose every hop through the loop delayed the write the agent waits for
        (docs/performance.md, sync latency). Ends only by raising; an error of ``deliver``'s
        ends it too, raised here, as it would have been in the caller's own loop."""
        failed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def guarded(observation: Observation) -> None:
            try:
                deliver(observation)
            except Exception as exc:
                if not failed.done():
                    failed.set_exception(exc)

        self._deliver = guarded
        runner = asyncio.create_task(self._run(guarded), name="genesys-notifications")
        try:
            await asyncio.wait({runner, failed}, return_when=asyncio.FIRST_COMPLETED)
            if failed.done():
                failed.result()
            runner.result()  # the runner only ends by raising: surface it
        finally:
            runner.cancel()
            with contextlib.suppress(BaseException):
                await runner
            if not failed.done():
                failed.cancel()
            # A new follow may already have started (a restart after a sign-in): leave it be.
            if self._deliver is guarded:
                self._deliver = None
                self._set_state(ConnectionState.STOPPED, say("service", "stopped"))

    async def _run(self, deliver: Callable[[Observation], None]) -> None:
        # websockets is imported when the first connect is made, after the tray is up.
        from websockets.exceptions import InvalidHandshake, InvalidURI

        if not len(self.catalog):
            self._set_state(
                ConnectionState.CONNECTING, say("service", "loading presence definitions")
            )
        first = True
        channel: ChannelInfo | None = None
        connection: NotificationConnection | None = None
        try:
            while True:
                try:
                    if connection is None:
                        self._set_state(
                            ConnectionState.CONNECTING if first else ConnectionState.RECONNECTING,
                            say("service", "connecting to notifications"),
                        )
                        if not len(self.catalog):
                            await self.known_presences()
                        connection = await self._connect(channel)
                        channel = connection.channel
                        await self._emit_snapshot(baseline=first)
                        if not self._idle_learned:
                            self.idle = await self._learn_idle_timeout()
                            self._idle_learned = True
                        first = False
                        self._backoff.reset()
                        self._set_state(
                            ConnectionState.CONNECTED, say("service", "receiving notifications")
                        )
                    self._live = connection
                    trouble = await self._next_trouble(connection)
                    if trouble in (Trouble.CLOSING, Trouble.RENEW):
                        # Open the new channel first; the old one keeps delivering meanwhile.
                        fresh = await self._connect(None)
                        try:
                            await self._emit_snapshot(baseline=False)
                        except BaseException:
                            await fresh.close()
                            raise
                        await connection.close()
                        connection, channel = fresh, fresh.channel
                        self.rollovers += 1
                        self._set_state(
                            ConnectionState.CONNECTED,
                            say("service", "moved to a new channel ({trouble})").fill(
                                trouble=trouble.value
                            ),
                            announce_again=True,
                        )
                        continue
                    log.info("Genesys notifications: %s; reconnecting", trouble.value)
                    await connection.close()
                    connection = None
                    if trouble in (Trouble.GONE, Trouble.REVOKED):
                        channel = None
                    self._set_state(ConnectionState.RECONNECTING, trouble.value)
                    if self._at_once:
                        self._at_once = False
                    else:
                        await self._retry_wait.wait(self._backoff.next_delay())
                except SignInRequired as exc:
                    if connection is not None:
                        await connection.close()
                    connection, channel = None, None
                    self._idle_learned = False  # read again for the next session
                    self._set_state(ConnectionState.SIGN_IN_REQUIRED, exc.said)
                    deliver(
                        WriteCapabilityObserved(Product.GENESYS, False, self._clock(), exc.said)
                    )
                    await self.rest.keeper.signed_in()
                    deliver(WriteCapabilityObserved(Product.GENESYS, True, self._clock()))
                except (GenesysError, OSError, InvalidHandshake, InvalidURI, TimeoutError) as exc:
                    if connection is not None:
                        await connection.close()
                    connection = None
                    delay = self._backoff.next_delay()
                    log.warning("Genesys notifications failed (%s); retrying in %.1f s", exc, delay)
                    self._set_state(ConnectionState.RECONNECTING, str(exc))
                    await self._retry_wait.wait(delay)
        finally:
            self._live = None
            if self._work_read is not None:
                self._work_read.cancel()
                with contextlib.suppress(BaseException):
                    await self._work_read
                self._work_read = None
            if connection is not None:
                await connection.close()

    def _renew_at(self, channel: ChannelInfo) -> float | None:
        """``renew_margin`` before expiry, but never earlier than half the channel's life, so a
        short-lived channel (or a skewed clock) cannot make the client roll over in a loop."""
        if channel.expires_at is None:
            return None
        lifetime = max(0.0, channel.expires_at - channel.created_at)
        return channel.expires_at - min(self.renew_margin, lifetime / 2)

    async def _next_trouble(self, connection: NotificationConnection) -> Trouble:
        """The connection's next trouble, the time to renew the channel, or (raised from the
        idle watch) the end of the session by the org's idle timeout."""
        renew_at = self._renew_at(connection.channel)
        trouble = asyncio.ensure_future(connection.trouble())
        waiters: set[asyncio.Future[Any]] = {trouble}
        renew = idle = None
        if renew_at is not None:
            renew = asyncio.ensure_future(self._sleep(renew_at - self._clock()))
            waiters.add(renew)
        if self.idle is not None:
            idle = asyncio.ensure_future(self._watch_idle(self.idle))
            waiters.add(idle)
        try:
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
            if idle is not None and idle.done():
                idle.result()  # it only ends by raising SignInRequired
            return trouble.result() if trouble.done() else Trouble.RENEW
        finally:
            for waiter in waiters:
                if not waiter.done():
                    waiter.cancel()
                    with contextlib.suppress(BaseException):
                        await waiter

    # ---- the org's idle token timeout -------------------------------------------------------

    async def _learn_idle_timeout(self) -> IdlePlan | None:
        """From the org's setting; the policy's value when the API does not tell it."""
        try:
            seconds = timeout_from_answer(await self.rest.get_json("/api/v2/tokens/timeout"))
            source = "org"
        except (GenesysApiError, MalformedMessage) as exc:
            seconds, source = self._idle_fallback, "policy"
            log.info("Genesys idle token timeout not readable (%s); policy: %s", exc, seconds)
        if seconds is None:
            return None
        plan = IdlePlan(seconds, source, keep_alive=self._keep_session_alive)
        log.info(
            "Genesys idle token timeout: %g minutes (%s); %s", seconds / 60, source,
            "kept alive (policy)" if plan.keep_alive else "the agent is warned before it ends",
        )  # fmt: skip
        return plan

    async def _watch_idle(self, plan: IdlePlan) -> None:
        """Warn before the end, keep the session alive, or confirm the end; raises
        SignInRequired when the org's timeout ended the session."""
        warned = False
        not_before = 0.0
        while True:
            last = self.rest.last_used_at
            step, at = plan.next_step(last, warned)
            used = asyncio.ensure_future(self.rest.used())
            timer = asyncio.ensure_future(self._sleep(max(at, not_before) - self._clock()))
            try:
                await asyncio.wait({used, timer}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for waiter in (used, timer):
                    waiter.cancel()
            if self.rest.last_used_at > last:  # an API call reset the timer
                if warned:
                    warned = False
                    self._tell_idle(IdleNotice(plan))
                continue
            if step is IdleStep.WARN:
                warned = True
                self._tell_idle(IdleNotice(plan, ends_at=plan.end(last)))
            elif step is IdleStep.KEEP_ALIVE:
                await self.rest.request("HEAD", "/api/v2/tokens/me")
            else:
                await self._check_idle_end(plan)
                # Still valid: the server counts from a later call than we know of.
                not_before = self._clock() + plan.keep_alive_margin

    async def _check_idle_end(self, plan: IdlePlan) -> None:
        try:
            await self.rest.request(
                "GET", "/api/v2/tokens/me", params={"preserveIdleTTL": "true"}, resets_idle=False
            )
        except SignInRequired as exc:
            self._tell_idle(IdleNotice(plan, ended=True))
            raise SignInRequired(
                exc.product,
                say(
                    "service",
                    "your organization ended the session after {minutes} minutes without "
                    "activity (its idle timeout)",
                ).fill(minutes=str(plan.minutes)),
            ) from exc

    def _tell_idle(self, notice: IdleNotice) -> None:
        if self._on_idle is not None:
            self._on_idle(notice)

    async def _connect(self, reuse: ChannelInfo | None) -> NotificationConnection:
        if self.user is None:
            await self.identify()
        channel = reuse if reuse is not None and await self._alive(reuse) else None
        if channel is None:
            channel = await self._create_channel()
        from websockets.asyncio.client import connect

        ssl = ssl_context() if channel.connect_uri.startswith("wss:") else None
        ws = await connect(
            channel.connect_uri,
            open_timeout=self._open_timeout,
            ping_interval=None,  # Genesys sends application heartbeats instead
            # No permessage-deflate: frames are small JSON, and inflating each one (a heartbeat
            # every 30 s) was a good part of the idle app's CPU (docs/performance.md).
            compression=None,
            max_size=4 * 1024 * 1024,
            ssl=ssl,
        )
        connection = NotificationConnection(
            channel, ws, self._on_event, self.heartbeat_timeout, self._count_malformed
        )
        connection.start()
        self.connects += 1
        return connection

    async def _alive(self, channel: ChannelInfo) -> bool:
        try:
            await self.rest.request("HEAD", f"/api/v2/notifications/channels/{channel.id}")
        except GenesysApiError as exc:
            if exc.status == 404:
                return False
            raise
        renew_at = self._renew_at(channel)
        return renew_at is None or renew_at > self._clock()

    async def _create_channel(self) -> ChannelInfo:
        body = await self.rest.send_json("POST", "/api/v2/notifications/channels", None)
        if not isinstance(body, dict):
            raise MalformedMessage("the channel answer is not an object")
        channel_id = body.get("id")
        uri = body.get("connectUri")
        if not isinstance(channel_id, str) or not isinstance(uri, str):
            raise MalformedMessage("the channel answer has no id or connectUri")
        expires = _when(str(body.get("expires") or ""))
        topics = [f"v2.users.{self.user_id}.{topic}" for topic in TOPICS]
        answer = await self.rest.send_json(
            "PUT",
            f"/api/v2/notifications/channels/{channel_id}/subscriptions",
            [{"id": topic} for topic in topics],
        )
        entities = answer.get("entities") if isinstance(answer, dict) else None
        states = {e.get("id"): e for e in entities or [] if isinstance(e, dict)}
        for topic in topics:
            entry = states.get(topic, {})
            if entry.get("state", "Permitted") != "Permitted":
                reason = entry.get("rejectionReason") or entry.get("missingPermissions")
                message = f"Genesys refused the subscription to {topic}: {reason}"
                if topic.endswith(".presence"):
                    raise GenesysApiError(403, "subscription.rejected", message)
                log.warning("%s", message)
        return ChannelInfo(
            channel_id, uri, expires.timestamp() if expires else None, created_at=self._clock()
        )

    # ---- turning payloads into observations ------------------------------------------------

    async def reread(self) -> list[Observation]:
        """Read the agent's state again now (the agent's Resync now): what changed since the
        last event, as observations for the caller to hand on in order (one snapshot call)."""
        changed: list[Observation] = []
        await self._emit_snapshot(baseline=False, put=changed.append)
        return changed

    async def _emit_snapshot(
        self, baseline: bool, put: Callable[[Observation], None] | None = None
    ) -> None:
        put = put or self._put
        previous = self._work
        snap = await self.snapshot()
        now = self._clock()
        presence, routing = self._presence_seen, self._routing_seen
        # An event that arrived while the snapshot was in flight may be newer: keep it (compared
        # with what the events say now, not before the read, or the older read would win). A
        # baseline then starts from that newer state.
        known = self._presence
        if presence is not None and not (known and self._older(presence.modified, known.modified)):
            if baseline or known is None or known.id != presence.id:
                put(GenesysPresenceObserved(snap.presence, now, baseline))
            self._presence = presence
        elif baseline and known is not None:
            put(
                GenesysPresenceObserved(
                    self.catalog.resolve(known.id, known.system_presence), now, True
                )
            )
        since = self._routing
        if routing is not None and not (since and self._older(routing.since, since.since)):
            if baseline or since is None or since.status != routing.status:
                put(GenesysRoutingObserved(routing.status, now, baseline))
            self._routing = routing
        elif baseline and since is not None:
            put(GenesysRoutingObserved(since.status, now, True))
        if baseline or previous != snap.work:
            put(GenesysWorkObserved(snap.work, now, baseline))
        self._work = snap.work

    def _on_event(self, topic: str, body: Any) -> None:
        suffix = topic.rsplit(".", 1)[-1]
        if suffix == "presence":
            seen = parse.user_presence(body)
            if self._older(seen.modified, self._presence.modified if self._presence else ""):
                return
            changed = self._presence is None or self._presence.id != seen.id
            self._presence = seen
            if changed:
                presence = self.catalog.resolve(seen.id, seen.system_presence)
                self._put(GenesysPresenceObserved(presence, self._clock()))
        elif suffix == "routingStatus":
            routing = parse.routing_status(body)
            if self._older(routing.since, self._routing.since if self._routing else ""):
                return
            changed = self._routing is None or self._routing.status != routing.status
            self._routing = routing
            if changed:
                self._put(GenesysRoutingObserved(routing.status, self._clock()))
        elif suffix == "conversationsummary":
            # The summary carries no time: a held-back one is not to be told from a new one.
            # So it only says "the work changed": the summary is read, and that is used.
            self._event_counts = parse.conversation_summary(body, self._count_enterprise)
            self._read_work_soon()
        elif suffix == "conversations":
            if self.user_id is None:
                return
            conversation_id, stages = parse.agent_stages(body, self.user_id)
            self._note_stages(conversation_id, stages)
            self._alerting = self._alerting_now()
            self._read_work_soon()  # the counts may have moved too (answered, ended)
        else:
            log.debug("Ignored a notification on %s", topic)

    def _note_stages(self, conversation_id: str, stages: dict[str, int]) -> None:
        """Keep how far each participant got; a stage behind the one known is older news."""
        for participant, stage in stages.items():
            key = (conversation_id, participant)
            if stage >= self._stages.get(key, 0):
                self._stages[key] = stage
                self._stages.move_to_end(key)
        while len(self._stages) > MAX_CONVERSATIONS:
            self._stages.popitem(last=False)

    def _alerting_now(self) -> set[str]:
        return {key[0] for key, stage in self._stages.items() if stage == parse.ALERTING_STAGE}

    def _read_work_soon(self) -> None:
        """Read the conversation summary now, or once more after the read under way."""
        if self._work_read is not None and not self._work_read.done():
            self._work_stale = True
            return
        self._work_read = asyncio.get_running_loop().create_task(
            self._read_work(), name="genesys-work-read"
        )

    async def _read_work(self) -> None:
        while True:
            self._work_stale = False
            try:
                me = await self.rest.get_json("/api/v2/users/me", {"expand": "conversationSummary"})
                counts = parse.conversation_summary(
                    me.get("conversationSummary") if isinstance(me, dict) else None,
                    self._count_enterprise,
                )
            except (GenesysError, SignInRequired, OSError, TimeoutError) as exc:
                # Better the event's own counts than none: the next event or snapshot corrects.
                log.info("Genesys work not read (%s); using the event's counts", exc)
                counts = self._event_counts or self._counts
            self._counts = counts
            self._update_work()
            if not self._work_stale:
                return

    def _count_malformed(self, what: str) -> None:
        self.malformed += 1

    def _update_work(self) -> None:
        work = parse.work_from(self._counts, bool(self._alerting))
        if work != self._work:
            self._work = work
            self._put(GenesysWorkObserved(work, self._clock()))

    @staticmethod
    def _older(candidate: str, current: str) -> bool:
        new, old = _when(candidate), _when(current)
        return new is not None and old is not None and new < old

    def _put(self, observation: Observation) -> None:
        if self._deliver is not None:
            self._deliver(observation)

    def _set_state(
        self, state: ConnectionState, why: str | Message, announce_again: bool = False
    ) -> None:
        """``why``: our sentence (a Message) or an error's own words (a ``str``)."""
        if state is self.state and not announce_again:
            return
        self.state = state
        if self._on_state is not None:
            self._on_state(state, why)
