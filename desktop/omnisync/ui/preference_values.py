"""The agent's own choices as read at start: start at login, notifications, language.

Apart from :class:`omnisync.ui.preferences.Preferences` (which saves changes on the event loop)
so that the tray's first step, before the loop exists, can read them: its menu shows the same
check marks the live menu does.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from omnisync.settings.user import LoadedSettings, SettingsStore, UserSettings
from omnisync.ui.autostart.base import Autostart
from omnisync.ui.i18n import translate
from omnisync.ui.wording import error_text, said

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PreferenceValues:
    start_at_login: bool = False
    notify_status_changes: bool = True
    notice: str = ""
    """Problems met while loading, for the agent (a broken settings file was kept aside)."""
    language: str = ""
    """The agent's language choice; empty follows the system's."""


def load_values(
    store: SettingsStore | None, autostart: Autostart | None, loaded: LoadedSettings | None = None
) -> PreferenceValues:
    """Blocking: read the settings (unless ``loaded`` already is) and the autostart entry (on
    the event loop, call it in a worker thread)."""
    settings, notice = UserSettings(), ""
    if store is not None:
        loaded = loaded or store.load()
    if loaded is not None:
        settings, notice = loaded.settings, said(loaded.said())
    enabled = False
    if autostart is not None:
        try:
            if settings.start_at_login:
                autostart.refresh()  # repair our entry after a reinstall elsewhere
            enabled = autostart.is_enabled()
        except Exception as exc:  # an unreadable entry counts as off; say so
            log.warning("start at login could not be read: %s", exc)
            start = translate("preferences", "Start at login: {error}").format(
                error=error_text(exc)
            )
            notice = "\n".join(filter(None, [notice, start]))
    return PreferenceValues(enabled, settings.notify_status_changes, notice, settings.language)
