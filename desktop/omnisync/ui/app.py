"""Start-up and shutdown of the tray app: one main coroutine on the qasync loop, ended by Quit.

``run`` makes the QApplication, makes sure this is the only instance for the user (a second
launch opens the first one's status window and exits), then runs :func:`main` on a qasync loop
through ``asyncio.Runner``, which cancels anything left over when it returns. ``main`` builds
the service and the UI around it, starts the service behind the UI, waits for Quit (the menu,
the no-tray window, Ctrl+C or SIGTERM, or the session ending), takes the UI down, awaits the
service's shutdown and then closes what the service used.
"""

from __future__ import annotations

from omnisync.ui import pyside_features  # noqa: F401  (first: PySide6 then skips its source scan)

# isort: split
import asyncio
import contextlib
import logging
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from omnisync.appinfo import APP_NAME, DISPLAY_NAME
from omnisync.service.state import ServiceControl
from omnisync.settings import SettingsStore
from omnisync.ui.autostart import Autostart, autostart_for_platform
from omnisync.ui.early_tray import early_language, take_first_tray
from omnisync.ui.i18n import chosen_language, install_language, translate
from omnisync.ui.os_signals import quit_on_signals
from omnisync.ui.preferences import Preferences, load_values
from omnisync.ui.qt_gc import collect_on_qt_thread, keep_start_up
from omnisync.ui.qt_loop import QtEventLoop
from omnisync.ui.shell import ShellOptions, TrayApp
from omnisync.ui.single_instance import SingleInstance, SingleInstanceError
from omnisync.ui.wording import error_text

log = logging.getLogger(__name__)

SHUTDOWN_TIMEOUT = 15.0
"""How long Quit waits for the service to stop its tasks before giving up on it."""


class ManagedService(ServiceControl, Protocol):
    """The service as the app runs it: the UI's commands plus start and shutdown."""

    async def start(self) -> None:
        """Resume sessions and connect; runs while the UI is already up."""
        ...

    async def shutdown(self) -> None:
        """Cancel every task and flush what must be flushed; awaited by Quit."""
        ...


ServiceFactory = Callable[[contextlib.AsyncExitStack], Awaitable[ManagedService]]
"""Builds the service once, on the running loop, before the UI exists. What the service uses
and must close (an HTTP client) goes on the stack: it is closed after the service's shutdown."""


@dataclass
class AppOptions:
    background: bool = False
    """Started at login: do not open the status window (the tray says it all)."""
    settings: SettingsStore | None = field(default_factory=SettingsStore)
    autostart: Autostart | None = field(default_factory=autostart_for_platform)
    shell: ShellOptions = field(default_factory=ShellOptions)
    shutdown_timeout: float = SHUTDOWN_TIMEOUT


async def main(
    service_factory: ServiceFactory,
    options: AppOptions | None = None,
    *,
    instance: SingleInstance | None = None,
    quit_event: asyncio.Event | None = None,
    started: Callable[[TrayApp], None] = lambda _app: None,
) -> int:
    """The app's one coroutine. ``quit_event`` and ``started`` let tests drive it."""
    options = options or AppOptions()
    first = take_first_tray()  # the full tray the entry point drew before the loop existed
    if first is not None:  # it read the same default settings and start-at-login entry
        values = first.values
    else:
        values = await asyncio.to_thread(load_values, options.settings, options.autostart)
        install_language(chosen_language(values.language))  # before any widget shows a word
    async with contextlib.AsyncExitStack() as resources:  # closed after the service stopped
        try:
            service = await service_factory(resources)
        except Exception as exc:
            if first is not None:
                first.retire()
            log.exception("the sync service could not be built")
            print(f"{DISPLAY_NAME} cannot start: {exc}", file=sys.stderr)  # a terminal, a script
            await _tell_and_wait(_cannot_start(), error_text(exc))
            return 1
        loop = asyncio.get_running_loop()
        preferences = Preferences(
            values, store=options.settings, autostart=options.autostart, loop=loop
        )
        shell = TrayApp(service, preferences, loop=loop, options=options.shell, first_tray=first)
        shell.start(show_status_window=not options.background, notice=values.notice)
        if instance is not None:
            instance.show_status_window_requested.connect(shell.show_status_window)
        started(shell)
        return await _run_until_quit(service, shell, quit_event or asyncio.Event(), options)


