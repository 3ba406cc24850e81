"""A TCP proxy in front of one sandbox host (or the desktop's console link listener) that can
freeze, as a laptop's sockets do in sleep.

While frozen nothing moves either way (bytes wait in the kernel, new connections wait to be
served), exactly what the app sees while its machine sleeps; ``thaw(drop=True)`` then resets
every connection that was open, as after a sleep long enough for the peer or a NAT to forget it,
and ``drop=False`` lets them carry on, as after a short nap.
"""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import urlsplit


class FreezingProxy:
    def __init__(self, target_origin: str) -> None:
        parts = urlsplit(target_origin)
        self._target = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._scheme = parts.scheme
        self._server: asyncio.Server | None = None
        self._running = asyncio.Event()
        self._running.set()
        self._pipes: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self.origin = ""
        self.connections = 0
        """Connections served so far (the soak's figure for the console link's one)."""

    async def start(self, port: int = 0) -> None:
        """Listen on ``port`` (0: any free one); ``origin`` then says where."""
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", port)
        port = self._server.sockets[0].getsockname()[1]
        self.origin = f"{self._scheme}://127.0.0.1:{port}"

    def freeze(self) -> None:
        self._running.clear()

    def thaw(self, *, drop: bool) -> None:
        if drop:
            for writer in list(self._writers):
                with contextlib.suppress(OSError):
                    writer.transport.abort()
        self._running.set()

    async def close(self) -> None:
        self.thaw(drop=True)
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        for task in list(self._pipes):
            task.cancel()
        await asyncio.gather(*self._pipes, return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        await self._running.wait()
        try:
            up_reader, up_writer = await asyncio.open_connection(*self._target)
        except OSError:
            writer.transport.abort()
            return
        self._writers.update((writer, up_writer))
        pipes = {
            asyncio.create_task(self._pipe(reader, up_writer)),
            asyncio.create_task(self._pipe(up_reader, writer)),
        }
        self._pipes.update(pipes)
        try:
            await asyncio.wait(pipes, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in pipes:
                task.cancel()
            await asyncio.gather(*pipes, return_exceptions=True)
            self._pipes.difference_update(pipes)
            for end in (writer, up_writer):
                self._writers.discard(end)
                end.transport.abort()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, asyncio.IncompleteReadError):
            while True:
                await self._running.wait()
                data = await reader.read(65536)
                if not data:
                    return
                await self._running.wait()  # bytes read just before the freeze wait with it
                writer.write(data)
                await writer.drain()
