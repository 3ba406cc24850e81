"""The real Genesys client against the sandbox over real sockets: sign-in through the real
loopback flow, snapshot, set presence, every event kind over the WebSocket, and each fault."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from omnisync.auth.errors import SignInRequired
from omnisync.auth.flow import sign_in
from omnisync.core.message import Message
from omnisync.core.model import (
    GenesysPresenceObserved,
    GenesysRoutingObserved,
    GenesysWork,
    GenesysWorkObserved,
    Observation,
    RoutingStatus,
    SystemPresence,
    WriteCapabilityObserved,
)
from omnisync.genesys import parse
from omnisync.genesys.client import ConnectionState, GenesysClient
from omnisync.genesys.regions import explicit_hosts
from omnisync.genesys.rest import GenesysRest
from omnisync.genesys.signin import oauth_config, token_keeper
from omnisync.sandbox.harness import Sandbox
from omnisync.timing import Backoff

Opener = Callable[[str], Awaitable[None]]
WAIT = 5.0


@dataclass
class Watch:
    """Collects the client's observations; waits for one matching a condition (no polling)."""

    client: GenesysClient
    seen: list[Observation] = field(default_factory=list)
    changed: asyncio.Event = field(default_factory=asyncio.Event)
    states: list[ConnectionState] = field(default_factory=list)

    async def run(self) -> None:
        await self.client.follow(self._seen)

    def _seen(self, observation: Observation) -> None:
        self.seen.append(observation)
        self.changed.set()

    async def until(self, check: Callable[[Observation], bool], after: int = 0) -> Observation:
        async def wait() -> Observation:
            while True:
                for observation in self.seen[after:]:
                    if check(observation):
                        return observation
                self.changed.clear()
                await self.changed.wait()

        return await asyncio.wait_for(wait(), WAIT)

    async def presence(self, system: SystemPresence, after: int = 0) -> Observation:
        return await self.until(
            lambda o: (
                isinstance(o, GenesysPresenceObserved) and o.presence.system_presence is system
            ),
            after,
        )

    async def routing(self, status: RoutingStatus, after: int = 0) -> Observation:
        return await self.until(
            lambda o: isinstance(o, GenesysRoutingObserved) and o.status is status, after
        )

    async def work(self, work: GenesysWork, after: int = 0) -> Observation:
        return await self.until(
            lambda o: isinstance(o, GenesysWorkObserved) and o.work is work, after
        )

    async def state(self, state: ConnectionState) -> None:
        async def wait() -> None:
            while state not in self.states:
                self.changed.clear()
                await self.changed.wait()

        await asyncio.wait_for(wait(), WAIT)


@dataclass
class Rig:
    sandbox: Sandbox
    http: httpx.AsyncClient
    client: GenesysClient
    watch: Watch
    browser: Opener
    slept: list[float]

    async def sign_in_again(self) -> None:
        config = oauth_config(self.client.rest.hosts, "omnisync-desktop-demo", redirect_port=0)
        self.client.rest.keeper.replace(
            await sign_in(config, self.http, self.browser, wait_seconds=WAIT)
        )

    async def control(self, path: str, **body: Any) -> dict[str, Any]:
        return await self.sandbox.post(f"/control/genesys/{path}", body)

    async def agent_picks(self, label: str, system: SystemPresence) -> None:
        """The agent picks a status in Genesys; the client must observe it."""
        mark = len(self.watch.seen)
        await self.control("presence", presence=label)
        await self.watch.presence(system, mark)

    def genesys_state(self) -> dict[str, Any]:
        return self.sandbox.part("genesys").state()


@pytest.fixture
async def rig(sandbox: Sandbox, browser: Opener) -> AsyncIterator[Rig]:
    slept: list[float] = []

    async def rest_sleep(seconds: float) -> None:
        # Waiting moves the sandbox's clock instead of the test's: Retry-After costs no time.
        slept.append(seconds)
        sandbox.context.clock.advance(seconds)
        await asyncio.sleep(0)

    hosts = explicit_hosts(sandbox.origin("genesys", "api"), sandbox.origin("genesys", "login"))
    async with httpx.AsyncClient() as http:
        config = oauth_config(hosts, "omnisync-desktop-demo", redirect_port=0)
        tokens = await sign_in(config, http, browser, wait_seconds=WAIT)
        rest = GenesysRest(http, hosts, token_keeper(tokens), sleep=rest_sleep)
        states: list[ConnectionState] = []
        changed = asyncio.Event()

        def on_state(state: ConnectionState, why: str) -> None:
            states.append(state)
            changed.set()

        client = GenesysClient(
            rest,
            heartbeat_timeout=0.6,
            backoff=Backoff(initial=0.02, maximum=0.1),
            on_state=on_state,
        )
        watch = Watch(client, changed=changed, states=states)
        runner = asyncio.create_task(watch.run())
        try:
            yield Rig(sandbox, http, client, watch, browser, slept)
        finally:
            runner.cancel()
            with pytest.raises(asyncio.CancelledError):
                await runner


