"""Every CometD path of the client against the sandbox's Streaming API over real sockets."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import socket
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from omnisync.auth.keeper import TokenKeeper
from omnisync.auth.tokens import TokenSet
from omnisync.salesforce.cometd import CometdClient, Event
from omnisync.salesforce.errors import NotDeployed
from omnisync.sandbox.harness import Sandbox
from omnisync.timing import real_sleep

pytestmark = pytest.mark.integration

AGENT = "005SB0000000001YAA"
PRESENCE = f"/topic/OmniSyncPresence?UserId={AGENT}"


class Inbox:
    def __init__(self) -> None:
        self.events: list[Event] = []
        self.arrived = asyncio.Condition()
        self.hold: asyncio.Event | None = None
        """When set to a cleared event, the handler blocks until it is set (a stuck app)."""

    async def __call__(self, events: list[Event]) -> None:
        async with self.arrived:
            self.events.extend(events)
            self.arrived.notify_all()
        if self.hold is not None:
            await self.hold.wait()

    async def wait_for(self, count: int, seconds: float = 5.0) -> list[Event]:
        async with asyncio.timeout(seconds), self.arrived:
            await self.arrived.wait_for(lambda: len(self.events) >= count)
        return self.events

    def statuses(self) -> list[str]:
        return [
            d["sobject"]["ServicePresenceStatusId"]
            for _, d in self.events
            if d["sobject"].get("IsCurrentState")
        ]

    def replay_ids(self) -> list[int]:
        return [d["event"]["replayId"] for _, d in self.events]


class Gate:
    """An injected sleep that can be shut, to hold the client between two requests."""

    def __init__(self) -> None:
        self.open = asyncio.Event()
        self.open.set()
        self.waiting = asyncio.Event()
        self.slept: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.slept.append(seconds)
        if not self.open.is_set():
            self.waiting.set()
            await self.open.wait()
        await real_sleep(min(seconds, 0.2))


@contextlib.asynccontextmanager
async def streaming(me: Any, inbox: Inbox, **options: Any) -> Any:
    client = CometdClient(
        me.http,
        me.account.keeper,
        lambda: f"{me.account.keeper.tokens.instance_url}/cometd/62.0",
        on_events=inbox,
        network_margin=5.0,
        **options,
    )
    task = asyncio.create_task(client.run())
    try:
        yield client
    finally:
        if inbox.hold is not None:
            inbox.hold.set()
        await client.close()
        task.cancel()
        with contextlib.suppress(BaseException):
            await task


async def status_ids(sandbox: Sandbox) -> dict[str, str]:
    state = await sandbox.state()
    return {s["label"]: s["id"] for s in state["salesforce"]["statuses"]}


async def test_advice_timeout_and_interval_are_followed(
    sandbox: Sandbox, desktop: Any, reconfigure: Any
) -> None:
    reconfigure(cometd_interval=50)
    me = await desktop()
    inbox, gate = Inbox(), Gate()
    async with streaming(me, inbox, sleep=gate) as client:
        client.subscriptions[PRESENCE] = None
        await asyncio.wait_for(client.connected.wait(), 5)
        await sandbox.post("/control/salesforce/status", {"status": "Busy"})
        await inbox.wait_for(1)
        await sandbox.post("/control/salesforce/status", {"status": "Break"})
        await inbox.wait_for(3)
        assert client.advice["timeout"] == 500
        assert client.advice["interval"] == 50
        assert 0.05 in gate.slept  # waited the advised interval between connects


async def test_replay_resumes_after_a_drop_without_losing_events(
    sandbox: Sandbox, desktop: Any
) -> None:
    me = await desktop()
    ids = await status_ids(sandbox)
    inbox, gate = Inbox(), Gate()
    async with streaming(me, inbox, sleep=gate) as client:
        await client.subscribe(PRESENCE)
        await asyncio.wait_for(client.connected.wait(), 5)
        await sandbox.post("/control/salesforce/status", {"status": "Busy"})
        await inbox.wait_for(1)
        gate.open.clear()
        await sandbox.fault("salesforce", "drop_cometd")
        await asyncio.wait_for(gate.waiting.wait(), 5)  # it noticed, and waits to reconnect
        await sandbox.post("/control/salesforce/status", {"status": "Break"})
        await sandbox.post("/control/salesforce/status", {"status": "Transition"})
        gate.open.set()
        await inbox.wait_for(5)  # Busy; Busy ends, Break; Break ends, Transition
        assert client.handshakes == 2
        assert inbox.statuses() == [ids["Busy"], ids["Break"], ids["Transition"]]
        replay = inbox.replay_ids()
        assert replay == list(range(replay[0], replay[0] + len(replay)))  # none lost


async def test_unknown_client_after_server_side_expiry(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop()
    inbox = Inbox()
    async with streaming(me, inbox) as client:
        await client.subscribe(PRESENCE)
        await asyncio.wait_for(client.connected.wait(), 5)
        inbox.hold = asyncio.Event()  # the app is stuck handling the next batch...
        await sandbox.post("/control/salesforce/status", {"status": "Busy"})
        await inbox.wait_for(1)
        await sandbox.post("/control/clock", {"advance": 60})  # ...longer than maxInterval
        inbox.hold.set()
        await asyncio.wait_for(client.wait_for_handshakes(2), 5)
        await sandbox.post("/control/salesforce/status", {"status": "Break"})
        await inbox.wait_for(3)
    events = [e["what"] for e in (await sandbox.state())["events"]]
    assert any("forgot an idle client" in what for what in events)


async def test_lost_replay_position_is_reported_as_a_gap(
    sandbox: Sandbox, desktop: Any, reconfigure: Any
) -> None:
    reconfigure(replay_retention=2)
    me = await desktop()
    inbox, gate = Inbox(), Gate()
    gaps: list[str] = []

    async def on_gap(channel: str) -> None:
        gaps.append(channel)

    async with streaming(me, inbox, sleep=gate, on_gap=on_gap) as client:
        await client.subscribe(PRESENCE)
        await asyncio.wait_for(client.connected.wait(), 5)
        await sandbox.post("/control/salesforce/status", {"status": "Busy"})
        await inbox.wait_for(1)
        gate.open.clear()
        await sandbox.fault("salesforce", "drop_cometd")
        await asyncio.wait_for(gate.waiting.wait(), 5)
        for label in ("Break", "Transition", "Busy"):
            await sandbox.post("/control/salesforce/status", {"status": label})
        gate.open.set()
        await asyncio.wait_for(client.wait_for_handshakes(2), 5)
        await asyncio.wait_for(client.connected.wait(), 5)
        assert gaps == [PRESENCE]  # the owner reconciles by SOQL instead


async def test_filters_and_sharing_keep_other_agents_out(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop()
    other = await desktop(login_hint="other@omnisync.sandbox")
    assert other.account.user_id == "005SB0000000002YAA"
    inbox, theirs = Inbox(), Inbox()
    async with streaming(me, inbox) as mine, streaming(other, theirs) as spy:
        await mine.subscribe(PRESENCE)
        await spy.subscribe("/topic/OmniSyncPresence?UserId=005SB0000000002YAA")
        await spy.subscribe("/topic/OmniSyncToDesktop")  # no filter: sharing still applies
        await asyncio.wait_for(mine.connected.wait(), 5)
        await asyncio.wait_for(spy.connected.wait(), 5)
        await mine.subscribe(f"/topic/OmniSyncToDesktop?Agent_Id__c={AGENT}")
        await sandbox.post("/control/salesforce/status", {"status": "Busy"})
        await inbox.wait_for(2)  # the presence row and the console's report
        with pytest.raises(NotDeployed):
            await spy.subscribe("/topic/NoSuchTopic")
    assert theirs.events == []
    delivered = (await sandbox.state())["apiCalls"]["salesforce"]["streamingDeliveries"]
    assert delivered == len(inbox.events)


@contextlib.asynccontextmanager
async def unreachable(sleep: Any, **options: Any) -> AsyncIterator[CometdClient]:
    """A client whose server refuses every connection (a port just closed again)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    keeper = TokenKeeper("Salesforce", TokenSet("token", instance_url="http://127.0.0.1"))

    async def ignore(events: list[Event]) -> None:
        del events

    async with httpx.AsyncClient() as http:
        yield CometdClient(
            http,
            keeper,
            lambda: f"http://127.0.0.1:{port}/cometd/62.0",
            on_events=ignore,
            sleep=sleep,
            **options,
        )


