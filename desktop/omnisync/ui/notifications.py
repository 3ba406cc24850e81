"""Desktop notifications through the tray icon, rate-limited per subject.

Two kinds: "the app changed your status" (the agent can turn these off) and "you must act"
(always shown). A subject that flaps (the same ``subject`` notified again within its interval) is
not shown each time: the latest message waits until the interval is over and is shown once, so
the agent sees where things ended up, not every step. But the newest state wins: while the
subject's last balloon may still be on screen, it is out of date, so the latest message replaces
it after a short settle (once per balloon) instead of waiting out the interval.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon


class NotificationKind(enum.Enum):
    STATUS_CHANGED = "status-changed"
    """The app changed a status for the agent (can be turned off in the settings)."""
    ACTION_NEEDED = "action-needed"
    """The agent must act: ask-the-agent actions, sign-in needed, console link lost."""


@dataclass(frozen=True, slots=True)
class Notification:
    kind: NotificationKind
    title: str
    message: str
    subject: str = ""
    """What it is about (``genesys-status``, ``sign-in-salesforce``); repeats of one subject are
    rate-limited together. Defaults to the title."""

    @property
    def key(self) -> tuple[NotificationKind, str]:
        return self.kind, self.subject or self.title


@dataclass(frozen=True, slots=True)
class KindStyle:
    icon: QSystemTrayIcon.MessageIcon
    shown_for_ms: int
    min_interval_s: float
    """Shortest time between two notifications of one subject."""
    correct_after_s: float = 1.0
    """How long a newer message waits to replace its subject's balloon still on screen."""


DEFAULT_STYLES: dict[NotificationKind, KindStyle] = {
    NotificationKind.STATUS_CHANGED: KindStyle(
        QSystemTrayIcon.MessageIcon.Information, shown_for_ms=5_000, min_interval_s=30.0
    ),
    NotificationKind.ACTION_NEEDED: KindStyle(
        QSystemTrayIcon.MessageIcon.Warning, shown_for_ms=15_000, min_interval_s=10.0
    ),
}


class Notifier(QObject):
    """Shows notifications on a ``QSystemTrayIcon``; ``shown`` lets a window list them too."""

    shown = Signal(object)
    """A Notification that was handed to the desktop (even where the tray cannot show it)."""

    def __init__(
        self,
        tray: QSystemTrayIcon,
        *,
        status_changes_enabled: bool = True,
        styles: dict[NotificationKind, KindStyle] | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._status_changes_enabled = status_changes_enabled
        self._styles = {**DEFAULT_STYLES, **(styles or {})}
        self._clock = clock
        self._last_shown: dict[tuple[NotificationKind, str], float] = {}
        self._pending: dict[tuple[NotificationKind, str], Notification] = {}
        self._timers: dict[tuple[NotificationKind, str], QTimer] = {}
        self._corrected: set[tuple[NotificationKind, str]] = set()
        """Subjects whose balloon on screen is already a correction (corrected once only)."""

    @property
    def status_changes_enabled(self) -> bool:
        return self._status_changes_enabled

    def set_status_changes_enabled(self, enabled: bool) -> None:
        """Follow the user setting; turning it off also drops status notes still waiting."""
        self._status_changes_enabled = enabled
        if not enabled:
            for key in [k for k in self._pending if k[0] is NotificationKind.STATUS_CHANGED]:
                self._cancel(key)

    def notify(self, note: Notification) -> bool:
        """Show now, or later if the subject was shown recently; False if the setting drops it."""
        if note.kind is NotificationKind.STATUS_CHANGED and not self._status_changes_enabled:
            return False
        key = note.key
        interval = self._styles[note.kind].min_interval_s
        last = self._last_shown.get(key)
        now = self._clock()
        if last is None or now - last >= interval:
            self._cancel(key)
            self._show(note)
            return True
        self._pending[key] = note  # the latest word wins
        style = self._styles[note.kind]
        wait = interval - (now - last)
        on_screen = now - last < style.shown_for_ms / 1000
        if on_screen and key not in self._corrected:  # what the agent reads is out of date
            wait = min(wait, style.correct_after_s)
        timer = self._timer(key)
        wait_ms = max(0, round(wait * 1000))
        if not timer.isActive() or timer.remainingTime() > wait_ms:
            timer.start(wait_ms)
        return True

    def pending(self) -> list[Notification]:
        return list(self._pending.values())

    def _timer(self, key: tuple[NotificationKind, str]) -> QTimer:
        """One single-shot timer per subject, kept for the notifier's life (subjects are few)."""
        timer = self._timers.get(key)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(self._on_timeout)  # a bound slot: no reference cycle
            self._timers[key] = timer
        return timer

    def _on_timeout(self) -> None:
        timer = self.sender()
        key = next((k for k, t in self._timers.items() if t is timer), None)
        note = self._pending.pop(key, None) if key is not None else None
        if note is not None:
            last = self._last_shown.get(note.key)
            early = (
                last is not None and self._clock() - last < self._styles[note.kind].min_interval_s
            )
            self._show(note, correction=early)

    def _cancel(self, key: tuple[NotificationKind, str]) -> None:
        self._pending.pop(key, None)
        timer = self._timers.get(key)
        if timer is not None:
            timer.stop()

    def _show(self, note: Notification, *, correction: bool = False) -> None:
        style = self._styles[note.kind]
        self._last_shown[note.key] = self._clock()
        if correction:
            self._corrected.add(note.key)
        else:
            self._corrected.discard(note.key)
        self._tray.showMessage(note.title, note.message, style.icon, style.shown_for_ms)
        self.shown.emit(note)
