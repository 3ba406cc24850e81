"""One script player for the engine's property tests: events in, the engine's decisions out.

A script is a list of ``(kind, argument)`` events: the agent changing a product, Genesys routing
and work, Omni-Channel work items (and the agent's configured capacity), the console link's
capability, the app's own write landing (``land``), time passing (``wait``) and Resync now.
The app's writes stay in flight until a ``land`` event delivers them, marked as the app's as the
sources mark them (the PATCH answer, the link's reason).
"""

from __future__ import annotations

from dataclasses import dataclass

from omnisync.core.decision import Decision
from omnisync.core.engine import SyncEngine
from omnisync.core.model import (
    Cause,
    GenesysPresenceObserved,
    GenesysRoutingObserved,
    GenesysWorkObserved,
    Observation,
    OmniStatusObserved,
    OmniWorkItem,
    OmniWorkObserved,
    Product,
    ResyncAsked,
    Tick,
    WriteCapabilityObserved,
)
from omnisync.core.settings import SyncSettings
from support.org import GENESYS, OMNI

G, O = Product.GENESYS, Product.OMNI  # noqa: E741
GENESYS_LABELS = [label for label, p in GENESYS.items() if not p.deactivated]
OMNI_LABELS = list(OMNI)
NOT_ON_QUEUE = [label for label in GENESYS_LABELS if not GENESYS[label].is_on_queue]
SETTABLE_OMNI = [label for label in OMNI_LABELS if not OMNI[label].offline]


@dataclass
class Step:
    event: tuple[object, ...]
    by_agent_on: Product | None
    echo: bool
    decision: Decision


def play(profile: SyncSettings, script: list[tuple[object, ...]]) -> list[Step]:
    """Run a script from Genesys Available and Omni-Channel Transition."""
    engine = SyncEngine(profile)
    t = 0.0
    engine.handle(GenesysPresenceObserved(GENESYS["Available"], t, baseline=True))
    engine.handle(OmniStatusObserved(OMNI["Transition"], t, baseline=True))
    in_flight: dict[Product, str] = {}
    current = {G: "Available", O: "Transition"}
    work: tuple[OmniWorkItem, ...] = ()
    steps: list[Step] = []
    for event in script:
        t += 0.5
        kind, arg = event
        by_agent: Product | None = None
        echo = False
        obs: Observation
        if kind == "agent_genesys":
            by_agent, current[G] = G, str(arg)
            obs = GenesysPresenceObserved(GENESYS[str(arg)], t)
        elif kind == "agent_omni":
            by_agent, current[O] = O, str(arg)
            obs = OmniStatusObserved(OMNI[str(arg)], t)
        elif kind == "routing":
            obs = GenesysRoutingObserved(arg, t)  # type: ignore[arg-type]
        elif kind == "gwork":
            obs = GenesysWorkObserved(arg, t)  # type: ignore[arg-type]
        elif kind == "omni_work":
            work = arg  # type: ignore[assignment]
            obs = OmniWorkObserved(work, t)
        elif kind == "omni_capacity":
            obs = OmniWorkObserved(work, t, capacity=float(arg))  # type: ignore[arg-type]
        elif kind == "capability":
            obs = WriteCapabilityObserved(O, bool(arg), t, why="link absent")
        elif kind == "wait":
            t += float(arg)  # type: ignore[arg-type]
            obs = Tick(t)
        elif kind == "resync":
            obs = ResyncAsked(t)
        elif kind == "land":
            product: Product = arg  # type: ignore[assignment]
            label = in_flight.pop(product, None)
            if label is None or label == current[product]:
                continue
            echo, current[product] = True, label
            obs = (
                GenesysPresenceObserved(GENESYS[label], t, cause=Cause.APP)
                if product is G
                else OmniStatusObserved(OMNI[label], t, cause=Cause.APP)
            )
        else:
            raise ValueError(f"unknown script event {kind!r}")
        decision = engine.handle(obs)
        for action in decision.writes:
            in_flight[action.product] = action.status_label
        steps.append(Step(event, by_agent, echo, decision))
    return steps
