"""The control page: plain HTML, CSS and JavaScript shipped under ``resources/web``.

Served at ``/`` and ``/control/page``, its files under ``/control/assets/``. No build step and
nothing fetched from elsewhere: the Content-Security-Policy allows this origin only, so the page
works offline and cannot quietly grow an external dependency. The page arrives with the current
state and status lists in a JSON data block, so it is drawn at load rather than blank until the
event stream's first message.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from omnisync.resources import resource_path

PAGE = "control.html"
INITIAL_SLOT = "__INITIAL_DATA__"
"""Replaced by the initial data in the page's ``<script type="application/json">`` block."""
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",
}


def web_dir() -> Path:
    return resource_path("web")


Endpoint = Callable[[Request], Awaitable[Response]]


def page_endpoint(initial: Callable[[], dict[str, Any]]) -> Endpoint:
    template = (web_dir() / PAGE).read_text(encoding="utf-8")  # once, not on the event loop

    async def page(request: Request) -> Response:
        return HTMLResponse(
            template.replace(INITIAL_SLOT, json_for_html(initial())), headers=SECURITY_HEADERS
        )

    return page


def json_for_html(data: Any) -> str:
    """JSON that cannot end its ``<script>`` block early (``<`` only occurs inside strings)."""
    return json.dumps(data).replace("<", "\\u003c")


def routes(initial: Callable[[], dict[str, Any]]) -> tuple[list[BaseRoute], list[BaseRoute]]:
    """The root route and the routes mounted under ``/control``."""
    page = page_endpoint(initial)
    root: list[BaseRoute] = [Route("/", page, methods=["GET", "HEAD"])]
    control: list[BaseRoute] = [
        Route("/page", page, methods=["GET", "HEAD"]),
        Mount("/assets", app=StaticFiles(directory=web_dir()), name="control-assets"),
    ]
    return root, control
