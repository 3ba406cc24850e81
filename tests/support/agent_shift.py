"""One agent's scripted shift through the real service on the sandbox, costed per cause.

Shared by the org budget benchmark (tests/bench/test_bench_org_budget.py, a whole shift) and its
smoke test in the integration suite (a tiny shift, counts only). The shift: sign-in, the agent's
status changes, Omni work items, Genesys calls, one reconnect of both products' streams and one
Salesforce token refresh, in that order, each a phase. The costs are the sandbox's own counters
(``GET /control/state``) read before and after each phase, so every call and delivery is put
down to the phase that caused it; they are measured, nothing here assumes a figure.

Profile "both-block-while-working": every status change and every item of work makes the app
write to the other product, so the shift exercises the console link's commands as well as its
reports.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from omnisync.auth.store import MemoryTokenStore
from omnisync.core.decision import SyncMode
from omnisync.core.model import Product
from omnisync.resources import resource_path
from omnisync.salesforce.source import SalesforceSource
from omnisync.sandbox.harness import Sandbox
from omnisync.service.factory import Orgs, Places, Timing, build_service, sandbox_sign_in_page
from omnisync.service.profile_store import ProfileDirs
from omnisync.timing import wall_clock
from support.running import Running, watch

PROFILE = "both-block-while-working"

RECORD = {"direct_link": False}
"""SalesforceSource options for the fallback: the console link through the agent's record."""


@dataclass(frozen=True, slots=True)
class ShiftPlan:
    status_changes: int = 60
    """The agent's own status changes, in pairs (Genesys Break, then Omni Available); the
    reconnect and the token refresh each take one pair of them, to show the streams work."""
    work_items: int = 20
    calls: int = 20
    reconnect: bool = True
    token_refresh: bool = True


@dataclass(slots=True)
class Counts:
    """The sandbox's counters at one moment (or the difference of two moments)."""

    rest: int = 0
    rest_by_target: Counter[str] = field(default_factory=Counter)
    deliveries: int = 0
    deliveries_by_topic: Counter[str] = field(default_factory=Counter)
    oauth: int = 0
    cometd_requests: int = 0
    genesys_api: int = 0
    genesys_by_endpoint: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, calls: dict[str, Any]) -> Counts:
        sf, gen = calls["salesforce"], calls["genesys"]
        return cls(
            sf["rest"],
            Counter(sf["restByTarget"]),
            sf["streamingDeliveries"],
            Counter(sf["deliveriesByTopic"]),
            sf["oauth"],
            sf["cometdRequests"],
            gen["total"],
            Counter(gen["byEndpoint"]),
        )

    def __sub__(self, other: Counts) -> Counts:
        return Counts(
            self.rest - other.rest,
            self.rest_by_target - other.rest_by_target,
            self.deliveries - other.deliveries,
            self.deliveries_by_topic - other.deliveries_by_topic,
            self.oauth - other.oauth,
            self.cometd_requests - other.cometd_requests,
            self.genesys_api - other.genesys_api,
            self.genesys_by_endpoint - other.genesys_by_endpoint,
        )

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.rest + other.rest,
            self.rest_by_target + other.rest_by_target,
            self.deliveries + other.deliveries,
            self.deliveries_by_topic + other.deliveries_by_topic,
            self.oauth + other.oauth,
            self.cometd_requests + other.cometd_requests,
            self.genesys_api + other.genesys_api,
            self.genesys_by_endpoint + other.genesys_by_endpoint,
        )


@dataclass(slots=True)
class Phase:
    name: str
    cost: Counts
    streaming_clients: int
    """Streaming API clients held (desktop CometD + console empApi) at the phase's end."""
    genesys_channels: int
    """Genesys notification channels alive at the phase's end."""
    route: str
    """Which transport carried the console link at the phase's end (direct or record)."""
    desktop_clients_peak: int
    """The most CometD clients the desktop held at once so far (a brief one at sign-in too)."""


@dataclass(slots=True)
class ShiftCost:
    phases: list[Phase]

    @property
    def total(self) -> Counts:
        total = Counts()
        for phase in self.phases:
            total = total + phase.cost
        return total

    @property
    def streaming_clients(self) -> int:
        """The most the agent held at once at a phase's end (concurrency, not a sum)."""
        return max(phase.streaming_clients for phase in self.phases)

    @property
    def desktop_clients_peak(self) -> int:
        return max(phase.desktop_clients_peak for phase in self.phases)

    @property
    def genesys_channels(self) -> int:
        return max(phase.genesys_channels for phase in self.phases)

    def phase(self, name: str) -> Phase:
        return next(p for p in self.phases if p.name == name)


STEP_SECONDS = 60.0
"""Shift time between two steps of the script (a status pair, a work item, a call): the service
sees a shift's pace, not a test's, wherever it measures time (the direct link's message-rate
limit, for one). A day's figures assume one 8-hour shift whatever this is."""


class ShiftClock:
    """Wall time plus the shift time the script says has passed (never behind the wall)."""

    def __init__(self) -> None:
        self._ahead = 0.0

    def __call__(self) -> float:
        return wall_clock() + self._ahead

    def advance(self, seconds: float) -> None:
        self._ahead += seconds


@dataclass
class ShiftRun(Running):
    """The running service, with the shift's clock that the script moves on."""

    clock: ShiftClock = field(default_factory=ShiftClock)


