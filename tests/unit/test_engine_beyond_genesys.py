"""Rules beyond the Genesys panel: the mapping table and the away rules (docs/rules.md)."""

from __future__ import annotations

from dataclasses import replace

from omnisync.core.decision import ActionKind, RuleId
from omnisync.core.engine import SyncEngine
from omnisync.core.model import (
    Cause,
    GenesysPresenceObserved,
    OmniWorkItem,
    OmniWorkObserved,
    OmniWorkState,
    Product,
    ResyncAsked,
    RoutingStatus,
    Tick,
    WriteCapabilityObserved,
)
from omnisync.core.settings import AwayRule, MappingRow
from support.org import GENESYS, OMNI, S2, World, rules_written

TABLE = replace(
    S2,
    more_mappings=(MappingRow(OMNI["Available - Chat"], GENESYS["Away"]),),
)
AWAY = replace(S2, away_rules=(AwayRule(Product.OMNI, 30.0, GENESYS["Away"]),))
BOTH_AWAY = replace(
    S2,
    away_rules=(
        AwayRule(Product.OMNI, 30.0, GENESYS["Away"]),
        AwayRule(Product.GENESYS, 0.0, OMNI["Break"]),
    ),
)


def test_a_second_mapped_status_puts_genesys_on_queue() -> None:
    world = World(SyncEngine(TABLE))
    decision = world.agent_omni("Available - Chat")
    assert rules_written(decision) == ["R2"]
    assert world.genesys == "On Queue"
    assert world.engine.view().mode.value == "mapped"


def test_leaving_each_row_sets_that_rows_genesys_status() -> None:
    world = World(SyncEngine(TABLE))
    world.agent_omni("Available - Chat")
    world.agent_omni("Break")
    assert world.genesys == "Away"  # row 2's status, not [transition]'s Available
    world.agent_genesys("On Queue")  # R1 writes the first row
    assert world.omni == "Available"
    world.agent_omni("Break")
    assert world.genesys == "Available"


def test_moving_between_two_mapped_statuses_changes_nothing() -> None:
    world = World(SyncEngine(TABLE))
    world.agent_omni("Available")
    decision = world.agent_omni("Available - Chat")
    assert decision.writes == ()
    assert world.genesys == "On Queue"


def test_without_the_table_the_second_status_is_not_mapped() -> None:
    world = World(SyncEngine(S2))
    assert world.agent_omni("Available - Chat").writes == ()


def test_console_closed_longer_than_the_timer_sets_genesys() -> None:
    world = World(SyncEngine(AWAY), genesys="On Queue", omni="Available")
    world.agent_omni("Offline")
    assert world.engine.next_deadline() == world.t + 30
    assert world.feed(Tick(world.t + 29)).writes == ()
    decision = world.feed(Tick(world.t + 30))
    assert [(a.rule, a.status_label) for a in decision.writes] == [(RuleId.AWAY, "Away")]
    assert world.genesys == "Away"
    assert "Omni-Channel stayed Offline for 30 s" in decision.writes[0].explanation
    assert world.engine.next_deadline() is None


def test_a_console_refresh_within_the_timer_changes_nothing() -> None:
    world = World(SyncEngine(AWAY), genesys="On Queue", omni="Available")
    world.agent_omni("Offline")
    world.agent_omni("Available")  # the console is back after a refresh
    assert world.engine.next_deadline() is None
    assert world.feed(Tick(world.t + 60)).actions == ()
    assert world.genesys == "On Queue"


def test_offline_at_start_up_starts_no_timer() -> None:
    engine = SyncEngine(AWAY)
    World(engine, genesys="On Queue", omni="Offline")
    assert engine.next_deadline() is None


def test_genesys_offline_sets_omni_and_the_app_write_chains_nothing() -> None:
    world = World(SyncEngine(BOTH_AWAY), genesys="On Queue", omni="Available")
    world.agent_genesys("Offline")
    decision = world.feed(Tick(world.t))
    assert [(a.rule, a.status_label) for a in decision.writes] == [(RuleId.AWAY, "Break")]
    assert world.omni == "Break"
    assert world.engine.next_deadline() is None


