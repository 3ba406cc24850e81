"""A network change or a wake from sleep: the service's entry point drops the sockets at once,
reads both products again, and the rules apply to what changed meanwhile."""

from __future__ import annotations

from typing import Any

import pytest

from omnisync.core.decision import SyncMode
from omnisync.core.model import Product
from omnisync.genesys.client import GenesysClient
from support.running import Running

pytestmark = pytest.mark.integration


def genesys_client(run: Running) -> GenesysClient:
    return run.service._connectors[Product.GENESYS].client  # type: ignore[attr-defined, no-any-return]


NO_WATCHDOG = {"heartbeat_timeout": 60.0}
"""Longer than any wait here: only the entry point can find the dead socket in time."""


async def mapped(running_service: Any) -> Running:
    run: Running = await running_service("one-product-at-a-time", genesys=NO_WATCHDOG)
    await run.omni("Busy")
    await run.ready()
    await run.genesys("On Queue")
    await run.mode(SyncMode.MAPPED)
    return run


async def test_after_a_wake_a_change_missed_while_asleep_fires_its_rule(running_service) -> None:
    run = await mapped(running_service)
    connects = genesys_client(run).connects

    # The socket is as good as dead and nobody knows: nothing arrives on it for 60 s.
    await run.sandbox.fault("genesys", "delay_events", seconds=60)
    await run.genesys("Break")  # the agent, while the laptop sleeps
    mark = len(run.audit())
    run.service.network_changed("the computer woke from sleep")
    await run.statuses("Break", "Transition")  # R3 on the edge missed while asleep
    assert run.written_rules(mark) == ["R3"]
    assert genesys_client(run).connects == connects + 1
    assert any("Reconnecting: the computer woke from sleep" in e.trigger for e in run.audit())


async def test_a_network_change_with_nothing_changed_writes_nothing(running_service) -> None:
    run = await mapped(running_service)
    mark = len(run.audit())
    run.service.network_changed("the network changed")
    await run.until(lambda s: not s.problem and s.view.mode is SyncMode.MAPPED, "back")
    await run.genesys("Break")  # and live updates work again on the new socket
    await run.statuses("Break", "Transition")
    assert run.written_rules(mark) == ["R3"]
