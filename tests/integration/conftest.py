"""The sandbox over real sockets, one per test, with timings shrunk for speed.

``sandbox`` starts every default part (Genesys, and Salesforce once merged) on a free port of
127.0.0.1. Parts read their settings from ``SANDBOX_SETTINGS`` below: extend it for a new part.
``browser`` is an OAuth opener that follows redirects like a browser would.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest

from omnisync.sandbox.harness import Sandbox, running_sandbox

SANDBOX_SETTINGS: dict[str, dict[str, Any]] = {
    "genesys": {
        "heartbeat_interval": 0.2,
        "offer_timeout": 1.0,
        "socket_closing_grace": 0.5,
    },
}


@pytest.fixture
async def browser() -> AsyncIterator[Callable[[str], Awaitable[None]]]:
    async with httpx.AsyncClient(follow_redirects=True) as http:

        async def open_url(url: str) -> None:
            response = await http.get(url)
            response.raise_for_status()

        yield open_url


@pytest.fixture
def sandbox_settings() -> dict[str, dict[str, Any]]:
    return {name: dict(values) for name, values in SANDBOX_SETTINGS.items()}


@pytest.fixture
async def sandbox(sandbox_settings: dict[str, dict[str, Any]]) -> AsyncIterator[Sandbox]:
    async with running_sandbox(sandbox_settings) as running:
        yield running