def test_away_rule_asks_the_agent_when_it_cannot_write() -> None:
    world = World(SyncEngine(BOTH_AWAY), genesys="On Queue", omni="Available")
    world.feed(WriteCapabilityObserved(Product.OMNI, False, world.t, "no console link"))
    world.agent_genesys("Offline")
    decision = world.feed(Tick(world.t))
    assert [a.kind for a in decision.actions] == [ActionKind.ASK_AGENT]


def test_away_skips_when_the_other_side_is_offline_too() -> None:
    world = World(SyncEngine(AWAY), genesys="On Queue", omni="Available")
    world.agent_omni("Offline")
    world.agent_genesys("Offline")
    decision = world.feed(Tick(world.t + 30))
    assert [a.kind for a in decision.actions] == [ActionKind.SKIP]
    assert "Genesys Cloud is Offline too" in decision.actions[0].reason


def test_the_app_writing_offline_starts_no_timer() -> None:
    offline_away = replace(
        S2,
        away_rules=(
            AwayRule(Product.OMNI, 30.0, GENESYS["Offline"]),
            AwayRule(Product.GENESYS, 0.0, OMNI["Break"]),
        ),
    )
    engine = SyncEngine(offline_away)
    world = World(engine, genesys="On Queue", omni="Available")
    world.apply_writes = False
    world.agent_omni("Offline")
    decision = world.feed(Tick(world.t + 30))
    assert decision.writes[0].status_label == "Offline"
    # An Offline the app wrote (cause APP) is an echo, not the agent going away.
    engine.handle(GenesysPresenceObserved(GENESYS["Offline"], world.t + 31, cause=Cause.APP))
    assert engine.next_deadline() is None


# ---- Resync now ---------------------------------------------------------------------------


def test_resync_applies_the_mapping_a_baseline_left_alone() -> None:
    world = World(SyncEngine(S2), genesys="On Queue", omni="Transition")  # start-up: no rule
    decision = world.feed(ResyncAsked(world.t + 1))
    assert rules_written(decision) == ["R1"]
    assert world.omni == "Available"
    assert decision.trigger.startswith("You asked to resync now")


def test_resync_follows_omni_when_genesys_is_not_on_queue() -> None:
    world = World(SyncEngine(S2), genesys="Available", omni="Available")
    assert rules_written(world.feed(ResyncAsked(world.t + 1))) == ["R2"]
    assert world.genesys == "On Queue"


def test_resync_blocks_for_work_already_under_way() -> None:
    world = World(SyncEngine(S2), genesys="On Queue", omni="Available")
    world.engine.handle(
        OmniWorkObserved((OmniWorkItem("w", OmniWorkState.ACTIVE),), world.t, baseline=True)
    )
    decision = world.feed(ResyncAsked(world.t + 1))
    assert rules_written(decision) == ["R5"]
    assert world.genesys == "Busy"
    assert world.engine.view().mode.value == "blocked-salesforce"


def test_resync_in_sync_changes_nothing_and_says_so() -> None:
    world = World(SyncEngine(S2), genesys="On Queue", omni="Available")
    decision = world.feed(ResyncAsked(world.t + 1))
    assert decision.actions == ()
    assert decision.trigger.endswith("nothing to change")


def test_resync_while_paused_or_offline_writes_nothing() -> None:
    world = World(SyncEngine(S2), genesys="On Queue", omni="Transition")
    world.engine.set_paused(True)
    assert world.feed(ResyncAsked(world.t + 1)).actions == ()
    world.engine.set_paused(False)
    offline = World(SyncEngine(S2), genesys="On Queue", omni="Offline")
    (skip,) = offline.feed(ResyncAsked(offline.t + 1)).actions
    assert skip.kind is ActionKind.SKIP and "suspended" in skip.reason


