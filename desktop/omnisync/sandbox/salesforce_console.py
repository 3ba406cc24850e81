"""The agent's console, emulated: the Omni-Channel widget and the OmniSync console component.

The widget part keeps Omni state the way the real org records it (one UserServicePresence row
per status period, AgentWork rows through Assigned, Opened, Declined, DeclinedOnPushTimeout,
Closed), pushes work only to a routable status with the work's channel and free capacity, and
applies the presence configuration's "status on decline" and "status on push timeout".

The component part plays the link as ``OmniSyncLink.js`` does: when the desktop has published
this sign-in's key in the agent's link record (what the Apex controller's ``getLink`` returns),
it dials the desktop's direct link on 127.0.0.1 with the console's origin and presents the key;
commands then come over that socket and reports go back over it. Otherwise, or when the dial is
refused, the record carries the link for the session: the component watches ``To_Console__c``
(as the real one does through empApi) and writes reports to ``To_Desktop__c``. Either way it
executes commands in order while dropping duplicates and stale ones. A ping over the record
from a desktop that has published a new key since makes it try the direct link again. When the
console is closed, Omni is Offline and the component is silent.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

from omnisync.link_protocol import (
    Command,
    ConsoleState,
    ItemState,
    LinkMessageError,
    Op,
    Reason,
    Report,
    ReportedItem,
    SeqGuard,
    Verdict,
    encode,
    parse_command,
    parse_report,
)
from omnisync.sandbox.salesforce_console_direct import (
    CLOSE_BAD_KEY,
    CLOSE_REPLACED,
    REFUSED_BY_BROWSER,
    ComponentSocket,
)
from omnisync.sandbox.salesforce_org import AGENT_ID, LINK_OBJECT, Org
from omnisync.sandbox.salesforce_soql import Record

OPEN_WORK = ("Assigned", "Opened")
NO_KEY = "the desktop app has not published a link key (not signed in, or an older version)"
NOT_ANSWERING = "the desktop app does not answer"
MAX_REDIALS = 2
"""Dials in a row after the direct link closed before the record carries the link."""


# Who or what can log the agent out, as the sandbox's control says it, and the reason the
# console component reports (lightning:omniChannelLogout's reason mapped by the link contract).
LOGOUT_BY = {
    "supervisor": Reason.SUPERVISOR,
    "duplicate_tab": Reason.DUPLICATE_TAB,
    "duplicate_login": Reason.DUPLICATE_LOGIN,
    "maintenance": Reason.MAINTENANCE,
}


class ConsoleActionError(ValueError):
    """An agent action that the console would not allow; the message says why."""


@dataclass(slots=True)
class ConsoleSettings:
    capacity: int = 2
    push_timeout: float | None = None
    """Seconds before unanswered work times out (None: only the control API's "timeout")."""
    status_on_decline: str | None = "Busy"
    status_on_push_timeout: str | None = "Busy"
    link_delay: float = 0.0
    """Seconds the component takes to execute a command (the "slow link" fault raises it)."""
    direct_retry: float = 1.0
    """Seconds before the component dials again while the desktop has no key out or does not
    answer, doubling up to five times that (OmniSyncLink.js: 1 s up to 5 s)."""


@dataclass
class ConsoleEmulator:
    org: Org
    settings: ConsoleSettings
    on_event: Callable[[str, str], None]
    on_component_delivery: Callable[[], None] = lambda: None
    """Counts the empApi delivery of a command to the component."""
    agent_id: str = AGENT_ID
    component_installed: bool = True
    names_items: bool = True
    """The component names a new or accepted item in its report (with the fields its Apex
    controller reads); False: an older component that sends the counts only."""
    is_open: bool = False
    commands: SeqGuard = field(default_factory=SeqGuard)
    report_seq: int = 0
    last_ack: int = 0
    timers: dict[str, asyncio.TimerHandle] = field(default_factory=dict)
    pending: set[asyncio.TimerHandle] = field(default_factory=set)
    direct: ComponentSocket | None = None
    """The component's end of the desktop's direct link; None: a component without one."""
    transport: str = "record"
    """How the link is carried: ``direct``, ``record``, or ``dialing`` (reports wait)."""
    fallback_why: str | None = None
    """Why the record carries the link this session (None: not decided or direct)."""
    tried_key: str | None = None
    heard_desktop: bool = False
    redials: int = 0
    backlog: list[str] = field(default_factory=list)
    tasks: set[asyncio.Task[None]] = field(default_factory=set)
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    """The sandbox clock's sleep, for the redial back-off."""
    redialing: bool = False
    redial_failures: int = 0

    def stop_tasks(self) -> None:
        """Cancel the console's timers and its dials and redials (a reset, or the sandbox
        stopping: a redial sleeping on its back-off must not outlive the server)."""
        for handle in [*self.timers.values(), *self.pending]:
            handle.cancel()
        self.timers.clear()
        self.pending.clear()
        for task in self.tasks:
            task.cancel()
        self.tasks.clear()

    def reset(self) -> None:
        self.stop_tasks()
        if self.direct is not None:
            self.direct.reset()
        self.is_open = False
        self.commands = SeqGuard()
        self.report_seq = 0
        self.last_ack = 0
        self._forget_transport()

    def _forget_transport(self) -> None:
        self.transport = "record"
        self.redialing = False
        self.redial_failures = 0
        self.fallback_why = None
        self.tried_key = None
        self.heard_desktop = False
        self.redials = 0
        self.backlog.clear()

    # ---- what the widget shows ---------------------------------------------------------------

    def current_presence(self) -> Record | None:
        return next(
            (
                r
                for r in reversed(self.org.records["UserServicePresence"].values())
                if r["UserId"] == self.agent_id and r["IsCurrentState"]
            ),
            None,
        )

    def current_status(self) -> Record | None:
        row = self.current_presence()
        if row is None:
            return None
        return self.org.records["ServicePresenceStatus"][row["ServicePresenceStatusId"]]

    def open_work(self) -> list[Record]:
        return [
            w
            for w in self.org.records["AgentWork"].values()
            if w["UserId"] == self.agent_id and w["Status"] in OPEN_WORK
        ]

    def state(self) -> dict[str, Any]:
        status = self.current_status()
        omni = None
        if status is not None:
            omni = {
                "id": status["Id"],
                "label": status["MasterLabel"],
                "apiName": status["DeveloperName"],
                "routable": bool(self.org.status_channels(status["Id"])),
            }
        routing = self.org.records["PendingServiceRouting"]
        work = [
            {
                "id": w["Id"],
                "status": w["Status"],
                "workItemId": w["WorkItemId"],
                "channel": self.org.records["ServiceChannel"][w["ServiceChannelId"]]["MasterLabel"],
                "weight": w["CapacityWeight"],
                "external": routing.get(w["PendingServiceRoutingId"] or "", {}).get("RoutingType")
                == "ExternalRouting",
            }
            for w in self.open_work()
        ]
        link = self.org.link_record(self.agent_id)
        return {
            "console": "open" if self.is_open else "closed",
            "omni": omni,
            "work": work,
            "link": {
                "toConsole": link["To_Console__c"] if link else None,
                "toDesktop": link["To_Desktop__c"] if link else None,
                "lastAck": self.last_ack,
                "linkDelay": self.settings.link_delay,
                "transport": self.transport if self.is_open else None,
                "fallbackWhy": self.fallback_why if self.is_open else None,
                "directAllowed": self.direct is not None and self.direct.allowed,
            },
        }

    # ---- agent actions (control API) ---------------------------------------------------------

    def open_console(self) -> None:
        if self.is_open:
            return
        self.is_open = True
        self.on_event("agent opened the Salesforce console", "agent")
        self._component_start()

    def close_console(self, *, goodbye: bool = True) -> None:
        if not self.is_open:
            return
        for work in self.open_work():
            if work["Status"] == "Assigned":
                self._end_work(work, "Unavailable", None)
        self._set_presence(None)
        if goodbye:
            self._report(None, console=ConsoleState.CLOSED)
        if self.direct is not None:
            self.direct.drop(1000, "console closed")  # after the goodbye, which went over it
        self.is_open = False
        self._forget_transport()
        self.on_event("agent closed the Salesforce console (Omni offline, link silent)", "agent")

    def agent_sets_status(self, name: str, *, by: str = "agent") -> None:
        self._require_open()
        was_offline = self.current_presence() is None
        if name.strip().lower() == "offline":
            if was_offline:
                return
            self._set_presence(None)
            reason = LOGOUT_BY.get(by, Reason.MANUAL)
            self.on_event(f"{by} logged out of Omni-Channel", "agent")
            self._report(reason)
            return
        if by not in ("agent", "supervisor"):
            raise ConsoleActionError(f"{by!r} can only log the agent out (status Offline)")
        status = self.org.find_status(name)
        if status is None:
            known = ", ".join(s["MasterLabel"] for s in self.org.statuses())
            raise ConsoleActionError(f"no Omni status {name!r}; the org has: {known}, Offline")
        current = self.current_status()
        if current is not None and current["Id"] == status["Id"]:
            return
        self._set_presence(status["Id"])
        if by == "supervisor":
            reason = Reason.SUPERVISOR
        else:
            reason = Reason.LOGIN if was_offline else Reason.MANUAL
        self.on_event(f"{by} set Omni status to {status['MasterLabel']}", "agent")
        self._report(reason)

    def push_work(
        self, *, channel: str = "Case", external: bool = False, weight: int = 1
    ) -> Record:
        self._require_open()
        chan = self.org.channel_by_label(channel)
        if chan is None:
            raise ConsoleActionError(f"no service channel {channel!r}; use Case or Chat")
        status = self.current_status()
        if status is None or chan["MasterLabel"] not in self.org.status_channels(status["Id"]):
            where = status["MasterLabel"] if status else "Offline"
            raise ConsoleActionError(
                f"Omni does not push {chan['MasterLabel']} work to an agent in {where}"
            )
        used = sum(w["CapacityWeight"] for w in self.open_work())
        if used + weight > self.settings.capacity:
            raise ConsoleActionError(
                f"the agent is at capacity ({used}/{self.settings.capacity} units)"
            )
        work_item_id = self.org.new_id(chan["RelatedEntity"])
        routing = self.org.insert(
            "PendingServiceRouting",
            {
                "RoutingType": "ExternalRouting" if external else "QueueBased",
                "WorkItemId": work_item_id,
                "ServiceChannelId": chan["Id"],
                "IsPushed": True,
            },
        )
        work = self.org.insert(
            "AgentWork",
            {
                "Name": f"{chan['MasterLabel']} {work_item_id[-6:]}",
                "UserId": self.agent_id,
                "OwnerId": self.agent_id,
                "WorkItemId": work_item_id,
                "ServiceChannelId": chan["Id"],
                "Status": "Assigned",
                "CapacityWeight": weight,
                "CapacityPercentage": None,
                "AssignedDateTime": self.org.now(),
                "PendingServiceRoutingId": routing["Id"],
            },
        )
        kind = "externally routed " if external else ""
        self.on_event(f"Omni pushed {kind}{chan['MasterLabel']} work {work['Id']}", "system")
        if self.settings.push_timeout is not None:
            loop = asyncio.get_running_loop()
            self.timers[work["Id"]] = loop.call_later(
                self.settings.push_timeout, self._timer_fired, work["Id"]
            )
        self._report(None, item=work)
        return work

    def accept(self, work_id: str | None = None) -> Record:
        work = self._pick(work_id, "Assigned")
        self._cancel_timer(work["Id"])
        self.org.update(
            "AgentWork", work["Id"], {"Status": "Opened", "AcceptDateTime": self.org.now()}
        )
        self.on_event(f"agent accepted Omni work {work['Id']}", "agent")
        self._report(None, item=self.org.records["AgentWork"][work["Id"]])
        return work

    def decline(self, work_id: str | None = None) -> Record:
        work = self._pick(work_id, "Assigned")
        self._end_work(work, "Declined", "DeclineDateTime")
        self.on_event(f"agent declined Omni work {work['Id']}", "agent")
        self._after_miss(self.settings.status_on_decline, Reason.DECLINE)
        return work

    def time_out(self, work_id: str | None = None) -> Record:
        work = self._pick(work_id, "Assigned")
        self._end_work(work, "DeclinedOnPushTimeout", "DeclineDateTime")
        self.on_event(f"Omni work {work['Id']} was not answered in time", "system")
        self._after_miss(self.settings.status_on_push_timeout, Reason.PUSH_TIMEOUT)
        return work

    def close(self, work_id: str | None = None) -> Record:
        work = self._pick(work_id, "Opened")
        self._end_work(work, "Closed", "CloseDateTime")
        self.on_event(f"agent closed Omni work {work['Id']}", "agent")
        self._report(None)
        return work

    def _timer_fired(self, work_id: str) -> None:
        self.timers.pop(work_id, None)
        work = self.org.records["AgentWork"].get(work_id)
        if work is not None and work["Status"] == "Assigned":
            self.time_out(work_id)

    def _after_miss(self, status_name: str | None, reason: Reason) -> None:
        status = self.org.find_status(status_name) if status_name else None
        current = self.current_status()
        if status is not None and (current is None or current["Id"] != status["Id"]):
            self._set_presence(status["Id"])
            self.on_event(f"Omni set the status to {status['MasterLabel']}", "system")
            self._report(reason)
        else:
            self._report(None)

    def _pick(self, work_id: str | None, status: str) -> Record:
        self._require_open()
        candidates = [w for w in self.open_work() if w["Status"] == status]
        if work_id:
            candidates = [w for w in candidates if w["Id"] == work_id]
        if not candidates:
            which = f" {work_id}" if work_id else ""
            raise ConsoleActionError(f"no {status} Omni work{which} for the agent")
        return candidates[0]

    def _end_work(self, work: Record, status: str, stamp: str | None) -> None:
        self._cancel_timer(work["Id"])
        changes: dict[str, Any] = {"Status": status}
        if stamp:
            changes[stamp] = self.org.now()
        self.org.update("AgentWork", work["Id"], changes)

    def _cancel_timer(self, work_id: str) -> None:
        handle = self.timers.pop(work_id, None)
        if handle is not None:
            handle.cancel()

    def _require_open(self) -> None:
        if not self.is_open:
            raise ConsoleActionError("the Salesforce console is closed: open it first")

    def _set_presence(self, status_id: str | None) -> None:
        """Close the current row and open a new one, as Omni records a status change."""
        now_text = self.org.now()
        current = self.current_presence()
        if current is not None:
            self.org.update(
                "UserServicePresence",
                current["Id"],
                {"IsCurrentState": False, "StatusEndDate": now_text},
            )
        if status_id is not None:
            self.org.insert(
                "UserServicePresence",
                {
                    "Name": f"USP-{self.agent_id[-6:]}",
                    "UserId": self.agent_id,
                    "OwnerId": self.agent_id,
                    "ServicePresenceStatusId": status_id,
                    "IsCurrentState": True,
                    "IsAway": not self.org.status_channels(status_id),
                    "StatusStartDate": now_text,
                    "ConfiguredCapacity": self.settings.capacity,
                },
            )

    # ---- the console component's side of the link --------------------------------------------

    def _component_start(self) -> None:
        """Resume both sequences from the record, so old commands are not executed again."""
        if not self.component_installed:
            return
        link = self.org.link_record(self.agent_id)
        if link is not None:
            with contextlib.suppress(LinkMessageError, TypeError):
                self.report_seq = max(self.report_seq, parse_report(link["To_Desktop__c"]).seq)
            with contextlib.suppress(LinkMessageError, TypeError):
                last = parse_command(link["To_Console__c"]).seq
                self.commands = SeqGuard(max(self.commands.last, last))
        self._forget_transport()
        self._try_direct()

    # ---- the direct link ---------------------------------------------------------------------

    def allow_direct(self, allowed: bool) -> None:
        """The browser's local network access for the console, granted or taken away: taken
        away, the open direct link is lost and every dial is refused, so the record carries
        the link; granted again, the component dials at once."""
        if self.direct is None:
            raise ConsoleActionError("this console component has no direct link")
        self.direct.allowed = allowed
        if not allowed:
            self.on_event("the browser refuses the console's direct link to the desktop", "agent")
            if self.is_open and self.transport != "record":
                self._use_record(REFUSED_BY_BROWSER)
                self.direct.drop()
            return
        self.on_event("the browser allows the console's direct link to the desktop", "agent")
        if self.is_open and self.component_installed and self.transport == "record":
            self.fallback_why, self.tried_key = None, None
            self._try_direct()

    def _published_key(self) -> str | None:
        """What the Apex controller's getLink returns: the key in the agent's own record."""
        link = self.org.link_record(self.agent_id)
        key = link.get("Link_Key__c") if link else None
        return key if isinstance(key, str) and key else None

    def _try_direct(self) -> None:
        """Dial the desktop with the key read now; the record for the session when there is
        none. Reports made meanwhile wait, and go over whichever link answers."""
        if self.direct is None:
            self._report(None)
            return
        key = self._published_key()
        if key is None:
            self._use_record(NO_KEY)
            self._report(None)
            return
        self.transport, self.tried_key = "dialing", key
        task = asyncio.get_running_loop().create_task(self._dial(key))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _dial(self, key: str) -> None:
        assert self.direct is not None
        why = await self.direct.dial(key)
        if not self.is_open or self.transport != "dialing":
            self.direct.drop(1000, "console closed")
            return
        waiting = bool(self.backlog)
        if why is not None:
            self._use_record(why)
        else:
            self._went_direct()
            held, self.backlog = self.backlog, []
            for text in held:
                self.direct.send(text)
        if not waiting:
            self._report(None)  # the greeting: the console is open (and where its seqs are)

    def _went_direct(self) -> None:
        self.transport, self.fallback_why, self.redial_failures = "direct", None, 0
        self.on_event("console component connected to the desktop directly", "system")

    def _use_record(self, why: str) -> None:
        """The record carries the link; reports held for the dial go there. While the desktop
        has no key out or does not answer, the component dials again on a back-off: a desktop
        that signs in later then needs no ping through the record to be found."""
        if why != self.fallback_why:
            self.on_event(f"console link uses the Salesforce record: {why}", "system")
        self.transport, self.fallback_why = "record", why
        waiting, self.backlog = self.backlog, []
        for text in waiting:
            self._write_report(text)
        if why == NO_KEY or why.startswith(NOT_ANSWERING):
            self._redial_later()

    def _redial_later(self) -> None:
        if self.redialing or self.direct is None:
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            # A console opened while the sandbox is only being built (no loop yet): it dials
            # when the desktop's ping through the record or the next opening asks it to.
            return
        self.redialing = True
        self.redial_failures += 1
        first = self.settings.direct_retry
        delay = min(5 * first, first * 2 ** (self.redial_failures - 1))

        async def redial() -> None:
            await self.sleep(delay)
            self.redialing = False
            if not (self.is_open and self.component_installed and self.transport == "record"):
                return
            if self.direct is None or not self.direct.allowed:
                return
            key = self._published_key()  # getLink, through the Apex controller: no API call
            if key is None:
                self._redial_later()
                return
            # Still on the record while it dials (empApi stays subscribed until the socket
            # is up, as in OmniSyncLink.js): commands and reports meanwhile go through it.
            self.tried_key = key
            why = await self.direct.dial(key)
            if not (self.is_open and self.transport == "record" and self.fallback_why):
                self.direct.drop(1000, "console closed")
                return
            if why is not None:
                self._use_record(why)  # and dials again later
                return
            self._went_direct()
            self._report(None)  # the greeting, over the direct link

        task = asyncio.get_running_loop().create_task(redial())
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def on_direct_text(self, raw: str) -> None:
        """A command over the direct link."""
        if self.is_open and self.transport == "direct":
            self._later(raw)

    def on_direct_closed(self, code: int | None, reason: str) -> None:
        """The desktop closed the direct link or went away: dial again (a new sign-in rotates
        the key, so it is read again), or, after the desktop refused the key before it ever
        sent a command, or too many dials in a row, the record carries the link."""
        if not self.is_open or self.transport != "direct":
            return
        why = f"the desktop link closed ({code} {reason})".replace(" )", ")")
        if code == CLOSE_REPLACED:
            self.transport = "standby"
            self.on_event("another console tab took over the desktop link", "system")
            return
        if code == CLOSE_BAD_KEY and not self.heard_desktop:
            self._use_record(f"the desktop app refused the key ({reason})")
            return
        self.redials += 1
        if self.redials > MAX_REDIALS:
            self._use_record(why)
            return
        self._try_direct()

    def on_record_change(
        self, object_name: str, kind: str, record: Record, before: Record | None
    ) -> None:
        if object_name != LINK_OBJECT or record["Agent_Id__c"] != self.agent_id:
            return
        raw = record["To_Console__c"]
        if raw is None or (before is not None and before.get("To_Console__c") == raw):
            return
        if not self.is_open or not self.component_installed or self.transport != "record":
            return  # nobody listens on the record: the link is silent or direct
        self.on_component_delivery()
        self._later(raw)
        if self.direct is not None and self.direct.allowed and _is_ping(raw):
            key = self._published_key()
            if key is not None and key != self.tried_key:
                self._try_direct()  # a desktop that signed in since asks: try it directly

    def _later(self, raw: str) -> None:
        """Execute a command after the component's delay (the "slow link" fault)."""
        loop = asyncio.get_running_loop()
        handle: asyncio.TimerHandle | None = None

        def run() -> None:
            if handle is not None:
                self.pending.discard(handle)
            self._execute(raw)

        handle = loop.call_later(self.settings.link_delay, run)
        self.pending.add(handle)

    def _execute(self, raw: str) -> None:
        if not self.is_open:
            return
        try:
            command = parse_command(raw)
        except LinkMessageError as exc:
            self.on_event(f"console component ignored a bad command ({exc.code})", "system")
            return
        if self.commands.accept(command.seq) is not Verdict.NEW:
            self.on_event(f"console component dropped old command {command.seq}", "system")
            return
        self.last_ack = command.seq
        self.heard_desktop = True
        self.redials = 0
        self._run(command)

    def _run(self, command: Command) -> None:
        if command.op is Op.PING:
            self._report(None)
            return
        if command.op is Op.LOGOUT:
            if self.current_presence() is None:
                self._report(None)
                return
            self._set_presence(None)
            self.on_event("console component logged the agent out of Omni", "app")
            self._report(Reason.TOOLKIT)
            return
        status = self.org.find_status(command.status or "")
        if status is None or status["Id"] != command.status:
            self._report(None, error="unknown_status")
            return
        current = self.current_status()
        if current is not None and current["Id"] == status["Id"]:
            self._report(None)
            return
        self._set_presence(status["Id"])
        self.on_event(f"console component set Omni status to {status['MasterLabel']}", "app")
        self._report(Reason.TOOLKIT)

    def _load(self, work: list[Record]) -> int | None:
        """The workload as lightning:omniChannelWorkloadChanged gives it, in % of capacity."""
        if self.settings.capacity <= 0:
            return None
        used = sum(float(w["CapacityWeight"]) for w in work)
        return round(100 * used / self.settings.capacity)

    def _report(
        self,
        reason: Reason | None,
        *,
        console: ConsoleState = ConsoleState.OPEN,
        error: str | None = None,
        item: Record | None = None,
    ) -> None:
        """``item``: the AgentWork whose arrival or acceptance this report tells."""
        if not self.is_open or not self.component_installed:
            return
        work = self.open_work()
        status = self.current_status()
        self.report_seq += 1
        report = Report(
            seq=self.report_seq,
            ack=self.last_ack,
            status=status["Id"] if status else None,
            reason=reason,
            work=len(work),
            console=console,
            offered=sum(1 for w in work if w["Status"] == "Assigned"),
            error=error,
            load=self._load(work) if status is not None else None,
            item=self._reported_item(item) if item is not None and self.names_items else None,
        )
        try:
            text = encode(report)
        except LinkMessageError:
            if report.item is None:
                raise
            text = encode(replace(report, item=None))  # too long with it: the counts only
        if self.transport == "direct" and self.direct is not None and self.direct.send(text):
            return
        if self.transport in ("dialing", "direct"):
            self.backlog.append(text)  # goes over whichever link answers the dial or redial
        elif self.transport == "record":
            self._write_report(text)

    def _reported_item(self, work: Record) -> ReportedItem:
        """What the component's Apex controller (describeWork) reads of one AgentWork."""
        channel = self.org.records["ServiceChannel"][work["ServiceChannelId"]]
        routing = self.org.records["PendingServiceRouting"].get(
            work["PendingServiceRoutingId"] or "", {}
        )
        return ReportedItem(
            id=work["Id"],
            state=ItemState.OFFERED if work["Status"] == "Assigned" else ItemState.ACTIVE,
            channel=channel["DeveloperName"],
            external=routing.get("RoutingType") == "ExternalRouting",
            weight=float(work["CapacityWeight"] or 0),
            percent=float(work["CapacityPercentage"] or 0),
        )

    def _write_report(self, text: str) -> None:
        """The report through the Apex controller: ``To_Desktop__c`` of the agent's record."""
        link = self.org.link_record(self.agent_id)
        if link is None:
            self.org.insert(
                LINK_OBJECT,
                {
                    "Name": self.agent_id,
                    "OwnerId": self.agent_id,
                    "Agent_Id__c": self.agent_id,
                    "To_Desktop__c": text,
                },
            )
        else:
            self.org.update(LINK_OBJECT, link["Id"], {"To_Desktop__c": text})


def _is_ping(raw: str) -> bool:
    with contextlib.suppress(LinkMessageError, TypeError):
        return parse_command(raw).op is Op.PING
    return False
