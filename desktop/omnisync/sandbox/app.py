"""The sandbox ASGI apps: the shared control API and page (the main port) and each part's hosts.

:func:`create_app` returns the main app; ``app.state.hosts`` holds every part's host apps by
``<part>.<host>``, which :class:`~omnisync.sandbox.server.SandboxServer` serves on ports of their
own, writing their origins to ``app.state.origins`` (the context's, so parts can name them).

Shared control routes: ``GET /control/state``, ``GET /control/stream`` (the state as
Server-Sent Events), ``GET /control/statuses`` (both orgs' status lists), ``POST /control/faults``,
``POST /control/faults/clear`` (disarm every armed fault), ``POST /control/reset``,
``GET /control/endpoints``, ``POST /control/clock`` (move the sandbox clock forward), and the
control page at ``/`` and ``/control/page``.

Settings under ``SandboxContext.settings["control"]``: ``stream_keepalive`` (15 s between
keep-alive comments on a quiet stream).
"""

from __future__ import annotations

import reprlib
from collections.abc import Sequence
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp

from omnisync.sandbox import control_page
from omnisync.sandbox.part import FaultError, ListsStatuses, SandboxContext, SandboxPart
from omnisync.sandbox.stream import state_stream
from omnisync.sandbox.web import BadRequest, error, event_count, read_json_object


def create_app(parts: Sequence[SandboxPart], context: SandboxContext) -> Starlette:
    names = [part.name for part in parts]
    if len(set(names)) != len(names):
        raise ValueError(f"two sandbox parts share a name: {names}")

    def snapshot(events: int) -> dict[str, Any]:
        body: dict[str, Any] = {part.name: part.state() for part in parts}
        body["apiCalls"] = {part.name: part.api_calls() for part in parts}
        body["events"] = context.events.recent(events)
        body["clock"] = context.clock.now()
        return body

    async def state(request: Request) -> Response:
        try:
            return JSONResponse(snapshot(event_count(request)))
        except BadRequest as exc:
            return error(str(exc), exc.status)

    def status_lists() -> dict[str, Any]:
        return {part.name: part.statuses() for part in parts if isinstance(part, ListsStatuses)}

    async def statuses(request: Request) -> Response:
        return JSONResponse(status_lists())

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

    async def clear_faults(request: Request) -> Response:
        for part in parts:
            part.clear_faults()
        context.events.record("sandbox", "faults cleared", "system")
        return JSONResponse({"cleared": names})

    async def reset(request: Request) -> Response:
        for part in parts:
            part.reset()
        context.clock.reset()
        context.events.clear()
        context.events.record("sandbox", "reset to the initial state", "system")
        return JSONResponse({"reset": names})

    host_apps: dict[str, ASGIApp] = {}
    roles: dict[str, list[str]] = {}
    for part in parts:
        for role, host_app in part.hosts().items():
            host_apps[f"{part.name}.{role}"] = host_app
            roles.setdefault(part.name, []).append(role)

    async def endpoints(request: Request) -> Response:
        try:
            body = {
                part.name: part.endpoints(
                    {role: context.origin(part.name, role) for role in roles.get(part.name, [])}
                )
                for part in parts
            }
        except LookupError as exc:
            return error(str(exc), 503)
        return JSONResponse(body)

    async def clock(request: Request) -> Response:
        try:
            body = await read_json_object(request)
            seconds = body.get("advance", 0)
            if not isinstance(seconds, int | float) or isinstance(seconds, bool):
                raise ValueError(
                    f'"advance" must be a number of seconds, not {reprlib.repr(seconds)}'
                )
            context.clock.advance(seconds)
        except (BadRequest, ValueError) as exc:
            return error(f'send {{"advance": seconds}} with seconds >= 0 ({exc})')
        context.events.record("sandbox", f"clock moved {seconds:g} s on", "system")
        return JSONResponse({"now": context.clock.now()})

    page_root, page_control = control_page.routes(
        lambda: {"statuses": status_lists(), "state": snapshot(100)}
    )
    keepalive = float(context.settings_for("control").get("stream_keepalive", 15.0))
    control: list[BaseRoute] = [
        Route("/state", state, methods=["GET"]),
        Route("/stream", state_stream(context.events, snapshot, keepalive), methods=["GET"]),
        Route("/statuses", statuses, methods=["GET"]),
        Route("/faults", faults, methods=["POST"]),
        Route("/faults/clear", clear_faults, methods=["POST"]),
        Route("/reset", reset, methods=["POST"]),
        Route("/endpoints", endpoints, methods=["GET"]),
        Route("/clock", clock, methods=["POST"]),
        *page_control,
    ]
    for part in parts:
        control.extend(part.control_routes())
    app = Starlette(routes=[Mount("/control", routes=control), *page_root])
    app.state.parts = list(parts)
    app.state.context = context
    app.state.hosts = host_apps
    app.state.origins = context.origins

    def close_streams() -> None:
        context.events.close()
        for part in parts:
            close = getattr(part, "close_streams", None)
            if callable(close):
                close()

    app.state.close_streams = close_streams
    return app
