"""The console link's primary transport: a WebSocket on 127.0.0.1 that the component dials.

Any web page in the agent's browser can try to open a socket to 127.0.0.1, so a connection must
pass three gates before a single link message is taken: the ``Origin`` header is one of the org's
Lightning hosts (refused with 403 before the upgrade), the first frame presents this sign-in's
key (which only the agent's own Salesforce session can read, from the private link record), and
frames stay small and few (bounded size and a token bucket). After that the texts are the same
versioned link messages as on the record transport, checked by the same codec in ``ConsoleLink``.

One component at a time: the newest one that presents the key takes over and the older one is
closed with a code and a reason that say so (two console tabs: the last opened wins). The key
is never logged; websockets' own frame logging is kept off for that reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import secrets
from collections.abc import Awaitable, Callable, Iterable, Sequence
from http import HTTPStatus
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from omnisync.core.message import Message, joined, say
from omnisync.salesforce.link import TransportDown
from omnisync.timing import Clock, Sleep, real_sleep, within

if TYPE_CHECKING:  # websockets is imported when the listener starts, after the tray is up
    from websockets.asyncio.server import Server, ServerConnection
    from websockets.http11 import Request, Response

log = logging.getLogger(__name__)
_wire_log = logging.getLogger(__name__ + ".wire")
_wire_log.setLevel(logging.WARNING)  # websockets logs frames at DEBUG, and the hello holds the key

LOOPBACK_HOST = "127.0.0.1"
PORTS = (47615, 47616, 47617, 47618)
"""The registered range: the component tries these in order; the CSP Trusted Site lists them."""
MAX_FRAME_BYTES = 1024
"""Link messages are at most 255 UTF-16 units; four times that as UTF-8 is the most a good one
can be, so anything bigger is not ours."""
HELLO_TIMEOUT = 5.0

# Close codes the component shows (4000-4999 are the application's own).
CLOSE_BAD_KEY = 4401
CLOSE_REPLACED = 4409
OVERSIZED = say("service", "the console component sent an oversized message")
CLOSE_FLOOD = 4429
CLOSE_SIGNED_OUT = 4410

TextHandler = Callable[[str], Awaitable[None]]
ChangeHandler = Callable[[bool, str | Message], Awaitable[None]]
"""(a component is connected, why) on every change."""


def new_key() -> str:
    """A fresh per-sign-in key (256 bits)."""
    return secrets.token_urlsafe(32)


def lightning_origins(instance_url: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """The origins a console page of this org is served from, plus the policy's extra ones.

    ``https://acme.my.salesforce.com`` gives ``https://acme.lightning.force.com`` (the console)
    and the My Domain itself; sandboxes (``acme--dev.sandbox.my.salesforce.com``) likewise.
    """
    origins = {_origin(o) for o in extra}
    parts = urlsplit(instance_url)
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and host:
        origins.add(f"https://{host}")
        if host.endswith(".my.salesforce.com"):
            stem = host.removesuffix(".my.salesforce.com")
            origins.add(f"https://{stem}.lightning.force.com")
    origins.discard("")
    return frozenset(origins)


def _origin(url: str) -> str:
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return ""
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def hello(key: str) -> str:
    """The component's first frame."""
    return json.dumps({"v": 1, "hello": key}, separators=(",", ":"))


class TokenBucket:
    """``burst`` frames at once, then ``per_second``; time comes from the injected clock."""

    def __init__(self, burst: int, per_second: float, clock: Clock) -> None:
        self._burst = float(burst)
        self._rate = per_second
        self._clock = clock
        self._tokens = float(burst)
        self._at = clock()

    def take(self) -> bool:
        now = self._clock()
        self._tokens = min(self._burst, self._tokens + (now - self._at) * self._rate)
        self._at = now
        if self._tokens < 1.0:
            return False
        self._tokens -= 1.0
        return True

    def give(self) -> None:
        """One frame more is expected: the answer to a command the desktop just sent."""
        self._tokens = min(self._burst, self._tokens + 1.0)


