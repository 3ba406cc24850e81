"""The sync service: both products' connectors, the engine, the writes, and the state.

Observations come in from the connectors' supervised ``run`` tasks; each goes through the engine;
the decision is written to the audit log; enforce actions are carried out (and confirmed by their
echo, or retried once and then reported), ask-the-agent actions become tasks for the agent. The
UI reads :attr:`state` and listens; it never touches a connector.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

from omnisync.core.catalog import OrgFacts, StatusCatalog
from omnisync.core.decision import Action, ActionKind, Decision, SyncMode, SyncView
from omnisync.core.engine import SyncEngine
from omnisync.core.memory import EngineMemory
from omnisync.core.message import Message, error_field, said_of, say, verbatim
from omnisync.core.model import (
    GenesysPresence,
    Observation,
    OmniStatus,
    OmniStatusObserved,
    Product,
    ResyncAsked,
    StatusUnknown,
    Tick,
    WriteFailed,
)
from omnisync.core.problems import Problem, Severity
from omnisync.core.profile import ProfileSpec, resolve_profile
from omnisync.core.settings import SyncSettings
from omnisync.service import request_sent
from omnisync.service.audit import ROUTE_KIND, AuditEntry, AuditLog, Outcome, entries_for
from omnisync.service.first_state import (
    DEFAULT_PROFILE,
    menu_of,
    profile_choices,
    sign_in_tasks,
    unresolved_view,
)
from omnisync.service.first_state import english_name as _product_name
from omnisync.service.memory_file import load_memory, save_memory
from omnisync.service.ports import NOT_SIGNED_IN, ProductConnector
from omnisync.service.profile_store import ProfileEntry
from omnisync.service.state import (
    Account,
    AgentTask,
    AuditListener,
    Channel,
    ChannelHealth,
    Health,
    LinkRoute,
    ProductState,
    ProfileChoice,
    Remedy,
    ServiceState,
    SignIn,
    StateListener,
)
from omnisync.service.supervisor import Supervisor, TaskReport, TaskState
from omnisync.service.write_first import FollowUp
from omnisync.settings.policy import Policy, PolicyState, ProfileMenu
from omnisync.timing import Clock, Sleep, real_sleep, wall_clock

log = logging.getLogger(__name__)

G, O = Product.GENESYS, Product.OMNI  # noqa: E741 - as in the engine
UNRESOLVED = SyncSettings(enabled=False, mapped_omni=None, on_queue=None)
_NO_ACCOUNT = (SignIn.SIGNED_OUT, SignIn.SIGNING_IN)
"""Sessions with nobody known to be signed in: the account shown is cleared."""


class SyncService:
    """Implements :class:`omnisync.service.state.ServiceControl`."""

    def __init__(
        self,
        genesys: ProductConnector,
        salesforce: ProductConnector,
        profiles: Mapping[str, ProfileEntry],
        wanted_profile: str | None,
        *,
        policy: PolicyState | None = None,
        default_profile: str = DEFAULT_PROFILE,
        audit: AuditLog | None = None,
        clock: Clock = wall_clock,
        sleep: Sleep = real_sleep,
        confirm_timeout: float = 8.0,
        memory_file: Path | None = None,
    ) -> None:
        self._connectors = {G: genesys, O: salesforce}
        self._memory_file = memory_file
        self._saved = load_memory(memory_file) if memory_file is not None else None
        """The memory saved before this start, until the profile it belongs to is active."""
        self._memory_written: EngineMemory | None = self._saved
        self._profiles = dict(profiles)
        self._policy = policy or PolicyState(Policy())
        self._default_profile = default_profile
        self._profile_listeners: list[Callable[[str], None]] = []
        self._clock = clock
        self._sleep = sleep
        self.confirm_timeout = confirm_timeout
        self.audit = audit or AuditLog()
        self.engine = SyncEngine(UNRESOLVED)
        self.supervisor = Supervisor(self._on_task_report, sleep=sleep, clock=clock)
        self._catalog: dict[Product, tuple[GenesysPresence, ...] | tuple[OmniStatus, ...]] = {}
        self._facts: dict[Product, OrgFacts] = {}
        self._held_back: list[Observation] | None = None
        """While Resync now reads both products: what they report, handed on once both read."""
        self._resolved = False
        self._products = {G: ProductState(G), O: ProductState(O)}
        self._channels: dict[Channel, ChannelHealth] = {}
        self._route: LinkRoute | None = None
        self._asks: dict[Product, AgentTask] = {}
        self._failures: dict[Product, AgentTask] = {}
        self._logout: AgentTask | None = None
        """Why Salesforce logged Omni-Channel out, while it stays out."""
        self._writes: dict[Product, asyncio.Task[None]] = {}
        self._write_entries: dict[Product, AuditEntry] = {}
        """The audit entry of each write in ``_writes``, for its outcome."""
        self._confirmed: dict[Product, asyncio.Event] = {}
        self._timer: asyncio.TimerHandle | None = None
        self._rereading: set[Product] = set()
        """Products being read again after a network change; timers wait for them."""
        self._follow_up = FollowUp(then=self._take_backlog)
        self._backlog: deque[Observation] = deque()
        """Events that came while a decision's writes were still leaving: handled, in order,
        once they have left (write_first)."""
        self._taking_backlog = False
        self._state_listeners: list[StateListener] = []
        self._active_id = ""
        self._profile_problems: tuple[Problem, ...] = ()
        self._state = ServiceState()
        self._statuses_told = False
        """Whether the one start-up row (both statuses as first read) is in the log."""
        menu = self._menu(wanted_profile)
        if menu.notice:
            self._note(menu.notice)
        self._select(menu.active)
        self._publish()  # the tray's first menu has the profiles, before anything is connected

    # ---- ServiceControl --------------------------------------------------------------------

    @property
    def state(self) -> ServiceState:
        return self._state

    def on_state(self, listener: StateListener) -> None:
        self._state_listeners.append(listener)

    def on_audit(self, listener: AuditListener) -> None:
        self.audit.subscribe(listener)

    def on_profile_chosen(self, listener: Callable[[str], None]) -> None:
        """Called with the id of each profile chosen successfully (to save the choice)."""
        self._profile_listeners.append(listener)

    def note(self, text: str | Message) -> None:
        """Something the agent should know that is not a decision (shown in the audit log)."""
        log.warning("%s", text)
        self._note(text)
        self._publish()

    def recent_audit(self) -> list[AuditEntry]:
        return list(self.audit.entries)

    def set_paused(self, paused: bool) -> None:
        self.engine.set_paused(paused)
        self._note(
            say("service", "You paused sync") if paused else say("service", "You resumed sync")
        )
        self._save_memory()  # a pause drops the promises: a restart must not bring them back
        self._publish()

    def choose_profile(self, profile_id: str) -> tuple[Problem, ...]:
        menu = self._menu(self._active_id)
        choice = next((c for c in menu.choices if c.profile_id == profile_id), None)
        if choice is not None and not choice.enabled:
            message = say("service", "this profile cannot be chosen: {reason}").fill(
                reason=choice.reason
            )
            return (_problem(profile_id, message, say("service", "Ask your administrator")),)
        problems = self._select(profile_id)
        if not any(p.severity is Severity.ERROR for p in problems):
            for listener in self._profile_listeners:
                listener(profile_id)
        self._publish()
        return problems

    async def sign_in(self, product: Product) -> None:
        connector = self._connectors[product]
        self._session(product, SignIn.SIGNING_IN)
        self._publish()  # the menu says "Signing in…" and who was signed in is forgotten
        try:
            await connector.sign_in(self)
        except Exception as exc:
            log.warning("%s sign-in failed: %s", product.title, exc)
            self._session(product, SignIn.SIGNED_OUT)
            self._note(
                say("service", "Signing in to {product} failed: {error}").fill(
                    product=_product_name(product), error=error_field(exc)
                )
            )
            raise
        await self._connected(product)

    async def sign_out(self, product: Product) -> None:
        await self.supervisor.stop(product.value)
        with contextlib.suppress(Exception):
            await self._connectors[product].sign_out(self)
        self._session(product, SignIn.SIGNED_OUT)
        for channel in self._connectors[product].channels:
            self.health(channel, Health.SIGNED_OUT)
        self.observe(StatusUnknown(product, self._clock(), say("service", "you signed out")))

    def retry(self) -> None:
        """The agent pressed Retry: every wait before a next attempt ends now, whether the
        supervisor is backing off a failed run or a client its reconnect or re-read."""
        for product, connector in self._connectors.items():
            report = self.supervisor.reports.get(product.value)
            if report is not None and report.state is TaskState.BACKING_OFF:
                self._start_run(product)
            else:
                connector.retry_now()

    def network_changed(self, why: str) -> None:
        """The OS says the network changed or the machine woke from sleep: sockets may be dead
        without knowing it. Drop them at once and read both products again (what changed
        meanwhile counts as a change, as for any reconnect). Writes decided before are dropped
        and timers wait for the fresh reads: nothing is written from before-sleep state. The
        heartbeat watchdog stays the fallback where the OS says nothing."""
        log.info("Reconnecting both products: %s", why)
        self._note(f"Reconnecting: {why}")
        for task in list(self._writes.values()):
            task.cancel()
        self._writes.clear()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        # Genesys says when it is back (its live updates reconnect after the read); the
        # Omni-Channel read is one round of queries, and its streaming may stay "up".
        if self._products[G].sign_in is SignIn.SIGNED_IN:
            self._rereading.add(G)
        for connector in self._connectors.values():
            connector.reconnect_now()
        self._publish()

    def resync(self) -> None:
        """The agent pressed Resync now: both products are read again (what changed is an
        ordinary change), then the engine applies the rules to the current state; its answer
        is audited and carried out like any other."""
        self.supervisor.start("resync", self._resync)

    async def _resync(self) -> None:
        """Both reads complete before the engine sees any of it: a rule fired by the first
        product's read would otherwise write while the second is still being read, and that
        read could then bring back the status from before the write."""
        unread: list[Message] = []
        unread_one = say("service", "{product} ({why})")
        self._held_back = []
        try:
            for product, connector in self._connectors.items():
                if self._products[product].sign_in is not SignIn.SIGNED_IN:
                    unread.append(
                        unread_one.fill(product=_product_name(product), why=NOT_SIGNED_IN)
                    )
                    continue
                why = await connector.reread(self)
                if why is not None:
                    unread.append(unread_one.fill(product=_product_name(product), why=why))
        finally:
            held, self._held_back = self._held_back, None
            for observation in held:
                self.observe(observation)
        self.observe(ResyncAsked(self._clock(), unread=tuple(unread)))

    # ---- lifecycle -------------------------------------------------------------------------

    sign_in_at_start = False
    """Sign in (browser flow) at start where no session resumes; the demo sets it."""

    async def start(self) -> None:
        """Resume both sessions from the keyring; products without one wait for a sign-in."""
        if self.sign_in_at_start:
            for product in self._connectors:
                self._session(product, SignIn.SIGNING_IN)
        for product, connector in self._connectors.items():
            try:
                resumed = await connector.restore_session(self)
            except Exception as exc:  # a broken keyring must not stop start-up
                log.warning("%s session not resumed: %s", product.title, exc)
                resumed = False
            if resumed:
                await self._connected(product)
            elif self.sign_in_at_start:
                await self.sign_in(product)
            else:
                self._session(product, SignIn.SIGNED_OUT)
        self._publish()

    async def _connected(self, product: Product) -> None:
        if self._products[product].sign_in in (SignIn.SIGNED_OUT, SignIn.SIGNING_IN):
            self._session(product, SignIn.SIGNED_IN)
        self._start_run(product)
        self.supervisor.start(f"{product.value}-statuses", lambda: self._load_statuses(product))

    def _start_run(self, product: Product) -> None:
        connector = self._connectors[product]
        self.supervisor.start(product.value, lambda: connector.run(self))

    async def _load_statuses(self, product: Product) -> None:
        statuses = tuple(await self._connectors[product].statuses())
        self._facts[product] = await self._connectors[product].org_facts()
        self._catalog[product] = statuses  # type: ignore[assignment]
        if self._active_id:
            self._select(self._active_id)
        self._publish()

    async def shutdown(self) -> None:
        """Cancel every task and flush the audit file: nothing runs after Quit."""
        if self._timer is not None:
            self._timer.cancel()
        writes = list(self._writes.values())
        for task in writes:
            task.cancel()
        await asyncio.gather(*writes, return_exceptions=True)
        await self.supervisor.shutdown()
        self._backlog.clear()  # nothing is decided after Quit
        self._follow_up.flush()
        self.audit.close()

    # ---- Sink ------------------------------------------------------------------------------

    def observe(self, observation: Observation) -> None:
        if self._held_back is not None:
            self._held_back.append(observation)
            return
        if self._backlog or self._follow_up.writes_leaving:
            self._backlog.append(observation)  # the write that is leaving goes first
            return
        self._handle(observation)

    def _take_backlog(self) -> None:
        """Handle the events that waited, in order, until one of them sends writes again."""
        if self._taking_backlog:
            return  # a flush from within a handled event: the loop below goes on
        self._taking_backlog = True
        try:
            while self._backlog and not self._follow_up.writes_leaving:
                self._handle(self._backlog.popleft())
        finally:
            self._taking_backlog = False

    def _handle(self, observation: Observation) -> None:
        decision = self.engine.handle(observation)
        if isinstance(observation, OmniStatusObserved) or (
            isinstance(observation, StatusUnknown) and observation.product is O
        ):
            self._logged_out_by(observation)
        self._drop_unwanted_writes(decision)
        self._after(decision)

    def _logged_out_by(self, observation: OmniStatusObserved | StatusUnknown) -> None:
        """Salesforce logged Omni-Channel out and said why: the agent is told (a task, so a
        notification), until Omni-Channel is back or lost from sight."""
        if isinstance(observation, OmniStatusObserved) and observation.why is not None:
            self._logout = AgentTask(
                f"Omni-Channel logged you out: {observation.why}",
                Remedy.LOG_IN_OMNI,
                urgent=True,
                product=O,
                detail=observation.why,
            )
        elif not (isinstance(observation, OmniStatusObserved) and observation.status.offline):
            self._logout = None

    def _drop_unwanted_writes(self, decision: Decision) -> None:
        """A write still in flight that the engine no longer waits for (the agent changed that
        product meanwhile) is not sent again: a retry would overwrite the agent's choice.
        If its first attempt lands anyway, the engine puts the agent's choice back."""
        for product, task in list(self._writes.items()):
            if (
                task.done()
                or task is asyncio.current_task()  # a write reporting its own failure
                or decision.confirms is product
                or self.engine.awaits_echo(product)
            ):
                continue
            if any(a.product is product and a.kind is ActionKind.ENFORCE for a in decision.actions):
                continue  # a new write replaces it anyway
            task.cancel()
            del self._writes[product]
            entry = self._write_entries.pop(product, None)
            if entry is not None:
                self._outcome(entry, Outcome.DECIDED, say("service", "you changed it first"))

    def health(self, channel: Channel, health: Health, detail: str | Message = "") -> None:
        old = self._channels.get(channel)
        if old is not None and (old.health, old.detail) == (health, detail):
            return
        self._channels[channel] = ChannelHealth(channel, health, detail, self._clock())
        if health is Health.UP and channel is Channel.GENESYS_NOTIFICATIONS and self._rereading:
            self._rereading.discard(G)  # connected again and read: the timers go on
            self._schedule_timer()
        self._publish()

    def link_route(self, route: LinkRoute | None) -> None:
        """Every change of the console link's transport is told in the audit log, with why."""
        if route == self._route:
            return
        self._route = route
        if route is not None:
            self._follow_up.flush()
            mode = self.engine.view().mode.value
            where = "direct" if route.direct else "record"
            sentence = route_sentence(route)
            log.info("%s", sentence)
            self.audit.record(
                AuditEntry(
                    self._clock(),
                    sentence,
                    mode,
                    kind=ROUTE_KIND,
                    status=where,
                    failure=route.why if isinstance(route.why, Message) else verbatim(route.why),
                )
            )
        self._publish()

    def session(
        self,
        product: Product,
        state: SignIn,
        expires_at: float | None = None,
        *,
        idle_timeout: float | None = None,
    ) -> None:
        self._session(product, state, expires_at, idle_timeout)
        if state in (SignIn.EXPIRED, SignIn.SIGNED_OUT):
            why = say("service", "your session ended")
            self.observe(StatusUnknown(product, self._clock(), why))
        self._publish()

    # ---- decisions -------------------------------------------------------------------------

    def _after(self, decision: Decision) -> None:
        """Writes first; the saved memory, the audit entries and the new state once they have
        left (write_first).

        Quiet decisions (start-up snapshots, the echo of the app's own change) get no row: the
        start-up facts are one row once both statuses are known, an echo is its write's outcome.
        """
        # A decision that carries actions is never quiet: its writes and asks need their rows.
        entries = [] if decision.quiet and not decision.actions else entries_for(decision)
        entries += self._statuses_row(decision)
        if decision.confirms is not None:
            event = self._confirmed.get(decision.confirms)
            if event is not None:
                event.set()
            self._asks.pop(decision.confirms, None)
            self._failures.pop(decision.confirms, None)
        writes: list[tuple[Action, AuditEntry]] = []
        for action, entry in zip(decision.actions, entries, strict=False):
            if action.kind is ActionKind.ENFORCE:
                writes.append((action, entry))
            elif action.kind is ActionKind.ASK_AGENT:
                self._asks[action.product] = AgentTask(
                    f"{action.explanation} ({action.reason})",
                    Remedy.SET_STATUS_YOURSELF,
                    urgent=True,
                    product=action.product,
                    status=action.status_label,
                    detail=action.why_not or "",
                )
        lefts = self._follow_up.hold(lambda: self._follow(entries), len(writes))
        for (action, entry), left in zip(writes, lefts, strict=True):
            self._submit(action, entry, left)
        self._schedule_timer()

    def _statuses_row(self, decision: Decision) -> list[AuditEntry]:
        """The start-up facts folded into one row: both statuses, once both are known (again
        after a product was lost from sight)."""
        genesys, omni = self.engine.genesys, self.engine.omni
        if genesys is None or omni is None:
            self._statuses_told = False
            return []
        if self._statuses_told:
            return []
        self._statuses_told = True
        said = say(
            "service", "You are {genesys} in Genesys Cloud and {omni} in Omni-Channel (read now)"
        ).fill(genesys=genesys.label, omni=omni.label)
        return [AuditEntry(decision.at, said, decision.view.mode.value)]

    def _save_memory(self) -> None:
        """Keep what a restart needs; never before the saved memory was taken back or dropped."""
        if self._memory_file is None or not self._resolved or self.engine.taking_back:
            return
        memory = self.engine.memory(self._active_id)
        if memory != self._memory_written:
            save_memory(self._memory_file, memory)
            self._memory_written = memory

    def _follow(self, entries: list[AuditEntry]) -> None:
        """Once the writes have left: what a restart needs (the memory file, flushed to disk,
        takes milliseconds), then the audit entries and the new state."""
        self._save_memory()
        for entry in entries:
            self.audit.record(entry)
        self._publish()

    def _submit(self, action: Action, entry: AuditEntry, left: Callable[[], None]) -> None:
        """Carry out a write; a newer write to the same product replaces one in flight."""
        old = self._writes.pop(action.product, None)
        if old is not None:
            old.cancel()
        self._confirmed[action.product] = asyncio.Event()
        self._write_entries[action.product] = entry
        self._writes[action.product] = asyncio.get_running_loop().create_task(
            self._carry_out(action, entry, left), name=f"omnisync:write:{action.product.value}"
        )

    async def _carry_out(self, action: Action, entry: AuditEntry, left: Callable[[], None]) -> None:
        request_sent.notify_when_sent(left)  # this task's requests only
        confirmed = self._confirmed[action.product]
        connector = self._connectors[action.product]
        error: Message = verbatim("")
        for attempt in (1, 2):
            try:
                try:
                    await connector.write(action.status_id)
                finally:
                    left()  # whether or not a request of its own was seen leaving
                async with asyncio.timeout(self.confirm_timeout):  # keeps a cancel, unlike 3.11's
                    await confirmed.wait()  # wait_for when the event is set at the same moment
            except TimeoutError:
                error = say("service", "the change was not confirmed in time")
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                error = said_of(exc)
            else:
                self._outcome(entry, Outcome.CONFIRMED)
                return
            if attempt == 1:
                self._outcome(entry, Outcome.RETRIED, error)
        self._outcome(entry, Outcome.FAILED, error)
        where = _product_name(action.product)
        self._failures[action.product] = AgentTask(
            f"The app could not set {where} to {action.status_label} ({error}): "
            "please set it yourself",
            Remedy.SET_STATUS_YOURSELF,
            urgent=True,
            product=action.product,
            status=action.status_label,
            detail=error,
        )
        self.observe(WriteFailed(action.product, action.status_id, self._clock(), error))

    def _outcome(self, entry: AuditEntry, outcome: Outcome, detail: Message | None = None) -> None:
        self._follow_up.flush()  # the decision's own entry comes first
        self.audit.record(replace(entry, at=self._clock(), outcome=outcome, failure=detail))
        self._publish()

    def _schedule_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        deadline = self.engine.next_deadline()
        if deadline is None or self._rereading:
            return
        delay = max(0.0, deadline - self._clock())
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(delay, lambda: self.observe(Tick(self._clock())))

    def _note(self, text: str | Message) -> None:
        """A row that is no decision; a ``str`` is data (a policy's or another part's words)."""
        self._follow_up.flush()
        said = text if isinstance(text, Message) else verbatim(text)
        self.audit.record(AuditEntry(self._clock(), said, self.engine.view().mode.value))

    # ---- profiles --------------------------------------------------------------------------

    def _select(self, profile_id: str) -> tuple[Problem, ...]:
        entry = self._profiles.get(profile_id)
        if entry is None:
            return (
                _problem(
                    profile_id,
                    say("service", 'there is no profile "{profile}"').fill(profile=profile_id),
                    say("service", "Installed profiles: {profiles}").fill(
                        profiles=", ".join(sorted(self._profiles))
                    ),
                ),
            )
        if entry.spec is None:
            return entry.problems
        if not {G, O} <= set(self._catalog):
            self._activate(entry.spec, UNRESOLVED, (), resolved=False)
            return ()
        catalog = StatusCatalog.of(
            self._catalog[G],  # type: ignore[arg-type]
            self._catalog[O],  # type: ignore[arg-type]
            tuple(self._facts.values()),
        )
        result = resolve_profile(entry.spec, catalog)
        if result.settings is None:
            if not self._resolved or profile_id == self._active_id:
                self._activate(entry.spec, UNRESOLVED, result.problems, resolved=False)
            return result.problems
        self._activate(entry.spec, result.settings, result.problems, resolved=True)
        return result.problems

    def _activate(
        self,
        spec: ProfileSpec,
        settings: SyncSettings,
        problems: tuple[Problem, ...],
        *,
        resolved: bool,
    ) -> None:
        changed = spec.id != self._active_id or resolved != self._resolved
        self.engine.replace_settings(settings)
        if resolved and self._saved is not None:
            # Only for the profile it was saved under; another profile starts with nothing.
            self.engine.take_back(self._saved if self._saved.profile_id == spec.id else None)
            self._saved = None
        self._active_id = spec.id
        self._resolved = resolved
        self._profile_problems = problems
        self._save_memory()  # a switch drops the promises (never before they were taken back)
        if changed and resolved:
            self._note(say("service", 'Profile "{profile}" is active').fill(profile=spec.name))

    def _menu(self, wanted: str | None) -> ProfileMenu:
        return menu_of(self._profiles, wanted, self._policy, self._default_profile)

    def _choices(self) -> tuple[ProfileChoice, ...]:
        return profile_choices(self._profiles, self._menu(self._active_id))

    # ---- state -----------------------------------------------------------------------------

    def account(self, product: Product, account: Account) -> None:
        old = self._products[product]
        if old.account == account or old.sign_in in _NO_ACCOUNT:
            return  # unchanged, or a late answer for a session that has since ended
        self._products[product] = replace(old, account=account)
        self._publish()

    def _session(
        self,
        product: Product,
        state: SignIn,
        expires_at: float | None = None,
        idle_timeout: float | None = None,
    ) -> None:
        """A session that ends or starts over forgets who it was; one that goes on keeps it."""
        old = self._products[product]
        self._products[product] = ProductState(
            product,
            state,
            None if state in _NO_ACCOUNT else old.account,
            expires_at
            if expires_at is not None
            else (old.token_expires_at if state is not SignIn.SIGNED_OUT else None),
            idle_timeout,
        )

    def _on_task_report(self, report: TaskReport) -> None:
        if report.state is TaskState.BACKING_OFF:
            self._note(
                say("service", "{task} failed ({error}); retrying in {seconds} s").fill(
                    task=_task_words(report.name),
                    error=report.last_error,
                    seconds=f"{report.retry_in:.0f}",
                )
            )
            self._publish()

    def _view(self) -> SyncView:
        view = self.engine.view()
        if self._resolved or (view.mode is SyncMode.OFF and self.engine.paused):
            return view
        return unresolved_view(view, unfit=bool(self._profile_problems))

    def _must_do(self) -> tuple[AgentTask, ...]:
        tasks = sign_in_tasks(self._products[product] for product in (G, O))
        link = self._channels.get(Channel.CONSOLE_LINK)
        if (
            link is not None
            and link.health in (Health.DOWN, Health.DEGRADED)
            and self._products[O].sign_in is SignIn.SIGNED_IN
        ):
            tasks.append(
                AgentTask(
                    "Open your Salesforce console, so the app can set your Omni-Channel status "
                    f"({link.detail or 'console link lost'})",
                    Remedy.OPEN_CONSOLE,
                    product=O,
                    detail=link.detail,
                )
            )
        if self._logout is not None:
            tasks.append(self._logout)
        tasks += self._asks.values()
        tasks += self._failures.values()
        if any(p.severity is Severity.ERROR for p in self._profile_problems):
            tasks.append(
                AgentTask(
                    f"The profile cannot be used: {self._profile_problems[0]}",
                    Remedy.CHOOSE_PROFILE,
                    detail=self._profile_problems[0].brief(),
                )
            )
        return tuple(tasks)

    def _publish(self) -> None:
        entry = self._profiles.get(self._active_id)
        state = ServiceState(
            genesys=self._products[G],
            salesforce=self._products[O],
            genesys_presence=self.engine.genesys,
            routing=self.engine.routing,
            genesys_work=self.engine.genesys_work,
            omni_status=self.engine.omni,
            omni_work=self.engine.omni_work,
            view=self._view(),
            paused=self.engine.paused,
            profile_id=self._active_id,
            profile_name=entry.spec.name if entry and entry.spec else self._active_id,
            profile_problems=self._profile_problems,
            profiles=self._choices(),
            channels=dict(self._channels),
            must_do=self._must_do(),
            console_route=self._route,
        )
        if state == self._state:
            return
        self._state = state
        for listener in self._state_listeners:
            listener(state)


def route_sentence(route: LinkRoute) -> Message:
    """The audit log's words for a change of the console link's transport."""
    if route.direct:
        return say("service", "Salesforce console link: direct, on this computer")
    return say("service", "Salesforce console link: through the Salesforce record ({why})").fill(
        why=route.why
    )


def _task_words(name: str) -> Message:
    """A supervised task's name (``genesys``, ``omni-statuses``, ``resync``) in words."""
    for product in Product:
        if name == product.value:
            return say("service", "The {product} connection").fill(product=_product_name(product))
        if name == f"{product.value}-statuses":
            return say("service", "Reading the {product} statuses").fill(
                product=_product_name(product)
            )
    if name == "resync":
        return say("service", "The resync")
    return verbatim(name)


def _problem(key: str, message: Message, fix: Message) -> Problem:
    return Problem(Severity.ERROR, "profile", key, message, fix)
