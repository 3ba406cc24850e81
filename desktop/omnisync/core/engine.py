"""The sync rules R1-R6 as an edge-triggered state machine.

See ``docs/rules.md`` for the rules, the guards and every decision taken where the Genesys
documentation is silent. The engine is deterministic: the same observations in the same order
always give the same decisions. It never reads a clock; every observation carries its time.

What it says is a :class:`~omnisync.core.message.Message` (context ``"engine"``, second person,
one name per product): the UI translates it, the audit file keeps its English form. To add a
sentence, see that module's docstring.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from omnisync.core.decision import Action, ActionKind, Decision, RuleId, SyncMode, SyncView
from omnisync.core.memory import EngineMemory, HeldBlock
from omnisync.core.message import Message, joined, say, verbatim
from omnisync.core.model import (
    Cause,
    GenesysPresence,
    GenesysPresenceObserved,
    GenesysRoutingObserved,
    GenesysWork,
    GenesysWorkObserved,
    Observation,
    OmniStatus,
    OmniStatusObserved,
    OmniWorkItem,
    OmniWorkObserved,
    OmniWorkState,
    Product,
    ResyncAsked,
    RoutingStatus,
    StatusUnknown,
    Tick,
    WriteCapabilityObserved,
    WriteFailed,
)
from omnisync.core.settings import AwayRule, SyncSettings

G = Product.GENESYS
O = Product.OMNI  # noqa: E741 - G and O read like the reference's tables


@dataclass(frozen=True, slots=True)
class _Pending:
    """A write (or a request to the agent) whose echo we expect."""

    status_id: str
    at: float
    asked: bool


@dataclass(frozen=True, slots=True)
class _Block:
    """A blocking status we set; ``previous`` is what a restore goes back to."""

    status_id: str
    previous_id: str
    previous_label: str


@dataclass(frozen=True, slots=True)
class _Facts:
    """The derived predicates the rules are edges of."""

    gc_on_queue: bool
    omni_mapped: bool
    gc_busy: bool
    sf_busy: bool


@dataclass(frozen=True, slots=True)
class _Target:
    """A status to write, either product's."""

    id: str
    label: str


def _gc_target(p: GenesysPresence) -> _Target:
    return _Target(p.id, p.label)


def _omni_target(s: OmniStatus) -> _Target:
    return _Target(s.id, s.label)


