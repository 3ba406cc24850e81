"""Genesys's idle token timeout, on the sandbox's clock: the agent is warned before the org ends
the app's session and told plainly once it has; the administrator's keep-alive keeps it."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from omnisync.core.decision import SyncMode
from omnisync.core.model import Product
from omnisync.service.state import Remedy, ServiceState, SignIn
from omnisync.settings.policy import GenesysSession, Policy, PolicyState
from support.running import Running

pytestmark = pytest.mark.integration

TIMEOUT = 900  # the org's setting: 15 minutes (the HIPAA maximum)


@pytest.fixture
def sandbox_settings(sandbox_settings: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    sandbox_settings["genesys"]["idle_token_timeout"] = TIMEOUT
    return sandbox_settings


def idle_task(state: ServiceState) -> Any:
    return next((t for t in state.must_do if t.idle_minutes), None)


async def mapped(run: Running) -> None:
    await run.omni("Busy")
    await run.ready()
    await run.genesys("On Queue")
    await run.mode(SyncMode.MAPPED)


def last_app_call(run: Running) -> float:
    return run.service._connectors[Product.GENESYS].client.rest.last_used_at  # type: ignore[attr-defined, no-any-return]


def advance_to(run: Running, at: float) -> None:
    """Move the sandbox's clock (which the service lives on) to ``at``."""
    clock = run.sandbox.context.clock
    clock.advance(max(0.0, at - clock.now()))


async def test_the_agent_is_warned_then_told_to_sign_in_again(running_service) -> None:
    run = await running_service("one-product-at-a-time", sandbox_time=True)
    await mapped(run)
    last = last_app_call(run)

    advance_to(run, last + TIMEOUT - 299)  # the warning: five minutes before the end
    soon = await run.until(lambda s: idle_task(s) is not None, "the idle warning")
    task = idle_task(soon)
    assert soon.genesys.sign_in is SignIn.SIGN_IN_SOON
    assert task.remedy is Remedy.SIGN_IN_GENESYS and not task.urgent
    assert task.idle_minutes == 15 and task.until == pytest.approx(last + TIMEOUT, abs=1)
    assert (await run.sandbox.state())["genesys"]["idleTokenTimeout"]["revoked"] == 0

    advance_to(run, last + TIMEOUT + 3)  # past the end: the app checks, the org has ended it
    ended = await run.until(lambda s: s.genesys.sign_in is SignIn.EXPIRED, "the session ended")
    task = idle_task(ended)
    assert task is not None and task.urgent and task.until is None
    assert "15 minutes without activity" in task.text
    assert ended.view.mode is SyncMode.SUSPENDED
    genesys = (await run.sandbox.state())["genesys"]
    assert genesys["idleTokenTimeout"]["revoked"] == 1

    await run.service.sign_in(Product.GENESYS)  # what the agent is asked to do
    await run.until(lambda s: s.genesys.sign_in is SignIn.SIGNED_IN, "signed in again")
    await run.mode(SyncMode.MAPPED)
    assert idle_task(run.service.state) is None
    await run.genesys("Break")
    await run.statuses("Break", "Transition")


async def test_a_write_by_the_app_is_activity_and_lifts_the_warning(running_service) -> None:
    run = await running_service("one-product-at-a-time", sandbox_time=True)
    await run.omni("Busy")
    await run.ready()
    await run.genesys("Break")
    await run.statuses("Break", "Busy")
    advance_to(run, last_app_call(run) + TIMEOUT - 200)
    await run.until(lambda s: idle_task(s) is not None, "the idle warning")
    await run.omni("Busy")  # the agent picks the mapped status: R2 sets Genesys On Queue
    await run.omni("Available")
    await run.omni("Busy")
    await run.until(
        lambda s: s.genesys.sign_in is SignIn.SIGNED_IN and idle_task(s) is None, "no warning"
    )
    await run.statuses("On Queue", "Busy")
    assert (await run.sandbox.state())["genesys"]["idleTokenTimeout"]["revoked"] == 0


async def test_the_keep_alive_policy_keeps_the_session(running_service, service_http) -> None:
    kept_alive = asyncio.Event()

    async def on_response(response: httpx.Response) -> None:
        request = response.request
        if request.method == "HEAD" and request.url.path == "/api/v2/tokens/me":
            kept_alive.set()

    service_http.event_hooks["response"].append(on_response)
    policy = PolicyState(Policy(genesys_session=GenesysSession(keep_alive=True)))
    run = await running_service("one-product-at-a-time", sandbox_time=True, policy=policy)
    await mapped(run)
    for _ in range(3):  # three timeouts' worth of idleness, each cut short by one cheap call
        kept_alive.clear()
        advance_to(run, last_app_call(run) + TIMEOUT - 59)
        await asyncio.wait_for(kept_alive.wait(), 8)
    assert (await run.sandbox.state())["genesys"]["idleTokenTimeout"]["revoked"] == 0
    assert idle_task(run.service.state) is None
    assert run.service.state.genesys.sign_in is SignIn.SIGNED_IN
    await run.genesys("Break")  # the session still works: R3 moves Omni-Channel
    await run.statuses("Break", "Transition")


async def test_an_unreadable_setting_falls_back_to_the_policy(running_service) -> None:
    policy = PolicyState(Policy(genesys_session=GenesysSession(idle_timeout_minutes=15)))
    run = await running_service("one-product-at-a-time", sandbox_time=True, policy=policy)
    await run.sandbox.post("/control/genesys/idle-timeout", {"seconds": TIMEOUT, "readable": False})
    await run.service.sign_out(Product.GENESYS)  # a new session reads the setting again
    await run.service.sign_in(Product.GENESYS)
    await mapped(run)
    advance_to(run, last_app_call(run) + TIMEOUT - 299)
    soon = await run.until(lambda s: idle_task(s) is not None, "the idle warning")
    assert idle_task(soon).idle_minutes == 15
