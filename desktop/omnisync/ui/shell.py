"""The app's widgets wired together around one bridge: tray (or no-tray window), menu, status
window, notifications and messages. Start-up and shutdown live in :mod:`omnisync.ui.app`."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon, QWidget

from omnisync import __version__
from omnisync.appinfo import DISPLAY_NAME
from omnisync.service.state import ServiceControl
from omnisync.ui.agent_notifications import AgentNotifications
from omnisync.ui.bridge import ServiceBridge
from omnisync.ui.i18n import translate
from omnisync.ui.icons import panel_is_dark
from omnisync.ui.no_tray import TRAY_WAIT_ATTEMPTS, NoTrayWindow, TrayWaiter
from omnisync.ui.notifications import Notifier
from omnisync.ui.places import log_dir, setup_guide_url
from omnisync.ui.preferences import Preferences
from omnisync.ui.remedies import Remedies
from omnisync.ui.tray import Tray
from omnisync.ui.tray_menu import MenuCommands, TrayMenuBuilder

if TYPE_CHECKING:  # imported when first needed, after the tray is up (start-up time)
    from omnisync.ui.early_tray import FirstTray
    from omnisync.ui.status_window import StatusWindow
    from omnisync.ui.system_signals import SystemSignals

OpenUrl = Callable[[QUrl], object]


def _open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


@dataclass
class ShellOptions:
    """Everything the shell reaches outside itself, injectable for tests."""

    open_url: OpenUrl = _open_url
    setup_guide: QUrl | None = field(default_factory=setup_guide_url)
    log_dir: Path = field(default_factory=log_dir)
    tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable
    tray_attempts: int = TRAY_WAIT_ATTEMPTS
    tray_timer: QTimer | None = None
    is_dark: Callable[[], bool] = panel_is_dark
    notify_clock: Callable[[], float] = time.monotonic
    """The notifications' rate limit runs on it (the notification pictures step it on)."""


