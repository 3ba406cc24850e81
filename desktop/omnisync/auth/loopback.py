"""The OAuth redirect receiver: a tiny HTTP listener on 127.0.0.1 for one sign-in.

It binds the loopback address only (never all interfaces), checks ``state`` before looking at
anything else, answers stray requests (``/favicon.ico``, probes) with 404 and keeps waiting,
shows a short page with every echoed value HTML-escaped, times out, and can be cancelled.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import secrets
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

from omnisync.auth.errors import (
    AuthError,
    AuthorizationDenied,
    SignInCancelled,
    SignInTimeout,
    StateMismatch,
)

log = logging.getLogger(__name__)

LOOPBACK_HOST = "127.0.0.1"
CALLBACK_PATH = "/callback"
_MAX_REQUEST_BYTES = 16 * 1024
_REQUEST_READ_TIMEOUT = 5.0


@dataclass(frozen=True, slots=True)
class AuthorizationResponse:
    code: str
    state: str

    def __repr__(self) -> str:
        return "AuthorizationResponse(code=<redacted>)"


def _page(title: str, body: str) -> bytes:
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head>"
        "<body style='font-family:sans-serif;margin:3em'>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(body)}</p></body></html>"
    ).encode()


def _same_state(received: str, expected: str) -> bool:
    """Compare as bytes: ``compare_digest`` raises on non-ASCII text (``%C3%A9``, ``%FF``)."""
    return secrets.compare_digest(
        received.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )


def _is_code(code: str) -> bool:
    """RFC 6749 (appendix A.11): a code is ``1*VSCHAR``, printable ASCII only; anything else
    (a control character, a NUL, non-ASCII) is not what a login host sends, so it is refused."""
    return all(" " <= c <= "~" for c in code)


class LoopbackReceiver:
    """Use as ``async with LoopbackReceiver(state) as rx:`` then ``await rx.wait(timeout)``.

    ``redirect_host`` is the host name written into the redirect URI (``127.0.0.1`` or
    ``localhost``, whichever the OAuth client registered); the socket always binds 127.0.0.1.
    """

    def __init__(
        self,
        expected_state: str,
        *,
        port: int = 0,
        path: str = CALLBACK_PATH,
        redirect_host: str = LOOPBACK_HOST,
        product: str = "the service",
    ) -> None:
        self._state = expected_state
        self._port = port
        self._path = path
        self._redirect_host = redirect_host
        self._product = product
        self._server: asyncio.Server | None = None
        self._result: asyncio.Future[AuthorizationResponse] | None = None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the receiver is not listening yet")
        return int(self._server.sockets[0].getsockname()[1])

    @property
    def redirect_uri(self) -> str:
        return f"http://{self._redirect_host}:{self.port}{self._path}"

    async def start(self) -> None:
        self._result = asyncio.get_running_loop().create_future()
        try:
            self._server = await asyncio.start_server(self._handle, LOOPBACK_HOST, self._port)
        except OSError as exc:
            raise AuthError(
                f"Cannot listen for the sign-in answer on {LOOPBACK_HOST}:{self._port} ({exc}). "
                "Close the program using that port, or ask your administrator to register "
                "another redirect port."
            ) from exc

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await self._server.wait_closed()
            self._server = None
        if self._result is not None:
            if not self._result.done():
                self._result.cancel()
            elif not self._result.cancelled():
                self._result.exception()  # mark as retrieved: the caller saw it or left

    async def __aenter__(self) -> LoopbackReceiver:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def cancel(self) -> None:
        """Abort a pending ``wait()`` with :class:`SignInCancelled` (the tray's Cancel button)."""
        if self._result is not None and not self._result.done():
            self._result.set_exception(SignInCancelled())

    async def wait(self, seconds: float) -> AuthorizationResponse:
        if self._result is None:
            raise RuntimeError("start the receiver before waiting on it")
        try:
            async with asyncio.timeout(seconds):  # not wait_for: it can lose a cancel on 3.11
                return await asyncio.shield(self._result)
        except TimeoutError:
            raise SignInTimeout(seconds) from None

    # ---- one HTTP request per connection -------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            async with asyncio.timeout(_REQUEST_READ_TIMEOUT):
                head = await reader.readuntil(b"\r\n\r\n")
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, OSError):
            writer.close()
            return
        status, page = self._answer(head[:_MAX_REQUEST_BYTES])
        reason = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"}
        response = (
            f"HTTP/1.1 {status} {reason.get(status, 'OK')}\r\n"
            "Content-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(page)}\r\n"
            "Cache-Control: no-store\r\nConnection: close\r\n\r\n"
        ).encode() + page
        with contextlib.suppress(OSError):
            writer.write(response)
            await writer.drain()
        writer.close()

    def _answer(self, head: bytes) -> tuple[int, bytes]:
        try:
            method, target, _ = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
        except ValueError:
            return 400, _page("Bad request", "This address only receives sign-in answers.")
        url = urlsplit(target)
        if url.path != self._path:
            return 404, _page("Not found", "This address only receives sign-in answers.")
        if method != "GET":
            return 405, _page("Not allowed", "This address only receives sign-in answers.")
        query = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        if not query:
            return 404, _page("Not found", "This address only receives sign-in answers.")
        if self._result is None or self._result.done():
            return 400, _page("Already done", "This sign-in has already finished.")
        if not _same_state(query.get("state", ""), self._state):
            log.warning("Ignored a sign-in answer with the wrong state (possible forgery)")
            self._result.set_exception(StateMismatch())
            return 400, _page("Sign-in failed", str(StateMismatch()))
        if "error" in query:
            denied = AuthorizationDenied(query["error"], query.get("error_description", ""))
            self._result.set_exception(denied)
            return 200, _page("Sign-in failed", f"{denied} You can close this window.")
        code = query.get("code", "")
        if not code:
            self._result.set_exception(AuthorizationDenied("invalid_request", "no code"))
            return 400, _page("Sign-in failed", "The answer carried no authorization code.")
        if not _is_code(code):
            self._result.set_exception(AuthorizationDenied("invalid_request", "malformed code"))
            return 400, _page(
                "Sign-in failed", "The answer carried a malformed authorization code."
            )
        self._result.set_result(AuthorizationResponse(code, query["state"]))
        return 200, _page(
            "Signed in",
            f"You are signed in to {self._product}. You can close this window "
            "and return to OmniSync.",
        )
