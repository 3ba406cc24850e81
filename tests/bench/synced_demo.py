"""The demo's own wiring (sandbox plus the real service) in this process, for in-process benches.

The service is built but not started, so a bench can read the sandbox's counters first.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from omnisync.demo import DemoOptions, build_demo
from support.running import Running, watch


@contextlib.asynccontextmanager
async def demo_service(profile: str) -> AsyncIterator[Running]:
    async with contextlib.AsyncExitStack() as resources:
        service, sandbox = await build_demo(
            resources, DemoOptions(port=0, profile=profile, browser=False)
        )
        run = Running(service, sandbox, None, watch(service))
        try:
            yield run
        finally:
            await service.shutdown()
