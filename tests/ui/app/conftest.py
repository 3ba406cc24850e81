"""The tray app around a RecordingService, on a real qasync loop, with every outside effect
(URLs opened, the tray's arrival, files) kept inside the test."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QTimer, QUrl

from omnisync.settings import SettingsStore
from omnisync.ui.autostart import XdgAutostart
from omnisync.ui.preferences import Preferences, load_values
from omnisync.ui.shell import ShellOptions, TrayApp
from support.qt_ui import OpenedUrls, Panel, run
from support.recording_service import RecordingService
from support.ui_states import IN_SYNC

pytestmark = pytest.mark.ui

GUIDE = QUrl("file:///opt/omnisync/docs/salesforce-setup.md")


@pytest.fixture
def qloop(qapp) -> Iterator[qasync.QEventLoop]:
    """A fresh qasync loop per test; an error inside any task fails the test."""
    loop = qasync.QEventLoop(qapp)
    errors: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    asyncio.set_event_loop(None)
    assert not errors, errors


@pytest.fixture
def opened() -> OpenedUrls:
    return OpenedUrls()


@pytest.fixture
def service() -> RecordingService:
    return RecordingService(state=IN_SYNC)


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "config")


@pytest.fixture
def autostart(tmp_path: Path) -> XdgAutostart:
    env = {"XDG_CONFIG_DIRS": str(tmp_path / "no-system-dirs")}
    return XdgAutostart(
        ["/opt/omnisync/bin/omnisync", "tray", "--background"], environ=env, home=tmp_path / "home"
    )


@pytest.fixture
def tray_timer(qapp) -> QTimer:
    """Never fires by itself: a test emits ``timeout`` to make the waiter look again."""
    timer = QTimer()
    timer.setInterval(3_600_000)
    return timer


@pytest.fixture
def panel() -> Panel:
    return Panel()


@pytest.fixture
def shell_options(
    tmp_path: Path, opened: OpenedUrls, tray_timer: QTimer, panel: Panel
) -> ShellOptions:
    return ShellOptions(
        open_url=opened,
        setup_guide=GUIDE,
        log_dir=tmp_path / "logs",
        tray_available=lambda: True,
        tray_attempts=3,
        tray_timer=tray_timer,
        is_dark=panel,
    )


@pytest.fixture
def make_shell(qapp, qloop, service, store, autostart, shell_options):
    """Build the app around ``service``; ``options`` replaces fields of ``shell_options``."""
    made: list[TrayApp] = []

    def make(*, around: Any = None, **options: Any) -> TrayApp:
        """``around``: another service than the fixture's (e.g. the real one on the sandbox)."""
        preferences = Preferences(
            load_values(store, autostart), store=store, autostart=autostart, loop=qloop
        )
        app = TrayApp(
            around or service, preferences, loop=qloop, options=replace(shell_options, **options)
        )
        made.append(app)
        return app

    yield make
    for app in made:
        run(qloop, app.aclose())
        app.status_window.deleteLater()
        if app.no_tray_window is not None:
            app.no_tray_window.deleteLater()
        app.deleteLater()


@pytest.fixture
def shell(make_shell) -> TrayApp:
    return make_shell()
