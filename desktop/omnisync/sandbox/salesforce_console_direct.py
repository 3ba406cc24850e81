"""The console component's end of the desktop's direct link, as ``OmniSyncLink.js`` dials it.

It dials ``ws://127.0.0.1:<port>/`` for each port of the registered range in order, with the
console's Lightning origin (the sandbox instance's origin), sends the hello with this sign-in's
key as its first frame, then carries link texts both ways until either side closes. A browser
that refuses local network access refuses every dial (``allowed`` False), which is how the
sandbox shows the fallback. Written from the component's side (the port range, the hello and
the close codes as ``OmniSyncLink.js`` has them), not imported from the desktop under test.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

log = logging.getLogger(__name__)

LOOPBACK_HOST = "127.0.0.1"
PORTS = (47615, 47616, 47617, 47618)
CLOSE_BAD_KEY = 4401
CLOSE_REPLACED = 4409
MAX_FRAME_BYTES = 1024

REFUSED_BY_BROWSER = "the browser refused access to the local network (127.0.0.1)"

TextHandler = Callable[[str], None]
ClosedHandler = Callable[[int | None, str], None]
"""(the close code, or None when the socket just broke; the reason)."""


class ComponentSocket:
    """One dial and the connection it opened; ``send`` keeps the order of the texts."""

    def __init__(
        self,
        *,
        origin: Callable[[], str],
        on_text: TextHandler,
        on_closed: ClosedHandler,
        ports: Sequence[int] = PORTS,
    ) -> None:
        self._origin = origin
        self._on_text = on_text
        self._on_closed = on_closed
        self.ports = tuple(ports)
        self.allowed = True
        """False: the browser refuses local network access (the sandbox's control says so)."""
        self.connection: ClientConnection | None = None
        self.channel: str | None = None
        self._close = (1001, "going away")
        self._outgoing: asyncio.Queue[str | None] = asyncio.Queue()
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def connected(self) -> bool:
        return self.connection is not None

    async def dial(self, key: str) -> str | None:
        """Connect and present ``key``; None when connected, else why not (for ``fallbackWhy``)."""
        if not self.allowed:
            return REFUSED_BY_BROWSER
        tried: list[str] = []
        for port in self.ports:
            url = f"ws://{LOOPBACK_HOST}:{port}/"
            try:
                connection = await connect(
                    url,
                    origin=self._origin(),  # type: ignore[arg-type]
                    open_timeout=5,
                    max_size=MAX_FRAME_BYTES,
                    ping_interval=None,
                    logger=log,
                )
            except (OSError, InvalidHandshake, TimeoutError) as exc:
                tried.append(f"{port}: {_short(exc)}")
                continue
            await connection.send(json.dumps({"v": 1, "hello": key}))
            self.connection, self.channel = connection, url
            self._outgoing = asyncio.Queue()
            self._spawn(self._serve(connection, self._outgoing))
            return None
        return f"the desktop app does not answer on {LOOPBACK_HOST} ({'; '.join(tried)})"

    def send(self, text: str) -> bool:
        """Queue one text for the open connection; False when there is none."""
        if self.connection is None:
            return False
        self._outgoing.put_nowait(text)
        return True

    def drop(self, code: int = 1001, reason: str = "going away") -> None:
        """Close the open connection from this side (the console is closing, or the browser
        stopped allowing the link); no ``on_closed`` call for it."""
        if self.connection is not None:
            self.connection = None
            self._outgoing.put_nowait(None)  # closes once the texts queued before are sent
            self._close = (code, reason)

    def reset(self) -> None:
        """Forget everything at once (the sandbox's reset): tasks cancelled, socket dropped."""
        self.connection = None
        for task in list(self._tasks):
            task.cancel()
        self._tasks.clear()
        self.allowed = True

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _serve(self, connection: ClientConnection, queue: asyncio.Queue[str | None]) -> None:
        writer = asyncio.ensure_future(self._write(connection, queue))
        try:
            async for frame in connection:
                if isinstance(frame, str):
                    self._on_text(frame)
        except ConnectionClosed:
            pass
        finally:
            writer.cancel()
        if self.connection is connection:
            self.connection = None
            received = connection.close_code
            self._on_closed(received, connection.close_reason or "")

    async def _write(self, connection: ClientConnection, queue: asyncio.Queue[str | None]) -> None:
        with contextlib.suppress(ConnectionClosed):
            while (text := await queue.get()) is not None:
                await connection.send(text)
            await connection.close(*self._close)


def _short(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
