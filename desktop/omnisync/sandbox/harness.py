"""A running sandbox with a control client: for the integration tests, benchmarks and demo.

``async with running_sandbox(settings) as sandbox:`` serves the control API on a free port of
127.0.0.1 (each cloud host on a free port of its own: :meth:`Sandbox.origin`) and drives the
control API in one line per action.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from starlette.applications import Starlette

from omnisync.sandbox.app import create_app
from omnisync.sandbox.part import SandboxContext, SandboxPart
from omnisync.sandbox.parts import build_default_parts
from omnisync.sandbox.server import SandboxServer


@dataclass
class Sandbox:
    base_url: str
    context: SandboxContext
    app: Starlette
    control: httpx.AsyncClient
    """An HTTP client on the sandbox's base URL, for the control API."""

    def origin(self, part: str, host: str) -> str:
        """A cloud host's origin, e.g. ``origin("genesys", "api")``."""
        return self.context.origin(part, host)

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
        if response.status_code != 200:
            raise AssertionError(f"POST {path} {body}: {response.status_code} {response.text}")
        return response.json()  # type: ignore[no-any-return]

    async def fault(self, product: str, kind: str, **spec: Any) -> dict[str, Any]:
        return await self.post("/control/faults", {"product": product, "kind": kind, **spec})


@asynccontextmanager
async def running_sandbox(
    settings: dict[str, dict[str, Any]] | None = None, *, host: str = "127.0.0.1", port: int = 0
) -> AsyncIterator[Sandbox]:
    context = SandboxContext(settings=settings or {})
    app = create_app(build_default_parts(context), context)
    async with (
        SandboxServer(app, host=host, port=port) as server,
        httpx.AsyncClient(base_url=server.base_url) as http,
    ):
        try:
            yield Sandbox(server.base_url, context, app, http)
        finally:
            for part in app.state.parts:
                part.reset()
