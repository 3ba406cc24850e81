"""Run the sandbox app with uvicorn inside the caller's event loop.

Used by ``omnisync sandbox``, by the demo and by the integration tests' fixture. Port 0 picks a
free port; :attr:`SandboxServer.base_url` is the real one. An app that plays other hosts lists
them in ``app.state.hosts`` (name -> ASGI app): each gets a free port of its own on the same
address, served by the same uvicorn server (one process, one loop), and its origin is written
to ``app.state.origins`` before the first request. A request goes to the app of the port it
arrived on. An app that holds long-lived responses (the control page's event stream, CometD
long polls) exposes ``app.state.close_streams()``; it is called before the shutdown so those
responses end at once rather than after the graceful timeout.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Mapping
from types import TracebackType

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

log = logging.getLogger(__name__)


class _ByPort:
    """Hands each connection to the app of the local port it arrived on (the main app else)."""

    def __init__(self, main: ASGIApp) -> None:
        self.main = main
        self.apps: dict[int, ASGIApp] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        server = scope.get("server")
        app = self.apps.get(server[1], self.main) if server else self.main
        await app(scope, receive, send)


class SandboxServer:
    def __init__(
        self,
        app: ASGIApp,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str = "warning",
        ssl_certfile: str | None = None,
        ssl_keyfile: str | None = None,
    ) -> None:
        """``ssl_certfile``/``ssl_keyfile``: serve every port over TLS (for clients that only
        speak https, such as simple-salesforce); the caller makes and trusts the certificate."""
        self._dispatch = _ByPort(app)
        self._config = uvicorn.Config(
            self._dispatch,
            host=host,
            port=port,
            lifespan="off",
            log_level=log_level,
            access_log=False,
            timeout_graceful_shutdown=2,
            ws_ping_interval=None,  # Genesys uses application heartbeats, not ping frames
            ssl_certfile=ssl_certfile,
            ssl_keyfile=ssl_keyfile,
        )
        self._server = uvicorn.Server(self._config)
        self._app = app
        self._state = getattr(app, "state", None)
        self._socket: socket.socket | None = None
        self._sockets: list[socket.socket] = []
        self._host = host
        self._port = port
        self._scheme = "https" if ssl_certfile else "http"

    @property
    def port(self) -> int:
        if self._socket is None:
            raise RuntimeError("the sandbox is not running")
        return int(self._socket.getsockname()[1])

    @property
    def base_url(self) -> str:
        """The main port's origin: the control API and page."""
        return self._origin(self.port)

    @property
    def origins(self) -> dict[str, str]:
        """Each served host's origin by name (``genesys.api``), as ``/control/endpoints`` says."""
        return dict(getattr(self._state, "origins", {}))

    def open_sockets(self) -> list[socket.socket]:
        """The accepted connections' sockets (every port), so a test can read their options."""
        connections = self._server.server_state.connections
        return [conn.transport.get_extra_info("socket") for conn in connections]

    def _origin(self, port: int) -> str:
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"{self._scheme}://{host}:{port}"

    def _listen(self, port: int) -> socket.socket:
        family = socket.AF_INET6 if ":" in self._host else socket.AF_INET
        # IPPROTO_TCP, not the default 0: asyncio sets TCP_NODELAY only on accepted sockets
        # whose proto says TCP, and without it every long-poll answer waits ~40 ms for a
        # delayed ACK (Nagle holds the body behind the headers).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self._host, port))
        except OSError as exc:
            sock.close()
            raise OSError(
                f"The sandbox cannot listen on {self._host}:{port} ({exc.strerror}); "
                "pick another --port or stop the program that uses it."
            ) from exc
        sock.setblocking(False)
        self._sockets.append(sock)
        return sock

    async def start(self) -> None:
        hosts: Mapping[str, ASGIApp] = getattr(self._state, "hosts", {})
        try:
            self._socket = self._listen(self._port)
            for name, host_app in hosts.items():
                port = int(self._listen(0).getsockname()[1])
                self._dispatch.apps[port] = host_app
                self._state.origins[name] = self._origin(port)  # type: ignore[union-attr]
        except OSError:
            self._close_sockets()
            raise
        config = self._config
        if not config.loaded:
            config.load()
        self._server.lifespan = config.lifespan_class(config)
        await self._server.startup(sockets=self._sockets)
        await self._server.on_tick(0)  # sets the default headers once; no ticking loop needed
        log.info("Sandbox listening on %s (hosts: %s)", self.base_url, self.origins)

    def _close_sockets(self) -> None:
        for sock in self._sockets:
            sock.close()
        self._sockets.clear()
        self._dispatch.apps.clear()
        self._socket = None

    async def stop(self) -> None:
        if self._socket is None:
            return
        self._server.should_exit = True
        close_streams = getattr(self._state, "close_streams", None)
        if callable(close_streams):
            close_streams()
        await self._server.shutdown(sockets=self._sockets)
        self._close_sockets()

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
