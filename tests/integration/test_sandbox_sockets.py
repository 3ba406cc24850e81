"""Every connection the sandbox accepts has TCP_NODELAY: a long-poll answer must not wait for a
delayed ACK (~40 ms) behind its own headers, which also hid our clients' latency in benchmarks.
"""

from __future__ import annotations

import socket

import httpx
import pytest

from omnisync.sandbox.parts import build_sandbox_app
from omnisync.sandbox.server import SandboxServer

pytestmark = pytest.mark.integration


async def test_accepted_sockets_do_not_wait_for_delayed_acks() -> None:
    async with (
        SandboxServer(build_sandbox_app()) as server,
        httpx.AsyncClient(base_url=server.base_url) as plain,
        httpx.AsyncClient(base_url=server.base_url) as streaming,
    ):
        assert (await plain.get("/control/state")).status_code == 200  # kept alive
        async with streaming.stream("GET", "/control/stream") as stream:  # held open
            first = await anext(stream.aiter_lines())
            assert first.startswith("retry:")
            sockets = server.open_sockets()
            assert len(sockets) == 2
            for sock in sockets:
                assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