async def baseline(rig: Rig) -> None:
    """The start-up snapshot: three baseline observations, then CONNECTED."""
    await rig.watch.state(ConnectionState.CONNECTED)
    first = rig.watch.seen[:3]
    assert all(getattr(o, "baseline", False) for o in first)
    assert isinstance(first[0], GenesysPresenceObserved)
    assert first[0].presence.label == "Available"


async def test_snapshot_and_presence_definitions(rig: Rig) -> None:
    await baseline(rig)
    before = rig.client.rest.calls["GET /api/v2/presence/definitions"]
    definitions = await rig.client.presence_definitions()
    by_label = {d.label: d for d in definitions}
    assert by_label["On Queue"].system_presence is SystemPresence.ON_QUEUE
    assert by_label["Case Management"].system_presence is SystemPresence.BUSY
    assert not by_label["Case Management"].primary
    assert by_label["Coaching"].deactivated
    assert len(definitions) == 12
    # not paged: one call for the active definitions, one for the deactivated
    calls = rig.client.rest.calls["GET /api/v2/presence/definitions"]
    assert calls - before == 2
    snap = await rig.client.snapshot()
    assert snap.presence.label == "Available"
    assert snap.routing is RoutingStatus.OFF_QUEUE
    assert snap.work is GenesysWork.NONE


async def test_set_presence_and_every_event_kind(rig: Rig) -> None:
    await baseline(rig)
    on_queue = rig.client.catalog.find("On Queue")
    assert on_queue is not None
    mark = len(rig.watch.seen)
    answer = await rig.client.set_presence(on_queue.id)
    assert answer.is_on_queue
    # The PATCH answer is what the client knows now (the connector reports it as the app's own
    # change); the echo of our write carries nothing newer, so only routing follows it.
    await rig.watch.routing(RoutingStatus.IDLE, mark)
    state = await rig.sandbox.state()
    assert {"product": "genesys", "what": "presence On Queue", "by": "app"}.items() <= next(
        e for e in state["events"] if e["what"] == "presence On Queue"
    ).items()

    await rig.control("interaction", action="offer", media="call")
    await rig.watch.work(GenesysWork.ALERTING, mark)
    await rig.control("interaction", action="answer", media="call")
    await rig.watch.work(GenesysWork.ACTIVE, mark)
    await rig.watch.routing(RoutingStatus.INTERACTING, mark)
    await rig.control("interaction", action="end", media="call")
    await rig.watch.work(GenesysWork.AFTER_CALL_WORK, mark)
    assert rig.genesys_state()["routingStatus"] == "INTERACTING"  # ACW is still interacting
    mark = len(rig.watch.seen)
    await rig.control("interaction", action="finish-wrapup", media="call")
    await rig.watch.work(GenesysWork.NONE, mark)
    await rig.watch.routing(RoutingStatus.IDLE, mark)

    # an offer nobody answers: NOT_RESPONDING, presence stays On Queue
    await rig.control("interaction", action="offer", media="chat")
    await rig.watch.routing(RoutingStatus.NOT_RESPONDING, mark)
    assert rig.genesys_state()["presence"]["label"] == "On Queue"

    # the agent picks a status themselves
    mark = len(rig.watch.seen)
    await rig.control("presence", presence="Case Management")
    seen = await rig.watch.presence(SystemPresence.BUSY, mark)
    assert isinstance(seen, GenesysPresenceObserved)
    assert seen.presence.label == "Case Management"
    await rig.watch.routing(RoutingStatus.OFF_QUEUE, mark)


