"""An older event never replaces newer state, on every topic of both products.

Each test arms the sandbox's ``reorder_events`` fault on one topic (the next event there is held
back until the one after it has gone out, as a real network or server may deliver them), makes
the changes, and checks over real sockets that what the service believed, in order, is a part of
what really happened, in order (never a step back to an older value), and that it ends on the
truth. Topics: Genesys presence, routing status, conversation summary, conversations; Salesforce
console-link reports (statuses and work) over the record transport. The Omni presence PushTopic
is in ``test_event_order_presence_topic.py`` (it needs a console without the component).
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from omnisync.core.model import GenesysWork, RoutingStatus
from omnisync.service.audit import Outcome
from support.order import History, in_order
from support.running import Running

pytestmark = pytest.mark.integration

PROFILE = "both-block-while-working"


async def _on_queue(run: Running) -> None:
    await run.omni("Transition")
    await run.ready()
    await run.omni("Available")
    await run.statuses("On Queue", "Available")


async def _read_past(run: Running, presence: str) -> None:
    """A later Genesys event, on one socket after the others: once the service shows it,
    everything sent before it has been read."""
    await run.genesys(presence)
    await run.until(
        lambda s: s.genesys_presence is not None and s.genesys_presence.label == presence,
        presence,
    )


async def test_a_held_presence_event_does_not_bring_an_older_status_back(
    running_service: Any,
) -> None:
    run = await running_service(PROFILE)
    await _on_queue(run)
    seen = History(run, lambda s: s.genesys_presence.label if s.genesys_presence else None)
    await run.sandbox.fault("genesys", "reorder_events", topic="presence")
    await run.genesys("Break")  # held back...
    await run.genesys("Meal")  # ...until this one has gone out
    await run.genesys("On Queue")  # a later event: everything before it has been read
    await run.statuses("On Queue", "Available")
    truth = ["On Queue", "Break", "Meal", "On Queue"]
    assert in_order(seen.values[-4:], truth), seen.values


async def test_a_held_routing_status_does_not_bring_an_older_one_back(
    running_service: Any,
) -> None:
    run = await running_service(PROFILE)
    await _on_queue(run)
    seen = History(run, lambda s: s.routing)
    await run.sandbox.fault("genesys", "reorder_events", topic="routingStatus")
    await run.genesys("Break")  # routing OFF_QUEUE, held back...
    await run.genesys("On Queue")  # ...until IDLE has gone out
    await run.interaction("offer")
    await run.until(lambda s: s.genesys_work is GenesysWork.ALERTING, "the offer")
    assert run.service.state.routing is RoutingStatus.IDLE
    truth = [RoutingStatus.IDLE, RoutingStatus.OFF_QUEUE, RoutingStatus.IDLE]
    assert in_order(seen.since(RoutingStatus.IDLE), truth), seen.values


async def test_a_held_conversation_summary_does_not_bring_older_work_back(
    running_service: Any,
) -> None:
    run = await running_service(PROFILE)
    await _on_queue(run)
    seen = History(run, lambda s: s.genesys_work)
    await run.sandbox.fault("genesys", "reorder_events", topic="conversationsummary")
    await run.interaction("offer")
    await run.interaction("answer")  # the summary "1 active" is held back...
    await run.interaction("end")  # ...until "1 in after-call work" has gone out
    await _read_past(run, "Break")
    await run.until(lambda s: s.genesys_work is GenesysWork.AFTER_CALL_WORK, "after-call work")
    truth = [GenesysWork.NONE, GenesysWork.ALERTING, GenesysWork.ACTIVE]
    truth.append(GenesysWork.AFTER_CALL_WORK)
    assert in_order(seen.since(GenesysWork.NONE), truth), seen.values


async def test_a_held_conversation_does_not_bring_an_older_offer_back(
    running_service: Any,
) -> None:
    run = await running_service(PROFILE)
    await _on_queue(run)
    seen = History(run, lambda s: s.genesys_work)
    await run.sandbox.fault("genesys", "reorder_events", topic="conversations")
    await run.interaction("offer")  # "alerting" is held back until the offer times out
    await run.until(lambda s: s.routing is RoutingStatus.NOT_RESPONDING, "not responding")
    await run.until(lambda s: s.genesys_work is GenesysWork.NONE, "no work")
    await _read_past(run, "Break")
    assert run.service.state.genesys_work is GenesysWork.NONE, seen.values
    assert in_order(seen.since(GenesysWork.NONE), [GenesysWork.NONE, GenesysWork.ALERTING])


async def test_held_console_link_reports_do_not_bring_an_older_status_or_work_back(
    running_service: Any,
) -> None:
    run = await running_service(PROFILE, salesforce={"direct_link": False})
    await _on_queue(run)
    statuses = History(run, lambda s: s.omni_status.label if s.omni_status else None)
    work = History(run, lambda s: len(s.omni_work))
    rounds = (("Break", "Busy"), ("Transition", "Available - Chat"), ("Busy", "Break"))
    for first, second in rounds:
        await run.sandbox.fault("salesforce", "reorder_events", topic="OmniSyncToDesktop")
        await run.omni(first)  # its report is held back...
        await run.omni(second)  # ...until this one's has gone out
        assert run.sandbox.part("salesforce").cometd.reorder == 0, "the fault was used"
    await run.omni("Available")
    await run.sandbox.fault("salesforce", "reorder_events", topic="OmniSyncToDesktop")
    pushed = await run.work("push")
    await run.work("accept", pushed)
    await run.work("close", pushed)
    await run.omni("Break")  # a later report: the held one went out before it
    await run.until(lambda s: s.omni_status is not None and s.omni_status.label == "Break", "B")
    await run.until(lambda s: len(s.omni_work) == 0, "the work closed")
    truth = ["Available", *(status for pair in rounds for status in pair), "Available", "Break"]
    assert in_order(statuses.since("Available"), truth), statuses.values
    assert in_order(work.since(0), [0, 1, 0]), work.values


async def _sandbox_until(run: Running, check: Any) -> None:
    """Wait on the sandbox's own change signal (its event log) until ``check()`` holds."""
    events = run.sandbox.context.events
    seen = events.version
    async with asyncio.timeout(8):
        while not check():
            seen = await events.wait_for_change(seen)