async def test_backoff_with_jitter_when_the_network_fails() -> None:
    delays: list[float] = []

    async def sleep(seconds: float) -> None:
        delays.append(seconds)
        if len(delays) == 6:
            raise asyncio.CancelledError

    async with unreachable(sleep, rng=lambda: 0.5, backoff_base=1.0, backoff_max=8.0) as client:
        with pytest.raises(asyncio.CancelledError):
            await client.run()
    # 3/4 of min(8, 1 * 2**n): jitter keeps each between half and all of the step.
    assert delays == [0.75, 1.5, 3.0, 6.0, 6.0, 6.0]


async def test_a_server_that_keeps_forgetting_us_is_retried_with_backoff(
    sandbox: Sandbox, desktop: Any, reconfigure: Any
) -> None:
    """403::Unknown client on every connect must not become a handshake busy loop."""
    reconfigure(cometd_max_interval=0.0)  # the server forgets every client at once
    me = await desktop()
    inbox, gate = Inbox(), Gate()
    async with streaming(me, inbox, sleep=gate, rng=lambda: 0.5, backoff_base=0.01) as client:
        client.subscriptions[PRESENCE] = None
        await asyncio.wait_for(client.wait_for_handshakes(5), 5)
    # The first new handshake follows the advice (at once); each one after a handshake that
    # never reached a successful connect backs off as well, longer each time.
    waits = gate.slept[:4]
    assert len(waits) == 4
    assert waits[0] == 0
    assert all(later > earlier > 0 for earlier, later in itertools.pairwise(waits[1:]))


async def test_retry_now_ends_the_back_off_under_way() -> None:
    """The status window's Retry: the next attempt starts now, not after the back-off."""
    waits: list[float] = []
    waiting = asyncio.Event()

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        waiting.set()
        await asyncio.get_running_loop().create_future()  # a back-off that never ends by itself

    async with unreachable(sleep, backoff_base=60.0) as client:
        running = asyncio.create_task(client.run())
        try:
            await asyncio.wait_for(waiting.wait(), 5)
            assert len(waits) == 1  # failed once, now backing off
            waiting.clear()
            client.retry_now()
            await asyncio.wait_for(waiting.wait(), 5)
            assert len(waits) == 2  # tried again at once, failed, backing off again
        finally:
            running.cancel()
            with pytest.raises(asyncio.CancelledError):
                await running
