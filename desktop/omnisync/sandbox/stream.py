"""``GET /control/stream``: the sandbox state pushed as Server-Sent Events.

A new ``state`` event goes out whenever the event log changes (the log's own change signal, no
timer), and a comment line every ``keepalive`` seconds of quiet so proxies and browsers keep the
connection open. The stream ends when the sandbox stops (:meth:`EventLog.close`).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from omnisync.sandbox.events import EventLog
from omnisync.sandbox.web import BadRequest, error, event_count

RECONNECT_MS = 2000
"""Told to EventSource: how soon to reconnect after the sandbox restarts."""


def state_stream(
    events: EventLog, snapshot: Callable[[int], dict[str, Any]], keepalive: float
) -> Callable[[Request], Awaitable[Response]]:
    """The endpoint; ``snapshot(n)`` is the ``/control/state`` body with ``n`` recent events."""

    async def endpoint(request: Request) -> Response:
        try:
            count = event_count(request)
        except BadRequest as exc:
            return error(str(exc), exc.status)
        return StreamingResponse(
            _frames(events, lambda: snapshot(count), keepalive),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    return endpoint


async def _frames(
    events: EventLog, snapshot: Callable[[], dict[str, Any]], keepalive: float
) -> AsyncIterator[str]:
    yield f"retry: {RECONNECT_MS}\n\n"
    seen = events.version
    yield _state_frame(seen, snapshot())
    while True:
        try:
            async with asyncio.timeout(keepalive):  # not wait_for: it can lose a cancel on 3.11
                version = await events.wait_for_change(seen)
        except TimeoutError:
            yield ": keep-alive\n\n"
            continue
        if events.closed:
            return
        seen = version
        yield _state_frame(seen, snapshot())


def _state_frame(version: int, state: dict[str, Any]) -> str:
    # json.dumps writes one line, as a single "data:" field needs.
    return f"id: {version}\nevent: state\ndata: {json.dumps(state)}\n\n"
