"""One link contract, both transports: the same tests over the record and the direct link.

The real ``SalesforceSource`` signs in to the sandbox; a component played by hand stands at the
other end (the sandbox's own console component is not installed here): on the **record** it
writes ``To_Desktop__c`` of the agent's record in the sandbox org (which the PushTopic delivers
to the desktop) and reads the commands the desktop upserts into ``To_Console__c``; on the
**direct** link it is a WebSocket client that presented the published key. Every report example
of ``resources/link/examples.json``, every sequence of it, and a round trip of each command must
come out the same on both.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any, Protocol

import pytest
from websockets.asyncio.client import ClientConnection, connect

from omnisync.link_protocol import Command, Op, Report, parse_command
from omnisync.resources import resource_path
from omnisync.salesforce.link import LinkHealth
from omnisync.salesforce.link_loopback import hello
from omnisync.salesforce.link_route import Route
from omnisync.sandbox.harness import Sandbox
from omnisync.sandbox.salesforce_org import AGENT_ID, LINK_OBJECT

pytestmark = pytest.mark.integration

ORIGIN = "https://acme.lightning.force.com"
EXAMPLES = json.loads(resource_path("link", "examples.json").read_text(encoding="utf-8"))
REPORTS = [m for m in EXAMPLES["messages"] if m["direction"] == "to_desktop"]
SEQUENCES = EXAMPLES["sequences"]
LAST = 2**53 - 1
"""The marker report's seq: once it is handled, everything sent before it has been."""
STATUS = "0N5SB0000000016"


def report(seq: int, ack: int = 0, *, work: int = 0, status: str | None = None) -> str:
    return json.dumps(
        {"v": 1, "seq": seq, "ack": ack, "status": status, "reason": None, "work": work,
         "console": "open"},
        separators=(",", ":"),
    )  # fmt: skip


