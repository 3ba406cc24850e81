"""Every connection the sandbox accepts, on every port, has TCP_NODELAY: a long-poll answer must
not wait for a delayed ACK (~40 ms) behind its own headers, which also hid our clients' latency
in benchmarks."""

from __future__ import annotations

import socket
from contextlib import AsyncExitStack

import httpx
import pytest

from omnisync.sandbox.parts import build_sandbox_app
from omnisync.sandbox.server import SandboxServer

pytestmark = pytest.mark.integration


async def test_accepted_sockets_do_not_wait_for_delayed_acks() -> None:
    async with SandboxServer(build_sandbox_app()) as server, AsyncExitStack() as stack:
        origins = [server.base_url, *server.origins.values()]
        assert len(origins) == 6  # control, Genesys login/api/streaming, Salesforce login/instance
        for origin in origins:  # one kept-alive connection per port
            http = await stack.enter_async_context(httpx.AsyncClient(base_url=origin))
            await http.get("/")
        streaming = await stack.enter_async_context(httpx.AsyncClient(base_url=server.base_url))
        stream = await stack.enter_async_context(streaming.stream("GET", "/control/stream"))
        assert (await anext(stream.aiter_lines())).startswith("retry:")  # held open
        sockets = server.open_sockets()
        assert len(sockets) == len(origins) + 1
        for sock in sockets:
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
