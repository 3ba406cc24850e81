"""The write to the other product leaves before the audit entry and the state a person reads."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from omnisync.core.decision import Decision
from omnisync.core.memory import EngineMemory
from omnisync.core.model import GenesysPresenceObserved, Observation, Tick
from omnisync.service import sync_service
from omnisync.service.audit import AuditEntry, Outcome
from omnisync.service.state import ServiceState
from support.running import Running

pytestmark = pytest.mark.integration


def _spy_on_sends(http: httpx.AsyncClient, order: list[str]) -> None:
    """Note each request whose body has been written to the socket (httpcore's trace)."""

    async def spy(request: httpx.Request) -> None:
        inner = request.extensions.get("trace")

        async def trace(event: str, info: dict[str, Any]) -> None:
            if event.endswith("send_request_body.complete"):
                order.append(f"sent {request.method} {request.url.path}")
            if inner is not None:
                await inner(event, info)

        request.extensions["trace"] = trace

    http.event_hooks = {**http.event_hooks, "request": [*http.event_hooks["request"], spy]}


async def _synced_and_spied(
    running_service: Callable[..., Awaitable[Running]], service_http: httpx.AsyncClient
) -> tuple[Running, list[str]]:
    """Genesys On Queue and Omni Available, in sync on the record link; sends noted from now."""
    run = await running_service("both-block-while-working", salesforce={"link_origins": ()})
    await run.omni("Available")
    await run.genesys("On Queue")
    await run.ready()
    await run.statuses("On Queue", "Available")
    order: list[str] = []
    _spy_on_sends(service_http, order)
    return run, order


@pytest.mark.parametrize(
    ("agent", "rule", "write"),
    [
        ("genesys", "R1", "/sobjects/OmniSync_Link__c/"),  # Omni's write: the link upsert
        ("omni", "R4", "/presences/purecloud"),  # Genesys's presence PATCH
    ],
)
async def test_the_write_leaves_before_audit_and_state(
    running_service, service_http: httpx.AsyncClient, agent: str, rule: str, write: str
) -> None:
    # On the record link (the console's origin not allowed): the write is an HTTP request.
    run = await running_service("one-product-at-a-time", salesforce={"link_origins": ()})
    await run.omni("Transition")
    await run.ready()
    if agent == "omni":  # as in scenario 1: Omni is Busy, the mapped status, when it changes
        await run.genesys("On Queue")
        await run.statuses("On Queue", "Busy")
    order: list[str] = []
    _spy_on_sends(service_http, order)

    def on_audit(entry: AuditEntry) -> None:
        if entry.outcome is Outcome.PENDING:
            order.append(f"audit {entry.rule}")

    def on_state(_state: ServiceState) -> None:
        order.append("state")

    run.service.on_audit(on_audit)
    run.service.on_state(on_state)
    if agent == "genesys":
        await run.genesys("On Queue")
        await run.statuses("On Queue", "Busy")
    else:
        await run.omni("Available")
        await run.statuses("Available", "Available")
    assert f"audit {rule}" in order, order
    decided = order.index(f"audit {rule}")
    writes = [i for i, step in enumerate(order) if step.startswith("sent PATCH") and write in step]
    assert writes, order
    sent = writes[0]
    assert sent < decided, order
    assert "state" not in order[:sent], order  # nothing a person reads changed before it left


async def test_the_memory_file_is_written_after_the_write_left(
    running_service, service_http: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saving what a restart needs flushes a file to disk (milliseconds): after the write."""
    run, order = await _synced_and_spied(running_service, service_http)
    real_save = sync_service.save_memory

    def noted_save(path: Path, memory: EngineMemory) -> None:
        order.append("memory saved")
        real_save(path, memory)

    monkeypatch.setattr(sync_service, "save_memory", noted_save)
    await run.genesys("Break")  # R3: Omni to its transition status, a promise to keep
    await run.statuses("Break", "Transition")
    assert "memory saved" in order, order
    writes = [i for i, step in enumerate(order) if step.startswith("sent PATCH")]
    assert writes, order
    assert writes[0] < order.index("memory saved"), order


async def test_an_event_that_comes_while_the_write_is_leaving_waits_for_it(
    running_service, service_http: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The routing status arrives a moment after the presence it goes with: its decision (the
    engine, its audit entry, the state) waited for nothing before, and delayed the write."""
    run, order = await _synced_and_spied(running_service, service_http)
    engine = run.service.engine
    real_handle = engine.handle

    def noted_handle(observation: Observation) -> Decision:
        order.append(f"handled {type(observation).__name__}")
        decision = real_handle(observation)
        if decision.actions and isinstance(observation, GenesysPresenceObserved):
            # The next event, on the next turn of the loop: before the write reaches its socket.
            asyncio.get_running_loop().call_soon(run.service.observe, Tick(decision.at))
        return decision

    monkeypatch.setattr(engine, "handle", noted_handle)
    await run.genesys("Break")  # R3: Omni to its transition status
    await run.statuses("Break", "Transition")
    decided = order.index("handled GenesysPresenceObserved")
    sent = next(i for i, step in enumerate(order) if step.startswith("sent PATCH"))
    assert decided < sent < order.index("handled Tick"), order