class SyncEngine:
    """Feed it observations with :meth:`handle`; it answers with a :class:`Decision`."""

    def __init__(self, settings: SyncSettings) -> None:
        self._settings = settings
        self._paused = False
        self.genesys: GenesysPresence | None = None
        self.routing = RoutingStatus.UNKNOWN
        self.genesys_work = GenesysWork.UNKNOWN
        self.omni: OmniStatus | None = None
        self.omni_work: tuple[OmniWorkItem, ...] = ()
        self.omni_capacity: float | None = None
        """The agent's configured Omni-Channel capacity, for capacity-aware blocking."""
        self._writable: dict[Product, tuple[bool, Message | None]] = {
            G: (True, None),
            O: (True, None),
        }
        self._pending: dict[Product, _Pending] = {}
        self._overtaken: dict[Product, tuple[_Pending, _Target]] = {}
        """Writes of ours the agent overtook, with the agent's choice to put back if they land."""
        self._blocks: dict[Product, _Block] = {}
        self._deferred_mapping: set[Product] = set()
        self._transition_since: float | None = None
        self._gone_since: dict[Product, float] = {}
        """When each product went Offline, for the away rules' timers."""
        self._now = 0.0
        """The time of the observation being handled (never read from a clock)."""
        self._omni_offline_why: Message | None = None
        """What Salesforce said when it logged Omni-Channel out (a duplicate tab, a supervisor)."""
        self._to_take_back: EngineMemory | None = None
        """What the app had promised before a restart, until both products' statuses are known."""
        self._work_known: set[Product] = set()
        """Whose work (Omni-Channel items; Genesys routing and interactions) has been seen."""
        self._blocks_after_restart: set[Product] = set()
        """Blocks taken back at start whose work is not yet known: if it ended while the app was
        down, the restore happens as soon as that is seen."""

    # ---- configuration ---------------------------------------------------------------------

    @property
    def settings(self) -> SyncSettings:
        return self._settings

    def replace_settings(self, settings: SyncSettings) -> None:
        """Switch profile live: statuses are kept, remembered blocks and timers are dropped."""
        self._settings = settings
        self._blocks.clear()
        self._deferred_mapping.clear()
        self._transition_since = None
        self._gone_since.clear()

    @property
    def paused(self) -> bool:
        return self._paused

    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        if paused:
            self._blocks.clear()
            self._deferred_mapping.clear()
            self._transition_since = None
            self._gone_since.clear()

    def next_deadline(self) -> float | None:
        """When a :class:`Tick` could fire a timer (transition, away), so the caller sets one."""
        deadlines = [at for _rule, at in self._away_deadlines()]
        transition = self._transition_deadline()
        if transition is not None:
            deadlines.append(transition)
        return min(deadlines, default=None)

    def _transition_deadline(self) -> float | None:
        seconds = self._settings.options.transition_timer_seconds
        if self._transition_since is None or seconds <= 0:
            return None
        return self._transition_since + seconds

    def _away_deadlines(self) -> list[tuple[AwayRule, float]]:
        return [
            (rule, self._gone_since[rule.gone] + rule.seconds)
            for rule in self._settings.away_rules
            if rule.gone in self._gone_since
        ]

    # ---- facts -----------------------------------------------------------------------------

    def _facts(self) -> _Facts:
        mapped = self._settings.mapped_omni
        return _Facts(
            gc_on_queue=self.genesys is not None and self.genesys.is_on_queue,
            omni_mapped=mapped is not None
            and self.omni is not None
            and self._settings.mapping_row(self.omni.id) is not None,
            gc_busy=self._gc_busy(),
            sf_busy=self._sf_busy(),
        )

    def _write_leaving(self, product: Product) -> bool:
        """A write of ours is on its way to move ``product`` out of its mapped status (R3, R4
        decided just before): "it already is" would soon be wrong, so the mapping is written
        again and replaces it. Without this, the agent going Meal then straight back On Queue
        ended with Genesys On Queue and Omni-Channel in its transition status."""
        pending = self._pending.get(product)
        if pending is None or pending.asked:
            return False
        if product is O:
            return self._settings.mapping_row(pending.status_id) is None
        on_queue = self._settings.on_queue
        return on_queue is None or pending.status_id != on_queue.id

    def _gc_busy(self) -> bool:
        """Either signal saying "interacting" counts: the two topics arrive in either order.

        Routing INTERACTING includes after-call work, so it does not count while the summary
        says the agent is only in after-call work and that option is off.
        """
        work = self.genesys_work
        count_acw = self._settings.options.count_after_call_work_as_interacting
        acw_only = work is GenesysWork.AFTER_CALL_WORK
        if self.routing is RoutingStatus.COMMUNICATING or work is GenesysWork.ACTIVE:
            return True
        if acw_only:
            return count_acw
        return self.routing is RoutingStatus.INTERACTING

    def _sf_busy(self) -> bool:
        """Work that blocks Genesys (R5): any accepted item, or as the profile's work block says
        (only some service channels, only from a share of the agent's capacity)."""
        counted = self._blocking_work()
        threshold = self._settings.work_block.capacity_percent
        if not counted or not threshold:
            return bool(counted)
        load = self._load_percent(counted)
        return load is None or load >= threshold

    def _blocking_work(self) -> list[OmniWorkItem]:
        ignore_external = self._settings.options.ignore_externally_routed_omni_work
        channels = self._settings.work_block.channels
        return [
            item
            for item in self.omni_work
            if item.state is OmniWorkState.ACTIVE
            and not (ignore_external and item.externally_routed)
            and (not channels or item.channel in channels)
        ]

    def _load_percent(self, items: list[OmniWorkItem]) -> float | None:
        """The share of the agent's capacity the items use; None when it cannot be told (an
        item counted in units while the configured capacity is unknown), which blocks."""
        load = 0.0
        for item in items:
            if item.percent:
                load += item.percent
            elif item.weight:
                if not self.omni_capacity:
                    return None
                load += 100.0 * item.weight / self.omni_capacity
            else:
                return None
        return load

    def _label(self, product: Product) -> str:
        if product is G:
            return self.genesys.label if self.genesys else "unknown"
        return self.omni.label if self.omni else "unknown"

    # ---- the entry point -------------------------------------------------------------------

    # ---- across a restart --------------------------------------------------------------------

    def memory(self, profile_id: str) -> EngineMemory:
        """What a restart must not forget (blocks to restore, deferred mappings, the timer)."""
        transition = self._settings.omni_on_leaving_on_queue
        since = self._transition_since if transition is not None else None
        return EngineMemory(
            profile_id,
            tuple(
                HeldBlock(product, b.status_id, b.previous_id, b.previous_label)
                for product, b in sorted(self._blocks.items(), key=lambda i: i[0].value)
            ),
            tuple(sorted(self._deferred_mapping, key=lambda p: p.value)),
            since,
            transition.id if transition is not None and since is not None else "",
            tuple(sorted(self._gone_since.items(), key=lambda i: i[0].value))
            if self._settings.away_rules
            else (),
        )

    def take_back(self, memory: EngineMemory | None) -> None:
        """Hand back what was saved before a restart; it is checked once both statuses are known."""
        self._to_take_back = memory if memory is not None and not memory.empty else None

    def awaits_echo(self, product: Product) -> bool:
        """Whether a write of ours to ``product`` still waits for its echo. False once the agent
        changed that product meanwhile: the write is no longer wanted, and sending it again
        would overwrite the agent's choice."""
        pending = self._pending.get(product)
        return pending is not None and not pending.asked

    @property
    def taking_back(self) -> bool:
        """A saved memory waits for the start-up snapshot: saving now would lose it."""
        return self._to_take_back is not None

    def _take_back_now(self) -> list[Action]:
        """Keep each promise the products still show, drop the others; a line for each."""
        memory, self._to_take_back = self._to_take_back, None
        assert memory is not None
        assert self.genesys is not None
        assert self.omni is not None
        notes: list[Action] = []
        for held in memory.blocks:
            current = (self.genesys if held.product is G else self.omni).id
            fields = {
                "product": held.product.title,
                "status": self._label(held.product),
                "previous": held.previous_label,
            }
            if current == held.status_id:
                self._blocks[held.product] = _Block(
                    held.status_id, held.previous_id, held.previous_label
                )
                self._blocks_after_restart.add(held.product)
                text = say(
                    "engine",
                    "Taken back after the restart: {product} is still {status} as the app set "
                    "it for your work, so it goes back to {previous} when the work ends.",
                ).fill(**fields)
                reason = _KEPT
            else:
                text = say(
                    "engine",
                    "Dropped after the restart: the app had set {product} for your work, but it "
                    "now shows {status}, so it will not be restored to {previous}.",
                ).fill(**fields)
                reason = _NO_LONGER
            notes.append(
                Action(
                    RuleId.GUARD,
                    held.product,
                    ActionKind.SKIP,
                    held.previous_id,
                    held.previous_label,
                    text,
                    reason,
                )
            )
        self._deferred_mapping.update(memory.deferred)
        for product, since in memory.away_since:
            status: GenesysPresence | OmniStatus | None = (
                self.genesys if product is G else self.omni
            )
            offline = (
                self.genesys is not None and self.genesys.is_offline
                if product is G
                else self.omni is not None and self.omni.offline
            )
            if offline:
                self._gone_since.setdefault(product, since)
            title = product.title
            notes.append(
                Action(
                    RuleId.AWAY,
                    product,
                    ActionKind.SKIP,
                    status.id if status is not None else "",
                    self._label(product),
                    say(
                        "engine",
                        "Taken back after the restart: the away timer for {product} runs on from "
                        "before it (it fires at once if its time has passed).",
                    ).fill(product=title)
                    if offline
                    else say(
                        "engine",
                        "Dropped after the restart: the away timer, since {product} now shows "
                        "{status}.",
                    ).fill(product=title, status=self._label(product)),
                    _KEPT if offline else say("engine", "it is no longer Offline"),
                )
            )
        if memory.transition_since is not None:
            still = self.omni.id == memory.transition_status_id
            if still:
                self._transition_since = memory.transition_since
            notes.append(
                Action(
                    RuleId.GUARD,
                    O,
                    ActionKind.SKIP,
                    self.omni.id,
                    self.omni.label,
                    say(
                        "engine",
                        "Taken back after the restart: the transition timer runs on from before "
                        "it.",
                    )
                    if still
                    else say(
                        "engine",
                        "Dropped after the restart: the transition timer, since Omni-Channel now "
                        "shows {status}.",
                    ).fill(status=self.omni.label),
                    _KEPT if still else _NO_LONGER,
                )
            )
        return notes

    def handle(self, obs: Observation) -> Decision:
        decision = self._handle(obs)
        if self._to_take_back is None or self.genesys is None or self.omni is None:
            return decision
        notes = self._take_back_now()
        restores = self._restores_after_restart(self._facts())  # the work may be known already
        if restores:
            notes += self._one_write_per_product([*decision.actions, *restores])[
                len(decision.actions) :
            ]
        return replace(decision, actions=(*decision.actions, *notes), view=self.view(), quiet=False)

    def _handle(self, obs: Observation) -> Decision:
        before = self._facts()
        self._expire_pending(obs.at)
        match obs:
            case GenesysPresenceObserved():
                return self._on_genesys_presence(obs, before)
            case OmniStatusObserved():
                return self._on_omni_status(obs, before)
            case GenesysRoutingObserved():
                self.routing = obs.status
                self._note_work_known()
                trigger = say("engine", "Your Genesys Cloud routing status is {routing}").fill(
                    routing=_ROUTING_WORDS[obs.status]
                )
                return self._on_work_change(obs.at, trigger, before, obs.baseline)
            case GenesysWorkObserved():
                self.genesys_work = obs.work
                self._note_work_known()
                trigger = say("engine", "Your Genesys Cloud work: {work}").fill(
                    work=_WORK_WORDS[obs.work]
                )
                return self._on_work_change(obs.at, trigger, before, obs.baseline)
            case OmniWorkObserved():
                self.omni_work = obs.items
                if obs.capacity is not None:
                    self.omni_capacity = obs.capacity
                self._work_known.add(O)
                active = sum(1 for i in obs.items if i.state is OmniWorkState.ACTIVE)
                trigger = say(
                    "engine", "Your Omni-Channel work: {active} active, {count} in all"
                ).fill(active=str(active), count=str(len(obs.items)))
                return self._on_work_change(obs.at, trigger, before, obs.baseline)
            case WriteCapabilityObserved():
                self._writable[obs.product] = (obs.possible, _as_message(obs.why))
                product = obs.product.title
                if obs.possible:
                    said = say("engine", "The app can set your {product} status").fill(
                        product=product
                    )
                else:
                    said = say("engine", "The app cannot set your {product} status: {why}").fill(
                        product=product, why=obs.why
                    )
                quiet = obs.possible and (self.genesys is None or self.omni is None)
                return self._decide(obs.at, said, (), quiet=quiet)
            case WriteFailed():
                return self._on_write_failed(obs)
            case StatusUnknown():
                return self._on_unknown(obs)
            case Tick():
                return self._on_tick(obs)
            case ResyncAsked():
                return self._on_resync(obs)

    def _on_resync(self, obs: ResyncAsked) -> Decision:
        """The agent asked to resync: the rules see the current statuses as if they had just
        changed, so a state the edges missed (a rule switched on later, a gap) is put right.

        Genesys On Queue leads when the two disagree (R1 before R2): On Queue is the one status
        that routes calls, and the agent chose it. A product the app is already writing (a
        change the re-read just found fired its rule) is left to that write.
        """
        at = obs.at
        read = say("engine", "both products read again")
        if obs.unread:
            read = say("engine", "not read again: {products}").fill(
                products=joined(obs.unread, ", ")
            )
        trigger = say(
            "engine", "You asked to resync now ({read}): the rules applied to your statuses"
        ).fill(read=read)
        writing = set(self._pending)
        if not self._active():
            return self._decide(at, say("engine", "You asked to resync now, but sync is off"), ())
        f = self._facts()
        actions: list[Action] = []
        master = self._settings.master
        if f.gc_on_queue and not f.omni_mapped and master is not O and O not in writing:
            actions += self._r1(f)
        elif f.omni_mapped and not f.gc_on_queue and master is not G and G not in writing:
            actions += self._r2(f)
        if f.sf_busy and G not in self._blocks and G not in writing:
            actions += self._r5(f)
        if f.gc_busy and O not in self._blocks and O not in writing:
            actions += self._r6()
        if not actions:
            trigger = say("engine", "You asked to resync now ({read}): nothing to change").fill(
                read=read
            )
        return self._decide(at, trigger, self._one_write_per_product(actions))

    # ---- status changes --------------------------------------------------------------------

    def _on_genesys_presence(self, obs: GenesysPresenceObserved, before: _Facts) -> Decision:
        old = self.genesys
        self.genesys = obs.presence
        self._note_gone(G, obs.presence.is_offline, may_start=False)
        trigger = say("engine", "Genesys Cloud is {status}").fill(status=obs.presence.label)
        if obs.baseline or old is None:
            return self._decide(obs.at, _snapshot(trigger), (), quiet=True)
        if old.id == obs.presence.id:
            return self._decide(obs.at, _unchanged(trigger), ())
        echo = self._take_echo(G, obs.presence.id, obs.cause)
        if echo is not None:
            return self._echo(obs.at, trigger, echo, G)
        late = self._overtaken_write_landed(G, obs.presence.id, obs.cause)
        if late is not None:
            return self._decide(obs.at, _late(trigger), late)
        self._note_gone(G, obs.presence.is_offline, may_start=True)
        choice = _gc_target(obs.presence)
        answered = self._held_or_followed(G, _gc_target(old), choice, obs.presence.is_offline)
        if answered is not None:
            return self._decide(obs.at, trigger, answered)
        notes = self._agent_overrides(G, _gc_target(obs.presence))
        after = self._facts()
        actions: list[Action] = list(notes)
        if not before.gc_on_queue and after.gc_on_queue:
            actions += self._r1(after)
        elif before.gc_on_queue and not after.gc_on_queue:
            actions += self._r3()
        return self._decide(obs.at, trigger, self._one_write_per_product(actions))

    def _on_omni_status(self, obs: OmniStatusObserved, before: _Facts) -> Decision:
        old = self.omni
        self.omni = obs.status
        self._note_gone(O, obs.status.offline, may_start=False)
        self._omni_offline_why = obs.why if obs.status.offline else None
        trigger = say("engine", "Omni-Channel is {status}").fill(status=obs.status.label)
        if obs.why is not None:
            trigger = say("engine", "Omni-Channel is {status}: {why}").fill(
                status=obs.status.label, why=obs.why
            )
        if obs.baseline or old is None:
            return self._decide(obs.at, _snapshot(trigger), (), quiet=True)
        if old.id == obs.status.id:
            return self._decide(obs.at, _unchanged(trigger), ())
        echo = self._take_echo(O, obs.status.id, obs.cause)
        if echo is not None:
            return self._echo(obs.at, trigger, echo, O)
        late = self._overtaken_write_landed(O, obs.status.id, obs.cause)
        if late is not None:
            return self._decide(obs.at, _late(trigger), late)
        self._note_gone(O, obs.status.offline, may_start=True)
        choice = _omni_target(obs.status)
        answered = self._held_or_followed(O, _omni_target(old), choice, obs.status.offline)
        if answered is not None:
            return self._decide(obs.at, trigger, answered)
        notes = self._agent_overrides(O, _omni_target(obs.status))
        after = self._facts()
        actions: list[Action] = list(notes)
        if not before.omni_mapped and after.omni_mapped:
            actions += self._r2(after)
        elif before.omni_mapped and not after.omni_mapped:
            actions += self._r4(old)
        return self._decide(obs.at, trigger, self._one_write_per_product(actions))

    def _note_gone(self, product: Product, offline: bool, *, may_start: bool) -> None:
        """Any status but Offline (a refresh) stops an away timer; only an edge to Offline made
        by the agent or the system starts one (not a snapshot, not the app's own write)."""
        if not offline:
            self._gone_since.pop(product, None)
        elif may_start and product not in self._gone_since:
            self._gone_since[product] = self._now

    def _take_echo(self, product: Product, status_id: str, cause: Cause | None) -> _Echo | None:
        """Recognise our own write coming back; rules never fire on it (no chains)."""
        pending = self._pending.get(product)
        if pending is not None and pending.status_id == status_id:
            del self._pending[product]
            return _Echo.ASKED if pending.asked else _Echo.CONFIRMS
        overtaken = self._overtaken.get(product)
        if cause is Cause.APP and (overtaken is None or overtaken[0].status_id != status_id):
            return _Echo.BY_APP
        return None

    def _echo(self, at: float, trigger: Message, echo: _Echo, product: Product) -> Decision:
        """The app's own change came back: the write's row says it (quiet); a status the agent
        set as asked is worth its row."""
        if echo is _Echo.ASKED:
            said = say("engine", "{observed}: you did as asked").fill(observed=trigger)
            return self._decide(at, said, (), confirms=product)
        said = say("engine", "{observed}: the app's own change").fill(observed=trigger)
        return self._decide(at, said, (), confirms=product, quiet=True)

    def _overtaken_write_landed(
        self, product: Product, status_id: str, cause: Cause | None
    ) -> tuple[Action, ...] | None:
        """Our write arrived after the agent had already chosen something else: put it back.

        Only when the source says the change was ours (the link's reason, or the client matching
        its PATCH response): by value alone it could as well be the agent choosing it again.
        """
        overtaken = self._overtaken.get(product)
        if cause is not Cause.APP or overtaken is None or overtaken[0].status_id != status_id:
            return None
        del self._overtaken[product]
        _pending, choice = overtaken
        why = say(
            "engine", "The app's earlier change of {product} landed after you had chosen {status}"
        ).fill(product=product.title, status=choice.label)
        role = say("engine", "your choice wins")
        return (self._write(RuleId.GUARD, product, choice, why, role),)

    def _held_or_followed(
        self, product: Product, old: _Target, choice: _Target, offline: bool
    ) -> tuple[Action, ...] | None:
        """The profile's answers to an agent's change before any rule (rules Q and M); ``None``
        when neither applies and the rules follow the change as usual."""
        queued = self._queue_until_work_ends(product, choice, offline)
        if queued:
            return queued
        return self._follower_changed(product, old, choice)

    def _queue_until_work_ends(
        self, product: Product, choice: _Target, offline: bool
    ) -> tuple[Action, ...]:
        """Option: the agent's change of a blocked product waits for the work to end (Service
        Cloud Voice's "enqueue next state"); the block stays and restores to the choice."""
        block = self._blocks.get(product)
        if (
            not self._settings.options.apply_agent_change_after_work
            or offline
            or block is None
            or choice.id == block.status_id
            or not self._active()
            or not (self._sf_busy() if product is G else self._gc_busy())
        ):
            return ()
        if product is G:
            held: GenesysPresence | OmniStatus | None = self._settings.genesys_while_salesforce_work
            why = say("engine", "You chose {status} in Genesys Cloud during your Omni-Channel work")
        else:
            held = self._settings.omni_while_genesys_interaction
            why = say(
                "engine", "You chose {status} in Omni-Channel during your Genesys Cloud interaction"
            )
        if held is None:
            return ()
        self._pending.pop(product, None)
        self._overtaken.pop(product, None)
        self._blocks[product] = replace(block, previous_id=choice.id, previous_label=choice.label)
        why = why.fill(status=choice.label)
        role = say("engine", "blocking status; {status} follows when the work ends").fill(
            status=choice.label
        )
        return (self._write(RuleId.QUEUED, product, _Target(held.id, held.label), why, role),)

    def _follower_changed(
        self, product: Product, old: _Target, choice: _Target
    ) -> tuple[Action, ...] | None:
        """With a master, no rule follows the follower: the agent's change of it is put back
        (profile's choice) or stands until the master changes next. ``None``: not a follower."""
        master = self._settings.master
        if master is None or master is product or not self._active():
            return None
        why = say("engine", "{master} leads and you changed {product} to {status}").fill(
            master=master.title, product=product.title, status=choice.label
        )
        if self._settings.undo_follower_changes:
            self._overtaken.pop(product, None)
            role = say("engine", "put back: {product} follows {master}").fill(
                product=product.title, master=master.title
            )
            return (self._write(RuleId.MASTER, product, old, why, role),)
        return tuple(self._agent_overrides(product, choice))

    def _agent_overrides(self, product: Product, choice: _Target) -> list[Action]:
        """A change the agent made wins over anything the app had planned for that product."""
        notes: list[Action] = []
        pending = self._pending.pop(product, None)
        if pending is not None and not pending.asked:
            self._overtaken[product] = (pending, choice)
        else:
            self._overtaken.pop(product, None)
        if product is O:
            self._transition_since = None
        block = self._blocks.pop(product, None)
        self._deferred_mapping.discard(product)
        if block is not None:
            current = self._label(product)
            notes.append(
                Action(
                    RuleId.GUARD,
                    product,
                    ActionKind.SKIP,
                    block.previous_id,
                    block.previous_label,
                    say(
                        "engine",
                        "You changed {product} to {status} while it was held, so it will not be "
                        "restored to {previous} when the work ends.",
                    ).fill(product=product.title, status=current, previous=block.previous_label),
                    why_not=say("engine", "your own choice wins"),
                )
            )
        return notes

    # ---- work changes ----------------------------------------------------------------------

    def _note_work_known(self) -> None:
        if (
            self.routing is not RoutingStatus.UNKNOWN
            and self.genesys_work is not GenesysWork.UNKNOWN
        ):
            self._work_known.add(G)

    def _restores_after_restart(self, f: _Facts) -> list[Action]:
        """A block taken back at start whose work ended while the app was down: restore it now
        (only the product holding the block's work tells: R5 waits for Omni-Channel's work, R6
        for Genesys's)."""
        actions: list[Action] = []
        for product in sorted(self._blocks_after_restart, key=lambda p: p.value):
            work_of = O if product is G else G
            if work_of not in self._work_known:
                continue
            self._blocks_after_restart.discard(product)
            if product not in self._blocks or (f.sf_busy if product is G else f.gc_busy):
                continue  # dropped meanwhile, or the work still runs: restored when it ends
            if product is G:
                rule = RuleId.R5_END
                why = say("engine", "Your Omni-Channel work ended while the app was not running")
            else:
                rule = RuleId.R6_END
                why = say(
                    "engine", "Your Genesys Cloud interaction ended while the app was not running"
                )
            actions += self._restore(rule, product, why, f)
        return actions

    def _on_work_change(
        self, at: float, trigger: Message, before: _Facts, baseline: bool
    ) -> Decision:
        after = self._facts()
        if baseline:
            restores = self._one_write_per_product(self._restores_after_restart(after))
            return self._decide(at, _snapshot(trigger), restores, quiet=True)
        actions: list[Action] = self._restores_after_restart(after)
        if not before.sf_busy and after.sf_busy:
            actions += self._r5(after)
        elif before.sf_busy and not after.sf_busy:
            actions += self._r5_end(after)
        if not before.gc_busy and after.gc_busy:
            actions += self._r6()
        elif before.gc_busy and not after.gc_busy:
            actions += self._r6_end(after)
        if self.routing is RoutingStatus.NOT_RESPONDING:
            trigger = say(
                "engine", "{observed} (you missed an offered interaction; no rule applies)"
            ).fill(observed=trigger)
        return self._decide(at, trigger, self._one_write_per_product(actions))

    # ---- the rules -------------------------------------------------------------------------

    def _r1(self, f: _Facts) -> list[Action]:
        mapped = self._settings.mapped_omni
        if mapped is None or not self._active():
            return []
        why = say("engine", "You went On Queue in Genesys Cloud")
        if f.omni_mapped and not self._write_leaving(O):
            return [self._skip(RuleId.R1, O, mapped, why, _ALREADY)]
        if f.gc_busy and self._settings.omni_while_genesys_interaction != mapped:
            self._deferred_mapping.add(O)
            return [self._skip(RuleId.R1, O, mapped, why, _DEFER_GC)]
        return [self._write(RuleId.R1, O, _omni_target(mapped), why, _MAPPED)]

    def _r2(self, f: _Facts) -> list[Action]:
        on_queue = self._settings.on_queue
        if on_queue is None or not self._active():
            return []
        why = say("engine", "You went to {status} in Omni-Channel").fill(status=self._label(O))
        if f.gc_on_queue and not self._write_leaving(G):
            return [self._skip(RuleId.R2, G, on_queue, why, _ALREADY)]
        if f.sf_busy:
            self._deferred_mapping.add(G)
            return [self._skip(RuleId.R2, G, on_queue, why, _DEFER_SF)]
        return [self._write(RuleId.R2, G, _gc_target(on_queue), why, _MAPPED)]

    def _r3(self) -> list[Action]:
        target = self._settings.omni_on_leaving_on_queue
        if target is None or not self._active():
            return []
        why = say("engine", "You left On Queue in Genesys Cloud for {status}").fill(
            status=self._label(G)
        )
        block = self._blocks.get(O)
        ours = block is not None and self.omni is not None and self.omni.id == block.status_id
        on_mapped = self.omni is not None and self._settings.mapping_row(self.omni.id) is not None
        leads = self._settings.master is G  # Omni follows whatever the agent chose there
        if not (on_mapped or ours or leads):
            return [self._skip(RuleId.R3, O, target, why, _agents_choice(O, self._label(O)))]
        if self.omni is not None and self.omni.id == target.id:
            return [self._skip(RuleId.R3, O, target, why, _ALREADY)]
        self._blocks.pop(O, None)
        self._deferred_mapping.discard(O)
        action = self._write(RuleId.R3, O, _omni_target(target), why, _TRANSITION)
        if action.kind is ActionKind.ENFORCE:
            self._transition_since = self._now
        return [action]

    def _r4(self, left_status: OmniStatus) -> list[Action]:
        row = self._settings.mapping_row(left_status.id)
        target = row.genesys_on_leaving if row is not None else None
        if target is None or not self._active():
            return []
        why = say("engine", "You left {old} in Omni-Channel for {status}").fill(
            old=left_status.label, status=self._label(O)
        )
        leads = self._settings.master is O  # Genesys follows whatever the agent chose there
        if self.genesys is None or not (self.genesys.is_on_queue or leads):
            return [self._skip(RuleId.R4, G, target, why, _agents_choice(G, self._label(G)))]
        if self.genesys.id == target.id:
            return [self._skip(RuleId.R4, G, target, why, _ALREADY)]
        self._blocks.pop(G, None)
        self._deferred_mapping.discard(G)
        return [self._write(RuleId.R4, G, _gc_target(target), why, _TRANSITION)]

    def _r5(self, f: _Facts) -> list[Action]:
        target = self._settings.genesys_while_salesforce_work
        if target is None or not self._active() or self.genesys is None:
            return []
        why = self._work_started()
        if not f.gc_on_queue:
            reason = say("engine", "Genesys Cloud is {status}, not On Queue: nothing to hold").fill(
                status=self.genesys.label
            )
            return [self._skip(RuleId.R5, G, target, why, reason)]
        action = self._write(RuleId.R5, G, _gc_target(target), why, _BLOCKING)
        if action.kind is not ActionKind.SKIP:
            self._blocks[G] = _Block(target.id, self.genesys.id, self.genesys.label)
        return [action]

    def _work_started(self) -> Message:
        """R5's trigger in words: which work blocks, when the profile is choosy about it."""
        block = self._settings.work_block
        if block.always:
            return say("engine", "Your Omni-Channel work started")
        items = self._blocking_work()
        channels = ", ".join(sorted({item.channel for item in items}))
        load = self._load_percent(items) if block.capacity_percent else None
        if load is None:
            return say("engine", "Your {channels} work in Omni-Channel started").fill(
                channels=channels
            )
        return say(
            "engine",
            "Your {channels} work in Omni-Channel uses {load}% of your capacity (the hold "
            "starts at {threshold}%)",
        ).fill(channels=channels, load=f"{load:g}", threshold=f"{block.capacity_percent:g}")

    def _r5_end(self, f: _Facts) -> list[Action]:
        return self._restore(RuleId.R5_END, G, say("engine", "Your Omni-Channel work ended"), f)

    def _r6(self) -> list[Action]:
        target = self._settings.omni_while_genesys_interaction
        if target is None or not self._active() or self.omni is None:
            return []
        why = say("engine", "Your Genesys Cloud interaction started")
        if self.omni.id == target.id:
            return [self._skip(RuleId.R6, O, target, why, _ALREADY)]
        if not self.omni.routable:
            reason = say(
                "engine", "Omni-Channel is {status}, which routes no work: nothing to hold"
            ).fill(status=self.omni.label)
            return [self._skip(RuleId.R6, O, target, why, reason)]
        action = self._write(RuleId.R6, O, _omni_target(target), why, _BLOCKING)
        if action.kind is not ActionKind.SKIP:
            self._blocks[O] = _Block(target.id, self.omni.id, self.omni.label)
        return [action]

    def _r6_end(self, f: _Facts) -> list[Action]:
        why = say("engine", "Your Genesys Cloud interaction ended")
        return self._restore(RuleId.R6_END, O, why, f)

    def _restore(self, rule: RuleId, product: Product, why: Message, f: _Facts) -> list[Action]:
        """Undo a block (R5-end, R6-end), or carry out a mapping deferred by the work."""
        block = self._blocks.pop(product, None)
        deferred = product in self._deferred_mapping
        self._deferred_mapping.discard(product)
        if not self._active() or (block is None and not deferred):
            return []
        other_ok = f.omni_mapped if product is G else f.gc_on_queue
        if deferred:
            target = self._mapping_target(product)
            if target is None or not other_ok:
                return []
            role = say("engine", "mapped status, deferred until now")
            return [self._write(rule, product, target, why, role)]
        assert block is not None
        prev = _Target(block.previous_id, block.previous_label)
        status = self.genesys if product is G else self.omni
        current = status.id if status is not None else None
        if not self._settings.options.restore_after_block:
            reason = say("engine", "restore after a block is off")
            return [self._skip_target(rule, product, prev, why, reason)]
        if current != block.status_id:
            reason = _agents_choice(product, self._label(product))
            return [self._skip_target(rule, product, prev, why, reason)]
        if not other_ok:
            other = O if product is G else G
            reason = say("engine", "{product} is now {status}, no longer the mapped status").fill(
                product=other.title, status=self._label(other)
            )
            return [self._skip_target(rule, product, prev, why, reason)]
        return [self._write(rule, product, prev, why, say("engine", "restored after the hold"))]

    def _mapping_target(self, product: Product) -> _Target | None:
        if product is G:
            on_queue = self._settings.on_queue
            return _gc_target(on_queue) if on_queue else None
        mapped = self._settings.mapped_omni
        return _omni_target(mapped) if mapped else None

    # ---- timer and failures ----------------------------------------------------------------

    def _on_tick(self, obs: Tick) -> Decision:
        actions: list[Action] = []
        triggers: list[Message] = []
        for rule, away_at in self._away_deadlines():
            if obs.at >= away_at:
                del self._gone_since[rule.gone]
                triggers.append(_stayed_offline(rule))
                actions += self._away(rule)
        deadline = self._transition_deadline()
        if deadline is not None and obs.at >= deadline:
            self._transition_since = None
            triggers.append(say("engine", "The transition time is over"))
            actions += self._transition_timer()
        if not triggers:
            return self._decide(obs.at, say("engine", "Time passed"), (), quiet=True)
        trigger = triggers[0]
        for more in triggers[1:]:
            trigger = say("engine", "{first}; {then}").fill(first=trigger, then=more)
        return self._decide(obs.at, trigger, self._one_write_per_product(actions))

    def _transition_timer(self) -> list[Action]:
        options = self._settings.options
        target = options.transition_timer_omni
        transition = self._settings.omni_on_leaving_on_queue
        if target is None or transition is None or not self._active():
            return []
        why = say("engine", "Omni-Channel was in {status} for {seconds} s").fill(
            status=transition.label, seconds=f"{options.transition_timer_seconds:g}"
        )
        if self.omni is None or self.omni.id != transition.id:
            reason = _agents_choice(O, self._label(O))
            return [self._skip(RuleId.TIMER, O, target, why, reason)]
        role = say("engine", "status after the transition time")
        return [self._write(RuleId.TIMER, O, _omni_target(target), why, role)]

    def _away(self, rule: AwayRule) -> list[Action]:
        """The one rule that writes while a product is Offline: the other product follows."""
        if not self._active():
            return []
        other = O if rule.gone is G else G
        why = _stayed_offline(rule)
        status = self.genesys if other is G else self.omni
        target = _Target(rule.target.id, rule.target.label)
        if status is None:
            reason = say("engine", "your {product} status is not known").fill(product=other.title)
            return [self._skip_target(RuleId.AWAY, other, target, why, reason)]
        if status.id == target.id:
            return [self._skip_target(RuleId.AWAY, other, target, why, _ALREADY)]
        offline = status.is_offline if isinstance(status, GenesysPresence) else status.offline
        if offline:
            reason = say("engine", "{product} is Offline too").fill(product=other.title)
            return [self._skip_target(RuleId.AWAY, other, target, why, reason)]
        self._blocks.pop(other, None)
        self._deferred_mapping.discard(other)
        if other is O:
            self._transition_since = None
        return [self._write_now(RuleId.AWAY, other, target, why, say("engine", "status when away"))]

    def _on_unknown(self, obs: StatusUnknown) -> Decision:
        self._work_known.discard(obs.product)
        if obs.product is G:
            self.genesys = None
            self.routing = RoutingStatus.UNKNOWN
            self.genesys_work = GenesysWork.UNKNOWN
        else:
            self.omni = None
            self.omni_work = ()
            self._transition_since = None
        self._gone_since.pop(obs.product, None)  # unknown is not Offline: no away timer
        self._pending.pop(obs.product, None)
        self._overtaken.pop(obs.product, None)
        self._blocks.pop(obs.product, None)
        self._deferred_mapping.discard(obs.product)
        if obs.why:
            said = say("engine", "Your {product} status is unknown: {why}").fill(
                product=obs.product.title, why=obs.why
            )
        else:
            said = say("engine", "Your {product} status is unknown").fill(product=obs.product.title)
        return self._decide(obs.at, said, ())

    def _on_write_failed(self, obs: WriteFailed) -> Decision:
        pending = self._pending.get(obs.product)
        if pending is not None and pending.status_id == obs.status_id:
            del self._pending[obs.product]
        block = self._blocks.get(obs.product)
        if block is not None and block.status_id == obs.status_id:
            del self._blocks[obs.product]
        if obs.product is O:
            self._transition_since = None
        if obs.error:
            said = say("engine", "Setting {product} failed: {error}").fill(
                product=obs.product.title, error=obs.error
            )
        else:
            said = say("engine", "Setting {product} failed").fill(product=obs.product.title)
        return self._decide(obs.at, said, ())

    def _expire_pending(self, now: float) -> None:
        self._now = now
        window = self._settings.options.echo_window_seconds
        for product, pending in list(self._pending.items()):
            if now - pending.at > window:
                del self._pending[product]
        for product, (pending, _choice) in list(self._overtaken.items()):
            if now - pending.at > window:
                del self._overtaken[product]

    # ---- building actions ------------------------------------------------------------------

    def _active(self) -> bool:
        return not self._paused and self._settings.usable

    def _suspension(self, product: Product) -> Message | None:
        """Offline or unknown on either side suspends the rules (guard P4). Neutral words: the
        agent did not necessarily log out (a supervisor, a duplicate tab, maintenance)."""
        if self.genesys is None or self.omni is None:
            return say("engine", "waiting for your status in both products")
        if self.genesys.is_offline:
            return say("engine", "Genesys Cloud is Offline: sync is suspended")
        if self.omni.offline and self._omni_offline_why is not None:
            return say("engine", "Omni-Channel is Offline ({why}): sync is suspended").fill(
                why=self._omni_offline_why
            )
        if self.omni.offline:
            return say("engine", "Omni-Channel is Offline: sync is suspended")
        return None

    def _write(
        self, rule: RuleId, product: Product, target: _Target, why: Message, role: Message
    ) -> Action:
        suspended = self._suspension(product)
        if suspended is not None:
            return self._skip_target(rule, product, target, why, suspended)
        return self._write_now(rule, product, target, why, role)

    def _write_now(
        self, rule: RuleId, product: Product, target: _Target, why: Message, role: Message
    ) -> Action:
        """Write, or ask the agent where the app cannot: the guards were checked by the caller."""
        possible, cannot = self._writable[product]
        fields: dict[str, str | Message] = {
            "why": why,
            "product": product.title,
            "status": target.label,
            "role": role,
        }
        if possible:
            self._pending[product] = _Pending(target.id, self._now, asked=False)
            text = say("engine", "{why}, so {product} was set to {status} ({role}).")
            return Action(
                rule, product, ActionKind.ENFORCE, target.id, target.label, text.fill(**fields)
            )
        self._pending[product] = _Pending(target.id, self._now, asked=True)
        text = say("engine", "{why}: please set {product} to {status} ({role}).")
        return Action(
            rule,
            product,
            ActionKind.ASK_AGENT,
            target.id,
            target.label,
            text.fill(**fields),
            cannot,
        )

    def _skip(
        self,
        rule: RuleId,
        product: Product,
        target: GenesysPresence | OmniStatus,
        why: Message,
        reason: Message,
    ) -> Action:
        return self._skip_target(rule, product, _Target(target.id, target.label), why, reason)

    @staticmethod
    def _skip_target(
        rule: RuleId, product: Product, target: _Target, why: Message, reason: Message
    ) -> Action:
        text = say("engine", "{why}; {product} was left as it is: {reason}.").fill(
            why=why, product=product.title, reason=reason
        )
        return Action(rule, product, ActionKind.SKIP, target.id, target.label, text, reason)

    def _one_write_per_product(self, actions: list[Action]) -> tuple[Action, ...]:
        """Guard: at most one automatic write per product for one incoming event."""
        seen: set[Product] = set()
        out: list[Action] = []
        for action in actions:
            if action.kind is ActionKind.SKIP:
                out.append(action)
            elif action.product in seen:
                reason = say("engine", "another rule already changes it for this event")
                out.append(replace(action, kind=ActionKind.SKIP, why_not=reason))
            else:
                seen.add(action.product)
                out.append(action)
        return tuple(out)

    def _decide(
        self,
        at: float,
        trigger: Message,
        actions: tuple[Action, ...],
        confirms: Product | None = None,
        *,
        quiet: bool = False,
    ) -> Decision:
        return Decision(at, trigger, actions, self.view(), confirms, quiet=quiet and not actions)

    # ---- the view --------------------------------------------------------------------------

    def view(self) -> SyncView:
        mode, why = self._mode()
        return SyncView(mode, why, self._label(G), self._label(O))

    def _mode(self) -> tuple[SyncMode, str]:
        s = self._settings
        if self._paused:
            return SyncMode.OFF, "sync paused"
        if not s.enabled:
            return SyncMode.OFF, "sync is switched off in this profile"
        if not s.usable:
            return SyncMode.OFF, "the profile has no mapped status"
        suspended = self._suspension(G)
        if suspended is not None:
            return SyncMode.SUSPENDED, suspended.english()
        f = self._facts()
        assert self.genesys is not None
        assert self.omni is not None
        gc_block = s.genesys_while_salesforce_work
        if G in self._blocks or (f.sf_busy and gc_block and self.genesys.id == gc_block.id):
            return SyncMode.BLOCKED_BY_SALESFORCE_WORK, "blocked while working in Salesforce"
        omni_block = s.omni_while_genesys_interaction
        blocking_omni = omni_block is not None and omni_block != s.mapped_omni
        if O in self._blocks or (f.gc_busy and blocking_omni and self.omni == omni_block):
            return SyncMode.BLOCKED_BY_GENESYS_WORK, "blocked while interacting in Genesys"
        if f.gc_on_queue and f.omni_mapped:
            return SyncMode.MAPPED, "in sync"
        if self.omni == s.omni_on_leaving_on_queue or self.genesys == (
            s.genesys_on_leaving_mapped_omni
        ):
            return SyncMode.IN_TRANSITION, "in transition"
        return SyncMode.INDEPENDENT, "your own choice; no rule applies"