@pytest.fixture
def sandbox_settings(sandbox_settings: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    sandbox_settings["salesforce"]["component_installed"] = False  # the tests play it
    return sandbox_settings


class Component(Protocol):
    async def send(self, text: str) -> None: ...

    async def command(self) -> Command: ...


class RecordComponent:
    """The console component's record side, as its Apex controller and empApi see it."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.org: Any = sandbox.part("salesforce").org  # type: ignore[attr-defined]
        self.commands: asyncio.Queue[str] = asyncio.Queue()
        self.org.listeners.append(self._on_change)

    def _on_change(self, name: str, kind: str, record: Any, before: Any) -> None:
        raw = record.get("To_Console__c")
        if name == LINK_OBJECT and raw and (before is None or before.get("To_Console__c") != raw):
            self.commands.put_nowait(raw)

    async def send(self, text: str) -> None:
        link = self.org.link_record(AGENT_ID)
        self.org.update(LINK_OBJECT, link["Id"], {"To_Desktop__c": text})

    async def command(self) -> Command:
        return parse_command(await asyncio.wait_for(self.commands.get(), 5))


class DirectComponent:
    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws

    async def send(self, text: str) -> None:
        await self.ws.send(text)

    async def command(self) -> Command:
        return parse_command(str(await asyncio.wait_for(self.ws.recv(), 5)))


class Pair:
    """The desktop and the hand-played component on one transport, link answering."""

    def __init__(self, me: Any, component: Component) -> None:
        self.me = me
        self.component = component
        self.reports: list[Report] = []
        self._marker = asyncio.Event()
        self._marker_seq, self._marker_work = LAST, 7
        link = me.source.link
        handler = link._on_report

        async def spy(report: Report) -> None:  # what the link let through, in order
            self.reports.append(report)
            if (report.seq, report.work) == (self._marker_seq, self._marker_work):
                self._marker.set()
            await handler(report)

        link._on_report = spy

    async def settle(self, marker: int = LAST) -> None:
        """Until every report sent so far has been handled: a marker report (work 7, seq
        ``marker``) follows them, and is left out of :attr:`reports`."""
        await self.until(marker, 7, send=True)
        self.reports = [r for r in self.reports if (r.seq, r.work) != (marker, 7)]

    async def until(self, seq: int, work: int, *, send: bool = False) -> None:
        """Until the report with this seq and work count has been handled."""
        self._marker_seq, self._marker_work = seq, work
        self._marker.clear()
        if any((r.seq, r.work) == (seq, work) for r in self.reports):
            return
        if send:
            await self.component.send(report(seq, work=work))
        await asyncio.wait_for(self._marker.wait(), 5)


@pytest.fixture(params=["record", "direct"])
async def pair(
    request: pytest.FixtureRequest, desktop: Any, sandbox: Sandbox, link_port: int
) -> AsyncIterator[Pair]:
    me = await desktop(ack_timeout=1.0, link_origins=[ORIGIN], link_ports=(link_port,))
    if request.param == "record":
        component = RecordComponent(sandbox)
        await me.source.start()
        ping = await component.command()  # the desktop's first ping, over the record
        assert ping.op is Op.PING
        yield Pair(me, component)
        return
    await me.source.start()
    key = sandbox.part("salesforce").org.link_record(AGENT_ID)["Link_Key__c"]  # type: ignore[attr-defined]
    async with connect(f"ws://127.0.0.1:{link_port}/", origin=ORIGIN) as ws:  # type: ignore[arg-type]
        await ws.send(hello(key))
        await asyncio.wait_for(me.source.transport.wait_for(Route.DIRECT), 5)
        yield Pair(me, DirectComponent(ws))


@pytest.mark.parametrize("example", REPORTS, ids=[m["name"] for m in REPORTS])
async def test_every_report_example(pair: Pair, example: dict[str, Any]) -> None:
    await pair.component.send(example["raw"])
    parsed = example.get("parsed") or {}
    if example["valid"] and parsed["seq"] == LAST:
        await pair.until(LAST, parsed["work"])  # nothing can follow the largest seq
    else:
        await pair.settle()
    if example["valid"]:
        assert [r.to_dict() for r in pair.reports] == [example["parsed"]]
    else:
        assert pair.reports == []


@pytest.mark.parametrize("sequence", SEQUENCES, ids=[s["name"] for s in SEQUENCES])
async def test_every_sequence(pair: Pair, sequence: dict[str, Any]) -> None:
    """Each report differs (its work count), so the record's PushTopic delivers each one."""
    if sequence["last"]:
        await pair.component.send(report(sequence["last"], work=99))
    for n, seq in enumerate(sequence["seqs"]):
        await pair.component.send(report(seq, work=n))
    await pair.settle()
    taken = [r.seq for r in pair.reports if r.work != 99]
    expected = [
        s for s, v in zip(sequence["seqs"], sequence["verdicts"], strict=True) if v == "new"
    ]
    assert taken == expected


@pytest.mark.parametrize("op", [Op.SET_STATUS, Op.LOGOUT, Op.PING])
async def test_each_command_round_trips(pair: Pair, op: Op) -> None:
    await pair.settle(2)
    link = pair.me.source.link
    assert link.health is LinkHealth.ANSWERING
    calls = {
        Op.SET_STATUS: lambda: link.set_status(STATUS),
        Op.LOGOUT: link.logout,
        Op.PING: link.ping,
    }
    pending = asyncio.create_task(calls[op]())
    command = await pair.component.command()
    assert command.op is op
    assert command.status == (STATUS if op is Op.SET_STATUS else None)
    status = STATUS if op is Op.SET_STATUS else None
    await pair.component.send(report(3, command.seq, status=status))
    result = await asyncio.wait_for(pending, 5)
    assert result.done, result.why
    assert result.report is not None and result.report.ack == command.seq


async def test_an_unanswered_command_asks_the_agent(pair: Pair) -> None:
    await pair.settle(2)
    link = pair.me.source.link
    result = await link.set_status(STATUS)
    command = await pair.component.command()  # it was sent, and nobody answers
    assert command.op is Op.SET_STATUS
    assert result.ask_agent
    assert "did not answer within 1 s" in str(result.why)
    assert link.health is LinkHealth.SILENT
