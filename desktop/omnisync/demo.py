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
import logging
import signal
import sys
import tempfile
import time
import webbrowser
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import httpx

from omnisync.auth.store import MemoryTokenStore
from omnisync.core.message import say
from omnisync.net import skip_sniffio_search
from omnisync.resources import resource_path
from omnisync.sandbox.harness import Sandbox, running_sandbox
from omnisync.service.audit import AuditEntry, Outcome
from omnisync.service.factory import Orgs, Places, Timing, build_service, sandbox_sign_in_page
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
    link_ports: tuple[int, ...] | None = None
    """Where the app listens for the console's direct link and the sandbox's console dials it;
    None: the registered range, where another app or test on the machine may also dial."""
    direct_grace: float | None = None
    """Seconds start waits for the direct link before it uses the record; None: the app's own.
    A bench whose sandbox console knows only the record need not wait it out."""


def demo_sandbox_settings(link_ports: tuple[int, ...] | None) -> dict[str, dict[str, Any]]:
    """The demo's sandbox settings, its console dialing ``link_ports`` when given."""
    settings: dict[str, dict[str, Any]] = {k: dict(v) for k, v in SANDBOX_SETTINGS.items()}
    if link_ports is not None:
        settings["salesforce"]["link_ports"] = list(link_ports)
    return settings


async def build_demo(
    resources: contextlib.AsyncExitStack, options: DemoOptions
) -> tuple[SyncService, Sandbox]:
    sandbox = await resources.enter_async_context(
        running_sandbox(demo_sandbox_settings(options.link_ports), port=options.port)
    )
    endpoints = (await sandbox.control.get("/control/endpoints")).json()
    skip_sniffio_search()  # as http_client does: the sandbox is plain http, no TLS to set up
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
        MemoryTokenStore(say("service", "the demo keeps its tokens in memory")),
        sandbox_sign_in_page(browser),
        wanted_profile=options.profile,
        timing=Timing(salesforce=_salesforce_timing(options)),
    )
    service.sign_in_at_start = True
    if options.browser:
        webbrowser.open(f"{sandbox.base_url}/")
    return service, sandbox


def _salesforce_timing(options: DemoOptions) -> dict[str, Any]:
    timing: dict[str, Any] = {}
    if options.link_ports is not None:
        timing["link_ports"] = options.link_ports
    if options.direct_grace is not None:
        timing["direct_grace"] = options.direct_grace
    return timing


LINE_FORMAT = "%(asctime)s %(kind)-6s %(message)s"
"""One format for every line of ``--headless``: the app's log records and the printer's own."""
TIME_FORMAT = "%H:%M:%S"


class Printer:
    """``--headless``: each audit entry and each change of what the tray would show, on stdout,
    in the English of the audit file, in :data:`LINE_FORMAT`. A change's later steps say only
    their outcome (its first line said what and why); nothing is printed about the statuses
    before both are known."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._last = ""

    def line(self, kind: str, text: str) -> None:
        stamp = time.strftime(TIME_FORMAT)
        self._out.write(LINE_FORMAT % {"asctime": stamp, "kind": kind, "message": text} + "\n")
        self._out.flush()

    def audit(self, entry: AuditEntry) -> None:
        if not entry.rule:
            self.line("audit", entry.trigger)
            return
        outcome = entry.outcome.value
        if entry.outcome in (Outcome.PENDING, Outcome.ASKED, Outcome.DECIDED):
            what = entry.explanation or entry.trigger
            self.line("audit", f"{entry.rule} {entry.kind} {outcome}: {what}")
        else:
            detail = f": {entry.detail}" if entry.detail else ""
            self.line("audit", f"{entry.rule} {entry.kind} {outcome}{detail}")

    def state(self, state: ServiceState) -> None:
        if state.genesys_presence is None or state.omni_status is None:
            return  # "unknown ⇄ unknown" says nothing; the start-up line said what is going on
        view = state.view
        text = (
            f"Genesys Cloud {view.genesys_label} ⇄ Omni-Channel {view.omni_label}: {view.why} "
            f"[{view.mode.value}; profile {state.profile_id}]"
        )
        down = ", ".join(
            f"{h.channel.value} {h.health.value}" for h in state.channels.values() if not h.ok
        )
        if state.console_route is not None:
            route = state.console_route
            text += (
                " [console link direct]" if route.direct else f" [console link record: {route.why}]"
            )
        if down:
            text += f" [not up: {down}]"
        tasks = "; ".join(t.text for t in state.must_do)
        if tasks:
            text += f" [to do: {tasks}]"
        if text != self._last:
            self._last = text
            self.line("state", text)


class PrinterLog(logging.Formatter):
    """The app's log records on stderr in the printer's format (kind ``log``)."""

    def __init__(self) -> None:
        super().__init__(LINE_FORMAT, TIME_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        record.kind = "log"
        return super().format(record)


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
        printer.line(
            "demo",
            f"OmniSync demo started. Sandbox: {sandbox.base_url} Control page: "
            f"{sandbox.base_url}/ (Ctrl+C stops it)",
        )
        try:
            await service.start()
            await stop.wait()
        finally:
            await service.shutdown()
            printer.line("demo", "OmniSync demo stopped.")
    return 0
