"""The guards of the reference (§6.3 P1-P5), the options, and the mode shown to the agent."""

from __future__ import annotations

from omnisync.core.decision import ActionKind, RuleId, SyncMode
from omnisync.core.engine import SyncEngine
from omnisync.core.model import (
    Cause,
    GenesysWork,
    OmniStatusObserved,
    OmniWorkState,
    Product,
    RoutingStatus,
    Tick,
    WriteCapabilityObserved,
    WriteFailed,
)
from support.org import GENESYS, OMNI, S1, S2, S3, TIMED, World, rules_written, settings

ACTIVE = OmniWorkState.ACTIVE


def test_echo_of_our_own_write_fires_no_rule() -> None:
    world = World(SyncEngine(S1), genesys="On Queue", omni="Busy")
    decision = world.agent_genesys("Break")
    assert rules_written(decision) == ["R3"]
    echo = world.decisions[-1]
    assert "the app's own change" in echo.trigger and echo.quiet  # its write's row says it
    assert echo.actions == ()
    assert echo.confirms is Product.OMNI
    assert world.genesys == "Break", "R4 must not answer the echo of R3 (no chains)"


def test_late_echo_counts_as_the_agents_change() -> None:
    world = World(SyncEngine(S1), genesys="On Queue", omni="Busy")
    world.apply_writes = False
    world.agent_genesys("Break")
    world.t += S1.options.echo_window_seconds + 1
    late = world.agent_omni("Transition")
    assert "own change" not in late.trigger and not late.quiet


def test_link_reported_toolkit_change_is_ours_even_without_pending_write() -> None:
    world = World(SyncEngine(S1), genesys="On Queue", omni="Busy")
    decision = world.feed(OmniStatusObserved(OMNI["Available"], 5.0, cause=Cause.APP))
    assert decision.actions == ()


def test_agents_choice_drops_the_restore() -> None:
    world = World(SyncEngine(S2), genesys="On Queue", omni="Available")
    assert rules_written(world.omni_item("w1", ACTIVE)) == ["R5"]
    decision = world.agent_genesys("Meal")
    guard = [a for a in decision.actions if a.rule is RuleId.GUARD]
    assert guard and "will not be restored" in guard[0].explanation
    assert rules_written(world.omni_item("w1", None)) == []
    assert world.genesys == "Meal"


def test_agent_changing_the_other_product_during_block_skips_restore_with_reason() -> None:
    world = World(SyncEngine(S2), genesys="On Queue", omni="Available")
    world.routing(RoutingStatus.INTERACTING)
    assert world.omni == "Busy"
    world.agent_genesys("Break")  # R3 moves Omni from our block status to Transition
    assert world.omni == "Transition"
    assert rules_written(world.routing(RoutingStatus.OFF_QUEUE)) == []


def test_offline_suspends_rules_for_the_other_product() -> None:
    world = World(SyncEngine(S1), genesys="Available", omni="Offline")
    decision = world.agent_genesys("On Queue")
    (action,) = decision.actions
    assert action.kind is ActionKind.SKIP
    assert "Omni-Channel is Offline: sync is suspended" in action.reason
    assert world.omni == "Offline"
    assert decision.view.mode is SyncMode.SUSPENDED

    world = World(SyncEngine(S1), genesys="Offline", omni="Transition")
    (action,) = world.agent_omni("Busy").actions
    assert action.kind is ActionKind.SKIP and "Genesys Cloud is Offline" in action.reason


def test_going_offline_from_mapped_does_not_write_the_other_side() -> None:
    world = World(SyncEngine(S1), genesys="On Queue", omni="Busy")
    decision = world.agent_omni("Offline")
    assert rules_written(decision) == []
    assert world.genesys == "On Queue"


def test_work_in_progress_defers_mapping_until_it_ends() -> None:
    world = World(SyncEngine(S2), genesys="Available", omni="Transition")
    world.omni_item("w1", ACTIVE)  # nothing to block: Genesys is not On Queue
    decision = world.agent_omni("Available")
    (action,) = decision.actions
    assert action.rule is RuleId.R2 and action.kind is ActionKind.SKIP
    assert "deferred" in action.reason
    assert world.genesys == "Available"
    assert rules_written(world.omni_item("w1", None)) == ["R5-end"]
    assert world.genesys == "On Queue"


def test_genesys_work_defers_r1() -> None:
    world = World(SyncEngine(S2), genesys="Available", omni="Break")
    world.genesys_work(GenesysWork.ACTIVE)
    (action,) = world.agent_genesys("On Queue").actions
    assert action.kind is ActionKind.SKIP and "deferred" in action.reason
    assert rules_written(world.genesys_work(GenesysWork.NONE)) == ["R6-end"]
    assert world.omni == "Available"


