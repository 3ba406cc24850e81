"""A network change or a wake from sleep: the service's entry point drops the sockets at once,
reads both products again, and the rules apply to what changed meanwhile."""

from __future__ import annotations

import asyncio
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


async def test_a_wake_drops_the_salesforce_long_poll_and_reads_omni_again(running_service) -> None:
    """The long poll a sleep left dead would end only at its own timeout (110 s): the entry
    point drops it, streaming handshakes again at once, and Omni-Channel is read again."""
    run: Running = await running_service("one-product-at-a-time", salesforce={"link_origins": ()})
    await run.omni("Busy")
    await run.ready()  # over the record: streaming is live, a connect is held open
    salesforce = run.sandbox.part("salesforce")
    before: dict[str, Any] = salesforce.api_calls()  # type: ignore[attr-defined]
    presence = "query UserServicePresence"
    run.service.network_changed("the computer woke from sleep")

    async def again() -> dict[str, Any]:
        while True:
            now: dict[str, Any] = salesforce.api_calls()  # type: ignore[attr-defined]
            read = now["restByTarget"].get(presence, 0)
            if now["cometdHandshakes"] > before["cometdHandshakes"] and read > before[
                "restByTarget"
            ].get(presence, 0):
                return now
            await asyncio.sleep(0.05)

    async with asyncio.timeout(3):  # far inside the held connect's 110 s
        await again()
    await run.omni("Available")  # and the new connection streams
    await run.until(lambda s: s.omni_status is not None and s.omni_status.label == "Available", "")
