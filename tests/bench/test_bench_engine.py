"""How long one sync decision takes, against parsing one notification on the same machine.

Run with ``make bench``. Prints ratios measured in this run; asserts nothing about time.
The baseline is ``json.loads`` of one Genesys presence notification: work the app must do for
every event anyway, so "a decision costs N x parsing its event" stays meaningful on any machine.
"""

from __future__ import annotations

import json
import statistics
import time

from bench.measure import verdict
from omnisync.core.engine import SyncEngine
from omnisync.core.model import (
    GenesysPresenceObserved,
    GenesysRoutingObserved,
    OmniStatusObserved,
    OmniWorkItem,
    OmniWorkObserved,
    OmniWorkState,
    RoutingStatus,
)
from support.org import GENESYS, OMNI, S2

EVENT = json.dumps(
    {
        "topicName": "v2.users.8f0b2a4e-1111-4c3b-9a43-3f4f4f4f4f4f.presence",
        "version": "2",
        "eventBody": {
            "source": "PURECLOUD",
            "presenceDefinition": {
                "id": "e08eaf1b-ee47-4fa9-a231-1200e284798f",
                "systemPresence": "On Queue",
            },
            "primary": True,
            "message": "",
            "modifiedDate": "2026-11-25T12:00:00.000Z",
        },
        "metadata": {"CorrelationId": "5c1f2f9e-7a41-4b53-8f3e-0f7a0e9d2c11"},
    }
)


def _cycle(t: float) -> list[object]:
    item = OmniWorkItem("w1", OmniWorkState.ACTIVE)
    return [
        GenesysPresenceObserved(GENESYS["On Queue"], t),
        OmniStatusObserved(OMNI["Available"], t + 0.1),
        OmniWorkObserved((item,), t + 0.2),
        GenesysPresenceObserved(GENESYS["Busy"], t + 0.3),
        OmniWorkObserved((), t + 0.4),
        GenesysPresenceObserved(GENESYS["On Queue"], t + 0.5),
        GenesysRoutingObserved(RoutingStatus.INTERACTING, t + 0.6),
        OmniStatusObserved(OMNI["Busy"], t + 0.7),
        GenesysRoutingObserved(RoutingStatus.IDLE, t + 0.8),
        OmniStatusObserved(OMNI["Available"], t + 0.9),
        GenesysPresenceObserved(GENESYS["Break"], t + 1.0),
        OmniStatusObserved(OMNI["Transition"], t + 1.1),
    ]


def _per_call(fn, repeat: int = 7) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        count = fn()
        samples.append((time.perf_counter() - start) / count)
    return statistics.median(samples)


def test_bench_sync_decision() -> None:
    engine = SyncEngine(S2)
    engine.handle(GenesysPresenceObserved(GENESYS["Break"], 0.0, baseline=True))
    engine.handle(OmniStatusObserved(OMNI["Transition"], 0.0, baseline=True))
    events = []
    for i in range(200):
        events += _cycle(i * 100.0)

    def decide() -> int:
        for obs in events:
            engine.handle(obs)  # type: ignore[arg-type]
        return len(events)

    def parse() -> int:
        for _ in range(len(events)):
            json.loads(EVENT)
        return len(events)

    decision = _per_call(decide)
    baseline = _per_call(parse)
    print(
        f"\nsync decision: {decision * 1e6:.1f} us per event; "
        f"json.loads of one notification: {baseline * 1e6:.1f} us; "
        f"ratio {decision / baseline:.1f}x; budget 1000 us ({decision * 1e6 / 1000:.2%} used; "
        f"{verdict(decision < 1e-3, 'met')})"
    )
