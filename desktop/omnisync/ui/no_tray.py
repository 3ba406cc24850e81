"""Where there is no system tray: wait a while for one, then show a small window instead.

At login the app may start before the panel does, so "no tray" at start is often "no tray yet".
The waiter asks again on a timer (injectable, so tests need not wait) and gives up after a number
of attempts. The window it leads to carries the same header and the same menu as the tray.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from omnisync.appinfo import DISPLAY_NAME
from omnisync.service.state import ServiceState
from omnisync.ui.bridge import ServiceBridge
from omnisync.ui.i18n import translate
from omnisync.ui.icons import tray_icon
from omnisync.ui.notifications import Notification
from omnisync.ui.tray_menu import TrayMenuBuilder
from omnisync.ui.wording import header_lines, headline, problem_text, state_label, tray_state

TRAY_WAIT_ATTEMPTS = 60
TRAY_WAIT_INTERVAL_MS = 1000
"""A minute in all: long enough for a slow panel at login, short enough not to leave the agent
without any window."""


class TrayWaiter(QObject):
    ready = Signal()
    """A system tray is there: show the tray icon."""
    gave_up = Signal()
    """Still none after every attempt: show the no-tray window."""

    def __init__(
        self,
        available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        *,
        attempts: int = TRAY_WAIT_ATTEMPTS,
        timer: QTimer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._available = available
        self.attempts = attempts
        self.tries = 0
        self.timer = timer or QTimer(self)
        if timer is None:
            self.timer.setInterval(TRAY_WAIT_INTERVAL_MS)
        self.timer.timeout.connect(self._try)

    def start(self) -> None:
        self.tries = 0
        if self._available():
            self.ready.emit()
        else:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _try(self) -> None:
        if not self.timer.isActive():
            return  # a timeout queued before stop()
        self.tries += 1
        if self._available():
            self.timer.stop()
            self.ready.emit()
        elif self.tries >= self.attempts:
            self.timer.stop()
            self.gave_up.emit()


class NoTrayWindow(QWidget):
    """A small window that stays: the state, the menu, the status window and Quit."""

    def __init__(
        self,
        bridge: ServiceBridge,
        menu_builder: TrayMenuBuilder,
        *,
        show_status_window: Callable[[], None],
        quit_app: Callable[[], None],
    ) -> None:
        super().__init__()
        self.setObjectName("no-tray-window")
        self.setWindowTitle(DISPLAY_NAME)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setObjectName("state-icon")
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        texts.addWidget(self.summary)
        self.header = QLabel()
        self.header.setObjectName("header")
        self.header.setTextFormat(Qt.TextFormat.PlainText)  # statuses and names are data
        self.header.setWordWrap(True)
        texts.addWidget(self.header)
        top.addLayout(texts, 1)
        layout.addLayout(top)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.explain = QLabel(
            translate(
                "no tray",
                "No system tray was found on this desktop, so OmniSync shows this window "
                "instead. Closing it minimises it; use Quit to stop syncing.",
            )
        )
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        buttons = QHBoxLayout()
        self.menu = QMenu(self)
        self.menu.setObjectName("no-tray-menu")
        menu_builder.attach(self.menu)
        self.menu_button = QPushButton(translate("no tray", "Menu"))
        self.menu_button.setObjectName("menu-button")
        self.menu_button.setMenu(self.menu)
        status = QPushButton(translate("menu", "Status window…"))
        status.setObjectName("status-button")
        status.clicked.connect(show_status_window)
        quit_button = QPushButton(translate("menu", "Quit"))
        quit_button.setObjectName("quit-button")
        quit_button.clicked.connect(quit_app)
        for button in (self.menu_button, status, quit_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        bridge.state_changed.connect(self.show_state)
        self.show_state(bridge.state)
        self.resize(420, 0)

    def show_state(self, state: ServiceState) -> None:
        self.icon.setPixmap(tray_icon(tray_state(state), badge=state.problem).pixmap(48, 48))
        self.summary.setText(headline(state))
        self.header.setText("\n".join(header_lines(state)))
        problem = problem_text(state) if state.problem else ""
        self.problem.setText(problem)
        self.icon.setAccessibleName(state_label(tray_state(state)))
        self.problem.setVisible(bool(problem))

    def show_notice(self, note: Notification) -> None:
        """Notifications cannot pop up without a tray, so the latest one is shown here."""
        self.notice.setText(
            translate("no tray", "{title}: {message}").format(
                title=note.title, message=note.message
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.showMinimized()
