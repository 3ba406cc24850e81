"""Run the sandbox app with uvicorn inside the caller's event loop.

Used by ``omnisync sandbox``, by the demo and by the integration tests' fixture. Port 0 picks a
free port; :attr:`SandboxServer.base_url` is the real one. An app that holds long-lived
responses (the control page's event stream) exposes ``app.state.close_streams()``; it is called
before the shutdown so those responses end at once rather than after the graceful timeout.
"""

from __future__ import annotations

import logging
import socket
from types import TracebackType

import uvicorn
from starlette.types import ASGIApp

log = logging.getLogger(__name__)


class SandboxServer:
    def __init__(
        self, app: ASGIApp, *, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning"
    ) -> None:
        self._config = uvicorn.Config(
            app,
            host=host,
            port=port,
            lifespan="off",
            log_level=log_level,
            access_log=False,
            timeout_graceful_shutdown=2,
            ws_ping_interval=None,  # Genesys uses application heartbeats, not ping frames
        )
        self._server = uvicorn.Server(self._config)
        self._app = app
        self._socket: socket.socket | None = None
        self._host = host
        self._port = port

    @property
    def port(self) -> int:
        if self._socket is None:
            raise RuntimeError("the sandbox is not running")
        return int(self._socket.getsockname()[1])

    @property
    def base_url(self) -> str:
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self.port}"

    async def start(self) -> None:
        family = socket.AF_INET6 if ":" in self._host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self._host, self._port))
        except OSError as exc:
            sock.close()
            raise OSError(
                f"The sandbox cannot listen on {self._host}:{self._port} ({exc.strerror}); "
                "pick another --port or stop the program that uses it."
            ) from exc
        sock.setblocking(False)
        self._socket = sock
        config = self._config
        if not config.loaded:
            config.load()
        self._server.lifespan = config.lifespan_class(config)
        await self._server.startup(sockets=[sock])
        await self._server.on_tick(0)  # sets the default headers once; no ticking loop needed
        log.info("Sandbox listening on %s", self.base_url)

    async def stop(self) -> None:
        if self._socket is None:
            return
        self._server.should_exit = True
        close_streams = getattr(getattr(self._app, "state", None), "close_streams", None)
        if callable(close_streams):
            close_streams()
        await self._server.shutdown(sockets=[self._socket])
        self._socket = None

    async def __aenter__(self) -> SandboxServer:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()