def test_no_console_link_turns_omni_writes_into_ask_the_agent() -> None:
    world = World(SyncEngine(S1), genesys="Available", omni="Transition")
    world.feed(WriteCapabilityObserved(Product.OMNI, False, 0.5, why="the console link is absent"))
    (action,) = world.agent_genesys("On Queue").actions
    assert action.kind is ActionKind.ASK_AGENT
    assert action.reason == "the console link is absent"
    assert action.explanation == (
        "You went On Queue in Genesys Cloud: please set Omni-Channel to Busy (mapped status)."
    )
    assert world.omni == "Transition"
    done = world.agent_omni("Busy")
    assert done.actions == () and "did as asked" in done.trigger


def test_at_most_one_write_per_product_per_event() -> None:
    # Genesys goes On Queue while Omni work is active and the Genesys side is interacting:
    # only R1 may write Omni.
    world = World(SyncEngine(S2), genesys="Available", omni="Transition")
    decision = world.agent_genesys("On Queue")
    writes = [a for a in decision.actions if a.kind is not ActionKind.SKIP]
    assert len({a.product for a in writes}) == len(writes)


def test_not_responding_fires_nothing_but_says_so() -> None:
    world = World(SyncEngine(S2), genesys="On Queue", omni="Available")
    decision = world.routing(RoutingStatus.NOT_RESPONDING)
    assert decision.actions == ()
    assert "missed an offered interaction" in decision.trigger


def test_disabled_and_paused_do_nothing() -> None:
    off = settings("Busy", t_gc="Available", t_omni="Transition", enabled=False)
    world = World(SyncEngine(off))
    decision = world.agent_genesys("On Queue")
    assert decision.actions == () and decision.view.mode is SyncMode.OFF
    engine = SyncEngine(S1)
    world = World(engine)
    engine.set_paused(True)
    decision = world.agent_genesys("On Queue")
    assert decision.actions == () and decision.view.why == "sync paused"


def test_write_failure_forgets_the_block() -> None:
    world = World(SyncEngine(S2), genesys="On Queue", omni="Available")
    world.apply_writes = False
    world.omni_item("w1", ACTIVE)
    world.feed(WriteFailed(Product.GENESYS, GENESYS["Busy"].id, world.t + 1, "HTTP 400"))
    world.apply_writes = True
    assert rules_written(world.omni_item("w1", None)) == []


def test_option_after_call_work_not_counted() -> None:
    opt = settings(
        "Available",
        t_gc="Available",
        t_omni="Transition",
        b_gc="Busy",
        b_omni="Busy",
        count_after_call_work_as_interacting=False,
    )
    world = World(SyncEngine(opt), genesys="On Queue", omni="Available")
    world.genesys_work(GenesysWork.ACTIVE)
    assert world.omni == "Busy"
    assert rules_written(world.genesys_work(GenesysWork.AFTER_CALL_WORK)) == ["R6-end"]
    assert world.omni == "Available"


def test_option_external_work_counts_when_not_ignored() -> None:
    opt = settings(
        "Available - Chat",
        t_gc="Away",
        t_omni="Busy",
        b_gc="Busy",
        b_omni="Available - Chat",
        ignore_externally_routed_omni_work=False,
    )
    world = World(SyncEngine(opt), genesys="On Queue", omni="Available - Chat")
    assert rules_written(world.omni_item("x1", ACTIVE, external=True)) == ["R5"]
    world = World(SyncEngine(S3), genesys="On Queue", omni="Available - Chat")
    assert rules_written(world.omni_item("x1", ACTIVE, external=True)) == []


def test_option_no_restore_after_block() -> None:
    opt = settings(
        "Available",
        t_gc="Available",
        t_omni="Transition",
        b_gc="Busy",
        b_omni="Busy",
        restore_after_block=False,
    )
    world = World(SyncEngine(opt), genesys="On Queue", omni="Available")
    world.omni_item("w1", ACTIVE)
    (action,) = world.omni_item("w1", None).actions
    assert action.kind is ActionKind.SKIP and action.reason == "restore after a block is off"
    assert world.genesys == "Busy"


def test_transition_timer_moves_omni_on() -> None:
    engine = SyncEngine(TIMED)
    world = World(engine, genesys="On Queue", omni="Busy")
    world.agent_genesys("Break")
    assert world.omni == "Transition"
    deadline = engine.next_deadline()
    assert deadline is not None
    assert world.feed(Tick(deadline - 1)).actions == ()
    decision = world.feed(Tick(deadline))
    assert rules_written(decision) == ["T"]
    assert world.omni == "Available"
    assert engine.next_deadline() is None


