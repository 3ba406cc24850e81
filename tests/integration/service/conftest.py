"""The whole service (connectors, engine, writes) against the sandbox, signed in for real."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from omnisync.auth.store import MemoryTokenStore
from omnisync.core.model import Product
from omnisync.resources import resource_path
from omnisync.sandbox.harness import Sandbox
from omnisync.service.factory import (
    Orgs,
    Places,
    Timing,
    assemble_service,
    build_connectors,
    build_service,
)
from omnisync.service.late_connector import NetworkSide
from omnisync.service.ports import ProductConnector
from omnisync.service.profile_store import ProfileDirs
from omnisync.service.sync_service import SyncService
from omnisync.settings.policy import Policy, PolicyState
from omnisync.timing import Backoff
from support.running import Running, watch


@pytest.fixture
def sandbox_settings(sandbox_settings: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    sandbox_settings["salesforce"] |= {"cometd_timeout": 0.5, "cometd_max_interval": 30.0}
    return sandbox_settings


ServiceFactory = Callable[..., Awaitable[Running]]


@pytest.fixture
async def service_http() -> AsyncIterator[httpx.AsyncClient]:
    """The HTTP client the service's connectors share (a test may add its own hooks)."""
    async with httpx.AsyncClient() as http:
        yield http


@pytest.fixture
async def running_service(
    sandbox: Sandbox,
    browser: Any,
    tmp_path: Path,
    service_http: httpx.AsyncClient,
    link_port: int,
) -> AsyncIterator[ServiceFactory]:
    made: list[SyncService] = []
    sides: list[NetworkSide] = []
    store = MemoryTokenStore()  # one keyring for the test: a restart resumes from it

    async def make(
        profile: str,
        *,
        sign_in: tuple[Product, ...] = (Product.GENESYS, Product.OMNI),
        genesys: dict[str, Any] | None = None,
        salesforce: dict[str, Any] | None = None,
        sandbox_time: bool = False,
        policy: PolicyState | None = None,
        two_step: bool = False,
    ) -> Running:
        """``genesys`` and ``salesforce``: client options over the test defaults;
        ``sandbox_time``: the service lives on the sandbox's clock (its sleeps end when the
        test moves that clock on); ``two_step``: built as the tray app builds it, around
        stand-in connectors whose real ones are built when the service first needs them."""
        clock = sandbox.context.clock
        endpoints = (await sandbox.control.get("/control/endpoints")).json()
        places = Places(
            tmp_path / "data",
            ProfileDirs(resource_path("profiles"), tmp_path / "machine", tmp_path / "user"),
        )
        orgs = Orgs.from_sandbox(endpoints)
        timing = Timing(
            **({"clock": clock.now, "sleep": clock.sleep} if sandbox_time else {}),
            genesys={"heartbeat_timeout": 5.0, **(genesys or {})},
            # a failed read is tried again within a second, not after 30 s
            salesforce={
                "ack_timeout": 3.0,
                "reread_backoff": Backoff(0.2, 1.0),
                "link_ports": (link_port,),
                # the sandbox's component redials every second: a console open before the
                # sign-in is found within the grace, a refused one costs the tests 2 s
                "direct_grace": 2.0,
                **(salesforce or {}),
            },
            confirm_timeout=4.0,
        )
        if two_step:
            in_force = policy or PolicyState(Policy())

            async def connectors() -> tuple[ProductConnector, ProductConnector]:
                return build_connectors(
                    orgs, places, service_http, store, browser, in_force, timing
                )

            network = NetworkSide(connectors)
            sides.append(network)
            service = assemble_service(
                network.genesys,
                network.salesforce,
                places,
                wanted_profile=profile,
                policy=in_force,
                timing=timing,
            )
        else:
            service = build_service(
                orgs,
                places,
                service_http,
                store,
                browser,
                wanted_profile=profile,
                policy=policy,
                timing=timing,
            )
        made.append(service)
        changed = watch(service)
        await service.start()
        for product in sign_in:
            await service.sign_in(product)
        return Running(service, sandbox, store, changed)

    yield make
    for service in made:
        await service.shutdown()
    for side in sides:
        await side.aclose()
