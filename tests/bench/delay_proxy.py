"""A TCP proxy that holds every chunk for a fixed time each way: a round trip over a slow network.

:func:`delayed_origin` listens on a free port of 127.0.0.1 and forwards each connection to the
upstream port, every chunk in either direction written ``delay`` seconds after it was read, in
order (so the round trip grows by twice that). ``tc netem`` would be the better tool; the kernel
here has no ``sch_netem``.
"""

from __future__ import annotations

import asyncio
import contextlib


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def send() -> None:
        while True:
            due, data = await queue.get()
            await asyncio.sleep(max(0.0, due - loop.time()))
            if not data:
                with contextlib.suppress(OSError):
                    writer.write_eof()
                return
            writer.write(data)
            await writer.drain()

    sender = asyncio.ensure_future(send())
    try:
        while True:
            data = await reader.read(65536)
            queue.put_nowait((loop.time() + delay, data))
            if not data:
                break
        await sender
    except (ConnectionError, OSError):
        sender.cancel()
    finally:
        writer.close()


async def delayed_origin(delay: float, upstream: str) -> tuple[asyncio.Server, str]:
    """A proxy in front of ``upstream`` (``http://127.0.0.1:<port>``) and its own origin."""
    port = int(upstream.rsplit(":", 1)[1])

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            writer.close()
            return
        await asyncio.gather(
            _pump(reader, up_writer, delay), _pump(up_reader, writer, delay), return_exceptions=True
        )

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    return server, f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
