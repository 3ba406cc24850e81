"""The sandbox over real sockets, one per test, with timings shrunk for speed.

``sandbox`` starts every default part (Genesys, and Salesforce once merged) on a free port of
127.0.0.1. Parts read their settings from ``SANDBOX_SETTINGS`` below: extend it for a new part.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from omnisync.sandbox.app import create_app
from omnisync.sandbox.part import SandboxContext, SandboxPart
from omnisync.sandbox.parts import build_default_parts
from omnisync.sandbox.server import SandboxServer

SANDBOX_SETTINGS: dict[str, dict[str, Any]] = {
    "genesys": {
        "heartbeat_interval": 0.2,
        "offer_timeout": 1.0,
        "socket_closing_grace": 0.5,
    },
}


@dataclass
class Sandbox:
    base_url: str
    context: SandboxContext
    app: Starlette
    control: httpx.AsyncClient
    """An HTTP client on the sandbox's base URL, for the control API."""

    def part(self, name: str) -> SandboxPart:
        for part in self.app.state.parts:
            if part.name == name:
                return part  # type: ignore[no-any-return]
        raise KeyError(name)

    async def state(self) -> dict[str, Any]:
        response = await self.control.get("/control/state")
        response.raise_for_status()
        return response.json()  # type: ignore[no-any-return]

    async def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await self.control.post(path, json=body)
        assert response.status_code == 200, response.text
        return response.json()  # type: ignore[no-any-return]

    async def fault(self, product: str, kind: str, **spec: Any) -> dict[str, Any]:
        return await self.post("/control/faults", {"product": product, "kind": kind, **spec})


@pytest.fixture
def sandbox_settings() -> dict[str, dict[str, Any]]:
    return {name: dict(values) for name, values in SANDBOX_SETTINGS.items()}


@pytest.fixture
async def sandbox(sandbox_settings: dict[str, dict[str, Any]]) -> AsyncIterator[Sandbox]:
    context = SandboxContext(settings=sandbox_settings)
    app = create_app(build_default_parts(context), context)
    async with SandboxServer(app) as server, httpx.AsyncClient(base_url=server.base_url) as http:
        yield Sandbox(server.base_url, context, app, http)
        for part in app.state.parts:
            part.reset()