@contextlib.asynccontextmanager
async def shift_service(
    sandbox: Sandbox, folder: Path, salesforce: dict[str, Any] | None = None
) -> AsyncIterator[ShiftRun]:
    """The real service (built as the app builds it) on ``sandbox``, not started yet; it signs
    in through the sandbox's authorize page, which needs no typing. Its clock is a
    :class:`ShiftClock` that :func:`play_shift` moves on between steps."""
    endpoints = (await sandbox.control.get("/control/endpoints")).json()
    places = Places(
        folder / "data", ProfileDirs(resource_path("profiles"), folder / "machine", folder / "user")
    )
    clock = ShiftClock()
    async with (
        httpx.AsyncClient() as http,
        httpx.AsyncClient(follow_redirects=True) as browser,
    ):
        service = build_service(
            Orgs.from_sandbox(endpoints),
            places,
            http,
            MemoryTokenStore(),
            sandbox_sign_in_page(browser),
            wanted_profile=PROFILE,
            timing=Timing(clock=clock, salesforce=dict(salesforce or {})),
        )
        try:
            yield ShiftRun(service, sandbox, None, watch(service), clock)
        finally:
            await service.shutdown()


def salesforce_source(run: Running) -> SalesforceSource:
    return run.service._connectors[Product.OMNI].source  # type: ignore[attr-defined,no-any-return]


async def play_shift(run: ShiftRun, plan: ShiftPlan) -> ShiftCost:
    """Sign in and play ``plan`` on a service built by :func:`shift_service`."""
    phases: list[Phase] = []
    mark = await _counts(run)

    async def phase(name: str, steps: Callable[[], Awaitable[None]]) -> None:
        nonlocal mark
        await steps()
        now = await _counts(run)
        state = await run.sandbox.state()
        clients = sum(state["salesforce"]["streamingClients"].values())
        channels = sum(1 for c in state["genesys"]["channels"] if not c["expired"])
        route = salesforce_source(run).transport.route.value
        peak = state["salesforce"]["cometdClientsPeak"]
        phases.append(Phase(name, now - mark, clients, channels, route, peak))
        mark = now

    pairs = plan.status_changes // 2 - int(plan.reconnect) - int(plan.token_refresh)
    await phase("sign-in", lambda: _sign_in(run))
    await phase(
        f"{2 * pairs} status changes", lambda: _repeat(pairs, lambda: status_pair(run), run.clock)
    )
    await phase(
        f"{plan.work_items} Omni work items",
        lambda: _repeat(plan.work_items, lambda: work_item(run), run.clock),
    )
    await phase(
        f"{plan.calls} Genesys calls",
        lambda: _repeat(plan.calls, lambda: genesys_call(run), run.clock),
    )
    if plan.reconnect:
        await phase(
            "reconnect (+2 status changes)", lambda: _repeat(1, lambda: _reconnect(run), run.clock)
        )
    if plan.token_refresh:
        await phase(
            "token refresh (+2 status changes)",
            lambda: _repeat(1, lambda: _token_refresh(run), run.clock),
        )
    return ShiftCost(phases)


async def _counts(run: Running) -> Counts:
    answer = await run.sandbox.control.get("/control/state", params={"events": 0})
    return Counts.of(answer.json()["apiCalls"])


async def _repeat(times: int, step: Callable[[], Awaitable[None]], clock: ShiftClock) -> None:
    for _ in range(times):
        clock.advance(STEP_SECONDS)
        await step()


async def _sign_in(run: Running) -> None:
    await run.service.start()
    for product in (Product.GENESYS, Product.OMNI):
        await run.service.sign_in(product)
    await run.ready()
    await run.omni("Available")
    await run.statuses("On Queue", "Available")


async def status_pair(run: Running) -> None:
    """Genesys Break (the app sets Omni to Transition), then Omni Available (the app sets
    Genesys On Queue): two status changes by the agent, one write to each product."""
    await run.genesys("Break")
    await run.statuses("Break", "Transition")
    await run.omni("Available")
    await run.statuses("On Queue", "Available")


async def work_item(run: Running) -> None:
    """One Omni item pushed, accepted (Genesys goes Busy) and closed (back On Queue)."""
    work = await run.work("push")
    await run.until(lambda s: len(s.omni_work) == 1, "an offered item")
    await run.work("accept", work)
    await run.statuses("Busy", "Available")
    await run.mode(SyncMode.BLOCKED_BY_SALESFORCE_WORK)
    await run.work("close", work)
    await run.statuses("On Queue", "Available")


async def genesys_call(run: Running) -> None:
    """One Genesys call offered, answered (Omni goes Busy), ended and wrapped up (Available)."""
    await run.interaction("offer")
    await run.interaction("answer")
    await run.statuses("On Queue", "Busy")
    await run.mode(SyncMode.BLOCKED_BY_GENESYS_WORK)
    await run.interaction("end")
    await run.statuses("On Queue", "Busy")
    await run.interaction("finish-wrapup")
    await run.statuses("On Queue", "Available")


async def _reconnect(run: Running) -> None:
    """Both streams drop (a network blip); the pair of status changes after it syncs only
    once both are back. A CometD client that was connected is waited for until it has
    handshaken again (and so has done whatever it does after a reconnect)."""
    cometd = salesforce_source(run).cometd
    had_client = cometd.client_id is not None
    handshakes = cometd.handshakes
    await run.sandbox.fault("genesys", "drop_websocket")
    await run.sandbox.fault("salesforce", "drop_cometd")
    if had_client:
        await cometd.wait_for_handshakes(handshakes + 1)
    await status_pair(run)


async def _token_refresh(run: Running) -> None:
    """Salesforce's access token expires; the next call refreshes it (Genesys's PKCE sign-in
    has no refresh token: its tokens last the shift)."""
    await run.sandbox.fault("salesforce", "expire_session")
    await status_pair(run)
