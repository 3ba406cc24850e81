"""The loopback console link over real sockets: the attacks, and what only it does.

A real WebSocket client (websockets) plays the console component against the desktop's real
listener on 127.0.0.1 (the link contract itself, over this transport and the record, is
``test_link_contract``), and every gate refuses what it must: wrong or missing origin, no
key, an old key, an oversized frame, a flood, and a second console tab (the newer one wins,
the older one is told why).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from omnisync.link_protocol import Report, parse_command
from omnisync.salesforce.link import ConsoleLink, LinkHealth, RecordTransport, TransportDown
from omnisync.salesforce.link_loopback import (
    CLOSE_BAD_KEY,
    CLOSE_FLOOD,
    CLOSE_REPLACED,
    CLOSE_SIGNED_OUT,
    HELLO_TIMEOUT,
    LoopbackLink,
    hello,
    lightning_origins,
    new_key,
)

pytestmark = pytest.mark.integration

ORIGIN = "https://acme.lightning.force.com"
OPEN = '{{"v":1,"seq":{},"ack":{},"status":null,"reason":null,"work":0,"console":"open"}}'


class FrozenClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Desktop:
    """A ConsoleLink on the loopback transport, recording what it hears."""

    def __init__(self, clock: FrozenClock) -> None:
        self.key = new_key()
        self.reports: list[Report] = []
        self.health: list[LinkHealth] = []
        self.changes: list[tuple[bool, str]] = []
        self.changed = asyncio.Event()
        self.hello_waits: list[float] = []
        self.hello_time_up = asyncio.Event()
        self.hello_waiting = asyncio.Event()
        """The injected sleep that times the wait for a hello ends only when the test says."""
        self.loopback = LoopbackLink(
            origins=lightning_origins("https://acme.my.salesforce.com"),
            key=self.key,
            on_text=self._on_text,
            on_change=self._on_change,
            clock=clock,
            ports=(0,),
            burst=5,
            per_second=1.0,
            sleep=self._hello_sleep,
        )
        self.link = ConsoleLink(
            None,  # type: ignore[arg-type]  # no REST: the loopback carries the commands
            "005000000000001",
            on_report=self._on_report,
            on_health=self._on_health,
            ack_timeout=5.0,
            transport=self.loopback,
        )
        self.texts = asyncio.Queue[str]()

    async def _on_text(self, text: str) -> None:
        await self.link.handle_text(text)
        await self.texts.put(text)

    async def _on_change(self, connected: bool, why: object) -> None:
        self.changes.append((connected, str(why)))  # the English
        self.changed.set()

    async def _hello_sleep(self, seconds: float) -> None:
        self.hello_waits.append(seconds)
        self.hello_waiting.set()
        await self.hello_time_up.wait()

    async def _on_report(self, report: Report) -> None:
        self.reports.append(report)

    async def _on_health(self, now: LinkHealth, before: LinkHealth | None, why: str) -> None:
        self.health.append(now)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.loopback.port}/"

    async def wait_change(self, count: int) -> None:
        while len(self.changes) < count:
            self.changed.clear()
            await asyncio.wait_for(self.changed.wait(), 5)


Component = Callable[..., Awaitable[ClientConnection]]


@pytest.fixture
async def listener() -> AsyncIterator[Desktop]:
    me = Desktop(FrozenClock())
    await me.loopback.start()
    try:
        yield me
    finally:
        await me.loopback.close()


@pytest.fixture
async def component(listener: Desktop) -> AsyncIterator[Component]:
    opened: list[ClientConnection] = []

    async def open_one(origin: str = ORIGIN, key: str | None = "same") -> ClientConnection:
        ws = await connect(listener.url, origin=origin)  # type: ignore[arg-type]
        opened.append(ws)
        if key is not None:
            await ws.send(hello(listener.key if key == "same" else key))
        return ws

    yield open_one
    for ws in opened:
        await ws.close()


async def closed_with(ws: ClientConnection) -> tuple[int, str]:
    """The close code and reason the desktop sent (frames before it are skipped)."""

    async def until_closed() -> None:
        with contextlib.suppress(ConnectionClosed):
            async for _ in ws:
                pass

    await asyncio.wait_for(until_closed(), 5)
    assert ws.close_code is not None
    return ws.close_code, ws.close_reason or ""


# ---- the shared contract: tests/integration/salesforce/test_link_contract.py runs it over both
# transports (every report example and sequence, each command's round trip).


async def test_no_component_means_ask_the_agent(listener: Desktop) -> None:
    with pytest.raises(TransportDown):
        await listener.loopback.send('{"v":1,"seq":1,"op":"ping"}')
    result = await listener.link.ping()
    assert result.ask_agent
    assert "no console component is connected" in str(result.why)


# ---- the gates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "origin",
    [
        "https://evil.example",
        "https://acme.lightning.force.com.evil.example",
        "http://acme.lightning.force.com",
        "null",
    ],
)
async def test_wrong_origin_is_refused_before_the_upgrade(listener: Desktop, origin: str) -> None:
    with pytest.raises(InvalidStatus) as caught:
        await connect(listener.url, origin=origin)  # type: ignore[arg-type]
    assert caught.value.response.status_code == 403
    assert listener.loopback.refused == {"origin not allowed": 1}
    assert listener.changes == []


async def test_no_origin_is_refused(listener: Desktop) -> None:
    with pytest.raises(InvalidStatus) as caught:
        await connect(listener.url)
    assert caught.value.response.status_code == 403
    assert listener.loopback.refused == {"no origin": 1}


async def test_no_key_is_refused(listener: Desktop, component: Component) -> None:
    ws = await component(key=None)
    await ws.send(OPEN.format(1, 0))  # a report before the hello
    assert await closed_with(ws) == (CLOSE_BAD_KEY, "the key is missing, old or wrong")
    assert listener.loopback.refused == {"no key": 1}
    assert listener.reports == []
    assert listener.changes == []


async def test_a_component_that_never_says_hello_is_refused_when_the_wait_is_over(
    listener: Desktop, component: Component
) -> None:
    """The 5 s wait for the hello runs on the injected sleep: nothing happens until it ends."""
    ws = await component(key=None)
    await asyncio.wait_for(listener.hello_waiting.wait(), 5)
    assert listener.hello_waits == [HELLO_TIMEOUT]
    with pytest.raises(TimeoutError):  # still open: the wait is not over
        await asyncio.wait_for(ws.recv(), 0.1)
    assert listener.loopback.refused == {}
    listener.hello_time_up.set()
    assert await closed_with(ws) == (CLOSE_BAD_KEY, "no key presented")
    assert listener.loopback.refused == {"no key": 1}
    assert listener.changes == []


async def test_wrong_key_is_refused(listener: Desktop, component: Component) -> None:
    ws = await component(key=new_key())
    code, _ = await closed_with(ws)
    assert code == CLOSE_BAD_KEY
    assert listener.loopback.refused == {"wrong key": 1}


async def test_old_key_stops_working_at_the_next_sign_in(
    listener: Desktop, component: Component
) -> None:
    old = listener.key
    first = await component()
    await listener.wait_change(1)
    await listener.loopback.rotate(new_key())
    assert (await closed_with(first))[0] == CLOSE_SIGNED_OUT
    again = await component(key=old)
    assert (await closed_with(again))[0] == CLOSE_BAD_KEY
    assert listener.loopback.refused == {"wrong key": 1}
    assert not listener.loopback.connected


async def test_oversized_frame_closes_the_connection(
    listener: Desktop, component: Component
) -> None:
    ws = await component()
    await listener.wait_change(1)
    await ws.send("x" * 2000)
    assert (await closed_with(ws))[0] == 1009
    await listener.wait_change(2)
    assert listener.changes[-1] == (False, "the console component sent an oversized message")
    assert listener.reports == []


async def test_a_flood_is_cut_off(listener: Desktop, component: Component) -> None:
    ws = await component()
    for seq in range(1, 12):  # burst is 5, and the frozen clock refills nothing
        try:
            await ws.send(OPEN.format(seq, 0))
        except ConnectionClosed:
            break
    assert await closed_with(ws) == (CLOSE_FLOOD, "the console component sent too many messages")
    await listener.wait_change(2)
    assert listener.changes[-1] == (False, "the console component sent too many messages")
    assert [r.seq for r in listener.reports] == [1, 2, 3, 4, 5]


async def test_answers_to_the_desktops_commands_are_no_flood(
    listener: Desktop, component: Component
) -> None:
    """Each command sent earns its answer a frame: twelve commands in a row with burst 5 and a
    frozen clock (no refill) are all answered, and the component is not cut off."""
    ws = await component()
    await ws.send(OPEN.format(1, 0))
    await asyncio.wait_for(listener.texts.get(), 5)

    async def console() -> None:
        for seq in range(2, 14):
            command = parse_command(str(await ws.recv()))
            await ws.send(OPEN.format(seq, command.seq))

    answering = asyncio.create_task(console())
    for _ in range(12):
        assert (await listener.link.ping()).done
    await answering
    assert listener.loopback.connected and listener.loopback.refused == {}


async def test_a_second_console_tab_takes_over_and_the_first_is_told(
    listener: Desktop, component: Component
) -> None:
    first = await component()
    await listener.wait_change(1)
    second = await component()
    assert await closed_with(first) == (
        CLOSE_REPLACED,
        "another console tab took over the desktop link",
    )
    await listener.wait_change(2)
    assert listener.changes == [
        (True, "a console component connected over the loopback link"),
        (True, "a console component connected over the loopback link"),
    ]
    await second.send(OPEN.format(1, 0))
    await asyncio.wait_for(listener.texts.get(), 5)
    assert [r.seq for r in listener.reports] == [1]
    assert listener.loopback.connected


async def test_the_key_is_never_logged(
    listener: Desktop, component: Component, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    ws = await component()
    await ws.send(OPEN.format(1, 0))
    await asyncio.wait_for(listener.texts.get(), 5)
    await component(key=listener.key[:-2] + "xx")
    await listener.loopback.rotate(new_key())
    desktop_side = [r for r in caplog.records if not r.name.startswith("websockets.client")]
    assert desktop_side  # the desktop did log (refusals, the listener)
    assert not [r for r in desktop_side if listener.key in r.getMessage()]
    assert listener.key not in repr(listener.loopback)
    assert "Refused a console-link connection: wrong key" in caplog.text


# ---- listening ----------------------------------------------------------------------------------


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A port of 127.0.0.1 that something else already listens on."""
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    try:
        yield busy.getsockname()[1]
    finally:
        busy.close()


