"""The console link, desktop side: commands out, reports in, over one of two transports.

The record transport (the fallback) upserts ``To_Console__c`` of the agent's ``OmniSync_Link__c``
(external id ``Agent_Id__c``) and hears reports on ``/topic/OmniSyncToDesktop?Agent_Id__c=<user
id>``; the loopback transport (``link_loopback``) carries the same texts over a WebSocket on
127.0.0.1. The link itself (sequence numbers, acks, health) does not care which. Health:

- ANSWERING: the component reported and the console is open;
- SILENT: the link exists but the console said it is closing, or a command went unanswered;
- ABSENT: the object or topic is not deployed, or no component ever answered.

Only ANSWERING carries commands: otherwise a write becomes "ask the agent" at once, without
spending an API call, and a ping is the way to find out whether the component is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from omnisync.core.message import Message, SaidError, said_of, say
from omnisync.link_protocol import (
    Command,
    ConsoleState,
    LinkMessageError,
    Op,
    Report,
    SeqGuard,
    Verdict,
    encode,
    parse_command,
    parse_report,
)
from omnisync.salesforce.errors import NotDeployed, SalesforceError
from omnisync.salesforce.omni import LINK_OBJECT, LinkRecord
from omnisync.salesforce.rest import SalesforceRest
from omnisync.timing import Sleep, real_sleep

log = logging.getLogger(__name__)

TO_DESKTOP_TOPIC = "OmniSyncToDesktop"


class LinkHealth(enum.Enum):
    ANSWERING = "answering"
    SILENT = "silent"
    ABSENT = "absent"


@dataclass(frozen=True, slots=True)
class CommandResult:
    done: bool
    """The console carried the command out and acknowledged it."""
    report: Report | None = None
    why: str | Message = ""
    """When not done: why, in words for the agent's "please do it yourself" notification."""

    @property
    def ask_agent(self) -> bool:
        return not self.done


class TransportDown(SaidError):
    """The transport cannot carry a command right now; the message says why, for the agent."""


class Transport(Protocol):
    """How one command text reaches the console; raises NotDeployed, SalesforceError or
    TransportDown when it cannot."""

    async def send(self, text: str) -> None: ...


class RecordTransport:
    """Commands through the agent's link record: one counted REST call each."""

    def __init__(self, rest: SalesforceRest, user_id: str) -> None:
        self._rest = rest
        self._user_id = user_id

    async def send(self, text: str) -> None:
        await self._rest.upsert(LINK_OBJECT, "Agent_Id__c", self._user_id, {"To_Console__c": text})

    async def publish_key(self, key: str) -> None:
        """The loopback link's key for this sign-in, where only the agent's own session (the
        record is private) can read it back: one upsert per sign-in."""
        await self._rest.upsert(LINK_OBJECT, "Agent_Id__c", self._user_id, {"Link_Key__c": key})


def not_set_up(exc: Exception) -> Message:
    """Why the console link cannot work: its objects are not deployed in the org."""
    return say("service", "the console link is not set up in Salesforce ({error})").fill(
        error=str(exc)
    )


ReportHandler = Callable[[Report], Awaitable[None]]
HealthHandler = Callable[[LinkHealth, LinkHealth | None, str | Message], Awaitable[None]]
"""(new health, previous health or None at the first decision, why)."""


