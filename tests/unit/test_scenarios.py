"""The three documented scenarios (reference genesys.md §6.4), event by event, as tables.

Each row: the event, then Genesys and Omni-Channel after the app has acted, then the rules that
wrote. Rows run in order against one world, so each row starts where the previous one ended.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from omnisync.core.decision import Decision
from omnisync.core.engine import SyncEngine
from omnisync.core.model import GenesysWork, OmniWorkState, RoutingStatus
from support.org import S1, S2, S3, World, rules_written

Step = Callable[[World], Decision]


def g(label: str) -> Step:
    return lambda w: w.agent_genesys(label)


def o(label: str) -> Step:
    return lambda w: w.agent_omni(label)


def routing(status: RoutingStatus) -> Step:
    return lambda w: w.routing(status)


def gwork(work: GenesysWork) -> Step:
    return lambda w: w.genesys_work(work)


def item(item_id: str, state: OmniWorkState | None, external: bool = False) -> Step:
    return lambda w: w.omni_item(item_id, state, external)


OFFERED, ACTIVE = OmniWorkState.OFFERED, OmniWorkState.ACTIVE

# (event, step, Genesys after, Omni after, rules that wrote)
S1_TABLE = [
    ("agent sets Genesys On Queue", g("On Queue"), "On Queue", "Busy", ["R1"]),
    ("agent leaves On Queue (Break)", g("Break"), "Break", "Transition", ["R3"]),
    ("agent picks Omni Available", o("Available"), "Break", "Available", []),
    ("agent sets Omni Busy", o("Busy"), "On Queue", "Busy", ["R2"]),
    (
        "agent, while On Queue/Busy, picks Omni Available",
        o("Available"),
        "Available",
        "Available",
        ["R4"],
    ),
]

S2_TABLE = [
    ("agent sets Omni Available", o("Available"), "On Queue", "Available", ["R2"]),
    ("Omni item offered", item("w1", OFFERED), "On Queue", "Available", []),
    ("agent accepts Omni item", item("w1", ACTIVE), "Busy", "Available", ["R5"]),
    ("Omni item closed", item("w1", None), "On Queue", "Available", ["R5-end"]),
    ("Genesys call alerting", gwork(GenesysWork.ALERTING), "On Queue", "Available", []),
    ("Genesys call connects", routing(RoutingStatus.INTERACTING), "On Queue", "Busy", ["R6"]),
    ("summary: call active", gwork(GenesysWork.ACTIVE), "On Queue", "Busy", []),
    ("call ends, after-call work", gwork(GenesysWork.AFTER_CALL_WORK), "On Queue", "Busy", []),
    ("wrap-up done", gwork(GenesysWork.NONE), "On Queue", "Busy", []),
    ("routing back to idle", routing(RoutingStatus.IDLE), "On Queue", "Available", ["R6-end"]),
    ("agent goes Break in Genesys", g("Break"), "Break", "Transition", ["R3"]),
    ("agent sets Genesys On Queue", g("On Queue"), "On Queue", "Available", ["R1"]),
]

S3_TABLE = [
    ("agent sets Genesys On Queue", g("On Queue"), "On Queue", "Available - Chat", ["R1"]),
    (
        "Genesys routes a chat: interacting",
        routing(RoutingStatus.INTERACTING),
        "On Queue",
        "Available - Chat",
        [],
    ),
    (
        "chat delivered as an external Omni item",
        item("x1", OFFERED, True),
        "On Queue",
        "Available - Chat",
        [],
    ),
    (
        "agent accepts the external item",
        item("x1", ACTIVE, True),
        "On Queue",
        "Available - Chat",
        [],
    ),
    (
        "agent closes the chat in Salesforce",
        item("x1", None, True),
        "On Queue",
        "Available - Chat",
        [],
    ),
    ("Genesys interaction ends", routing(RoutingStatus.IDLE), "On Queue", "Available - Chat", []),
    ("native Omni case accepted", item("c1", ACTIVE), "Busy", "Available - Chat", ["R5"]),
    ("native case closed", item("c1", None), "On Queue", "Available - Chat", ["R5-end"]),
    ("agent leaves On Queue (Away)", g("Away"), "Away", "Busy", ["R3"]),
    (
        "agent picks Omni Available - Chat",
        o("Available - Chat"),
        "On Queue",
        "Available - Chat",
        ["R2"],
    ),
    ("agent picks Omni Break", o("Break"), "Away", "Break", ["R4"]),
]


def _run(world: World, table: list[tuple[str, Step, str, str, list[str]]]) -> None:
    for event, step, genesys, omni, rules in table:
        decision = step(world)
        assert (world.genesys, world.omni, rules_written(decision)) == (genesys, omni, rules), (
            f"row {event!r}: {decision}"
        )
        for action in decision.actions:
            assert action.explanation.endswith("."), action


@pytest.mark.parametrize(
    ("settings", "start", "table"),
    [
        pytest.param(S1, ("Available", "Transition"), S1_TABLE, id="S1-one-product-at-a-time"),
        pytest.param(S2, ("Available", "Transition"), S2_TABLE, id="S2-both-block-while-working"),
        pytest.param(S3, ("Available", "Busy"), S3_TABLE, id="S3-both-external-routing"),
    ],
)
def test_documented_scenario(settings, start, table) -> None:
    world = World(SyncEngine(settings), genesys=start[0], omni=start[1])
    _run(world, table)


def test_explanations_read_like_the_reference() -> None:
    world = World(SyncEngine(S1))
    decision = world.agent_genesys("On Queue")
    (action,) = decision.actions
    assert action.explanation == (
        "You went On Queue in Genesys Cloud, so Omni-Channel was set to Busy (mapped status)."
    )