# ---- the agent's change during work waits for the work to end -----------------------------

QUEUE = replace(S2, options=replace(S2.options, apply_agent_change_after_work=True))


def test_omni_change_during_a_genesys_interaction_waits_for_its_end() -> None:
    world = World(SyncEngine(QUEUE), genesys="On Queue", omni="Available")
    assert rules_written(world.routing(RoutingStatus.INTERACTING)) == ["R6"]
    assert world.omni == "Busy"
    decision = world.agent_omni("Break")
    assert [(a.rule, a.status_label) for a in decision.writes] == [(RuleId.QUEUED, "Busy")]
    assert "Break follows when the work ends" in decision.writes[0].explanation
    assert world.omni == "Busy"
    assert rules_written(world.routing(RoutingStatus.IDLE)) == ["R6-end"]
    assert world.omni == "Break"


def test_genesys_change_during_salesforce_work_waits_for_its_end() -> None:
    world = World(SyncEngine(QUEUE), genesys="On Queue", omni="Available")
    world.omni_item("w", OmniWorkState.ACTIVE)
    assert world.genesys == "Busy"
    assert rules_written(world.agent_genesys("Away")) == ["Q"]
    assert world.genesys == "Busy"
    world.omni_item("w", None)
    assert world.genesys == "Away"


def test_without_the_option_the_agents_change_wins_at_once() -> None:
    world = World(SyncEngine(S2), genesys="On Queue", omni="Available")
    world.routing(RoutingStatus.INTERACTING)
    assert world.agent_omni("Break").writes == ()
    world.routing(RoutingStatus.IDLE)
    assert world.omni == "Break"


def test_logging_out_during_work_is_never_held() -> None:
    world = World(SyncEngine(QUEUE), genesys="On Queue", omni="Available")
    world.routing(RoutingStatus.INTERACTING)
    assert world.agent_omni("Offline").writes == ()
    assert world.omni == "Offline"


# ---- a master side ----------------------------------------------------------------------

GENESYS_LEADS = replace(S2, master=Product.GENESYS)
GENESYS_LEADS_UNDO = replace(S2, master=Product.GENESYS, undo_follower_changes=True)
SALESFORCE_LEADS = replace(S2, master=Product.OMNI)


def test_follower_change_is_put_back_when_the_profile_says_undo() -> None:
    world = World(SyncEngine(GENESYS_LEADS_UNDO), genesys="On Queue", omni="Available")
    decision = world.agent_omni("Break")
    assert [(a.rule, a.product, a.status_label) for a in decision.writes] == [
        (RuleId.MASTER, Product.OMNI, "Available")
    ]
    assert "Genesys Cloud leads and you changed Omni-Channel to Break" in (
        decision.writes[0].explanation
    )
    assert (world.genesys, world.omni) == ("On Queue", "Available")  # no R4 either


def test_follower_change_stands_until_the_master_changes() -> None:
    world = World(SyncEngine(GENESYS_LEADS), genesys="On Queue", omni="Available")
    assert world.agent_omni("Break").writes == ()  # allowed, and no R4 from the follower
    assert world.genesys == "On Queue"
    assert rules_written(world.agent_genesys("Meal")) == ["R3"]  # the master's next change
    assert world.omni == "Transition"  # follows, although Break was the agent's choice


def test_the_follower_does_not_lead() -> None:
    world = World(SyncEngine(GENESYS_LEADS), genesys="Available", omni="Transition")
    assert world.agent_omni("Available").writes == ()  # no R2: Omni-Channel only follows
    assert world.genesys == "Available"


def test_salesforce_leads_and_genesys_follows() -> None:
    world = World(SyncEngine(SALESFORCE_LEADS), genesys="On Queue", omni="Available")
    assert world.agent_genesys("Break").writes == ()  # no R3 from the follower
    assert world.omni == "Available"
    assert rules_written(world.agent_omni("Busy")) == ["R4"]  # master left the mapped status
    assert world.genesys == "Available"  # although Break was the agent's choice
