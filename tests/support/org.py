"""A small pair of orgs (the same statuses the sandbox serves) and a world that plays them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from omnisync.core.decision import ActionKind, Decision
from omnisync.core.engine import SyncEngine
from omnisync.core.model import (
    OMNI_OFFLINE,
    GenesysPresence,
    GenesysPresenceObserved,
    GenesysRoutingObserved,
    GenesysWork,
    GenesysWorkObserved,
    OmniStatus,
    OmniStatusObserved,
    OmniWorkItem,
    OmniWorkObserved,
    OmniWorkState,
    Product,
    RoutingStatus,
    SystemPresence,
)
from omnisync.core.settings import SyncOptions, SyncSettings


def _gp(pid: str, label: str, system: str, **kw: bool) -> GenesysPresence:
    return GenesysPresence(pid, label, SystemPresence.parse(system), **kw)


GENESYS = {
    p.label: p
    for p in (
        _gp("6a3af858-942f-489d-9700-5f9bcdcdae9b", "Available", "Available"),
        _gp("5e5c5c66-ea97-4e7f-ac41-6424784829f2", "Away", "Away"),
        _gp("31fe3bac-dea6-44b7-bed7-47f91660a1a0", "Busy", "Busy"),
        _gp("e08eaf1b-ee47-4fa9-a231-1200e284798f", "On Queue", "On Queue"),
        _gp("ccf3c10a-aa2c-4845-8e8d-f59fa48c58e5", "Offline", "Offline"),
        _gp("3fd96123-badb-4f69-bc03-1b1ccc6d8014", "Meal", "Meal"),
        _gp("339c6a7c-e2e3-4b1b-a4b8-4c8e4f1e0d11", "Break", "Break"),
        _gp("a1b2c3d4-0000-4000-8000-00000000c45e", "Case management", "Busy", primary=False),
        _gp(
            "a1b2c3d4-0000-4000-8000-0000000000d1",
            "Old project",
            "Busy",
            primary=False,
            deactivated=True,
        ),
    )
}

OMNI = {
    s.label: s
    for s in (
        OmniStatus("0N5000000000001", "Available", "Available", routable=True),
        OmniStatus("0N5000000000002", "Available - Chat", "Available_Chat", routable=True),
        OmniStatus("0N5000000000003", "Busy", "Busy", routable=False),
        OmniStatus("0N5000000000004", "Transition", "Transition", routable=False),
        OmniStatus("0N5000000000005", "Break", "Break", routable=False),
        OMNI_OFFLINE,
    )
}


def settings(
    mapped: str,
    *,
    t_gc: str | None = None,
    t_omni: str | None = None,
    b_gc: str | None = None,
    b_omni: str | None = None,
    enabled: bool = True,
    **options: object,
) -> SyncSettings:
    return SyncSettings(
        enabled=enabled,
        mapped_omni=OMNI[mapped],
        on_queue=GENESYS["On Queue"],
        genesys_on_leaving_mapped_omni=GENESYS[t_gc] if t_gc else None,
        omni_on_leaving_on_queue=OMNI[t_omni] if t_omni else None,
        genesys_while_salesforce_work=GENESYS[b_gc] if b_gc else None,
        omni_while_genesys_interaction=OMNI[b_omni] if b_omni else None,
        options=replace(SyncOptions(), **options),  # type: ignore[arg-type]
    )


S1 = settings("Busy", t_gc="Available", t_omni="Transition")
S2 = settings("Available", t_gc="Available", t_omni="Transition", b_gc="Busy", b_omni="Busy")
S3 = settings(
    "Available - Chat", t_gc="Away", t_omni="Busy", b_gc="Busy", b_omni="Available - Chat"
)
TIMED = settings(
    "Busy",
    t_gc="Available",
    t_omni="Transition",
    transition_timer_seconds=30.0,
    transition_timer_omni=OMNI["Available"],
)
"""S1 with a 30 s transition timer moving Omni-Channel on to Available."""


@dataclass
class World:
    """Both products and an engine, with the app's writes carried out like the service does."""

    engine: SyncEngine
    genesys: str = "Available"
    omni: str = "Transition"
    t: float = 0.0
    work: dict[str, OmniWorkItem] = field(default_factory=dict)
    decisions: list[Decision] = field(default_factory=list)
    apply_writes: bool = True
    baseline_genesys_work: GenesysWork = GenesysWork.NONE
    """What the start-up snapshot says of the Genesys interaction (ACTIVE: one goes on)."""

    def __post_init__(self) -> None:
        self.engine.handle(GenesysPresenceObserved(GENESYS[self.genesys], self.t, baseline=True))
        self.engine.handle(OmniStatusObserved(OMNI[self.omni], self.t, baseline=True))
        self.engine.handle(GenesysRoutingObserved(self._routing(), self.t, baseline=True))
        self.engine.handle(GenesysWorkObserved(self.baseline_genesys_work, self.t, baseline=True))
        self.engine.handle(OmniWorkObserved((), self.t, baseline=True))

    def _routing(self) -> RoutingStatus:
        on_queue = GENESYS[self.genesys].is_on_queue
        return RoutingStatus.IDLE if on_queue else RoutingStatus.OFF_QUEUE

    def _tick(self) -> float:
        self.t += 1.0
        return self.t

    def feed(self, obs: object) -> Decision:
        decision = self.engine.handle(obs)  # type: ignore[arg-type]
        self.decisions.append(decision)
        if self.apply_writes:
            for action in decision.writes:
                self._carry_out(action.product, action.status_label)
        return decision

    def _carry_out(self, product: Product, label: str) -> None:
        """The app's write lands and its echo comes back; an echo must never cause a write."""
        if product is Product.GENESYS:
            self.genesys = label
            echo = self.engine.handle(GenesysPresenceObserved(GENESYS[label], self._tick()))
        else:
            self.omni = label
            echo = self.engine.handle(OmniStatusObserved(OMNI[label], self._tick()))
        self.decisions.append(echo)
        assert echo.writes == (), f"an echo caused a write: {echo}"

    # ---- the agent's actions ---------------------------------------------------------------

    def agent_genesys(self, label: str) -> Decision:
        self.genesys = label
        return self.feed(GenesysPresenceObserved(GENESYS[label], self._tick()))

    def agent_omni(self, label: str) -> Decision:
        self.omni = label
        return self.feed(OmniStatusObserved(OMNI[label], self._tick()))

    def routing(self, status: RoutingStatus) -> Decision:
        return self.feed(GenesysRoutingObserved(status, self._tick()))

    def genesys_work(self, work: GenesysWork) -> Decision:
        return self.feed(GenesysWorkObserved(work, self._tick()))

    def omni_item(
        self,
        item_id: str,
        state: OmniWorkState | None,
        external: bool = False,
        *,
        channel: str = "",
        weight: float = 0.0,
        capacity: float | None = None,
    ) -> Decision:
        """An item offered, accepted or closed (``None``), with its channel and capacity units
        and the agent's configured capacity, as Salesforce's AgentWork rows carry them."""
        if state is None:
            self.work.pop(item_id, None)
        else:
            self.work[item_id] = OmniWorkItem(item_id, state, external, channel, weight)
        items = tuple(self.work.values())
        return self.feed(OmniWorkObserved(items, self._tick(), capacity=capacity))


def rules_written(decision: Decision) -> list[str]:
    return [a.rule.value for a in decision.actions if a.kind is ActionKind.ENFORCE]