def idle_listener(*ports: int) -> LoopbackLink:
    async def nothing(*_: Any) -> None:
        return None

    return LoopbackLink(
        origins=frozenset({ORIGIN}),
        key=new_key(),
        on_text=nothing,
        on_change=nothing,
        clock=FrozenClock(),
        ports=ports,
    )


async def test_listens_on_loopback_only_and_takes_the_next_port_of_the_range(
    taken_port: int,
) -> None:
    loopback = idle_listener(taken_port, 0)
    try:
        port = await loopback.start()
        assert port != taken_port
        assert loopback._server is not None
        assert {s.getsockname()[0] for s in loopback._server.sockets} == {"127.0.0.1"}
    finally:
        await loopback.close()


async def test_no_free_port_in_the_range_is_a_clear_error(taken_port: int) -> None:
    with pytest.raises(
        TransportDown, match=f"no port of the desktop link's range is free .*{taken_port}"
    ):
        await idle_listener(taken_port).start()


def test_lightning_origins_from_the_instance_url_and_policy() -> None:
    assert lightning_origins("https://acme.my.salesforce.com") == {
        "https://acme.my.salesforce.com",
        "https://acme.lightning.force.com",
    }
    assert "https://acme--dev.sandbox.lightning.force.com" in lightning_origins(
        "https://acme--dev.sandbox.my.salesforce.com"
    )
    assert lightning_origins("http://acme.my.salesforce.com") == frozenset()
    assert lightning_origins("", ["https://Console.Example.com/path", "junk"]) == {
        "https://console.example.com"
    }


# ---- the key, through the agent's private record ------------------------------------------------


async def test_the_key_goes_into_the_agents_own_record_once_per_sign_in(
    sandbox: Any, desktop: Any
) -> None:
    me = await desktop()
    record = RecordTransport(me.source.rest, me.account.user_id)
    spent = me.rest_calls()
    first, second = new_key(), new_key()
    await record.publish_key(first)
    org = sandbox.part("salesforce").org
    assert org.link_record(me.account.user_id)["Link_Key__c"] == first
    await record.publish_key(second)  # the next sign-in: the old key is gone
    assert org.link_record(me.account.user_id)["Link_Key__c"] == second
    assert me.rest_calls() == spent + 2
    state = await sandbox.state()
    assert second not in json.dumps(state)  # not even the sandbox's control page shows it
