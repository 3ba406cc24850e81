"""The documented scenarios end to end: the sandbox plays the agent, the real service syncs."""

from __future__ import annotations

import pytest

from omnisync.core.decision import SyncMode

pytestmark = pytest.mark.integration


async def test_one_product_at_a_time(running_service) -> None:
    run = await running_service("one-product-at-a-time")
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
