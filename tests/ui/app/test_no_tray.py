"""Without a system tray: wait for one a while, then a small window with the same menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton

from omnisync.ui.no_tray import TrayWaiter
from omnisync.ui.notifications import Notification, NotificationKind
from support.qt_ui import flush, headers, open_menu
from support.ui_states import CONSOLE_LINK_LOST

pytestmark = pytest.mark.ui


class Panel:
    """A tray that appears after ``appears_after`` questions (or never)."""

    def __init__(self, appears_after: int | None) -> None:
        self.appears_after = appears_after
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.appears_after is not None and self.asked > self.appears_after


def tick(timer: QTimer, times: int) -> None:
    for _ in range(times):
        timer.timeout.emit()


def test_a_tray_that_is_there_is_used_at_once(shell, tray_timer):
    shell.start(show_status_window=False)
    assert shell.tray.icon.isVisible()
    assert not tray_timer.isActive()
    assert shell.no_tray_window is None


def test_no_tray_window_after_every_attempt(qtbot, make_shell, tray_timer, service, qloop):
    app = make_shell(tray_available=Panel(appears_after=None))
    app.start(show_status_window=False)
    assert tray_timer.isActive()
    tick(tray_timer, 2)
    assert app.no_tray_window is None  # still trying: trays come late at login
    tick(tray_timer, 1)
    window = app.no_tray_window
    assert window is not None and window.isVisible()
    assert not tray_timer.isActive()
    assert not app.tray.icon.isVisible()
    summary = window.findChild(QLabel, "summary").text()
    assert summary == "You are On Queue in Genesys Cloud; Omni-Channel follows as Busy."
    header = window.findChild(QLabel, "header").text().splitlines()
    assert header == [
        "Genesys Cloud: On Queue · no interaction",
        "Omni-Channel: Busy · no work",
        "Sync: in sync",
        "Profile: One product at a time",
    ]
    # the same menu as the tray, from the Menu button
    actions = open_menu(window.menu_button.menu())
    assert headers(window.menu) == header
    assert {"profiles", "pause", "status-window", "quit", "start-at-login"} <= set(actions)
    actions["pause"].trigger()
    assert service.calls == [("set_paused", True)]
    # its own buttons
    window.findChild(QPushButton, "status-button").click()
    assert app.status_window.isVisible()
    with qtbot.waitSignal(app.quit_requested, timeout=1000):
        window.findChild(QPushButton, "quit-button").click()
    # it follows the state, problem included
    service.publish(CONSOLE_LINK_LOST)
    flush(qloop)
    problem = window.findChild(QLabel, "problem")
    assert problem.text().startswith("Open your Salesforce console")
    # closing minimises it: it must stay reachable
    window.close()
    assert window.isVisible()


def test_a_tray_that_appears_late_is_used(qapp):
    panel = Panel(appears_after=3)  # the first question is start(), then timer ticks
    timer = QTimer()
    waiter = TrayWaiter(panel, attempts=5, timer=timer)
    seen: list[str] = []
    waiter.ready.connect(lambda: seen.append("ready"))
    waiter.gave_up.connect(lambda: seen.append("gave up"))
    timer.setInterval(3_600_000)
    waiter.start()
    tick(timer, 2)
    assert seen == []
    tick(timer, 1)
    assert seen == ["ready"]
    assert not timer.isActive()
    tick(timer, 3)  # late timeouts after stopping are ignored
    assert seen == ["ready"]


def test_default_waiter_gives_up_after_its_attempts(qtbot):
    waiter = TrayWaiter(lambda: False, attempts=3)
    waiter.timer.setInterval(5)
    with qtbot.waitSignal(waiter.gave_up, timeout=2000):
        waiter.start()
    assert waiter.tries == 3


def test_notifications_show_in_the_no_tray_window(make_shell, tray_timer):
    app = make_shell(tray_available=Panel(appears_after=None))
    app.start(show_status_window=False)
    tick(tray_timer, 3)
    app.notifier.notify(
        Notification(NotificationKind.ACTION_NEEDED, "Sign in to Salesforce", "Sign in now")
    )
    assert app.no_tray_window.findChild(QLabel, "notice").text() == (
        "Sign in to Salesforce: Sign in now"
    )


def test_the_no_tray_window_shows_names_and_messages_as_typed(
    make_shell, tray_timer, service, qloop
):
    """Status labels and profile names are data: "<b>" is shown, never rendered as markup."""
    app = make_shell(tray_available=Panel(appears_after=None))
    service.publish(profile_name="Sales <b>& Service</b>")
    app.start(show_status_window=False)
    tick(tray_timer, 3)
    flush(qloop)
    app.notifier.notify(Notification(NotificationKind.ACTION_NEEDED, "<i>Sign in</i>", "now"))
    window = app.no_tray_window
    for name in ("header", "problem", "notice"):
        label = window.findChild(QLabel, name)
        assert label.textFormat() is Qt.TextFormat.PlainText, name
    assert "Profile: Sales <b>& Service</b>" in window.findChild(QLabel, "header").text()
    assert window.findChild(QLabel, "notice").text() == "<i>Sign in</i>: now"
