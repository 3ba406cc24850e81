"""The control page: plain HTML, CSS and JavaScript shipped under ``resources/web``.

Served at ``/`` and ``/control/page``, its files under ``/control/assets/``. No build step and
nothing fetched from elsewhere: the Content-Security-Policy allows this origin only, so the page
works offline and cannot quietly grow an external dependency.
"""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from omnisync.resources import resource_path

PAGE = "control.html"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",
}


def web_dir() -> Path:
    return resource_path("web")


async def page(request: Request) -> Response:
    return FileResponse(web_dir() / PAGE, media_type="text/html", headers=SECURITY_HEADERS)


def root_routes() -> list[BaseRoute]:
    return [Route("/", page, methods=["GET", "HEAD"])]


def control_routes() -> list[BaseRoute]:
    """Mounted under ``/control`` with the rest of the control API."""
    return [
        Route("/page", page, methods=["GET", "HEAD"]),
        Mount("/assets", app=StaticFiles(directory=web_dir()), name="control-assets"),
    ]