async def _run_until_quit(
    service: ManagedService, shell: TrayApp, quit_now: asyncio.Event, options: AppOptions
) -> int:
    """Start the service behind the UI, wait for Quit, then stop the UI and the service."""
    shell.quit_requested.connect(quit_now.set)
    qt_app = QApplication.instance()
    if qt_app is not None:
        qt_app.aboutToQuit.connect(quit_now.set)  # the session is ending
    starting = asyncio.get_running_loop().create_task(
        service.start(), name="omnisync:service-start"
    )
    starting.add_done_callback(lambda task: _report_start(task, shell))
    starting.add_done_callback(lambda _task: keep_start_up())
    with quit_on_signals(quit_now.set):
        await quit_now.wait()
    if qt_app is not None:
        qt_app.aboutToQuit.disconnect(quit_now.set)
    await shell.aclose()
    if not starting.done():
        starting.cancel()
    await asyncio.gather(starting, return_exceptions=True)
    try:
        await asyncio.wait_for(service.shutdown(), options.shutdown_timeout)
    except TimeoutError:
        log.error("the service did not stop in %.0f s; quitting anyway", options.shutdown_timeout)
        return 1
    return 0


def _cannot_start() -> str:
    return translate("app", "{app} cannot start").format(app=DISPLAY_NAME)


async def _tell_and_wait(title: str, text: str) -> None:
    """Before any tray exists, the only way to tell the agent: a box, awaited (not exec'd)."""
    closed = asyncio.get_running_loop().create_future()
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the error quotes files and values as typed
    box.setObjectName("startup-error")

    def finished(_result: int) -> None:
        if not closed.done():
            closed.set_result(None)

    box.finished.connect(finished)
    box.show()
    try:
        await closed
    finally:
        box.deleteLater()


def _report_start(task: asyncio.Task[None], shell: TrayApp) -> None:
    exc = None if task.cancelled() else task.exception()
    if exc is None:
        return
    log.error("the sync service did not start: %s", exc)
    shell.show_error(
        translate("app", "Sync could not start"),
        translate("app", "{error}\n\nSee the log folder for details.").format(
            error=error_text(exc)
        ),
    )


def run(
    service_factory: ServiceFactory,
    options: AppOptions | None = None,
    *,
    argv: Sequence[str] | None = None,
    instance: SingleInstance | None = None,
) -> int:
    """Run the tray app until Quit; the process's exit status.

    0 after Quit, and also when another instance was already running (it was asked to show
    its status window); 1 when the single-instance check failed or shutdown timed out.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or [APP_NAME]))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setQuitOnLastWindowClosed(False)  # the tray keeps running with every window closed
    guard = instance or SingleInstance()
    try:
        if not guard.acquire():
            print(f"{DISPLAY_NAME} is already running: its status window was opened.")
            return 0
    except SingleInstanceError as exc:
        _tell_instance_error(app, exc, options)
        return 1
    try:
        with (
            collect_on_qt_thread(app),
            asyncio.Runner(loop_factory=lambda: QtEventLoop(app)) as runner,
        ):
            return runner.run(main(service_factory, options, instance=guard))
    finally:
        guard.release()


def _tell_instance_error(
    app: QApplication, exc: SingleInstanceError, options: AppOptions | None
) -> None:
    """The terminal and the log in English (for a script and for support), and the agent a
    box in their language where a screen exists (started at login, no terminal is seen)."""
    log.error("the single-instance check failed: %s", exc)
    print(exc, file=sys.stderr)
    if app.primaryScreen() is None:
        return
    store = (options or AppOptions()).settings
    install_language(chosen_language(early_language(store.directory if store else None)))
    with asyncio.Runner(loop_factory=lambda: QtEventLoop(app)) as runner:
        runner.run(_tell_and_wait(_cannot_start(), error_text(exc)))