class ConsoleLink:
    def __init__(
        self,
        rest: SalesforceRest,
        user_id: str,
        *,
        on_report: ReportHandler,
        on_health: HealthHandler,
        ack_timeout: float = 15.0,
        sleep: Sleep = real_sleep,
        transport: Transport | None = None,
    ) -> None:
        self.transport: Transport = transport or RecordTransport(rest, user_id)
        self.user_id = user_id
        self._on_report = on_report
        self._on_health = on_health
        self.ack_timeout = ack_timeout
        self._sleep = sleep
        self.health: LinkHealth | None = None
        """None until the first answer, timeout or refusal decides it."""
        self.why: str | Message = say("service", "the console link has not answered yet")
        self.deployed = True
        self.seq = 0
        self.reports = SeqGuard()
        self.last_report: Report | None = None
        self._waiters: dict[int, asyncio.Future[Report]] = {}
        self._probes: set[int] = set()
        """Seqs of pending pings: any report from an open console answers them."""
        self._commanded: dict[int, str] = {}
        """The status each recent set-status command asked for, by seq."""
        self._send_lock = asyncio.Lock()
        self._window = False
        """The next report over the direct link sets both sequences (see new_connection)."""

    @property
    def channel(self) -> str:
        return f"/topic/{TO_DESKTOP_TOPIC}?Agent_Id__c={self.user_id}"

    def resume(self, record: LinkRecord | None) -> None:
        """Continue both sequences from the record read at start (see the contract's rules)."""
        if record is None:
            return
        with contextlib.suppress(LinkMessageError):
            self.seq = max(self.seq, parse_command(record.to_console or "").seq)
        with contextlib.suppress(LinkMessageError):
            report = parse_report(record.to_desktop or "")
            self.reports = SeqGuard(max(self.reports.last, report.seq))
            self.last_report = report

    @property
    def console_said_open(self) -> bool:
        """The last report we know of came from an open console."""
        return self.last_report is not None and self.last_report.console is ConsoleState.OPEN

    async def not_deployed(self, why: str | Message) -> None:
        self.deployed = False
        await self._set_health(LinkHealth.ABSENT, why)

    # ---- incoming ----------------------------------------------------------------------------

    async def handle(self, data: dict[str, Any]) -> None:
        """One OmniSyncToDesktop event: a report, unless malformed, duplicate or stale."""
        record = data.get("sobject") if isinstance(data, dict) else None
        raw = record.get("To_Desktop__c") if isinstance(record, dict) else None
        if raw is None:
            return
        if not isinstance(raw, str):
            log.warning("Ignored a console-link event whose report is not text")
            return
        await self.handle_text(raw)

    def new_connection(self) -> None:
        """A component connected over the direct link. Its first report there sets where both
        sequences stand: reports and commands that went over a socket are in no record field,
        so a writer restarted on either side resumes from an older seq than the other side
        last saw. The connection itself (keyed, ordered, one at a time) stands in for the
        duplicate check of that one report."""
        self._window = True

    async def handle_direct_text(self, raw: str) -> None:
        """One text from the direct link."""
        await self.handle_text(raw, direct=True)

    async def handle_text(self, raw: str, *, direct: bool = False) -> None:
        """One report text from either transport, validated by the shared codec."""
        try:
            report = parse_report(raw)
        except LinkMessageError as exc:
            log.warning("Ignored a console-link report that breaks the contract: %s", exc)
            return
        if direct and self._window:
            self._window = False
            if report.seq <= self.reports.last:
                self.reports = SeqGuard(report.seq - 1)
            self.seq = max(self.seq, report.ack)
        verdict = self.reports.accept(report.seq)
        if verdict is not Verdict.NEW:
            log.debug("Dropped a %s console-link report (seq %s)", verdict.value, report.seq)
            return
        self.last_report = report
        is_open = report.console is not ConsoleState.CLOSED
        for seq, waiter in list(self._waiters.items()):
            # A ping asks "is the console there?": a greeting that never saw it still answers it.
            if (seq <= report.ack or (is_open and seq in self._probes)) and not waiter.done():
                waiter.set_result(report)
        if report.console is ConsoleState.CLOSED:
            await self._set_health(
                LinkHealth.SILENT, say("service", "the Salesforce console was closed")
            )
        else:
            self.deployed = True
            await self._set_health(LinkHealth.ANSWERING, "")
        await self._on_report(report)

    def ours(self, report: Report) -> bool:
        """Whether the status a report shows is the one our last executed command set: a
        report that names no reason (work, a ping's answer) may arrive before the one that
        said "toolkit", held back on the way, and must not make our own write look like the
        agent's."""
        return report.status is not None and self._commanded.get(report.ack) == report.status

    # ---- outgoing ----------------------------------------------------------------------------

    async def set_status(self, status_id: str) -> CommandResult:
        result = await self._command(Op.SET_STATUS, status_id)
        if result.done and result.report is not None and result.report.status != status_id:
            return CommandResult(False, result.report, "the console did not take the status")
        return result

    async def logout(self) -> CommandResult:
        return await self._command(Op.LOGOUT)

    async def ping(self) -> CommandResult:
        """Always sent, whatever the health: it is how the desktop learns the link is back."""
        return await self._command(Op.PING, probe=True)

    async def _command(
        self, op: Op, status: str | None = None, *, probe: bool = False
    ) -> CommandResult:
        if not self.deployed:
            return CommandResult(False, None, self.why)
        if self.health is not LinkHealth.ANSWERING and not probe:
            return CommandResult(False, None, self.why)
        async with self._send_lock:
            self.seq += 1
            seq = self.seq
            text = encode(Command(seq=seq, op=op, status=status))
            waiter: asyncio.Future[Report] = asyncio.get_running_loop().create_future()
            self._waiters[seq] = waiter
            if op is Op.PING:
                self._probes.add(seq)
            elif op is Op.SET_STATUS and status is not None:
                self._commanded[seq] = status
                while len(self._commanded) > 16:
                    del self._commanded[min(self._commanded)]
            try:
                await self.transport.send(text)
            except NotDeployed as exc:
                self._forget(seq)
                await self.not_deployed(not_set_up(exc))
                return CommandResult(False, None, self.why)
            except (SalesforceError, TransportDown) as exc:
                self._forget(seq)
                return CommandResult(
                    False,
                    None,
                    say("service", "the command could not be sent: {error}").fill(
                        error=said_of(exc)
                    ),
                )
        try:
            report = await self._wait(waiter)
        finally:
            self._forget(seq)
        if report is None:
            health = LinkHealth.SILENT if self.last_report is not None else LinkHealth.ABSENT
            await self._set_health(
                health,
                say("service", "the console did not answer within {seconds} s").fill(
                    seconds=f"{self.ack_timeout:g}"
                ),
            )
            return CommandResult(False, None, self.why)
        if report.error:
            return CommandResult(
                False,
                report,
                say("service", "the console could not do it ({error})").fill(error=report.error),
            )
        return CommandResult(True, report)

    def _forget(self, seq: int) -> None:
        self._waiters.pop(seq, None)
        self._probes.discard(seq)

    async def _wait(self, waiter: asyncio.Future[Report]) -> Report | None:
        timer: asyncio.Future[None] = asyncio.ensure_future(self._sleep(self.ack_timeout))
        try:
            both: set[asyncio.Future[Any]] = {waiter, timer}
            await asyncio.wait(both, return_when=asyncio.FIRST_COMPLETED)
        finally:
            timer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await timer
        return waiter.result() if waiter.done() else None

    async def _set_health(self, health: LinkHealth, why: str | Message) -> None:
        self.why = why
        if health is self.health:
            return
        previous, self.health = self.health, health
        log.info("Console link is %s%s", health.value, f": {why}" if why else "")
        await self._on_health(health, previous, why)
