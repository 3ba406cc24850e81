"""The framework with a part defined here, so it is tested without any product part."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp

from omnisync.sandbox.app import create_app
from omnisync.sandbox.part import FaultError, SandboxContext
from omnisync.sandbox.server import SandboxServer


class EchoPart:
    name = "echo"

    def __init__(self, context: SandboxContext) -> None:
        self.context = context
        self.calls = 0
        self.broken = False

    def hosts(self) -> dict[str, ASGIApp]:
        async def hello(request: Request) -> Response:
            self.calls += 1
            if self.broken:
                return JSONResponse({"error": "broken"}, status_code=503)
            return JSONResponse({"hello": "world", "at": str(request.base_url)})

        async def home(request: Request) -> Response:
            return JSONResponse({"host": "www"})

        return {
            "api": Starlette(routes=[Route("/hello", hello)]),
            "www": Starlette(routes=[Route("/", home)]),
        }

    def control_routes(self) -> list[BaseRoute]:
        async def poke(request: Request) -> Response:
            self.context.events.record(self.name, "poked", "agent")
            return JSONResponse({"poked": True})

        return [Route("/echo/poke", poke, methods=["POST"])]

    def state(self) -> dict[str, Any]:
        return {"broken": self.broken}

    def reset(self) -> None:
        self.broken = False
        self.calls = 0

    def endpoints(self, origins: Mapping[str, str]) -> dict[str, Any]:
        return dict(origins)

    def fault(self, spec: dict[str, Any]) -> bool:
        if spec["kind"] != "break":
            return False
        if not isinstance(spec.get("on", True), bool):
            raise FaultError('"on" must be true or false')
        self.broken = spec.get("on", True)
        return True

    def api_calls(self) -> dict[str, Any]:
        return {"total": self.calls}


async def test_framework_serves_parts_and_the_shared_control_api() -> None:
    context = SandboxContext()
    part = EchoPart(context)
    app = create_app([part], context)
    async with (
        SandboxServer(app, port=0) as server,
        httpx.AsyncClient(base_url=server.base_url) as http,
    ):
        assert server.port > 0
        assert server.base_url == f"http://127.0.0.1:{server.port}"
        # Each host at the root of a port of its own; the control API only on the main port.
        endpoints = (await http.get("/control/endpoints")).json()
        api, www = endpoints["echo"]["api"], endpoints["echo"]["www"]
        assert endpoints == {"echo": {"api": api, "www": www}}
        assert server.origins == {"echo.api": api, "echo.www": www}
        assert len({api, www, server.base_url}) == 3
        assert all(origin.startswith("http://127.0.0.1:") for origin in (api, www))
        base_url = api
        assert (await http.get(f"{api}/hello")).json() == {"hello": "world", "at": f"{api}/"}
        assert (await http.get(f"{www}/")).json() == {"host": "www"}
        assert (await http.get(f"{www}/hello")).status_code == 404
        assert (await http.get(f"{api}/control/state")).status_code == 404
        assert (await http.get("/hello")).status_code == 404
        # statuses() is optional: a part without an org's status list is simply left out.
        assert (await http.get("/control/statuses")).json() == {}

        await http.post("/control/echo/poke")
        state = (await http.get("/control/state")).json()
        assert state["echo"] == {"broken": False}
        assert state["apiCalls"] == {"echo": {"total": 1}}
        assert [(e["product"], e["what"], e["by"]) for e in state["events"]] == [
            ("echo", "poked", "agent")
        ]

        applied = await http.post("/control/faults", json={"kind": "break"})
        assert applied.json()["product"] == "echo"
        assert (await http.get(f"{api}/hello")).status_code == 503

        bad = await http.post("/control/faults", json={"kind": "break", "on": "yes"})
        assert bad.status_code == 400
        assert "true or false" in bad.json()["error"]
        unknown = await http.post("/control/faults", json={"kind": "meteor"})
        assert unknown.status_code == 400
        missing = await http.post("/control/faults", json={"product": "nope", "kind": "break"})
        assert missing.status_code == 404
        garbage = await http.post("/control/faults", content=b"{not json")
        assert garbage.status_code == 400

        await http.post("/control/clock", json={"advance": 3600})
        assert context.clock.now() > (await http.get("/control/state")).json()["clock"] - 1

        await http.post("/control/reset")
        state = (await http.get("/control/state")).json()
        assert state["echo"] == {"broken": False}
        assert state["apiCalls"] == {"echo": {"total": 0}}
        assert [e["what"] for e in state["events"]] == ["reset to the initial state"]
    # stopped: the port no longer answers
    async with httpx.AsyncClient() as http:
        try:
            await http.get(f"{base_url}/hello")
        except httpx.ConnectError:
            pass
        else:
            raise AssertionError("the sandbox still answers after stop")


def test_cli_registers_the_sandbox_subcommand() -> None:
    from omnisync.cli import build_parser

    args = build_parser().parse_args(["sandbox", "--port", "0", "--host", "127.0.0.1"])
    assert args.port == 0
    assert callable(args.func)
