"""Notifications: the setting, the kinds, and rate limiting of a flapping subject."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from omnisync.ui.notifications import (
    DEFAULT_STYLES,
    KindStyle,
    Notification,
    NotificationKind,
    Notifier,
)

pytestmark = pytest.mark.ui

STATUS = NotificationKind.STATUS_CHANGED
ACT = NotificationKind.ACTION_NEEDED


class RecordingTray(QSystemTrayIcon):
    """A real tray icon that also remembers what it was asked to show."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str, QSystemTrayIcon.MessageIcon, int]] = []

    def showMessage(self, title, msg, icon, msecs):
        self.messages.append((title, msg, icon, msecs))
        super().showMessage(title, msg, icon, msecs)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def tray(qapp) -> RecordingTray:
    return RecordingTray()


def fast(interval: float) -> dict[NotificationKind, KindStyle]:
    return {
        kind: KindStyle(style.icon, style.shown_for_ms, interval)
        for kind, style in DEFAULT_STYLES.items()
    }


def status(text: str) -> Notification:
    return Notification(STATUS, "Status changed", text, subject="genesys-status")


def titles(tray: RecordingTray) -> list[str]:
    return [m[1] for m in tray.messages]


def test_status_change_is_shown_as_information(tray, clock):
    notifier = Notifier(tray, clock=clock)
    assert notifier.notify(status("Genesys: On Queue -> Busy"))
    [(title, text, icon, msecs)] = tray.messages
    assert (title, text) == ("Status changed", "Genesys: On Queue -> Busy")
    assert icon == QSystemTrayIcon.MessageIcon.Information
    assert msecs == 5000


def test_action_needed_is_a_warning_and_stays_longer(tray, clock):
    Notifier(tray, clock=clock).notify(Notification(ACT, "Sign in", "Genesys token expires"))
    [(_, _, icon, msecs)] = tray.messages
    assert icon == QSystemTrayIcon.MessageIcon.Warning
    assert msecs == 15000


def test_setting_off_silences_status_changes_but_never_must_act(tray, clock):
    notifier = Notifier(tray, status_changes_enabled=False, clock=clock)
    assert notifier.notify(status("changed")) is False
    assert notifier.notify(Notification(ACT, "Console link lost", "Open the console"))
    assert titles(tray) == ["Open the console"]
    notifier.set_status_changes_enabled(True)
    assert notifier.status_changes_enabled
    notifier.notify(status("changed again"))
    assert titles(tray) == ["Open the console", "changed again"]


def test_flapping_subject_is_coalesced_to_its_latest_message(qtbot, tray, clock):
    notifier = Notifier(tray, clock=clock, styles=fast(0.2))
    notifier.notify(status("A"))
    clock.now += 0.01
    notifier.notify(status("B"))
    clock.now += 0.01
    notifier.notify(status("C"))
    assert titles(tray) == ["A"]
    assert [n.message for n in notifier.pending()] == ["C"]
    with qtbot.waitSignal(notifier.shown, timeout=5000) as shown:
        pass
    assert shown.args[0].message == "C"
    assert titles(tray) == ["A", "C"]
    assert notifier.pending() == []


def test_after_the_interval_a_subject_shows_at_once(tray, clock):
    notifier = Notifier(tray, clock=clock)
    notifier.notify(status("A"))
    clock.now += 30.0
    notifier.notify(status("B"))
    assert titles(tray) == ["A", "B"]


def test_different_subjects_do_not_hold_each_other_back(tray, clock):
    notifier = Notifier(tray, clock=clock)
    notifier.notify(status("genesys"))
    notifier.notify(Notification(STATUS, "Status changed", "omni", subject="omni-status"))
    notifier.notify(Notification(ACT, "Sign in", "now", subject="genesys-status"))
    assert titles(tray) == ["genesys", "omni", "now"]


def test_many_repeats_in_a_burst_show_twice_at_most(qtbot, tray, clock):
    notifier = Notifier(tray, clock=clock, styles=fast(0.1))
    for i in range(50):
        notifier.notify(status(f"flap {i}"))
        clock.now += 0.001
    with qtbot.waitSignal(notifier.shown, timeout=5000):
        pass
    assert titles(tray) == ["flap 0", "flap 49"]


def test_turning_the_setting_off_drops_waiting_status_notes(qtbot, tray, clock):
    notifier = Notifier(tray, clock=clock, styles=fast(0.05))
    notifier.notify(status("A"))
    notifier.notify(status("B"))
    notifier.notify(Notification(ACT, "Act", "first", subject="s"))
    notifier.notify(Notification(ACT, "Act", "second", subject="s"))
    notifier.set_status_changes_enabled(False)
    assert [n.message for n in notifier.pending()] == ["second"]
    with qtbot.waitSignal(notifier.shown, timeout=5000) as shown:
        pass
    assert shown.args[0].message == "second"
    qtbot.wait(120)  # longer than the interval: "B" must not appear late
    assert titles(tray) == ["A", "first", "second"]


def test_shown_signal_carries_the_notification(qtbot, tray, clock):
    notifier = Notifier(tray, clock=clock)
    note = Notification(ACT, "Sign in", "Salesforce needs you to sign in again")
    with qtbot.waitSignal(notifier.shown, timeout=1000) as shown:
        notifier.notify(note)
    assert shown.args == [note]


def test_a_newer_message_replaces_its_subjects_balloon_still_on_screen(qtbot, tray, clock):
    """The demo's bug: R5 set Genesys to Busy, and for the rest of the interval the balloon still
    said Genesys was restored after the block. The newest state wins, once, after a settle."""
    styles = {
        kind: KindStyle(style.icon, style.shown_for_ms, 30.0, correct_after_s=0.05)
        for kind, style in DEFAULT_STYLES.items()
    }
    notifier = Notifier(tray, clock=clock, styles=styles)
    notifier.notify(status("Genesys is now Available: restored after the block"))
    clock.now += 1.0  # its balloon is still showing (5 s)
    with qtbot.waitSignal(notifier.shown, timeout=2000) as shown:
        notifier.notify(status("Genesys is now Busy: Omni-Channel work"))
    assert shown.args[0].message == "Genesys is now Busy: Omni-Channel work"
    clock.now += 0.5
    notifier.notify(status("Genesys is now Available: restored after the block"))
    qtbot.wait(200)  # a correction is not corrected again: this one waits out the interval
    assert len(tray.messages) == 2
    assert [n.message for n in notifier.pending()] == [
        "Genesys is now Available: restored after the block"
    ]


def test_a_message_after_the_balloon_is_gone_waits_out_the_interval(qtbot, tray, clock):
    styles = {
        kind: KindStyle(style.icon, style.shown_for_ms, 30.0, correct_after_s=0.05)
        for kind, style in DEFAULT_STYLES.items()
    }
    notifier = Notifier(tray, clock=clock, styles=styles)
    notifier.notify(status("A"))
    clock.now += 10.0  # its balloon (5 s) is gone: nothing on screen is out of date
    notifier.notify(status("B"))
    qtbot.wait(200)
    assert titles(tray) == ["A"]
