"""HTTP and TLS for real hosts: verified against the OS trust store (truststore).

Corporate proxies and private CAs are in the OS store, not in certifi's bundle, so clients made
here work behind them. Plain ``http://`` (the local sandbox) needs no TLS at all.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

if TYPE_CHECKING:  # imported when a client is made or an exchange runs: the settings, which the
    # tray's first step reads before the event loop exists, use only ``origin``
    import asyncio
    import ssl

    import httpx

LOOPBACK = ("127.0.0.1", "localhost", "::1")
T = TypeVar("T")
_FINISHING: set[asyncio.Future[Any]] = set()
"""Exchanges whose caller was cancelled, kept referenced until they end."""


def origin(url: str, what: str) -> str:
    """``url`` as an origin (``https://host[:port]``), the only shape a cloud's base URL has.

    A path would be a sign of a misconfiguration (or of a fake cloud that real clients cannot
    use), so it is refused with a message naming ``what``. Plain http is only for loopback.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"the {what} {url!r} is not an http(s) URL")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(
            f"the {what} must be an origin (scheme, host and port only), not {url!r}: "
            f"use {parts.scheme}://{parts.netloc}"
        )
    if parts.scheme == "http" and parts.hostname not in LOOPBACK:
        raise ValueError(f"the {what} {url!r} needs https:// (http:// is for the local sandbox)")
    return f"{parts.scheme}://{parts.netloc}"


def ssl_context() -> ssl.SSLContext:
    import ssl

    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def skip_sniffio_search() -> None:
    """Where sniffio is not installed, say so once: httpcore then stops searching for it.

    httpcore 1.0 runs ``import sniffio`` for every lock and event it makes, four per request,
    to tell asyncio from trio. anyio 4 and httpx no longer install sniffio, so each of those
    imports failed after searching every ``sys.path`` entry again: about 70 us each on a warm
    machine, more when cold, 0.3 ms or more per request on the write the agent waits for
    (docs/performance.md, sync latency). A module recorded as missing fails at once, as a
    cached import does. Every client of ours is made after this (``http_client``, the demo's)."""
    import importlib.util
    import sys

    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]  # "known missing" to import


def http_client(**options: Any) -> httpx.AsyncClient:
    import httpx

    skip_sniffio_search()
    options.setdefault("verify", ssl_context())
    options.setdefault("timeout", httpx.Timeout(20.0, connect=10.0))
    options.setdefault("headers", {"User-Agent": "OmniSync-Companion"})
    return httpx.AsyncClient(**options)


async def whole_exchange(exchange: Awaitable[T]) -> T:
    """Await an HTTP exchange that the caller's cancellation cannot cut in half.

    A cancelled caller returns at once; the exchange ends in the background (within the
    client's timeouts) and its answer is dropped. httpcore (1.0.9) does not always give the
    connection back to the pool when a request's task is cancelled once the answer has begun
    (encode/httpcore#1093): each superseded write then kept a connection ACTIVE for good, until
    the pool was full and every call ended in PoolTimeout (docs/performance.md)."""
    import asyncio  # imported by then: an exchange runs on the event loop

    task = asyncio.ensure_future(exchange)
    _FINISHING.add(task)
    task.add_done_callback(_ended)
    return await asyncio.shield(task)


def _ended(task: asyncio.Future[Any]) -> None:
    _FINISHING.discard(task)
    if not task.cancelled():
        task.exception()  # a dropped answer's error was the caller's to see, and it left