class TrayApp(QObject):
    quit_requested = Signal()

    def __init__(
        self,
        service: ServiceControl,
        preferences: Preferences,
        *,
        loop: asyncio.AbstractEventLoop | None = None,
        options: ShellOptions | None = None,
        first_tray: FirstTray | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``first_tray``: the tray the first step drew (its icon and menu are taken over, the
        clicks it queued are handed on at :meth:`start`)."""
        super().__init__(parent)
        self.options = options or ShellOptions()
        self.preferences = preferences
        self.bridge = ServiceBridge(service, loop=loop, parent=self)
        self.commands = MenuCommands(
            show_status_window=self.show_status_window,
            open_log_folder=self.open_log_folder,
            show_about=self.show_about,
            quit=self.quit_requested.emit,
        )
        self.menu_builder = TrayMenuBuilder(self.bridge, preferences, self.commands)
        self._first_tray = first_tray
        self.tray = Tray(
            self.bridge,
            self.menu_builder,
            on_activated=self.show_status_window,
            is_dark=self.options.is_dark,
            taking=first_tray.release() if first_tray is not None else None,
            parent=self,
        )
        self.remedies = Remedies(self.bridge, self.menu_builder)
        self._status_window: StatusWindow | None = None
        self.notifier = Notifier(self.tray.icon, clock=self.options.notify_clock, parent=self)
        self.notifications = AgentNotifications(self.bridge, self.notifier, preferences, self)
        self._system_signals: SystemSignals | None = None
        self.no_tray_window: NoTrayWindow | None = None
        self.waiter = TrayWaiter(
            self.options.tray_available,
            attempts=self.options.tray_attempts,
            timer=self.options.tray_timer,
            parent=self,
        )
        self.waiter.ready.connect(self.tray.show)
        self.waiter.gave_up.connect(self.show_no_tray_window)
        self.messages: list[QMessageBox] = []
        self._closed = False
        self.bridge.command_failed.connect(self.show_error)
        preferences.failed.connect(self.show_error)

    def start(self, *, show_status_window: bool = True, notice: str = "") -> None:
        """Look for the tray (or wait for one), and open the status window unless asked not to."""
        self.waiter.start()
        QTimer.singleShot(0, self._watch_system)  # on the loop's next pass: the tray is up
        # The first tray's clicks, on the loop's next pass too: by then Quit is listened to.
        QTimer.singleShot(0, self._hand_over_first_clicks)
        if show_status_window:
            self.show_status_window()
        if notice:
            self.show_error(translate("shell", "Settings"), notice)

    @property
    def status_window(self) -> StatusWindow:
        """Built when first opened: at login the tray is the whole app, and an agent who never
        opens the window pays neither its memory nor its start-up time nor its per-entry rows."""
        if self._status_window is None:
            from omnisync.ui.status_window import StatusWindow  # its widgets: when first opened

            self._status_window = StatusWindow(self.bridge, self.remedies)
        return self._status_window

    def show_status_window(self) -> None:
        self.status_window.bring_up()

    @property
    def system_signals(self) -> SystemSignals:
        """The OS's network and sleep signals, watched from the loop's first pass after
        :meth:`start`: QtNetwork, its backend and QtDBus take about 15 ms of CPU, none of it
        needed before the tray is shown (the network side is not even imported then)."""
        if self._system_signals is None:
            from omnisync.ui.system_signals import SystemSignals  # QtNetwork, QtDBus

            self._system_signals = SystemSignals(self.bridge.network_changed, self)
        return self._system_signals

    def _hand_over_first_clicks(self) -> None:
        first, self._first_tray = self._first_tray, None
        if first is not None and not self._closed:
            first.hand_over(self.bridge, self.preferences, self.commands)

    def _watch_system(self) -> None:
        if not self._closed:
            self.system_signals  # noqa: B018  (built on first use)

    def show_no_tray_window(self) -> None:
        if self.no_tray_window is None:
            window = NoTrayWindow(
                self.bridge,
                self.menu_builder,
                show_status_window=self.show_status_window,
                quit_app=self.quit_requested.emit,
            )
            self.notifier.shown.connect(window.show_notice)
            self.no_tray_window = window
        self.no_tray_window.show()

    def open_log_folder(self) -> None:
        folder = self.options.log_dir
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.show_error(
                translate("shell", "Log folder"),
                translate("shell", "Cannot create {folder} ({error}).").format(
                    folder=folder, error=exc.strerror or exc
                ),
            )
            return
        if not self.options.open_url(QUrl.fromLocalFile(str(folder))):
            self.show_error(
                translate("shell", "Log folder"),
                translate("shell", "No file manager opened it; the logs are in {folder}.").format(
                    folder=folder
                ),
            )

    def show_about(self) -> None:
        self._message(
            QMessageBox.Icon.Information,
            translate("menu", "About {app}").format(app=DISPLAY_NAME),
            "\n\n".join(
                [
                    f"{DISPLAY_NAME} {__version__}",
                    translate(
                        "shell",
                        "Keeps your Genesys Cloud and Omni-Channel statuses in sync, on this "
                        "computer, with your own sign-in to each.",
                    ),
                    translate("shell", "Logs: {folder}").format(folder=self.options.log_dir),
                    *self._setup_guide_line(),
                ]
            ),
        )

    def _setup_guide_line(self) -> list[str]:
        """Where the setup guide is: for whoever supports the agent, not a remedy of theirs."""
        guide = self.options.setup_guide
        if guide is None:
            return []
        return [
            translate("shell", "For your administrator, the setup guide: {path}").format(
                path=guide.toLocalFile() or guide.toString()
            )
        ]

    def show_error(self, title: str, message: str) -> None:
        self._message(QMessageBox.Icon.Warning, title, message)

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A non-modal box: a modal one would run a nested loop and stall the network."""
        window = self._status_window
        parent: QWidget | None = window if window is not None and window.isVisible() else None
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote profile names, paths, errors
        box.setObjectName("message")
        box.setModal(False)
        box.finished.connect(lambda _result, b=box: self._forget(b))
        self.messages.append(box)
        box.show()

    def _forget(self, box: QMessageBox) -> None:
        if box in self.messages:
            self.messages.remove(box)
        box.deleteLater()

    async def aclose(self) -> None:
        """Take everything off the screen and stop the commands still running."""
        self._closed = True
        self.waiter.stop()
        self.tray.close()
        for box in list(self.messages):
            box.close()
        self.remedies.close()
        if self._status_window is not None:
            self._status_window.hide()
        if self.no_tray_window is not None:
            self.no_tray_window.hide()
        await self.bridge.aclose()
        await self.preferences.wait_idle()