async def test_drop_websocket_reconnects_and_loses_nothing(rig: Rig) -> None:
    await baseline(rig)
    await rig.sandbox.fault("genesys", "drop_websocket")
    # changed while the socket is down: the snapshot after the reconnect must carry it
    await rig.control("presence", presence="On Queue")
    await rig.watch.presence(SystemPresence.ON_QUEUE)
    await rig.watch.routing(RoutingStatus.IDLE)
    await rig.watch.state(ConnectionState.CONNECTED)
    assert rig.client.connects >= 2
    assert rig.client.snapshots >= 2
    await rig.agent_picks("Break", SystemPresence.BREAK)


async def test_silent_socket_is_replaced_by_the_watchdog(rig: Rig) -> None:
    await baseline(rig)
    await rig.sandbox.fault("genesys", "stop_heartbeats")
    connects = rig.client.connects
    waited = asyncio.get_running_loop().time()
    await rig.watch.state(ConnectionState.RECONNECTING)
    await rig.control("presence", presence="Meal")
    await rig.watch.presence(SystemPresence.MEAL)
    assert rig.client.connects > connects
    assert asyncio.get_running_loop().time() - waited < 3


@pytest.mark.parametrize(
    "sandbox_settings", [{"genesys": {"heartbeat_interval": 0.02, "offer_timeout": 1.0}}]
)
async def test_the_watchdog_arms_one_timer_per_timeout_not_one_per_frame(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Heartbeats 30 times per heartbeat timeout (0.6 s): the socket stays up, and the watchdog
    schedules about one timer per timeout. Re-arming per frame cost a timer per heartbeat, and
    under qasync a cancelled timer still wakes the idle app when it falls due."""
    await baseline(rig)
    loop = asyncio.get_running_loop()
    scheduled = 0
    call_at = loop.call_at

    def counting(when: float, callback: Any, *args: Any, **kwargs: Any) -> asyncio.TimerHandle:
        nonlocal scheduled
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_globals.get("__name__") == "omnisync.genesys.notifications":
                scheduled += 1
                break
            frame = frame.f_back  # type: ignore[assignment]
        return call_at(when, callback, *args, **kwargs)

    connects, heartbeats = rig.client.connects, rig.client._live.heartbeats  # type: ignore[union-attr]
    monkeypatch.setattr(loop, "call_at", counting)
    await asyncio.sleep(1.5)  # two and a half timeouts; the test's own timer is not counted
    monkeypatch.undo()
    live = rig.client._live
    assert live is not None and live.heartbeats - heartbeats >= 20  # frames kept coming
    assert rig.client.connects == connects  # never found silent
    assert 1 <= scheduled <= 4


async def test_the_notification_socket_is_not_compressed(rig: Rig) -> None:
    """No permessage-deflate: the frames are small JSON (a heartbeat every 30 s), and inflating
    each one was part of the idle app's CPU. The client may leave the extension out (RFC 7692);
    the sandbox, as a server, would agree to it."""
    await baseline(rig)
    live = rig.client._live
    assert live is not None
    assert live._ws.protocol.extensions == []


async def test_socket_closing_rolls_over_before_the_close(rig: Rig) -> None:
    await baseline(rig)
    before = rig.genesys_state()["channels"][0]["id"]
    loop = asyncio.get_running_loop()
    started = loop.time()
    await rig.sandbox.fault("genesys", "socket_closing", grace=2)

    async def rolled_over() -> None:
        while rig.client.rollovers < 1:
            rig.watch.changed.clear()
            await rig.watch.changed.wait()

    await asyncio.wait_for(rolled_over(), WAIT)
    # the client moved to a new channel and closed the old one itself, before the server did
    assert loop.time() - started < 2
    channels = {c["id"]: c["connected"] for c in rig.genesys_state()["channels"]}
    assert channels[before] is False
    assert sum(channels.values()) == 1
    assert ConnectionState.RECONNECTING not in rig.watch.states
    await rig.agent_picks("Training", SystemPresence.TRAINING)


async def test_expired_channel_gets_a_new_one(rig: Rig) -> None:
    await baseline(rig)
    await rig.sandbox.fault("genesys", "expire_channel")
    await rig.watch.state(ConnectionState.RECONNECTING)
    await rig.control("presence", presence="Away")
    await rig.watch.presence(SystemPresence.AWAY)
    channels = rig.genesys_state()["channels"]
    assert [c["expired"] for c in channels] == [True, False]


async def test_rate_limit_is_honoured(rig: Rig) -> None:
    await baseline(rig)
    await rig.sandbox.fault("genesys", "rate_limit", count=2, retryAfter=7)
    on_queue = rig.client.catalog.find("On Queue")
    assert on_queue is not None
    await rig.client.set_presence(on_queue.id)
    assert rig.slept[-2:] == [7.0, 7.0]
    assert rig.genesys_state()["presence"]["label"] == "On Queue"


@pytest.mark.parametrize("sandbox_settings", [{"genesys": {"rate_limit": 6}}])
async def test_the_real_rate_limit_answers_429_with_retry_after(rig: Rig) -> None:
    await baseline(rig)
    snaps = rig.client.snapshots
    for _ in range(4):
        await rig.client.snapshot()  # 2 calls each: the 6-per-minute limit is hit
    assert rig.client.snapshots == snaps + 4
    assert any(s > 1 for s in rig.slept)
    assert rig.sandbox.part("genesys").api_calls()["byStatus"]["429"] >= 1


async def test_server_errors_are_retried(rig: Rig) -> None:
    await baseline(rig)
    await rig.sandbox.fault("genesys", "server_error", count=2, status=503)
    snap = await rig.client.snapshot()
    assert snap.presence.label == "Available"
    assert len(rig.slept) == 2


async def test_expired_token_means_sign_in_again_then_resume(rig: Rig) -> None:
    await baseline(rig)
    await rig.sandbox.fault("genesys", "expire_token")
    with pytest.raises(SignInRequired, match="Genesys Cloud"):
        await rig.client.snapshot()
    await rig.sandbox.fault("genesys", "drop_websocket")
    await rig.watch.state(ConnectionState.SIGN_IN_REQUIRED)
    lost = await rig.watch.until(lambda o: isinstance(o, WriteCapabilityObserved))
    assert isinstance(lost, WriteCapabilityObserved)
    assert not lost.possible
    assert "again" in str(lost.why)
    assert isinstance(lost.why, Message), "the reason must reach the agent translated"
    await rig.control("presence", presence="On Queue")  # changed while signed out
    mark = len(rig.watch.seen)
    await rig.sign_in_again()
    await rig.watch.until(lambda o: isinstance(o, WriteCapabilityObserved) and o.possible, mark)
    await rig.watch.presence(SystemPresence.ON_QUEUE, mark)


async def test_revoked_token_closes_the_socket_and_asks_for_sign_in(rig: Rig) -> None:
    await baseline(rig)
    await rig.sandbox.fault("genesys", "revoke_token")
    await rig.watch.state(ConnectionState.SIGN_IN_REQUIRED)
    assert rig.client.rest.keeper.tokens is None
    await rig.sign_in_again()
    await rig.agent_picks("Meeting", SystemPresence.MEETING)


async def test_delayed_events_still_arrive_in_order(rig: Rig) -> None:
    await baseline(rig)
    await rig.sandbox.fault("genesys", "delay_events", seconds=0.3)
    mark = len(rig.watch.seen)
    await rig.control("presence", presence="On Queue")
    await rig.control("presence", presence="Busy")
    await rig.watch.presence(SystemPresence.BUSY, mark)
    presences = [
        o.presence.label for o in rig.watch.seen[mark:] if isinstance(o, GenesysPresenceObserved)
    ]
    assert presences == ["On Queue", "Busy"]


async def test_duplicated_events_are_observed_once(rig: Rig) -> None:
    await baseline(rig)
    await rig.sandbox.fault("genesys", "duplicate_events", count=10)
    mark = len(rig.watch.seen)
    await rig.control("presence", presence="On Queue")
    await rig.watch.routing(RoutingStatus.IDLE, mark)
    await rig.control("presence", presence="Away")
    await rig.watch.routing(RoutingStatus.OFF_QUEUE, mark)
    labels = [
        o.presence.label for o in rig.watch.seen[mark:] if isinstance(o, GenesysPresenceObserved)
    ]
    assert labels == ["On Queue", "Away"]
    assert rig.genesys_state()["eventsDelivered"] >= 8


@pytest.mark.parametrize("sandbox_settings", [{"genesys": {"channel_lifetime": 2.0}}])
async def test_channel_is_renewed_before_it_expires(rig: Rig) -> None:
    # channels live 2 s; the client renews at half their life at the latest: after ~1 s
    await baseline(rig)

    async def rolled() -> None:
        while rig.client.rollovers < 1:
            rig.watch.changed.clear()
            await rig.watch.changed.wait()

    await rig.control("presence", presence="Away")
    await asyncio.wait_for(rolled(), WAIT)
    await rig.agent_picks("Busy", SystemPresence.BUSY)
    assert rig.client.rollovers <= 2  # paced by the channel's life, never a tight loop


async def test_malformed_notifications_are_skipped_and_nothing_is_lost(rig: Rig) -> None:
    await baseline(rig)
    await rig.sandbox.fault("genesys", "malformed_event")
    mark = len(rig.watch.seen)
    await rig.control("presence", presence="On Queue")
    await rig.watch.presence(SystemPresence.ON_QUEUE, mark)
    await rig.watch.routing(RoutingStatus.IDLE, mark)
    assert rig.client.state is ConnectionState.CONNECTED
    assert rig.client.malformed >= 5  # the garbage frame and four broken bodies


async def test_work_changed_while_disconnected_comes_from_the_snapshot(rig: Rig) -> None:
    await baseline(rig)
    await rig.agent_picks("On Queue", SystemPresence.ON_QUEUE)
    mark = len(rig.watch.seen)
    await rig.sandbox.fault("genesys", "drop_websocket")
    await rig.control("interaction", action="offer", media="call")  # rings during the gap
    await rig.watch.work(GenesysWork.ALERTING, mark)
    await rig.sandbox.fault("genesys", "drop_websocket")
    await rig.control("interaction", action="answer", media="call")  # answered during the gap
    await rig.watch.work(GenesysWork.ACTIVE, mark)
    await rig.watch.routing(RoutingStatus.INTERACTING, mark)
    assert rig.client.connects >= 3
    # the channel survived the drops: it is reused (HEAD says 200), not replaced
    assert len(rig.genesys_state()["channels"]) == 1


async def test_reordered_events_never_move_the_state_backwards(rig: Rig) -> None:
    await baseline(rig)
    await rig.sandbox.fault("genesys", "reorder_events", count=1)
    mark = len(rig.watch.seen)
    await rig.control("presence", presence="On Queue")  # its presence event is held back
    await rig.watch.routing(RoutingStatus.IDLE, mark)
    await asyncio.sleep(0.01)  # distinct modifiedDate (millisecond resolution)
    await rig.control("presence", presence="Busy")  # overtakes the held On Queue event
    await rig.watch.routing(RoutingStatus.OFF_QUEUE, mark)  # sent after the held event
    labels = [
        o.presence.label for o in rig.watch.seen[mark:] if isinstance(o, GenesysPresenceObserved)
    ]
    assert labels == ["Busy"]


async def test_the_agent_undoing_our_write_is_seen_when_its_echo_comes_late(rig: Rig) -> None:
    """The soak's stuck "in transition": the app moved Genesys off On Queue, the agent went back
    On Queue, and the echo of our write was delivered after the agent's change. The PATCH answer
    is what the client knows after a write; without it the agent's On Queue looked unchanged."""
    await baseline(rig)
    available = rig.watch.seen[0]
    assert isinstance(available, GenesysPresenceObserved)
    await rig.agent_picks("On Queue", SystemPresence.ON_QUEUE)
    await rig.sandbox.fault("genesys", "reorder_events", count=1)
    await asyncio.sleep(0.01)  # distinct modifiedDate (millisecond resolution)
    written = await rig.client.set_presence(available.presence.id)  # its event is held back
    assert written.system_presence is SystemPresence.AVAILABLE
    mark = len(rig.watch.seen)
    await asyncio.sleep(0.01)
    await rig.agent_picks("On Queue", SystemPresence.ON_QUEUE)  # overtakes the held echo
    await rig.watch.routing(RoutingStatus.IDLE, mark)
    labels = [
        o.presence.label for o in rig.watch.seen[mark:] if isinstance(o, GenesysPresenceObserved)
    ]
    assert labels == ["On Queue"]


async def test_stopping_the_observations_leaves_no_task_behind(rig: Rig) -> None:
    """A stop while waiting for the next event (sign-out, Quit) ends the tasks it started, the
    notifications runner and the socket's reader, and leaves no waiter behind (a getter task
    once did: left pending, it outlived its queue as an orphan: "Task was destroyed but it is
    pending")."""
    await baseline(rig)
    connected = asyncio.Event()

    def on_state(state: ConnectionState, _why: str) -> None:
        if state is ConnectionState.CONNECTED:
            connected.set()

    before = asyncio.all_tasks()
    client = GenesysClient(rig.client.rest, heartbeat_timeout=0.6, on_state=on_state)
    watch = Watch(client)
    second = asyncio.create_task(watch.run())
    await asyncio.wait_for(connected.wait(), WAIT)
    await watch.until(lambda o: isinstance(o, GenesysWorkObserved))  # the baseline's last
    await asyncio.sleep(0)  # now it waits for its next event
    started = {t for t in asyncio.all_tasks() - before if t.get_name().startswith("genesys-")}
    names = sorted(t.get_name().split("-streaming")[0] for t in started)
    assert names == ["genesys-notifications", "genesys-ws"]  # no task per event, no waiter
    second.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(second, WAIT)
    assert [t.get_name() for t in started if not t.done()] == []
    assert client.state is ConnectionState.STOPPED


async def test_snapshot_says_who_the_token_belongs_to(rig: Rig) -> None:
    told: list[parse.UserSeen] = []
    client = GenesysClient(rig.client.rest, on_user=told.append)
    snap = await client.snapshot()
    assert (snap.user.name, snap.user.email) == ("Dana Demo", "dana.demo@example.com")
    assert client.user_id == snap.user.id
    await client.snapshot()
    assert told == [snap.user]  # told once: a snapshot that finds the same user says nothing


@pytest.mark.parametrize(
    "sandbox_settings", [{"genesys": {"heartbeat_interval": 0.001, "socket_closing_grace": 0.5}}]
)
async def test_stopping_while_frames_keep_arriving_always_ends(rig: Rig) -> None:
    """A stop that lands as a frame arrives: Python 3.11's wait_for dropped such a cancel, the
    reader went on reading the heartbeats and the stop waited for it forever (seen in CI)."""
    await baseline(rig)
    for _ in range(10):
        connected = asyncio.Event()

        def on_state(state: ConnectionState, _why: str, connected=connected) -> None:
            if state is ConnectionState.CONNECTED:
                connected.set()

        client = GenesysClient(rig.client.rest, heartbeat_timeout=5.0, on_state=on_state)
        watching = asyncio.create_task(Watch(client).run())
        await asyncio.wait_for(connected.wait(), WAIT)
        await asyncio.sleep(0.02)  # a heartbeat every millisecond meanwhile
        watching.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(watching, WAIT)


async def test_a_write_cancelled_mid_answer_gives_its_connection_back(rig: Rig) -> None:
    """A superseded write is cancelled while its answer arrives; the connection must go back to
    the pool (httpcore kept it ACTIVE for good: the 100k-event shift ended in PoolTimeout)."""
    await baseline(rig)
    on_queue = rig.client.catalog.find("On Queue")
    assert on_queue is not None
    path = f"/api/v2/users/{rig.client.user_id}/presences/purecloud"
    body = {"presenceDefinition": {"id": on_queue.id}}
    callers: list[asyncio.Task[Any]] = []

    async def cancel_on_answer(request: httpx.Request) -> None:
        async def trace(event: str, info: dict[str, Any]) -> None:
            if event == "http11.receive_response_headers.complete" and callers:
                callers.pop().cancel()  # as a newer write to the same product does

        request.extensions["trace"] = trace

    limits = httpx.Limits(max_connections=1)
    timeout = httpx.Timeout(WAIT, pool=1.0)
    async with httpx.AsyncClient(
        limits=limits, timeout=timeout, event_hooks={"request": [cancel_on_answer]}
    ) as http:
        rest = GenesysRest(http, rig.client.rest.hosts, rig.client.rest.keeper)
        for _ in range(3):
            caller = asyncio.create_task(rest.send_json("PATCH", path, body))
            callers.append(caller)
            with pytest.raises(asyncio.CancelledError):
                await caller
        answer = await rest.send_json("PATCH", path, body)  # PoolTimeout if a slot was kept
    assert parse.user_presence(answer).id == on_queue.id