async def test_our_late_write_is_known_as_ours_when_its_report_is_overtaken(
    running_service: Any,
) -> None:
    """R1's write lands after the agent's own choice, and the report saying "toolkit" (ours) is
    overtaken by a later one that names no reason. The status is still known as the app's, so
    the agent's choice is put back (found by the soak: R2 then overwrote Genesys)."""
    run = await running_service(PROFILE, salesforce={"direct_link": False})
    await _our_r1_lands_after_the_agents_choice(run)
    await run.work("push")  # a report with no reason overtakes the held "toolkit" one
    await run.until(lambda s: len(s.omni_work) == 1, "the offer seen: its report was read")
    await run.statuses("On Queue", "Transition")  # the agent's choice is back


async def test_a_write_the_agent_overtook_is_not_sent_again(running_service: Any) -> None:
    """R1's write is slow; the agent chooses first. The write is no longer wanted, so it is not
    retried when its confirmation times out (a retry would land on the agent's choice later
    still); when the first attempt lands, the agent's choice is put back."""
    run = await running_service(PROFILE)
    await run.omni("Break")
    await run.ready()
    await run.statuses("Available", "Break")
    console = run.sandbox.part("salesforce").console  # type: ignore[attr-defined]
    await run.sandbox.fault("salesforce", "slow_link", seconds=4.5)  # past the 4 s confirmation
    mark = len(run.audit())
    await run.genesys("On Queue")  # R1: Omni-Channel := Available, slowly
    await run.omni("Transition")  # the agent's own choice, first
    await _sandbox_until(run, lambda: (console.state()["omni"] or {}).get("label") == "Available")
    await run.sandbox.fault("salesforce", "slow_link", seconds=0)
    await run.statuses("On Queue", "Transition")
    r1 = [e for e in run.audit()[mark:] if e.rule == "R1"]
    assert [e.outcome for e in r1] == [Outcome.PENDING, Outcome.DECIDED], r1


async def test_our_late_write_read_after_a_gap_is_known_as_ours(running_service: Any) -> None:
    """As above, but the report saying "toolkit" never arrives (streaming dropped while it was
    held back): the re-read after the gap finds the status, and the link record's last report
    says it was ours, so the agent's choice is put back (found by the long soak, seed 600)."""
    run = await running_service(PROFILE, salesforce={"direct_link": False})
    await _our_r1_lands_after_the_agents_choice(run)
    await run.sandbox.fault("salesforce", "drop_cometd")  # the held report is never delivered
    await run.until(
        lambda s: any(e.rule == "guard" and e.status == "Transition" for e in run.audit()),
        "the agent's choice put back",
    )
    await run.statuses("On Queue", "Transition")


async def _our_r1_lands_after_the_agents_choice(run: Any) -> None:
    """R1's write (Omni-Channel := Available) is slow; the agent picks Transition before it
    lands, and the report of our write ("toolkit") is held back behind a later one."""
    await run.omni("Break")
    await run.ready()
    await run.statuses("Available", "Break")
    console = run.sandbox.part("salesforce").console  # type: ignore[attr-defined]
    await run.sandbox.fault("salesforce", "slow_link", seconds=0.5)
    await run.genesys("On Queue")  # R1: Omni-Channel := Available, slowly
    await run.omni("Transition")  # the agent's own choice, before R1's write lands
    await run.until(
        lambda s: s.omni_status is not None and s.omni_status.label == "Transition", "T"
    )
    await run.sandbox.fault("salesforce", "reorder_events", topic="OmniSyncToDesktop")
    await _sandbox_until(run, lambda: (console.state()["omni"] or {}).get("label") == "Available")
    await run.sandbox.fault("salesforce", "slow_link", seconds=0)
