"""The Omni presence PushTopic keeps its order: a held-back status event is older news.

Without the console component the desktop follows Omni-Channel through the ``OmniSyncPresence``
topic (docs/salesforce.md). The sandbox's ``reorder_events`` fault holds one delivery back until
the next has gone out; what the service believed, in order, must be a part of what happened, in
order, and end on the truth (see test_event_order.py for the other topics).
"""

from __future__ import annotations

from typing import Any

import pytest

from omnisync.core.decision import SyncMode
from support.order import History, in_order

pytestmark = pytest.mark.integration


@pytest.fixture
def sandbox_settings(sandbox_settings: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    sandbox_settings["salesforce"] = {
        **sandbox_settings.get("salesforce", {}),
        "component_installed": False,
        "initial_status": "Break",
    }
    return sandbox_settings


async def test_a_held_presence_event_does_not_bring_an_older_omni_status_back(
    running_service: Any,
) -> None:
    run = await running_service("both-block-while-working", salesforce={"ack_timeout": 0.5})
    await run.until(
        lambda s: (
            s.view.mode is not SyncMode.OFF
            and s.omni_status is not None
            and s.omni_status.label == "Break"
        ),
        "Omni-Channel read",
    )
    seen = History(run, lambda s: s.omni_status.label if s.omni_status else None)
    steps = ("Offline", "Busy", "Transition", "Available - Chat", "Offline", "Busy", "Break")
    for status in steps:
        # A status event overtaken by the two after it: the next change's end and start rows.
        await run.sandbox.fault("salesforce", "reorder_events", topic="OmniSyncPresence", depth=2)
        await run.omni(status)
    await run.sandbox.post("/control/faults/clear", {})
    await run.omni("Transition")  # the last change: everything before it has been delivered
    await run.until(
        lambda s: s.omni_status is not None and s.omni_status.label == "Transition", "last"
    )
    assert in_order(seen.values, ["Break", *steps, "Transition"]), seen.values
