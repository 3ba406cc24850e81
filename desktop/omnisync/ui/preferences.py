"""The agent's own choices in the tray menu: start at login, status-change notifications, language.

Both are files (settings.toml, the autostart entry or registry key), so every read and write
runs in a worker thread, never on the Qt thread. A toggle shows at once; if saving fails, it
flips back and ``failed`` says why.

The service writes ``active_profile`` into the same settings file, so each save here re-reads the
file and changes only its own key, keeping whatever the service wrote.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from omnisync.settings import SettingsStore, UserSettings
from omnisync.ui.autostart import Autostart
from omnisync.ui.i18n import translate
from omnisync.ui.preference_values import PreferenceValues, load_values
from omnisync.ui.tasks import TaskSet
from omnisync.ui.wording import error_text

__all__ = ["PreferenceValues", "Preferences", "load_values"]


class Preferences(QObject):
    changed = Signal()
    failed = Signal(str, str)
    """A title and what went wrong; the toggle was put back."""

    def __init__(
        self,
        values: PreferenceValues,
        *,
        store: SettingsStore | None = None,
        autostart: Autostart | None = None,
        loop: asyncio.AbstractEventLoop | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._values = values
        self._store = store
        self._autostart = autostart
        self._tasks = TaskSet(loop)

    @property
    def start_at_login(self) -> bool:
        return self._values.start_at_login

    @property
    def can_start_at_login(self) -> bool:
        return self._autostart is not None

    @property
    def notify_status_changes(self) -> bool:
        return self._values.notify_status_changes

    @property
    def language(self) -> str:
        """The language chosen in the menu ("" follows the system); used from the next start."""
        return self._values.language

    def set_language(self, language: str) -> None:
        before = self._values
        self._set(language=language)
        self._spawn(
            translate("preferences", "Language not saved"),
            lambda: self._save(lambda s: s.replace(language=language)),
            before,
        )

    def set_start_at_login(self, enabled: bool) -> None:
        before = self._values
        self._set(start_at_login=enabled)

        def save() -> None:
            if self._autostart is not None:
                self._autostart.set_enabled(enabled)
            self._save(lambda s: s.replace(start_at_login=enabled))

        self._spawn(translate("preferences", "Start at login not changed"), save, before)

    def set_notify_status_changes(self, enabled: bool) -> None:
        before = self._values
        self._set(notify_status_changes=enabled)
        self._spawn(
            translate("preferences", "Notification setting not saved"),
            lambda: self._save(lambda s: s.replace(notify_status_changes=enabled)),
            before,
        )

    async def wait_idle(self) -> None:
        await self._tasks.wait_idle()

    def _save(self, change: Callable[[UserSettings], UserSettings]) -> None:
        if self._store is not None:
            self._store.update(change)

    def _set(self, **changes: Any) -> None:
        self._values = dataclasses.replace(self._values, **changes)
        self.changed.emit()

    def _spawn(self, title: str, blocking: Callable[[], None], before: PreferenceValues) -> None:
        def undo(title: str, exc: BaseException) -> None:
            self._values = before
            self.changed.emit()
            self.failed.emit(title, error_text(exc))

        self._tasks.spawn(title, asyncio.to_thread(blocking), undo)
