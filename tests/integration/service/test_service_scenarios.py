"""The documented scenarios end to end: the sandbox plays the agent, the real service syncs."""

from __future__ import annotations

import pytest

from omnisync.core.decision import SyncMode

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("two_step", [False, True], ids=["all-at-once", "network-side-later"])
async def test_one_product_at_a_time(running_service, two_step: bool) -> None:
    """``network-side-later``: built as the tray app builds it (stand-in connectors first)."""
    run = await running_service("one-product-at-a-time", two_step=two_step)
    await run.omni("Transition")
    await run.ready()
    mark = len(run.audit())
    await run.genesys("On Queue")
    await run.statuses("On Queue", "Busy")
    assert "R1" in run.written_rules(mark)
    await run.until(lambda s: s.view.mode is SyncMode.MAPPED, "mapped")

    mark = len(run.audit())
    await run.genesys("Break")
    await run.statuses("Break", "Transition")
    assert run.written_rules(mark) == ["R3"]

    await run.omni("Busy")
    await run.statuses("On Queue", "Busy")

    mark = len(run.audit())
    await run.omni("Available")
    await run.statuses("Available", "Available")
    assert run.written_rules(mark) == ["R4"]


async def test_both_block_while_working(running_service) -> None:
    run = await running_service("both-block-while-working")
    await run.omni("Transition")
    await run.ready()

    mark = len(run.audit())
    await run.omni("Available")
    await run.statuses("On Queue", "Available")
    assert run.written_rules(mark) == ["R2"]

    work = await run.work("push")
    await run.until(lambda s: len(s.omni_work) == 1, "an offered item")
    mark = len(run.audit())
    await run.work("accept", work)
    await run.statuses("Busy", "Available")
    assert run.written_rules(mark) == ["R5"]
    await run.mode(SyncMode.BLOCKED_BY_SALESFORCE_WORK)

    mark = len(run.audit())
    await run.work("close", work)
    await run.statuses("On Queue", "Available")
    assert run.written_rules(mark) == ["R5-end"]

    mark = len(run.audit())
    await run.interaction("offer")
    await run.interaction("answer")
    await run.statuses("On Queue", "Busy")
    await run.mode(SyncMode.BLOCKED_BY_GENESYS_WORK)
    await run.interaction("end")
    await run.statuses("On Queue", "Busy")  # after-call work still counts
    await run.interaction("finish-wrapup")
    await run.statuses("On Queue", "Available")
    assert run.written_rules(mark) == ["R6", "R6-end"]

    mark = len(run.audit())
    await run.genesys("Break")
    await run.statuses("Break", "Transition")
    assert run.written_rules(mark) == ["R3"]


async def test_both_external_routing(running_service) -> None:
    run = await running_service("both-external-routing")
    await run.omni("Busy")
    await run.ready()

    await run.genesys("On Queue")
    await run.statuses("On Queue", "Available - Chat")

    mark = len(run.audit())
    await run.interaction("offer", "chat")
    await run.interaction("answer", "chat")
    chat = await run.work("push", external=True, channel="Chat")
    await run.work("accept", chat)
    await run.until(lambda s: any(i.externally_routed for i in s.omni_work), "the external item")
    await run.statuses("On Queue", "Available - Chat")
    await run.work("close", chat)
    await run.interaction("end", "chat")
    await run.interaction("finish-wrapup", "chat")
    await run.until(lambda s: not s.omni_work, "no Omni work")
    await run.statuses("On Queue", "Available - Chat")
    assert run.written_rules(mark) == []

    case = await run.work("push", channel="Chat")  # a native Omni chat, not routed by Genesys
    await run.work("accept", case)
    await run.statuses("Busy", "Available - Chat")
    await run.work("close", case)
    await run.statuses("On Queue", "Available - Chat")

    await run.genesys("Away")
    await run.statuses("Away", "Busy")
    await run.omni("Available - Chat")
    await run.statuses("On Queue", "Available - Chat")
    mark = len(run.audit())
    await run.omni("Break")
    await run.statuses("Away", "Break")
    assert run.written_rules(mark) == ["R4"]
