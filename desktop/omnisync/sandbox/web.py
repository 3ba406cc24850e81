"""Small JSON helpers shared by the framework and the parts' control routes."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse


class BadRequest(Exception):
    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def parse_json(raw: bytes | str) -> Any:
    """JSON from a client, or :class:`BadRequest`: deep nesting is refused too (the parser's
    RecursionError is no ValueError), as are bytes that are no UTF-8 and Python's extensions
    ``NaN`` and ``Infinity`` (RFC 8259 has no such numbers, and echoing one back cannot be
    encoded as JSON: a 500), and escaped lone surrogates (``"\\ud800"``: no Unicode text, and
    no UTF-8 answer could echo them back)."""
    try:
        data = json.loads(raw, parse_constant=_no_constant)
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except (ValueError, RecursionError) as exc:  # UnicodeEncodeError is a ValueError
        raise BadRequest(f"the body is not JSON: {str(exc)[:200]}") from exc
    return data


async def read_body(request: Request) -> bytes:
    """The request body, or :class:`BadRequest` when the client went away before sending it
    (a dropped connection is the client's doing, not a server error with a traceback)."""
    try:
        return await request.body()
    except ClientDisconnect as exc:
        raise BadRequest("the client disconnected before its request body arrived") from exc


async def read_json_object(request: Request) -> dict[str, Any]:
    """The request body as a JSON object, or :class:`BadRequest` saying what is wrong."""
    raw = await read_body(request)
    if not raw.strip():
        return {}
    data = parse_json(raw)
    if not isinstance(data, dict):
        raise BadRequest("the body must be a JSON object")
    return data


async def read_form(request: Request) -> dict[str, str]:
    """An ``application/x-www-form-urlencoded`` body (first value of each field).

    Parsed with the standard library, so the sandbox needs no ``python-multipart``.
    """
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        raise BadRequest("send the form as application/x-www-form-urlencoded")
    raw = (await read_body(request)).decode("utf-8", "replace")
    return {key: values[0] for key, values in parse_qs(raw, keep_blank_values=True).items()}


def event_count(request: Request, default: int = 100) -> int:
    """``?events=N`` of the state views: how many recent events to include."""
    raw = request.query_params.get("events", str(default))
    try:
        count = int(raw)
    except ValueError:
        count = -1
    if count < 0:
        raise BadRequest(f"events must be a whole number >= 0, not {raw!r}")
    return count


def error(message: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def base_url_of(request: Request) -> str:
    return str(request.base_url).rstrip("/")
