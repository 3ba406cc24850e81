"""Capacity-aware blocking (R5 variants, docs/rules.md): which Omni-Channel work blocks Genesys."""

from __future__ import annotations

from dataclasses import replace

from omnisync.core.decision import SyncMode
from omnisync.core.engine import SyncEngine
from omnisync.core.model import OmniWorkItem, OmniWorkObserved, OmniWorkState
from omnisync.core.settings import WorkBlock
from support.org import S2, World, rules_written

ACTIVE = OmniWorkState.ACTIVE
CHAT = "sfdc_livechat"
CHATS_ONLY = replace(S2, work_block=WorkBlock(channels=(CHAT,)))
HALF_FULL = replace(S2, work_block=WorkBlock(capacity_percent=50))
CHATS_HALF_FULL = replace(S2, work_block=WorkBlock(capacity_percent=50, channels=(CHAT,)))


def on_queue(world: World) -> World:
    world.agent_omni("Available")
    assert world.genesys == "On Queue"
    return world


def test_by_default_any_accepted_item_blocks_as_today() -> None:
    world = on_queue(World(SyncEngine(S2)))
    assert rules_written(world.omni_item("c", ACTIVE, channel="Case", weight=1, capacity=4)) == [
        "R5"
    ]
    assert world.genesys == "Busy"


def test_a_chat_blocks_and_a_case_does_not() -> None:
    world = on_queue(World(SyncEngine(CHATS_ONLY)))
    decision = world.omni_item("case", ACTIVE, channel="Case", weight=1, capacity=4)
    assert rules_written(decision) == []
    assert world.genesys == "On Queue"
    decision = world.omni_item("chat", ACTIVE, channel=CHAT, weight=1)
    assert rules_written(decision) == ["R5"]
    assert world.genesys == "Busy"
    (action,) = decision.writes
    assert action.explanation.startswith("Your sfdc_livechat work in Omni-Channel started")
    decision = world.omni_item("chat", None)  # the case still runs: it never blocks
    assert rules_written(decision) == ["R5-end"]
    assert world.genesys == "On Queue"


def test_a_case_does_not_hold_back_the_mapping_either() -> None:
    """Work that does not block does not defer R2: the agent would be kept off queue by it."""
    world = World(SyncEngine(CHATS_ONLY))
    world.omni_item("case", ACTIVE, channel="Case", weight=1, capacity=4)
    assert rules_written(world.agent_omni("Available")) == ["R2"]
    assert world.genesys == "On Queue"


def test_the_block_starts_when_the_capacity_in_use_reaches_the_threshold() -> None:
    world = on_queue(World(SyncEngine(HALF_FULL)))
    assert rules_written(world.omni_item("a", ACTIVE, channel="Case", weight=1, capacity=4)) == []
    assert world.engine.view().mode is SyncMode.MAPPED
    decision = world.omni_item("b", ACTIVE, channel=CHAT, weight=1)  # 2 of 4 units: 50 %
    assert rules_written(decision) == ["R5"]
    assert "uses 50% of your capacity (the hold starts at 50%)" in decision.writes[0].explanation
    assert world.engine.view().mode is SyncMode.BLOCKED_BY_SALESFORCE_WORK
    assert rules_written(world.omni_item("a", None)) == ["R5-end"]  # 25 %: below again
    assert world.genesys == "On Queue"


def test_an_offered_item_uses_no_capacity_for_the_rule() -> None:
    world = on_queue(World(SyncEngine(HALF_FULL)))
    decision = world.omni_item("a", OmniWorkState.OFFERED, weight=4, capacity=4)
    assert rules_written(decision) == []


def test_percentage_items_count_without_a_configured_capacity() -> None:
    world = on_queue(World(SyncEngine(HALF_FULL)))
    item = OmniWorkItem("p", ACTIVE, channel="Case", percent=60.0)
    decision = world.feed(OmniWorkObserved((item,), 10.0))
    assert rules_written(decision) == ["R5"]


def test_an_unknown_capacity_blocks_as_today() -> None:
    """Units with no configured capacity cannot be turned into a share: safer to block."""
    world = on_queue(World(SyncEngine(HALF_FULL)))
    assert rules_written(world.omni_item("a", ACTIVE, channel="Case", weight=1)) == ["R5"]


def test_channel_and_threshold_together_count_only_that_channels_load() -> None:
    world = on_queue(World(SyncEngine(CHATS_HALF_FULL)))
    world.omni_item("case1", ACTIVE, channel="Case", weight=1, capacity=4)
    assert rules_written(world.omni_item("case2", ACTIVE, channel="Case", weight=1)) == []
    assert rules_written(world.omni_item("chat", ACTIVE, channel=CHAT, weight=1)) == []  # 25 %
    assert rules_written(world.omni_item("chat2", ACTIVE, channel=CHAT, weight=1)) == ["R5"]


def test_a_larger_capacity_read_later_can_end_the_block() -> None:
    world = on_queue(World(SyncEngine(HALF_FULL)))
    world.omni_item("a", ACTIVE, channel="Case", weight=2, capacity=4)
    assert world.genesys == "Busy"
    decision = world.omni_item("a", ACTIVE, channel="Case", weight=2, capacity=8)  # 25 %
    assert rules_written(decision) == ["R5-end"]
