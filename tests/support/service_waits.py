"""Waiting on a running service's published state, for tests and child scripts that drive a
real app (not through :class:`support.running.Running`, which owns its own watch)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from omnisync.core.decision import SyncMode
from omnisync.service.state import Channel, Health, ServiceState
from omnisync.service.sync_service import SyncService


def linked(s: ServiceState) -> bool:
    """Signed in to both, the console link answering, and sync on."""
    link = s.channels.get(Channel.CONSOLE_LINK)
    return link is not None and link.health is Health.UP and s.view.mode is not SyncMode.OFF


async def until_state(
    service: SyncService, check: Callable[[ServiceState], bool], what: str, wait_s: float = 15
) -> None:
    """Until ``check`` holds for the service's state; an AssertionError naming ``what`` and the
    state's view after ``wait_s`` seconds."""
    changed = asyncio.Event()
    service.on_state(lambda _s: changed.set())

    async def wait() -> None:
        while not check(service.state):
            changed.clear()
            await changed.wait()

    try:
        await asyncio.wait_for(wait(), wait_s)
    except TimeoutError:
        raise AssertionError(f"timed out waiting for {what}: {service.state.view}") from None