class LoopbackLink:
    """The desktop's listener; ``send`` is the link's ``Transport``."""

    def __init__(
        self,
        *,
        origins: frozenset[str],
        key: str,
        on_text: TextHandler,
        on_change: ChangeHandler,
        clock: Clock,
        ports: Sequence[int] = PORTS,
        burst: int = 20,
        per_second: float = 5.0,
        hello_timeout: float = HELLO_TIMEOUT,
        sleep: Sleep = real_sleep,
    ) -> None:
        """``sleep``: how the wait for the hello is timed (the service's injected sleep)."""
        self.origins = origins
        self._key = key
        self._on_text = on_text
        self._on_change = on_change
        self._clock = clock
        self._ports = tuple(ports)
        self._burst = burst
        self._per_second = per_second
        self._hello_timeout = hello_timeout
        self._sleep = sleep
        self._server: Server | None = None
        self.port: int | None = None
        self.current: ServerConnection | None = None
        self._bucket: TokenBucket | None = None
        """The current connection's: each command sent earns its answer a frame."""
        self.refused: dict[str, int] = {}
        """Why connections were refused (the English reason), counted: tests and the log."""
        self._refusals: dict[str, Message] = {}

    def __repr__(self) -> str:
        return f"LoopbackLink(port={self.port}, origins={sorted(self.origins)}, key=<redacted>)"

    @property
    def connected(self) -> bool:
        return self.current is not None

    async def start(self) -> int:
        """Listen on the first free port of the range; TransportDown names the range if none."""
        from websockets.asyncio.server import serve

        errors = []
        for port in self._ports:
            try:
                self._server = await serve(
                    self._session,
                    LOOPBACK_HOST,
                    port,
                    process_request=self._check_origin,
                    max_size=MAX_FRAME_BYTES,
                    max_queue=4,
                    # No ping every 20 s (websockets' default): on loopback a component that
                    # goes away closes its socket (the kernel resets it even when the browser
                    # dies), and each ping woke the idle app (docs/performance.md, idle CPU).
                    ping_interval=None,
                    logger=_wire_log,
                    server_header=None,
                )
            except OSError as exc:
                errors.append(f"{port}: {exc.strerror or exc}")
                continue
            self.port = int(self._server.sockets[0].getsockname()[1])
            log.info("Console link listening on %s:%s", LOOPBACK_HOST, self.port)
            return self.port
        raise TransportDown(
            say("service", "no port of the desktop link's range is free ({errors})").fill(
                errors="; ".join(errors)
            )
        )

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        self.current = None

    async def rotate(self, key: str) -> None:
        """A new sign-in: the old key stops working, and so does a component that used it."""
        self._key = key
        old, self.current = self.current, None
        if old is not None:
            await old.close(CLOSE_SIGNED_OUT, "the desktop signed in again; reconnect")
            await self._on_change(False, say("service", "the desktop signed in again"))

    async def send(self, text: str) -> None:
        from websockets.exceptions import ConnectionClosed

        connection = self.current
        if connection is None:
            raise TransportDown(say("service", "no console component is connected to the desktop"))
        try:
            await connection.send(text)
        except ConnectionClosed as exc:
            raise TransportDown(
                say("service", "the console component went away ({error})").fill(error=str(exc))
            ) from None
        if self._bucket is not None and self.current is connection:
            self._bucket.give()  # its answer is no flood: only unasked frames count

    def _refuse(self, why: Message) -> None:
        english = why.english()
        self.refused[english] = self.refused.get(english, 0) + 1
        self._refusals[english] = why
        log.warning("Refused a console-link connection: %s", english)

    def refusals(self) -> Message:
        """Why connections were refused, each reason once (the status window translates it)."""
        return joined((self._refusals[why] for why in sorted(self._refusals)), ", ")

    def _check_origin(self, connection: ServerConnection, request: Request) -> Response | None:
        from websockets.datastructures import Headers
        from websockets.http11 import Response

        origin = request.headers.get("Origin")
        if origin is None or origin.lower() not in self.origins:
            self._refuse(
                say("service", "origin not allowed") if origin else say("service", "no origin")
            )
            return Response(
                HTTPStatus.FORBIDDEN.value,
                "Forbidden",
                Headers([("Content-Type", "text/plain")]),
                b"This origin may not use the OmniSync desktop link.\n",
            )
        return None

    async def _session(self, connection: ServerConnection) -> None:
        from websockets.exceptions import ConnectionClosed

        if not await self._authenticate(connection):
            return
        old, self.current = self.current, connection
        if old is not None:
            self._refuse(say("service", "replaced by a newer console tab"))
            await old.close(CLOSE_REPLACED, "another console tab took over the desktop link")
        await self._on_change(
            True, say("service", "a console component connected over the loopback link")
        )
        bucket = self._bucket = TokenBucket(self._burst, self._per_second, self._clock)
        why = say("service", "the console component disconnected")
        closing: asyncio.Task[None] | None = None
        try:
            async for frame in connection:
                if closing is not None:
                    continue  # drained unread, so that the closing handshake can be read
                if not bucket.take():
                    self._refuse(say("service", "too many messages"))
                    why = say("service", "the console component sent too many messages")
                    closing = asyncio.create_task(connection.close(CLOSE_FLOOD, why.english()))
                    continue
                if isinstance(frame, str):
                    await self._on_text(frame)
                else:
                    log.warning("Ignored a binary frame on the console link")
        except ConnectionClosed as exc:
            if exc.rcvd is not None and exc.rcvd.code == 1009:
                why = OVERSIZED
            elif exc.sent is not None and exc.sent.code == 1009:
                self._refuse(say("service", "message too big"))
                why = OVERSIZED
        finally:
            if closing is not None:
                await closing
            if self.current is connection:
                self.current = None
                await self._on_change(False, why)

    async def _first_frame(self, connection: ServerConnection) -> str | bytes | None:
        """The first frame, or None when the socket closed or the hello did not come within
        ``hello_timeout`` (timed by the injected sleep)."""
        frame = await within(connection.recv(), self._sleep, self._hello_timeout)
        if frame.cancelled() or frame.exception() is not None:
            return None
        return frame.result()

    async def _authenticate(self, connection: ServerConnection) -> bool:
        from websockets.exceptions import ConnectionClosed

        first = await self._first_frame(connection)
        if first is None:
            self._refuse(say("service", "no key"))
            with contextlib.suppress(ConnectionClosed):
                await connection.close(CLOSE_BAD_KEY, "no key presented")
            return False
        presented = _hello_key(first)
        if presented is None or not hmac.compare_digest(presented.encode(), self._key.encode()):
            self._refuse(
                say("service", "no key") if presented is None else say("service", "wrong key")
            )
            await connection.close(CLOSE_BAD_KEY, "the key is missing, old or wrong")
            return False
        return True


def _hello_key(frame: str | bytes) -> str | None:
    if not isinstance(frame, str) or len(frame) > 255:
        return None
    try:
        value = json.loads(frame)
    except ValueError:
        return None
    if not isinstance(value, dict) or set(value) != {"v", "hello"} or value["v"] != 1:
        return None
    key = value["hello"]
    return key if isinstance(key, str) else None
