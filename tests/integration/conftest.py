"""The sandbox over real sockets, one per test, with timings shrunk for speed.

``sandbox`` starts every default part (Genesys, and Salesforce once merged) on a free port of
127.0.0.1. Parts read their settings from ``SANDBOX_SETTINGS`` below: extend it for a new part.
``browser`` is an OAuth opener that follows redirects like a browser would.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest

from omnisync.sandbox.harness import Sandbox, running_sandbox
from support.ports import free_port

SANDBOX_SETTINGS: dict[str, dict[str, Any]] = {
    "genesys": {
        "heartbeat_interval": 0.2,
        "offer_timeout": 1.0,
        "socket_closing_grace": 0.5,
    },
}


STUCK_AFTER = 90.0
"""Seconds before pytest-timeout's 120 s: long enough that only a hang gets here."""


@pytest.fixture(autouse=True)
async def tasks_dumped_if_stuck(request: pytest.FixtureRequest) -> AsyncIterator[None]:
    """A hung test (or its teardown) prints every task's stack: pytest-timeout alone shows
    only the event loop waiting in select(), which says nothing about which await hangs."""
    loop = asyncio.get_running_loop()

    def dump() -> None:
        print(f"\n{request.node.nodeid}: stuck for {STUCK_AFTER:.0f} s; tasks:", file=sys.stderr)
        for task in list(asyncio.all_tasks(loop)):
            task.print_stack(limit=8, file=sys.stderr)

    timer = threading.Timer(STUCK_AFTER, dump)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


@pytest.fixture
async def browser() -> AsyncIterator[Callable[[str], Awaitable[None]]]:
    async with httpx.AsyncClient(follow_redirects=True) as http:

        async def open_url(url: str) -> None:
            response = await http.get(url)
            response.raise_for_status()

        yield open_url


@pytest.fixture
def link_port() -> int:
    """The one port where this test's desktop listens for the direct console link and where
    the sandbox's console component dials it."""
    return free_port()


@pytest.fixture
def sandbox_settings(link_port: int) -> dict[str, dict[str, Any]]:
    settings = {name: dict(values) for name, values in SANDBOX_SETTINGS.items()}
    # The component redials 5 times a second at first (1 s in the demo): well within the
    # service tests' 2 s grace for the direct link, even on a loaded machine.
    settings["salesforce"] = {"link_ports": [link_port], "direct_retry": 0.2}
    return settings


@pytest.fixture
async def sandbox(sandbox_settings: dict[str, dict[str, Any]]) -> AsyncIterator[Sandbox]:
    async with running_sandbox(sandbox_settings) as running:
        yield running
