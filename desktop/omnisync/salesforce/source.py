"""Salesforce as the engine sees it: Omni observations in, console-link commands out.

Reads are pushed, never polled: one SOQL reconcile at start, after every streaming reconnect
and after a link or streaming gap. A read that fails (the org's API allowance used up, a server
error) is reported through ``on_read_problem`` and tried again with a growing delay (30 s up to
15 min by default) until it works; nothing else is ever re-read on a timer.

While the console link answers, its reports carry the Omni status (with the reason, hence the
cause) and the work counts, so the desktop is not also subscribed to the ``OmniSyncPresence``
topic (two deliveries per change would be wasted); when the link is silent or absent it
subscribes to that topic to keep reading the status.

A topic replays nothing older than its subscription, and the baseline is read before streaming
starts (so that start-up never waits for the Streaming API): whenever the presence topic goes
live with nothing read after it, one status query closes that gap.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine, Iterable, Sequence
from dataclasses import replace
from typing import Any

import httpx

from omnisync.auth.errors import AuthError, SignInRequired
from omnisync.core.message import Message, error_field, said_of, say
from omnisync.core.model import (
    OMNI_OFFLINE,
    Cause,
    Observation,
    OmniStatus,
    OmniStatusObserved,
    OmniWorkItem,
    OmniWorkObserved,
    OmniWorkState,
    Product,
    WriteCapabilityObserved,
)
from omnisync.link_protocol import (
    ConsoleState,
    ItemState,
    LinkMessageError,
    Reason,
    Report,
    parse_report,
)
from omnisync.salesforce.cometd import CometdClient, Event
from omnisync.salesforce.errors import NotDeployed, QueryFailed, SalesforceError
from omnisync.salesforce.limits import CallCounter
from omnisync.salesforce.link import (
    TO_DESKTOP_TOPIC,
    CommandResult,
    ConsoleLink,
    LinkHealth,
    RecordTransport,
    TransportDown,
    not_set_up,
)
from omnisync.salesforce.link_loopback import PORTS, LoopbackLink, lightning_origins, new_key
from omnisync.salesforce.link_route import Route, RoutedTransport
from omnisync.salesforce.omni import LinkRecord, OmniReader, status_of
from omnisync.salesforce.rest import API_VERSION, SalesforceRest, TokenSource
from omnisync.timing import Backoff, Clock, Sleep, real_sleep, wall_clock, within

log = logging.getLogger(__name__)

PRESENCE_TOPIC = "OmniSyncPresence"
DIRECT_GRACE = 10.0
"""Seconds the desktop waits at start for the console component to dial its direct link
before it follows the record (and pings through it, one upsert and one delivery). The component
dials again every few seconds at most while the desktop does not answer (OmniSyncLink.js's
redial back-off, capped at 5 s), so a console already open finds a desktop that signs in."""

_CAUSES = {Reason.TOOLKIT: Cause.APP, Reason.MANUAL: Cause.AGENT}

# What Salesforce says about a logout it made (lightning:omniChannelLogout's reason).
_LOGOUT_WHY = {
    Reason.DUPLICATE_TAB: say("engine", "you opened Omni-Channel in another browser tab"),
    Reason.DUPLICATE_LOGIN: say(
        "engine", "you signed in to Omni-Channel on another browser or computer"
    ),
    Reason.MAINTENANCE: say("engine", "Salesforce logged you out for maintenance"),
    Reason.SUPERVISOR: say("engine", "a supervisor logged you out"),
}


def logout_why(report: Report) -> Message | None:
    """The plain reason of a logout Salesforce explained; None for any other report."""
    return _LOGOUT_WHY.get(report.reason) if report.status is None and report.reason else None


def cause_of(reason: Reason | None) -> Cause:
    """toolkit: our own command; manual: the agent; anything else: the system."""
    return _CAUSES.get(reason, Cause.SYSTEM) if reason is not None else Cause.SYSTEM


class SalesforceSource:
    def __init__(
        self,
        http: httpx.AsyncClient,
        tokens: TokenSource,
        user_id: str,
        emit: Callable[[Observation], None],
        *,
        api_version: str = API_VERSION,
        clock: Clock = wall_clock,
        sleep: Sleep = real_sleep,
        ack_timeout: float = 15.0,
        cometd_options: dict[str, Any] | None = None,
        on_read_problem: Callable[[Message | None], None] = lambda _problem: None,
        reread_backoff: Backoff | None = None,
        direct_link: bool = True,
        link_origins: Iterable[str] = (),
        link_ports: Sequence[int] = PORTS,
        on_route: Callable[[Route, str | Message], None] = lambda _route, _why: None,
        on_streaming: Callable[[bool], None] = lambda _live: None,
        direct_grace: float = DIRECT_GRACE,
    ) -> None:
        """``on_route``: the console link's transport once chosen at start and at every change
        after, with why the record carries it (empty while direct). ``on_streaming``: False
        when streaming pauses because the direct link carries everything, True when it
        resumes. ``direct_grace``: how long start waits for the direct link before the record
        (timed by ``sleep``)."""
        self.counter = CallCounter()
        self.rest = SalesforceRest(http, tokens, api_version=api_version, counter=self.counter)
        self.reader = OmniReader(self.rest)
        self.user_id = user_id
        self._emit = emit
        self._clock = clock
        self._sleep = sleep
        self._on_read_problem = on_read_problem
        self._reread_backoff = reread_backoff or Backoff(initial=30.0, maximum=900.0)
        self._reread: asyncio.Task[None] | None = None
        self._read_trouble: Message | None = None
        self._closed = False
        self._direct_link = direct_link
        self._link_origins = tuple(link_origins)
        self._link_ports = tuple(link_ports)
        self._on_route = on_route
        self._route_told: tuple[Route, str | Message] | None = None
        self._on_streaming = on_streaming
        self._streaming_wanted = asyncio.Event()
        self._streaming_wanted.set()
        self._retune_lock = asyncio.Lock()
        self._cometd_run: asyncio.Task[None] | None = None
        self._side_tasks: set[asyncio.Task[None]] = set()
        self._resumed = False
        """The next streaming connect follows a pause: read the record's report once."""
        self._direct_grace = direct_grace
        self._in_grace = False
        """Start is waiting for the component to dial: streaming has not started yet."""
        self._grace_over = asyncio.Event()
        self._read_on_connect = False
        """The next streaming connect follows a network change: read Omni-Channel again."""
        self.transport = RoutedTransport(RecordTransport(self.rest, user_id))
        self.link = ConsoleLink(
            self.rest,
            user_id,
            on_report=self._on_report,
            on_health=self._on_health,
            ack_timeout=ack_timeout,
            sleep=sleep,
            transport=self.transport,
        )
        self.cometd = CometdClient(
            http,
            tokens,
            lambda: f"{self.rest.instance_url}/cometd/{api_version}",
            on_events=self._on_events,
            on_connected=self._on_connected,
            on_gap=self._on_gap,
            sleep=sleep,
            counter=self.counter,
            **(cometd_options or {}),
        )
        self.statuses: dict[str, OmniStatus] = {}
        self.status: OmniStatus | None = None
        self.work: tuple[OmniWorkItem, ...] | None = None
        self.capacity: float | None = None
        """The agent's configured capacity, from the last presence read."""
        self.problem: Message | None = None
        """What went wrong in the last read or stream, for the status window; None once a read
        works again."""
        self._presence_row: str | None = None
        self._work_counts: tuple[int, int, int | None] | None = None
        """(open items, offered, workload %) as last read or reported: a change re-reads."""
        self._report_seq: int | None = None
        """The seq of the last report handled, while the work we know came from reports only:
        the next report's new counts can then be read as a change of the items we know."""
        self._reconciling = False
        self._presence_events = 0
        """Presence-topic batches handled, so a read can tell it was overtaken by one."""
        self.stopped = asyncio.Event()
        self.session_ended = asyncio.Event()
        """Set when a read found the session gone for good: only a sign-in helps now."""
        """Set when streaming has ended for good (see :attr:`problem`): sign in again."""
        self._task: asyncio.Task[None] | None = None
        self._probe: asyncio.Task[None] | None = None
        """The latest ping; every one still out is in ``_side_tasks``, which close() ends."""
        self._statuses_read: asyncio.Future[dict[str, OmniStatus]] | None = None

    @property
    def presence_channel(self) -> str:
        return f"/topic/{PRESENCE_TOPIC}?UserId={self.user_id}"

    @property
    def streaming_task(self) -> asyncio.Task[None] | None:
        """The CometD loop started by :meth:`start`; it ends only by failing or on close."""
        return self._task

    @property
    def presence_subscribed(self) -> bool:
        return self.presence_channel in self.cometd.subscriptions

    # ---- life --------------------------------------------------------------------------------

    async def start(self) -> None:
        """Read the statuses and a baseline, then stream; the link is probed once connected."""
        self.statuses = await self.known_statuses()
        await self.reconcile(baseline=True)
        await self._open_direct_link()
        if self.transport.loopback is None:
            self._tell_route()  # the record for the whole session; else once something answers
        self.cometd.subscriptions[self.link.channel] = None
        if not self.link.console_said_open:
            self.cometd.subscriptions[self.presence_channel] = None
        if self.transport.loopback is not None and self._direct_grace > 0:
            # No streaming client and no ping through the record while the component may
            # still dial: it costs an upsert and a delivery that the direct link makes needless.
            self._in_grace = True
            self._streaming_wanted.clear()
            self._side_task(self._wait_for_direct(), "salesforce-direct-grace")
        self._task = asyncio.create_task(self._stream(), name="salesforce-streaming")

    async def _wait_for_direct(self) -> None:
        """Until the direct link answers or the grace is over; then the record, unless direct."""
        await within(self._grace_over.wait(), self._sleep, self._direct_grace)
        self._end_grace()

    def _end_grace(self) -> None:
        if not self._in_grace:
            return
        self._in_grace = False
        self._grace_over.set()
        if self._closed:
            return
        if self._direct_answers():
            log.info("Salesforce streaming not started: the direct console link carries everything")
            self._on_streaming(False)
            return
        loopback = self.transport.loopback
        if loopback is not None and not self.transport.loopback_tried:
            refused = loopback.refusals()
            self.transport.why = (
                say(
                    "service", "the desktop refused the console component's connection ({why})"
                ).fill(why=refused)
                if refused
                else say(
                    "service",
                    "the console component did not dial the desktop directly within {seconds} s",
                ).fill(seconds=f"{self._direct_grace:g}")
            )
        log.info("Salesforce streaming starts: %s", self.transport.why)
        self._tell_route()
        self._streaming_wanted.set()  # its first connect pings through the record

    def _direct_answers(self) -> bool:
        return self.transport.route is Route.DIRECT and self.link.health is LinkHealth.ANSWERING

    @property
    def streaming_paused(self) -> bool:
        """No CometD client: the direct link carries the console link and it answers."""
        return not self._streaming_wanted.is_set()

    async def known_statuses(self) -> dict[str, OmniStatus]:
        """The org's Omni statuses, read once per source: :meth:`start` and the service's
        catalogue, which ask at the same time, share one read (two queries)."""
        if self._statuses_read is None:
            self._statuses_read = asyncio.ensure_future(self.reader.statuses())
        read = self._statuses_read
        try:
            return await asyncio.shield(read)
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if not read.cancelled() or (task is not None and task.cancelling()):
                raise  # this caller was cancelled: the shared read goes on for the others
            # The source closed mid-read: a failure the caller may retry (on the next source).
            raise SalesforceError(
                "Salesforce closed before the statuses were read", "CLOSED"
            ) from None
        except Exception:
            if self._statuses_read is read:
                self._statuses_read = None  # the next one asks again
            raise

    async def _stream(self) -> None:
        """Streaming ends only for good: the session is gone or Salesforce said never retry.

        It pauses (the CometD client leaves) while the direct link carries everything, and
        resumes from the same subscriptions and replay ids when it no longer does."""
        try:
            while not self._closed:
                await self._streaming_wanted.wait()
                run = asyncio.create_task(self.cometd.run(), name="salesforce-cometd")
                self._cometd_run = run
                try:
                    await asyncio.wait({run})
                finally:
                    if not run.done():
                        run.cancel()
                        await asyncio.wait({run})
                    if not run.cancelled():
                        # Retrieved here too: when this loop is itself cancelled just as the
                        # run failed, nobody else would, and the failure would be orphaned.
                        run.exception()
                if not run.cancelled():
                    run.result()  # a failure for good raises here; a return means closed
                    return
        except (SalesforceError, AuthError) as exc:
            self._problem(
                say("service", "Salesforce streaming stopped: {error}").fill(error=error_field(exc))
            )
            why = (
                exc.said
                if isinstance(exc, SignInRequired)
                else say("service", "Salesforce streaming stopped")
            )
            self._emit(WriteCapabilityObserved(Product.OMNI, False, self._clock(), why))
        finally:
            self.stopped.set()

    def retry_now(self) -> None:
        """The agent pressed Retry: reconnect streaming and read again now, not after the
        back-off under way. Nothing happens where nothing is waiting."""
        self.cometd.retry_now()
        if self._reread is not None and not self._reread.done():
            self._reread.cancel()
            self._reread = asyncio.create_task(self._reread_after(0), name="salesforce-reread")

    def network_changed(self) -> None:
        """The network changed or the machine woke: the long poll is dropped and streaming
        handshakes again at once, and Omni-Channel is read again on that connect (after its
        subscriptions, so nothing falls between the read and the stream). With streaming
        paused (the direct link carries everything) there is no poll: it is read now."""
        if self._closed:
            return
        self._read_on_connect = True
        self.cometd.retry_now()
        if self.streaming_paused:
            self._read_on_connect = False
            self._side_task(self._guarded(self.reconcile()), "salesforce-wake-read")
        else:
            self.cometd.tear_down()

    async def close(self) -> None:
        self._closed = True  # from here on nothing new is scheduled or reported
        for task in (self._task, self._reread, self._statuses_read, *self._side_tasks):
            if task is not None and not task.done():
                task.cancel()
        await self.cometd.close()
        loopback, self.transport.loopback = self.transport.loopback, None
        if loopback is not None:
            await loopback.close()
        for task in (self._task, self._reread, *self._side_tasks):
            if task is not None:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task

    # ---- the direct link --------------------------------------------------------------------

    async def _open_direct_link(self) -> None:
        """Publish this sign-in's fresh key in the link record and listen on 127.0.0.1; when
        either fails the record carries the link for this session, and ``transport.why`` says
        why."""
        if not self._direct_link:
            self.transport.why = say("service", "the direct link is turned off")
            return
        if not self.link.deployed:
            self.transport.why = say("service", "the console link is not set up in Salesforce")
            return
        key = new_key()
        loopback = LoopbackLink(
            origins=lightning_origins(self.rest.instance_url, self._link_origins),
            key=key,
            on_text=self.link.handle_direct_text,
            on_change=self._on_direct_change,
            clock=self._clock,
            ports=self._link_ports,
            sleep=self._sleep,
        )
        # The key first: a component that dials as soon as the listener is up (it redials on
        # a back-off) must read this sign-in's key, not the last one.
        try:
            await self.transport.record.publish_key(key)
        except (SalesforceError, AuthError) as exc:
            self.transport.why = say(
                "service", "the desktop could not publish its link key ({error})"
            ).fill(error=str(exc))
            log.warning("The direct console link is not available: %s", self.transport.why)
            return
        try:
            await loopback.start()
        except TransportDown as exc:
            self.transport.why = said_of(exc)
            log.warning("The direct console link is not available: %s", exc)
            return
        self.transport.loopback = loopback

    def _tell_route(self) -> None:
        """``on_route`` at each change of the route (or of why the record carries it)."""
        route = self.transport.route
        told = (route, self.transport.why if route is Route.RECORD else "")
        if not self._closed and told != self._route_told:
            self._route_told = told
            self._on_route(*told)

    async def _on_direct_change(self, connected: bool, why: str | Message) -> None:
        """A component connected directly (its first report makes the link answer) or left:
        then the record carries the link, and a ping finds out whether the component is
        still there on it."""
        if connected:
            self.transport.loopback_tried = True
            self.link.new_connection()
            self.transport.moved()
            log.info("Console link goes direct: %s", why)
            if not self._closed:
                self._tell_route()
                self._retune_streaming()
            return
        self.transport.why = why
        self.transport.moved()
        if self._in_grace:
            self._end_grace()  # streaming starts, and its first connect pings through the record
            return
        if not self._closed:
            self._tell_route()
            self._retune_streaming()
        log.info("Console link falls back to the Salesforce record: %s", why)
        if not self._closed and self.transport.route is Route.RECORD:
            self._probe = self._side_task(self._ping(), "salesforce-link-ping")

    # ---- commands (the engine's "enforce" on Omni) -------------------------------------------

    async def set_status(self, status_id: str) -> CommandResult:
        if status_id == OMNI_OFFLINE.id:
            return await self.link.logout()
        return await self.link.set_status(status_id)

    # ---- reading -----------------------------------------------------------------------------

    async def reconcile(self, *, baseline: bool = False) -> None:
        """Status, open work and the link record: three queries."""
        self._reconciling = True
        try:
            await self._reconcile(baseline)
        finally:
            self._reconciling = False
        self._read_worked()

    async def _reconcile(self, baseline: bool) -> None:
        presence = await self.reader.presence(self.user_id, self.statuses)
        self._presence_row = presence.row_id
        self.capacity = presence.capacity or self.capacity
        work = await self.reader.open_work(self.user_id)
        try:
            record = await self.reader.link_record(self.user_id)
        except QueryFailed as exc:
            record = None
            if exc.code in ("INVALID_TYPE", "INVALID_FIELD"):
                await self.link.not_deployed(not_set_up(exc))
        cause = None if baseline or record is None else self._record_cause(record, presence.status)
        self._observe_status(presence.status, cause, baseline=baseline)
        self._observe_work(work, baseline=baseline)
        if baseline:
            self.link.resume(record)
        elif record is not None and record.to_desktop:
            # A report streaming has not delivered yet (or lost): take it now; its delivery
            # will then be dropped as a duplicate.
            await self.link.handle({"sobject": {"To_Desktop__c": record.to_desktop}})
        self._report_seq = None  # the work was read, not followed from report to report

    def _record_cause(self, record: LinkRecord, status: OmniStatus) -> Cause | None:
        """Who set the status a read found, when the link record's last report shows the same
        one: read after a gap, the app's own late write must not look like the agent's."""
        try:
            report = parse_report(record.to_desktop or "")
        except LinkMessageError:
            return None
        if report.status != (None if status.offline else status.id):
            return None
        if report.reason is not None:
            return cause_of(report.reason)
        return Cause.APP if self.link.ours(report) else None

    def _observe_status(
        self, status: OmniStatus, cause: Cause | None, *, baseline: bool, why: Message | None = None
    ) -> None:
        if not baseline and status == self.status:
            return
        self.status = status
        self._emit(
            OmniStatusObserved(status, self._clock(), baseline=baseline, cause=cause, why=why)
        )

    def _observe_work(self, items: tuple[OmniWorkItem, ...], *, baseline: bool) -> None:
        offered = sum(1 for item in items if item.state is OmniWorkState.OFFERED)
        load = self._work_counts[2] if self._work_counts is not None else None
        self._work_counts = (len(items), offered, load)
        if not baseline and items == self.work:
            return
        self.work = items
        self._emit(
            OmniWorkObserved(items, self._clock(), baseline=baseline, capacity=self.capacity)
        )

    async def _on_connected(self, reconnect: bool) -> None:
        resumed, self._resumed = self._resumed, False
        woke, self._read_on_connect = self._read_on_connect, False
        if woke or (reconnect and not self._replay_covers_gap()):
            await self._guarded(self.reconcile())
        elif self._presence_live():
            # The baseline was read before this first subscription: a change in between is in
            # no replay. Read it again now, before the first connect delivers newer events.
            await self._guarded(self._catch_up_presence())
        if resumed:
            await self._guarded(self._catch_up_link())
        refused = self.cometd.failed.get(self.link.channel)
        if refused is not None:
            await self.link.not_deployed(
                say("service", "the console link is not set up: PushTopic {topic} ({error})").fill(
                    topic=TO_DESKTOP_TOPIC, error=str(refused)
                )
            )
            if await self._watch_presence(True):
                await self._guarded(self._catch_up_presence())
            return
        if (not reconnect and not resumed) or self.link.health is not LinkHealth.ANSWERING:
            # Not awaited here: the answer arrives through the connect this loop is about to open.
            self._probe = self._side_task(self._ping(), "salesforce-link-ping")

    def _replay_covers_gap(self) -> bool:
        """Every live subscription went on from its last replay id: the events missed while
        disconnected are replayed, so reading again would only repeat them. A subscription
        that had seen no event yet, or could not resume (a gap), has lost what happened."""
        live = [c for c in self.cometd.subscriptions if c not in self.cometd.failed]
        return all(c in self.cometd.replay for c in live)

    async def _on_gap(self, channel: str) -> None:
        if not self.cometd.connected.is_set():
            return  # a reconnect under way: it reads once all its subscriptions are made
        await self._guarded(self.reconcile())

    async def _on_events(self, events: list[Event]) -> None:
        presence: list[dict[str, Any]] = []
        for channel, data in events:
            if channel == self.link.channel:
                await self.link.handle(data)
            elif channel == self.presence_channel:
                row = _presence_row(data)
                if row is None:
                    log.warning("Ignored a presence event that is not a UserServicePresence row")
                else:
                    presence.append(row)
        if presence:
            self._on_presence(presence)

    def _on_presence(self, rows: list[dict[str, Any]]) -> None:
        """A status change is an update (old row no longer current) plus a new current row.

        Both normally arrive in one batch; only a batch that ends the current row without
        starting another means Offline.
        """
        self._presence_events += 1
        current = [r for r in rows if r.get("IsCurrentState")]
        if current:
            row = current[-1]
            self._presence_row = row.get("Id")
            status = status_of(row.get("ServicePresenceStatusId"), self.statuses)
        elif any(r.get("Id") == self._presence_row for r in rows) or self._presence_row is None:
            self._presence_row = None
            status = OMNI_OFFLINE
        else:
            return
        self._observe_status(status, None, baseline=False)

    async def _on_report(self, report: Report) -> None:
        if report.status is not None and report.status not in self.statuses:
            await self._guarded(self._refresh_statuses())
        items: tuple[OmniWorkItem, ...] | None = None
        known = self._work_counts
        before = known[2] if known is not None else None
        load = report.load if report.load is not None else before
        counts_changed = known is None or (report.work, report.offered) != known[:2]
        # A load first heard of changes nothing: the items behind it were read with the counts.
        load_changed = before is not None and load != before
        if known is not None:
            self._work_counts = (known[0], known[1], load)
        follows = self._report_seq == report.seq - 1
        self._report_seq = report.seq
        if counts_changed or load_changed:
            moved = None
            if follows and counts_changed:
                moved = moved_work(self.work, report.work, report.offered)
            if moved is None and counts_changed:
                moved = reported_work(self.work if follows else (), report)
            items = () if report.work == 0 else moved or await self._read_work()
        status = status_of(report.status, self.statuses)
        cause = cause_of(report.reason)
        if report.reason is None and self.link.ours(report):
            cause = Cause.APP
        self._observe_status(status, cause, baseline=False, why=logout_why(report))
        if items is not None:
            self._observe_work(items, baseline=False)

    async def _read_work(self) -> tuple[OmniWorkItem, ...] | None:
        """The items behind new work counts (one query); None when it could not be read."""
        try:
            return await self.reader.open_work(self.user_id)
        except (SalesforceError, AuthError) as exc:
            self._read_failed_by(exc)
            return None

    async def _refresh_statuses(self) -> None:
        self.statuses = await self.reader.statuses()

    async def _on_health(
        self, health: LinkHealth, previous: LinkHealth | None, why: str | Message
    ) -> None:
        if self._closed:
            return  # a closed source's link speaks for no one: the next run's link decides
        possible = health is LinkHealth.ANSWERING
        self._emit(WriteCapabilityObserved(Product.OMNI, possible, self._clock(), why))
        if possible:
            self._tell_route()  # answering over the record: that is the route, for now
        self._retune_streaming()
        subscribed_now = await self._watch_presence(not possible)
        if previous is LinkHealth.ANSWERING and not self._reconciling and not self._said_goodbye():
            await self._guarded(self.reconcile())  # a link gap: read what we may have missed
        elif subscribed_now:
            # Nothing says what the status did between the last read and this subscription.
            await self._guarded(self._catch_up_presence())

    def _said_goodbye(self) -> bool:
        """The link went silent by the console's own last report: it says the status and the
        work, and nothing on the link was missed, so only the presence topic's start needs a
        read (the console closed; a silence after an unanswered command reads everything)."""
        last = self.link.last_report
        return last is not None and last.console is ConsoleState.CLOSED

    async def _watch_presence(self, wanted: bool) -> bool:
        """Follow the presence topic or stop; True when a live subscription just started."""
        if wanted and not self.presence_subscribed:
            connected = self.cometd.client_id is not None
            try:
                await self.cometd.subscribe(self.presence_channel)
            except NotDeployed as exc:
                self._problem(
                    say("service", "your Omni-Channel status cannot be followed: {error}").fill(
                        error=error_field(exc)
                    )
                )
                return False
            # When not connected yet, the streaming loop subscribes and catches up itself.
            return connected and self._presence_live()
        if not wanted and self.presence_subscribed:
            await self.cometd.unsubscribe(self.presence_channel)
        return False

    def _presence_live(self) -> bool:
        return self.presence_subscribed and self.presence_channel not in self.cometd.failed

    # ---- streaming only while the record carries the link -------------------------------------

    def _retune_streaming(self) -> None:
        """Pause or resume streaming to fit the route, in a task of its own: the change may be
        noticed inside the streaming loop itself, which a pause cancels."""
        if self._closed:
            return
        self._side_task(self._retune(), "salesforce-streaming-retune")

    def _side_task(self, work: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        """A task of this source's own that close() ends (pings, streaming pauses)."""
        task = asyncio.create_task(work, name=name)
        self._side_tasks.add(task)
        task.add_done_callback(self._side_tasks.discard)
        return task

    async def _retune(self) -> None:
        async with self._retune_lock:
            wanted = not self._direct_answers()
            if self._in_grace:
                if not wanted:
                    self._end_grace()  # answered directly: streaming never starts
                return  # else the grace decides when it is over
            if self._closed or wanted == self._streaming_wanted.is_set():
                return
            if wanted:
                # Reports the component wrote to the record between leaving the direct link
                # and this subscription are in no delivery: the first connect reads the
                # record's latest report once (_catch_up_link).
                self._resumed = True
                self._streaming_wanted.set()
                log.info("Salesforce streaming resumes: the console link is on the record")
                self._on_streaming(True)
                return
            self._streaming_wanted.clear()
            run = self._cometd_run
            if run is not None and not run.done():
                run.cancel()
                await asyncio.wait({run})
            await self.cometd.leave()
            log.info("Salesforce streaming paused: the direct console link carries everything")
            self._on_streaming(False)

    async def _catch_up_link(self) -> None:
        """One query: the record's latest report, for the gap between leaving the direct link
        and the subscription being live (a report carries the whole state, so the latest one
        is all that matters; one already seen is dropped as a duplicate)."""
        record = await self.reader.link_record(self.user_id)
        if record is not None and record.to_desktop:
            await self.link.handle({"sobject": {"To_Desktop__c": record.to_desktop}})

    async def _catch_up_presence(self) -> None:
        """One query: the current status, for a gap the presence topic cannot replay.

        Only called once the topic is live: an event handled while the query was out is newer
        than the gap and the topic delivers everything after it, so the read then yields.
        """
        events = self._presence_events
        presence = await self.reader.presence(self.user_id, self.statuses)
        if self._presence_events != events:
            return
        self._presence_row = presence.row_id
        self._observe_status(presence.status, None, baseline=False)

    async def _ping(self) -> None:
        """A ping whose coroutine is made only when its task runs: a task cancelled before it
        started (the source closing) leaves no ping never awaited."""
        await self._guarded(self.link.ping())

    async def _guarded(self, work: Any) -> None:
        """Reading failures are reported, never fatal: a reconcile is tried again later."""
        try:
            await work
        except (SalesforceError, AuthError) as exc:
            self._read_failed_by(exc)

    def _read_failed_by(self, exc: SalesforceError | AuthError) -> None:
        """A read that failed: tried again later, unless the session is gone (then reading
        again cannot help, and the owner hears it through ``session_ended``)."""
        if not isinstance(exc, SignInRequired):
            self._read_failed(str(exc))
            return
        self._problem(
            say("service", "Salesforce could not be read: {error}").fill(error=error_field(exc))
        )
        self._emit(WriteCapabilityObserved(Product.OMNI, False, self._clock(), error_field(exc)))
        self.session_ended.set()

    def _problem(self, text: Message) -> None:
        self.problem = text
        log.warning("%s", text)

    def _read_failed(self, text: str) -> None:
        """Something may have been missed: say so, and read everything again after a delay."""
        if self._closed:
            return
        self._read_trouble = say("service", "Salesforce could not be read: {error}").fill(
            error=text
        )
        self._problem(self._read_trouble)
        self._on_read_problem(self._read_trouble)
        pending = self._reread
        if pending is None or pending.done() or pending is asyncio.current_task():
            # (the re-read that just failed schedules its successor and then ends)
            delay = self._reread_backoff.next_delay()
            self._reread = asyncio.create_task(self._reread_after(delay), name="salesforce-reread")

    async def _reread_after(self, delay: float) -> None:
        """Kept in ``_reread`` until it ends, so that :meth:`close` cancels it mid-read too."""
        await self._sleep(delay)
        if not self._closed:
            await self._guarded(self.reconcile())

    def _read_worked(self) -> None:
        if self._closed:
            return
        self._reread_backoff.reset()
        if self._reread is not None and self._reread is not asyncio.current_task():
            self._reread.cancel()
            self._reread = None
        trouble, self._read_trouble = self._read_trouble, None
        if trouble is not None:
            if self.problem == trouble:
                self.problem = None
            self._on_read_problem(None)


def moved_work(
    known: tuple[OmniWorkItem, ...] | None, total: int, offered: int
) -> tuple[OmniWorkItem, ...] | None:
    """The open work after a report's new counts, when the items we know say which ones
    changed without a doubt: every offered item accepted, every offered one gone (declined or
    timed out), or every active one closed. None when it takes a query to know (new work, or
    some of several alike items)."""
    if known is None:
        return None
    was_offered = [i for i in known if i.state is OmniWorkState.OFFERED]
    active = [i for i in known if i.state is OmniWorkState.ACTIVE]
    if not was_offered and not active:
        return None
    if total == len(known) and offered == 0 and was_offered:
        return tuple(replace(i, state=OmniWorkState.ACTIVE) for i in known)
    if offered == 0 and total == len(active) and was_offered:
        return tuple(active)
    if offered == len(was_offered) and total == offered and active:
        return tuple(was_offered)
    return None


def reported_work(
    known: tuple[OmniWorkItem, ...] | None, report: Report
) -> tuple[OmniWorkItem, ...] | None:
    """The open work after a report that names its one new or accepted item (what the
    component read through its Apex controller): the items known before, with that one
    added or updated, when that agrees with the report's counts. None when the report names
    no item, or the counts say more changed (then it takes a query). ``known`` is ``()`` when
    the report does not directly follow the one those items came from."""
    item = report.item
    if item is None or known is None:
        return None
    told = OmniWorkItem(
        id=item.id,
        state=OmniWorkState.OFFERED if item.state is ItemState.OFFERED else OmniWorkState.ACTIVE,
        externally_routed=item.external,
        channel=item.channel,
        weight=item.weight,
        percent=item.percent,
    )
    items = tuple(sorted([*(i for i in known if i.id != item.id), told], key=lambda i: i.id))
    offered = sum(1 for i in items if i.state is OmniWorkState.OFFERED)
    return items if (len(items), offered) == (report.work, report.offered) else None


def _presence_row(data: Any) -> dict[str, Any] | None:
    """The event's row, if it has the shape the PushTopic sends (ids as text, the flag a bool).

    A malformed server message must not stop the stream's handler or be taken as Offline.
    """
    row = data.get("sobject") if isinstance(data, dict) else None
    if not isinstance(row, dict):
        return None
    ids_ok = all(
        isinstance(row.get(k), (str, type(None))) for k in ("Id", "ServicePresenceStatusId")
    )
    if not ids_ok or not isinstance(row.get("IsCurrentState", False), bool):
        return None
    return row
