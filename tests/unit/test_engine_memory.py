"""The engine's memory across a restart: R6's restore and the transition timer are taken back
when the products still show what the app set, and dropped when they do not."""

from __future__ import annotations

import json

import pytest

from omnisync.core.decision import ActionKind, RuleId
from omnisync.core.engine import SyncEngine
from omnisync.core.memory import EngineMemory, MemoryFormatError
from omnisync.core.model import (
    GenesysPresenceObserved,
    GenesysRoutingObserved,
    GenesysWork,
    GenesysWorkObserved,
    OmniStatusObserved,
    Product,
    RoutingStatus,
)
from support.org import GENESYS, OMNI, S2, TIMED, World, rules_written


def restarted(memory: EngineMemory, engine: SyncEngine, **world: object) -> World:
    saved = EngineMemory.from_json(json.loads(json.dumps(memory.to_json())))
    assert saved == memory
    engine.take_back(saved)
    assert engine.taking_back
    fresh = World(engine, **world)  # type: ignore[arg-type]
    assert not engine.taking_back
    return fresh


def test_r6_restore_survives_a_restart() -> None:
    before = World(SyncEngine(S2), genesys="On Queue", omni="Available")
    assert rules_written(before.genesys_work(GenesysWork.ACTIVE)) == ["R6"]
    assert before.omni == "Busy"
    memory = before.engine.memory("p")
    assert [b.product for b in memory.blocks] == [Product.OMNI]

    after = restarted(  # the interaction goes on after the restart
        memory, SyncEngine(S2), genesys="On Queue", omni="Busy",
        baseline_genesys_work=GenesysWork.ACTIVE,
    )  # fmt: skip
    assert rules_written(after.genesys_work(GenesysWork.NONE)) == ["R6-end"]
    assert after.omni == "Available"


def test_r6_restore_happens_at_start_when_the_interaction_ended_while_the_app_was_down() -> None:
    before = World(SyncEngine(S2), genesys="On Queue", omni="Available")
    before.genesys_work(GenesysWork.ACTIVE)
    engine = SyncEngine(S2)
    engine.take_back(before.engine.memory("p"))
    start = [  # the start-up snapshot: the interaction is over, Omni-Channel still held
        GenesysPresenceObserved(GENESYS["On Queue"], 0.0, baseline=True),
        OmniStatusObserved(OMNI["Busy"], 0.0, baseline=True),
        GenesysRoutingObserved(RoutingStatus.IDLE, 0.0, baseline=True),
        GenesysWorkObserved(GenesysWork.NONE, 0.0, baseline=True),
    ]
    actions = [a for obs in start for a in engine.handle(obs).actions]
    [restore] = [a for a in actions if a.kind is ActionKind.ENFORCE]
    assert (restore.rule, restore.product, restore.status_label) == (
        RuleId.R6_END, Product.OMNI, "Available"
    )  # fmt: skip
    assert "ended while the app was not running" in restore.explanation


def test_r6_restore_is_dropped_when_omni_changed_while_the_app_was_down() -> None:
    before = World(SyncEngine(S2), genesys="On Queue", omni="Available")
    before.genesys_work(GenesysWork.ACTIVE)
    after = restarted(
        before.engine.memory("p"), SyncEngine(S2), genesys="On Queue", omni="Break",
        baseline_genesys_work=GenesysWork.ACTIVE,
    )  # fmt: skip
    assert rules_written(after.genesys_work(GenesysWork.NONE)) == []
    assert after.omni == "Break"


def test_the_transition_timer_runs_on_from_before_the_restart() -> None:
    before = World(SyncEngine(TIMED), genesys="On Queue", omni="Busy")
    assert rules_written(before.agent_genesys("Break")) == ["R3"]
    deadline = before.engine.next_deadline()
    assert deadline is not None
    after = restarted(
        before.engine.memory("p"),
        SyncEngine(TIMED),
        genesys="Break",
        omni="Transition",
        t=before.t + 5,
    )
    assert after.engine.next_deadline() == deadline


def test_the_timer_is_dropped_when_omni_left_the_transition_status() -> None:
    before = World(SyncEngine(TIMED), genesys="On Queue", omni="Busy")
    before.agent_genesys("Break")
    after = restarted(before.engine.memory("p"), SyncEngine(TIMED), genesys="Break", omni="Busy")
    assert after.engine.next_deadline() is None


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"format": 2},
        {"format": 1},
        {"format": 1, "profile": "p", "blocks": "x"},
        {"format": 1, "profile": "p", "blocks": [{"product": "fax"}]},
        {"format": 1, "profile": "p", "transition_since": float("nan")},
        {"format": 1, "profile": "p", "transition_since": True},
    ],
)
def test_a_record_it_cannot_use_is_refused_whole(data: object) -> None:
    with pytest.raises(MemoryFormatError):
        EngineMemory.from_json(data)
