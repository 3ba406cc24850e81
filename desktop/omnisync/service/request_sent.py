"""Tells a task when its HTTP request has left, from httpcore's own trace events.

The sync service sends its write to the other product before it records the audit entry and
updates what the agent sees; it needs to know when the write's request is on the socket (the
HTTP client yields to the loop several times before that). A task names a callback with
:func:`notify_when_sent`; the client's request hook (:func:`mark_sent`, added by :func:`install`
to the client the connectors share) then traces that task's requests and calls it once the body
is written (or the send failed). Other tasks' requests are not traced at all.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the service imports this module before the network side exists
    import httpx

_on_sent: contextvars.ContextVar[Callable[[], None] | None] = contextvars.ContextVar(
    "omnisync_on_sent", default=None
)
_LEFT = ("send_request_body.complete", "send_request_body.failed", "send_request_headers.failed")


def notify_when_sent(callback: Callable[[], None]) -> None:
    """From now on, in this task (and tasks it starts), each request that leaves calls this."""
    _on_sent.set(callback)


async def mark_sent(request: httpx.Request) -> None:
    """httpx request hook: trace the request when the running task waits for it to leave."""
    callback = _on_sent.get()
    if callback is None:
        return
    inner = request.extensions.get("trace")

    async def trace(event: str, info: dict[str, Any]) -> None:
        if event.endswith(_LEFT):
            callback()
        if inner is not None:
            await inner(event, info)

    request.extensions["trace"] = trace


def install(http: httpx.AsyncClient) -> None:
    """Add the hook to a client (once), whoever made it: the app, the demo or a test."""
    hooks = http.event_hooks
    if mark_sent not in hooks["request"]:
        http.event_hooks = {**hooks, "request": [*hooks["request"], mark_sent]}
