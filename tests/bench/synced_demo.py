"""The demo's own wiring (sandbox plus the real service), for the benches.

``demo_service``: both in this process. ``remote_demo``: the same wiring with the sandbox in
another process (``apps/demo_sandbox.py``), so this process holds the app alone. The service is
built but not started, so a bench can read the sandbox's counters first. The console link is
always on a port of the bench's own (``support.ports``), never on the registered range, where a
running demo or another checkout's tests listen and dial.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any
from unittest import mock

import httpx

import omnisync.demo
from omnisync.demo import DemoOptions, build_demo
from omnisync.sandbox.harness import Sandbox
from omnisync.service.sync_service import SyncService
from support.ports import private_demo
from support.running import Running, watch


@contextlib.asynccontextmanager
async def demo_service(profile: str) -> AsyncIterator[Running]:
    async with contextlib.AsyncExitStack() as resources:
        service, sandbox = await build_demo(resources, private_demo(profile))
        run = Running(service, sandbox, None, watch(service))
        try:
            yield run
        finally:
            await service.shutdown()


@contextlib.asynccontextmanager
async def _sandbox_at(base_url: str) -> AsyncIterator[Sandbox]:
    """A sandbox served by another process: only its control API is reachable from here."""
    async with httpx.AsyncClient(base_url=base_url) as control:
        yield Sandbox(base_url, None, None, control)  # type: ignore[arg-type]


@contextlib.contextmanager
def sandbox_elsewhere(base_url: str) -> Iterator[None]:
    """While inside, ``build_demo`` wires the service to the sandbox at ``base_url`` instead of
    serving one in this process (that process runs with the demo's ``SANDBOX_SETTINGS``)."""

    def elsewhere(_settings: Any, *, port: int) -> contextlib.AbstractAsyncContextManager[Sandbox]:
        return _sandbox_at(base_url)

    with mock.patch.object(omnisync.demo, "running_sandbox", elsewhere):
        yield


async def remote_demo(
    resources: contextlib.AsyncExitStack,
    base_url: str,
    profile: str,
    link_ports: tuple[int, ...],
    direct_grace: float | None = None,
) -> tuple[SyncService, Running]:
    """The demo's service on the sandbox at ``base_url``, and the waits a bench drives it with;
    ``link_ports``: as that sandbox was told (``apps/demo_sandbox.py <port>``);
    ``direct_grace``: see ``DemoOptions``."""
    with sandbox_elsewhere(base_url):
        service, sandbox = await build_demo(
            resources,
            DemoOptions(
                port=0,
                profile=profile,
                browser=False,
                link_ports=link_ports,
                direct_grace=direct_grace,
            ),
        )
    return service, Running(service, sandbox, None, watch(service))
