"""Rules beyond Genesys end to end: the example profiles and Resync now, via the real service."""

from __future__ import annotations

from pathlib import Path

import pytest

from omnisync.core.decision import SyncMode
from support.profiles import EXAMPLES, install

pytestmark = pytest.mark.integration


async def test_mapping_table_example(running_service, tmp_path: Path) -> None:
    run = await running_service(install(tmp_path, "mapping-table"))
    await run.omni("Transition")
    await run.ready()

    mark = len(run.audit())
    await run.omni("Available - Chat")  # row 2 mirrors On Queue too
    await run.statuses("On Queue", "Available - Chat")
    assert run.written_rules(mark) == ["R2"]
    await run.mode(SyncMode.MAPPED)

    mark = len(run.audit())
    await run.omni("Break")  # leaving row 2 sets row 2's Genesys status
    await run.statuses("Away", "Break")
    assert run.written_rules(mark) == ["R4"]


async def test_away_example_sets_genesys_when_the_console_closes(
    running_service, tmp_path: Path
) -> None:
    example = (EXAMPLES / "away.toml").read_text()
    text = example.replace("omni_offline_seconds = 30", "omni_offline_seconds = 0.3")  # brief
    assert text != example
    run = await running_service(install(tmp_path, "away", text))
    await run.omni("Transition")
    await run.ready()
    await run.omni("Available")
    await run.statuses("On Queue", "Available")

    mark = len(run.audit())
    await run.sandbox.post("/control/salesforce/console", {"open": False})
    await run.statuses("Away", "Offline")
    assert run.written_rules(mark) == ["A"]
    entry = next(e for e in run.audit()[mark:] if e.rule == "A")
    assert "Omni-Channel stayed Offline for 0.3 s" in entry.explanation


async def test_resync_now_applies_the_rules_to_the_current_statuses(running_service) -> None:
    run = await running_service("both-block-while-working")
    await run.omni("Transition")
    await run.ready()
    run.service.set_paused(True)
    await run.genesys("On Queue")  # paused: no rule, the two disagree
    await run.until(lambda s: s.view.genesys_label == "On Queue", "Genesys On Queue")
    run.service.set_paused(False)

    mark = len(run.audit())
    run.service.resync()
    await run.statuses("On Queue", "Available")
    assert run.written_rules(mark) == ["R1"]
    assert run.audit()[mark].trigger.startswith("You asked to resync now")


async def test_hold_example_applies_the_agents_change_when_the_call_ends(
    running_service, tmp_path: Path
) -> None:
    run = await running_service(install(tmp_path, "hold-change-until-work-ends"))
    await run.omni("Transition")
    await run.ready()
    await run.omni("Available")
    await run.statuses("On Queue", "Available")
    await run.interaction("offer")
    await run.interaction("answer")
    await run.statuses("On Queue", "Busy")

    mark = len(run.audit())
    await run.omni("Break")  # during the call: held
    await run.until(lambda _s: run.written_rules(mark) == ["Q"], "the change held (rule Q)")
    await run.statuses("On Queue", "Busy")

    mark = len(run.audit())
    await run.interaction("end")
    await run.interaction("finish-wrapup")
    await run.statuses("On Queue", "Break")
    assert run.written_rules(mark) == ["R6-end"]


async def test_genesys_leads_example_puts_the_follower_back(
    running_service, tmp_path: Path
) -> None:
    run = await running_service(install(tmp_path, "genesys-leads"))
    await run.omni("Transition")
    await run.ready()
    await run.genesys("On Queue")
    await run.statuses("On Queue", "Available")

    mark = len(run.audit())
    await run.omni("Break")  # the follower: put back
    await run.until(lambda _s: run.written_rules(mark) == ["M"], "the follower put back (rule M)")
    await run.statuses("On Queue", "Available")


async def test_capacity_aware_example_blocks_genesys_for_chats_only(
    running_service, tmp_path: Path
) -> None:
    """The example: a case never blocks; a chat blocks once chats use half the capacity (the
    sandbox agent's is 2 units, so one chat of one unit); the channel and weight come from
    AgentWork, the configured capacity from UserServicePresence, through the real clients."""
    run = await running_service(install(tmp_path, "capacity-aware-blocking"))
    await run.omni("Transition")
    await run.ready()
    await run.omni("Available")
    await run.statuses("On Queue", "Available")

    mark = len(run.audit())
    case = await run.work("push", channel="Case")
    await run.work("accept", case)
    await run.until(
        lambda s: (
            [(w.channel, w.weight) for w in s.omni_work if w.state.value == "active"]
            == [("Case", 1.0)]
        ),
        "the case seen active, with its channel and weight",
    )
    await run.statuses("On Queue", "Available")
    assert run.written_rules(mark) == []

    chat = await run.work("push", channel="Chat")
    await run.work("accept", chat)
    await run.statuses("Busy", "Available")
    assert run.written_rules(mark) == ["R5"]
    entry = next(e for e in run.audit()[mark:] if e.rule == "R5")
    assert "sfdc_livechat work in Omni-Channel uses 50% of your capacity" in entry.explanation
    await run.mode(SyncMode.BLOCKED_BY_SALESFORCE_WORK)

    await run.work("close", chat)  # the case still runs, and does not block
    await run.statuses("On Queue", "Available")
    assert run.written_rules(mark) == ["R5", "R5-end"]


async def test_resync_now_reads_both_products_again_and_fixes_a_lost_event(
    running_service,
) -> None:
    """Genesys goes On Queue but its event never reaches the app (the sandbox loses it): the
    app still believes Available and Omni-Channel stays in Transition. Resync now reads both
    products again, sees On Queue, and R1 puts Omni-Channel in the mapped status."""
    run = await running_service("both-block-while-working")
    await run.omni("Transition")
    await run.ready()
    await run.sandbox.fault("genesys", "drop_events", count=3)  # presence, routing, activity
    await run.genesys("On Queue")
    assert run.service.state.genesys_presence is not None
    assert run.service.state.genesys_presence.label == "Available"  # the app never heard

    mark = len(run.audit())
    run.service.resync()
    await run.statuses("On Queue", "Available")
    assert run.written_rules(mark) == ["R1"]
    triggers = [e.trigger for e in run.audit()[mark:]]
    assert any(t.startswith("Genesys Cloud is On Queue") for t in triggers), triggers
    resync = [t for t in triggers if t.startswith("You asked to resync now")]
    assert resync == ["You asked to resync now (both products read again): nothing to change"], (
        triggers
    )


async def test_resync_says_which_product_was_not_read_in_the_agents_language(
    running_service,
) -> None:
    """A product signed out is not read again: the audit row names it in a sentence of ours
    (each part a message of the catalogue), not English glued into the field."""
    from omnisync.core.message import Message
    from omnisync.core.model import Product
    from support.catalog import walk

    run = await running_service("both-block-while-working")
    await run.ready()
    await run.service.sign_out(Product.GENESYS)
    mark = len(run.audit())
    run.service.resync()
    await run.until(
        lambda _s: any(e.trigger.startswith("You asked") for e in run.audit()[mark:]),
        "the resync row",
    )
    entry = next(e for e in run.audit()[mark:] if e.trigger.startswith("You asked"))
    assert entry.trigger.startswith(
        "You asked to resync now (not read again: Genesys Cloud (not signed in))"
    ), entry.trigger
    plain = [v for _node, v in walk(entry.observed) if v is not None and v != "Genesys Cloud"]
    assert plain == [], f"English glued in: {plain}"
    assert isinstance(entry.observed, Message)
