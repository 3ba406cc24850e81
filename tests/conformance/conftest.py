"""The sandbox for third-party clients: every host's URL, as a real client would be given it.

The conformance suite points well-known clients of both clouds (not ours) at the sandbox and
patches none of them: where a real client and the sandbox disagree, the sandbox is wrong.

``clouds`` runs one sandbox per test in a thread of its own, with its own event loop, so that
blocking clients (the Genesys SDK, simple-salesforce) call it directly and asyncio clients work
from the test's loop. ``tls_clouds`` is the same over https with a test CA (``ca_file``), for
clients that only speak https, as the real clouds do (simple-salesforce builds every URL as
``https://`` + the host of ``instance_url``).
"""

from __future__ import annotations

import asyncio
import gc
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme

from omnisync.sandbox.part import SandboxContext
from omnisync.sandbox.parts import build_sandbox_app
from omnisync.sandbox.server import SandboxServer

START_SECONDS = 20.0


@dataclass(frozen=True)
class Clouds:
    """A running sandbox, seen from outside: each host's origin and the control API."""

    control: str
    """The main origin: control API and page."""
    hosts: dict[str, str]
    """Each host's origin by ``<part>.<host>``: ``genesys.login``, ``genesys.api``,
    ``genesys.streaming``, ``salesforce.login``, ``salesforce.instance``."""
    endpoints: dict[str, Any]
    """``GET /control/endpoints``: client ids, redirect URIs, the demo agents."""
    ca_file: str | None = None
    """The CA that signed the sandbox's certificate (``tls_clouds`` only)."""

    def url(self, host: str, path: str = "") -> str:
        return f"{self.hosts[host]}{path}"

    @property
    def verify(self) -> ssl.SSLContext | bool:
        """What ``httpx`` takes as ``verify`` for this sandbox."""
        return ssl.create_default_context(cafile=self.ca_file) if self.ca_file else True

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """A control call (``/control/...``) that must succeed."""
        answer = httpx.post(f"{self.control}{path}", json=body, verify=self.verify, timeout=10)
        if answer.status_code != 200:
            raise AssertionError(f"POST {path} {body}: {answer.status_code} {answer.text}")
        return answer.json()  # type: ignore[no-any-return]

    def state(self) -> dict[str, Any]:
        answer = httpx.get(f"{self.control}/control/state", verify=self.verify, timeout=10)
        answer.raise_for_status()
        return answer.json()  # type: ignore[no-any-return]


@dataclass(frozen=True)
class _Tls:
    certfile: str
    keyfile: str
    ca_file: str


class _Served:
    """The sandbox's own loop in a daemon thread; ``stop()`` ends it and waits for it."""

    def __init__(self, settings: dict[str, dict[str, Any]], tls: _Tls | None) -> None:
        self._settings = settings
        self._tls = tls
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._failure: BaseException | None = None
        self.server: SandboxServer | None = None
        self._thread = threading.Thread(target=self._main, name="sandbox", daemon=True)

    def start(self) -> SandboxServer:
        self._thread.start()
        if not self._ready.wait(START_SECONDS):
            raise RuntimeError(f"the sandbox did not start within {START_SECONDS:g} s")
        if self._failure is not None or self.server is None:
            raise RuntimeError("the sandbox failed to start") from self._failure
        return self.server

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(START_SECONDS)

    def _main(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # reported by start(); a thread has no one else to tell
            self._failure = exc
            self._ready.set()

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        app = build_sandbox_app(SandboxContext(settings=self._settings))
        tls = self._tls
        async with SandboxServer(
            app,
            ssl_certfile=tls.certfile if tls else None,
            ssl_keyfile=tls.keyfile if tls else None,
        ) as server:
            self.server = server
            self._ready.set()
            await self._stop.wait()


@pytest.fixture
def sandbox_settings() -> dict[str, dict[str, Any]]:
    """Override in a test module (or parametrize) to change the parts' settings."""
    return {}


def _running(settings: dict[str, dict[str, Any]], tls: _Tls | None) -> Iterator[Clouds]:
    served = _Served(settings, tls)
    server = served.start()
    try:
        clouds = Clouds(server.base_url, server.origins, {}, tls.ca_file if tls else None)
        endpoints = httpx.get(f"{server.base_url}/control/endpoints", verify=clouds.verify)
        yield Clouds(clouds.control, clouds.hosts, endpoints.json(), clouds.ca_file)
    finally:
        # A client exception caught by the test keeps its socket open from a reference cycle
        # (traceback <-> frame); collect it, or the sandbox's shutdown waits out its grace.
        gc.collect(1)
        served.stop()


@pytest.fixture
def clouds(sandbox_settings: dict[str, dict[str, Any]]) -> Iterator[Clouds]:
    """The sandbox over plain http on loopback (``http://127.0.0.1:<port>`` per host)."""
    yield from _running(sandbox_settings, None)


@pytest.fixture(scope="session")
def test_ca(tmp_path_factory: pytest.TempPathFactory) -> _Tls:
    folder: Path = tmp_path_factory.mktemp("tls")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    files = _Tls(str(folder / "cert.pem"), str(folder / "key.pem"), str(folder / "ca.pem"))
    cert.cert_chain_pems[0].write_to_path(files.certfile)
    cert.private_key_pem.write_to_path(files.keyfile)
    ca.cert_pem.write_to_path(files.ca_file)
    return files


@pytest.fixture
def tls_clouds(sandbox_settings: dict[str, dict[str, Any]], test_ca: _Tls) -> Iterator[Clouds]:
    """The sandbox over https (``https://127.0.0.1:<port>`` per host), signed by ``ca_file``."""
    yield from _running(sandbox_settings, test_ca)