def test_transition_timer_leaves_an_agents_choice_alone() -> None:
    engine = SyncEngine(TIMED)
    world = World(engine, genesys="On Queue", omni="Busy")
    world.agent_genesys("Break")
    world.agent_omni("Break")
    assert engine.next_deadline() is None


def test_modes() -> None:
    world = World(SyncEngine(S2), genesys="On Queue", omni="Available")
    assert world.engine.view().mode is SyncMode.MAPPED
    assert world.engine.view().summary == "On Queue ⇄ Available: in sync"
    world.omni_item("w1", ACTIVE)
    assert world.engine.view().mode is SyncMode.BLOCKED_BY_SALESFORCE_WORK
    world.omni_item("w1", None)
    world.routing(RoutingStatus.INTERACTING)
    assert world.engine.view().mode is SyncMode.BLOCKED_BY_GENESYS_WORK
    world.routing(RoutingStatus.IDLE)
    world.agent_genesys("Break")
    assert world.engine.view().mode is SyncMode.IN_TRANSITION
    world.agent_omni("Break")
    assert world.engine.view().mode is SyncMode.INDEPENDENT


def test_profile_switch_keeps_statuses_and_drops_blocks() -> None:
    engine = SyncEngine(S2)
    world = World(engine, genesys="On Queue", omni="Available")
    world.omni_item("w1", ACTIVE)
    engine.replace_settings(S3)
    assert engine.genesys == GENESYS["Busy"]
    assert rules_written(world.omni_item("w1", None)) == []


def test_write_overtaken_by_the_agent_is_undone_when_it_lands() -> None:
    world = World(SyncEngine(S1), genesys="Available", omni="Transition")
    world.apply_writes = False
    assert rules_written(world.agent_genesys("On Queue")) == ["R1"]  # Omni -> Busy in flight
    world.agent_omni("Break")  # the agent picks Break before our write lands
    again = World(SyncEngine(S1), genesys="Available", omni="Transition")
    again.apply_writes = False
    again.agent_genesys("On Queue")
    again.agent_omni("Break")
    assert again.agent_omni("Busy").writes == (), "by value alone it is the agent's choice"
    late = world.feed(OmniStatusObserved(OMNI["Busy"], world.t + 0.5, cause=Cause.APP))
    (action,) = late.actions
    assert (action.rule, action.kind, action.status_label) == (
        RuleId.GUARD,
        ActionKind.ENFORCE,
        "Break",
    )
    assert "landed after you had chosen Break" in action.explanation


def test_status_unknown_suspends_and_the_next_observation_is_a_baseline() -> None:
    from omnisync.core.model import GenesysPresenceObserved, StatusUnknown

    world = World(SyncEngine(S1), genesys="On Queue", omni="Busy")
    decision = world.feed(StatusUnknown(Product.GENESYS, world.t + 1, "signed out"))
    assert decision.view.mode is SyncMode.SUSPENDED
    assert decision.trigger == "Your Genesys Cloud status is unknown: signed out"
    again = world.feed(GenesysPresenceObserved(GENESYS["Break"], world.t + 2))
    assert again.actions == ()
    assert "start-up snapshot" in again.trigger


def test_a_logout_salesforce_explains_says_why_in_the_decision() -> None:
    world = World(SyncEngine(S1), genesys="On Queue", omni="Busy")
    why = "you opened Omni-Channel in another browser tab"
    decision = world.feed(OmniStatusObserved(OMNI["Offline"], 5.0, cause=Cause.SYSTEM, why=why))
    assert decision.trigger == f"Omni-Channel is Offline: {why}"


def test_back_on_queue_before_our_transition_write_lands_maps_again() -> None:
    """Meal then straight back On Queue: R3's write to Transition is still on its way, so
    Omni-Channel only looks mapped; R1 writes the mapped status again (found by the soak)."""
    world = World(SyncEngine(S1), genesys="On Queue", omni="Busy")
    world.apply_writes = False  # R3's write has left, its echo not yet back
    assert rules_written(world.agent_genesys("Meal")) == ["R3"]
    assert rules_written(world.agent_genesys("On Queue")) == ["R1"]


def test_omni_back_to_mapped_before_our_transition_write_lands_maps_again() -> None:
    world = World(SyncEngine(S1), genesys="On Queue", omni="Busy")
    world.apply_writes = False
    assert rules_written(world.agent_omni("Available")) == ["R4"]
    assert rules_written(world.agent_omni("Busy")) == ["R2"]
