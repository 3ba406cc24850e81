"""The tray menu and the status window around the real service, fed by the sandbox.

The demo's wiring (sandbox + service signed in through the real OAuth flows) runs on the test's
qasync loop; the test plays the agent through the sandbox's control API and reads the widgets.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from omnisync.core.decision import SyncMode
from omnisync.core.model import Product
from omnisync.demo import build_demo
from omnisync.sandbox.harness import Sandbox
from omnisync.service.state import Remedy, ServiceState
from omnisync.service.sync_service import SyncService
from support.ports import private_demo
from support.qt_ui import headers, open_menu, run
from support.service_waits import linked, until_state

pytestmark = [pytest.mark.ui, pytest.mark.integration]

DOCS_IMAGES = Path(__file__).parents[3] / "docs" / "images"


@pytest.fixture
def service() -> None:
    """Built inside the test's coroutine (see below), not by the shell fixtures."""
    return None


async def until(service: SyncService, check: Callable[[ServiceState], bool], what: str) -> None:
    await until_state(service, check, what, wait_s=10)
    await asyncio.sleep(0.05)  # let the bridge's queued signals reach the widgets


def test_menu_and_status_window_follow_the_agent(make_shell, qloop) -> None:
    """Everything runs inside one coroutine: qasync only steps tasks while its loop runs."""

    async def scenario() -> None:
        async with contextlib.AsyncExitStack() as stack:
            service, sandbox = await build_demo(stack, private_demo())
            try:
                await play(service, sandbox, make_shell(around=service))
            finally:
                await service.shutdown()

    run(qloop, scenario(), 60)


async def play(service: SyncService, sandbox: Sandbox, shell) -> None:
    await service.start()
    await until(service, linked, "signed in to both and linked")

    await sandbox.post("/control/genesys/presence", {"presence": "On Queue"})
    await until(service, lambda s: s.view.mode is SyncMode.MAPPED, "mapped")
    menu = shell.tray.menu
    open_menu(menu)
    assert headers(menu)[:3] == [
        "Genesys Cloud: On Queue · no interaction",
        "Omni-Channel: Busy · no work",
        "Sync: in sync",
    ]
    assert "You are On Queue in Genesys Cloud; Omni-Channel follows as Busy." in (
        shell.tray.icon.toolTip()
    )

    window = shell.status_window
    shell.show_status_window()
    await until(service, lambda s: s.salesforce.account is not None, "the Salesforce name")
    signed_in_as = [
        window.products[p].findChild(QLabel, f"{p.value}:account").text()
        for p in (Product.GENESYS, Product.OMNI)
    ]
    assert signed_in_as == [
        "Dana Demo (dana.demo@example.com)",
        "Demo Agent (agent@omnisync.sandbox)",
    ]
    explanations = [
        str(window.audit.data(window.audit.index(row, 2))) for row in range(window.audit.rowCount())
    ]
    assert "You went On Queue in Genesys Cloud, so Omni-Channel follows as Busy." in explanations

    await sandbox.post("/control/salesforce/console", {"open": False})
    await until(service, lambda s: s.view.mode is SyncMode.SUSPENDED, "suspended")
    await until(service, lambda s: any(t.remedy is Remedy.OPEN_CONSOLE for t in s.must_do), "open")
    todo = [label.text() for label in window.todo_box.findChildren(QLabel, "todo-text")]
    assert any(line.startswith("Open your Salesforce console") for line in todo)
    if os.environ.get("OMNISYNC_SCREENSHOTS") == "1":
        window.resize(900, 640)
        await asyncio.sleep(0.05)
        assert window.grab().toImage().save(str(DOCS_IMAGES / "status-window-sandbox.png"))


def test_no_tray_window_follows_the_agent(make_shell, tray_timer, qloop) -> None:
    """Where no tray ever appears, the small window shows the same live header."""

    async def scenario() -> None:
        async with contextlib.AsyncExitStack() as stack:
            service, sandbox = await build_demo(stack, private_demo())
            try:
                shell = make_shell(around=service, tray_available=lambda: False)
                shell.start(show_status_window=False)
                for _ in range(3):  # the fixture's tray_attempts: then the window instead
                    tray_timer.timeout.emit()
                window = shell.no_tray_window
                assert window is not None
                assert window.isVisible()
                await service.start()
                await until(service, linked, "signed in to both and linked")
                await sandbox.post("/control/genesys/presence", {"presence": "On Queue"})
                await until(service, lambda s: s.view.mode is SyncMode.MAPPED, "mapped")
                header = window.findChild(QLabel, "header").text().splitlines()
                assert header[:3] == [
                    "Genesys Cloud: On Queue · no interaction",
                    "Omni-Channel: Busy · no work",
                    "Sync: in sync",
                ]
            finally:
                await service.shutdown()

    run(qloop, scenario(), 60)
