"""The sandbox ASGI app: every part's routes plus the shared control API.

Shared control routes: ``GET /control/state``, ``POST /control/faults``, ``POST /control/reset``,
``GET /control/endpoints`` and ``POST /control/clock`` (move the sandbox clock forward).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route

from omnisync.sandbox.part import FaultError, SandboxContext, SandboxPart
from omnisync.sandbox.web import BadRequest, base_url_of, error, read_json_object


def create_app(parts: Sequence[SandboxPart], context: SandboxContext) -> Starlette:
    names = [part.name for part in parts]
    if len(set(names)) != len(names):
        raise ValueError(f"two sandbox parts share a name: {names}")

    async def state(request: Request) -> Response:
        body: dict[str, Any] = {part.name: part.state() for part in parts}
        body["apiCalls"] = {part.name: part.api_calls() for part in parts}
        body["events"] = context.events.recent(int(request.query_params.get("events", "100")))
        body["clock"] = context.clock.now()
        return JSONResponse(body)

    async def faults(request: Request) -> Response:
        try:
            spec = await read_json_object(request)
        except BadRequest as exc:
            return error(str(exc), exc.status)
        if not isinstance(spec.get("kind"), str):
            return error('a fault needs "kind" (and "product" when two parts know the kind)')
        product = spec.get("product")
        candidates = [p for p in parts if product is None or p.name == product]
        if not candidates:
            return error(f"no sandbox part is called {product!r}; parts: {names}", 404)
        for part in candidates:
            try:
                if part.fault(spec):
                    return JSONResponse({"applied": spec, "product": part.name})
            except FaultError as exc:
                return error(str(exc))
        return error(f"no part handles the fault kind {spec['kind']!r}")

    async def reset(request: Request) -> Response:
        for part in parts:
            part.reset()
        context.clock.reset()
        context.events.clear()
        context.events.record("sandbox", "reset to the initial state", "system")
        return JSONResponse({"reset": names})

    async def endpoints(request: Request) -> Response:
        base = base_url_of(request)
        return JSONResponse({part.name: part.endpoints(base) for part in parts})

    async def clock(request: Request) -> Response:
        try:
            body = await read_json_object(request)
            seconds = float(body.get("advance", 0))
            context.clock.advance(seconds)
        except (BadRequest, ValueError, TypeError) as exc:
            return error(f'send {{"advance": seconds}} with seconds >= 0 ({exc})')
        return JSONResponse({"now": context.clock.now()})

    control: list[BaseRoute] = [
        Route("/state", state, methods=["GET"]),
        Route("/faults", faults, methods=["POST"]),
        Route("/reset", reset, methods=["POST"]),
        Route("/endpoints", endpoints, methods=["GET"]),
        Route("/clock", clock, methods=["POST"]),
    ]
    routes: list[BaseRoute] = []
    for part in parts:
        control.extend(part.control_routes())
        routes.extend(part.routes())
    app = Starlette(routes=[Mount("/control", routes=control), *routes])
    app.state.parts = list(parts)
    app.state.context = context
    return app
