"""``omnisync demo``: the sandbox clouds and the real app wired to them, on one event loop.

Nothing here is faked beyond the sandbox itself: the app signs in through the real OAuth flows
(the sandbox's authorize page signs the demo agent in without typing), talks to the sandbox over
real sockets, and keeps both products in sync while a person plays the agent on the control page.
Tokens stay in memory and files go to a temporary folder, so the demo never touches the agent's
real keyring, settings or audit log.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import tempfile
import time
import webbrowser
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import httpx

from omnisync.auth.store import MemoryTokenStore
from omnisync.resources import resource_path
from omnisync.sandbox.harness import Sandbox, running_sandbox
from omnisync.service.audit import AuditEntry
from omnisync.service.factory import Orgs, Places, build_service, sandbox_sign_in_page
from omnisync.service.profile_store import ProfileDirs
from omnisync.service.state import ServiceState
from omnisync.service.sync_service import SyncService

SANDBOX_SETTINGS = {"salesforce": {"initial_status": "Transition"}}
"""The demo agent starts logged in to Omni-Channel, so sync is live from the first click."""


@dataclass(frozen=True, slots=True)
class DemoOptions:
    port: int = 8765
    profile: str | None = None
    browser: bool = True


async def build_demo(
    resources: contextlib.AsyncExitStack, options: DemoOptions
) -> tuple[SyncService, Sandbox]:
    sandbox = await resources.enter_async_context(
        running_sandbox(SANDBOX_SETTINGS, port=options.port)
    )
    endpoints = (await sandbox.control.get("/control/endpoints")).json()
    http = await resources.enter_async_context(httpx.AsyncClient(follow_redirects=False))
    browser = await resources.enter_async_context(httpx.AsyncClient(follow_redirects=True))
    folder = Path(resources.enter_context(tempfile.TemporaryDirectory(prefix="omnisync-demo-")))
    places = Places(
        folder / "data", ProfileDirs(resource_path("profiles"), folder / "machine", folder / "user")
    )
    service = build_service(
        Orgs.from_sandbox(endpoints),
        places,
        http,
        MemoryTokenStore("the demo keeps its tokens in memory"),
        sandbox_sign_in_page(browser),
        wanted_profile=options.profile,
    )
    service.sign_in_at_start = True
    if options.browser:
        webbrowser.open(f"{sandbox.base_url}/")
    return service, sandbox


class Printer:
    """``--headless``: each audit entry and each change of what the tray would show, on stdout."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._last = ""

    def _line(self, kind: str, text: str) -> None:
        self._out.write(f"{time.strftime('%H:%M:%S')} {kind:<6} {text}\n")
        self._out.flush()

    def audit(self, entry: AuditEntry) -> None:
        if entry.rule:
            detail = f" ({entry.detail})" if entry.detail else ""
            text = f"{entry.rule} {entry.kind} {entry.outcome.value}: {entry.explanation}{detail}"
        else:
            text = entry.trigger
        self._line("audit", text)

    def state(self, state: ServiceState) -> None:
        tasks = "; ".join(t.text for t in state.must_do)
        down = ", ".join(
            f"{h.channel.value} {h.health.value}" for h in state.channels.values() if not h.ok
        )
        text = f"{state.view.mode.value}: {state.view.summary} [profile {state.profile_id}]"
        if state.console_route is not None:
            route = state.console_route
            text += (
                " [console link direct]" if route.direct else f" [console link record: {route.why}]"
            )
        if down:
            text += f" [down: {down}]"
        if tasks:
            text += f" [to do: {tasks}]"
        if text != self._last:
            self._last = text
            self._line("state", text)


async def run_headless(options: DemoOptions, out: TextIO = sys.stdout) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)
    async with contextlib.AsyncExitStack() as resources:
        service, sandbox = await build_demo(resources, options)
        printer = Printer(out)
        service.on_audit(printer.audit)
        service.on_state(printer.state)
        out.write(f"Sandbox: {sandbox.base_url}\nControl page: {sandbox.base_url}/\n")
        out.flush()
        try:
            await service.start()
            await stop.wait()
        finally:
            await service.shutdown()
    return 0