class _Echo(enum.Enum):
    CONFIRMS = "confirms"
    ASKED = "asked"
    BY_APP = "by-app"


_ALREADY = say("engine", "it already is")
_MAPPED = say("engine", "mapped status")
_TRANSITION = say("engine", "transition status")
_BLOCKING = say("engine", "holding status")
_KEPT = say("engine", "kept from before the restart")
_NO_LONGER = say("engine", "it no longer shows what the app set")
_DEFER_GC = say("engine", "you are in a Genesys Cloud interaction; deferred until it ends")
_DEFER_SF = say("engine", "you are working in Omni-Channel; deferred until the work ends")

_WORK_WORDS = {
    GenesysWork.UNKNOWN: say("engine", "not known"),
    GenesysWork.NONE: say("engine", "none"),
    GenesysWork.ALERTING: say("engine", "an interaction alerting"),
    GenesysWork.ACTIVE: say("engine", "an active interaction"),
    GenesysWork.AFTER_CALL_WORK: say("engine", "after-call work"),
}

_ROUTING_WORDS = {
    RoutingStatus.OFF_QUEUE: say("engine", "off queue"),
    RoutingStatus.IDLE: say("engine", "idle"),
    RoutingStatus.INTERACTING: say("engine", "interacting"),
    RoutingStatus.NOT_RESPONDING: say("engine", "not responding"),
    RoutingStatus.COMMUNICATING: say("engine", "communicating"),
    RoutingStatus.UNKNOWN: say("engine", "not known"),
}


def _agents_choice(product: Product, label: str) -> Message:
    return say("engine", "{product} is {status}, which you chose").fill(
        product=product.title, status=label
    )


def _stayed_offline(rule: AwayRule) -> Message:
    return say("engine", "{product} stayed Offline for {seconds} s").fill(
        product=rule.gone.title, seconds=f"{rule.seconds:g}"
    )


def _snapshot(observed: Message) -> Message:
    return say("engine", "{observed} (start-up snapshot)").fill(observed=observed)


def _unchanged(observed: Message) -> Message:
    return say("engine", "{observed} (unchanged)").fill(observed=observed)


def _late(observed: Message) -> Message:
    return say("engine", "{observed}: a late change of the app's").fill(observed=observed)


def _as_message(text: str | Message) -> Message:
    return text if isinstance(text, Message) else verbatim(text)
