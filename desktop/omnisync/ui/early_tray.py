"""An icon in the tray before the heavy imports, so the agent sees the app start at once.

asyncio, qasync, httpx and the clients take a few hundred milliseconds to import; a plain
QSystemTrayIcon with the "starting" icon needs only Qt. The full tray replaces it as soon as it is
shown (:func:`retire_early_tray`). Imports here are Qt and a few tiny modules of ours, nothing more.
Its tooltip is in the agent's language already: the ``language`` key of ``settings.toml`` read
with the standard library's TOML parser (the settings reader is not imported), else the OS's.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import platformdirs
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from omnisync.appinfo import APP_AUTHOR, APP_NAME, DISPLAY_NAME
from omnisync.resources import resource_path
from omnisync.ui import pyside_features  # noqa: F401  (before the imports that follow the icon)
from omnisync.ui.i18n import chosen_language, install_language, translate

SETTINGS_FILE = "settings.toml"
"""As :mod:`omnisync.settings.user` names it (that module is too heavy to import here)."""


def early_language(settings_dir: Path | None = None) -> str:
    """The language the agent chose in ``settings.toml``, or "" (the OS's); never fails."""
    folder = settings_dir or platformdirs.user_config_path(APP_NAME, APP_AUTHOR, roaming=True)
    try:
        with (folder / SETTINGS_FILE).open("rb") as file:
            chosen = tomllib.load(file).get("language", "")
    except (OSError, ValueError):
        return ""
    return chosen if isinstance(chosen, str) else ""


def starting_tooltip() -> str:
    return translate("tray", "{app}: starting…").format(app=DISPLAY_NAME)


_early: list[QSystemTrayIcon] = []


def show_early_tray() -> QSystemTrayIcon | None:
    """Show the "starting" icon; None where no tray exists (the full app handles that case)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_NAME])
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    install_language(chosen_language(early_language()))
    icon = QSystemTrayIcon(QIcon(str(resource_path("icons", "suspended-light.svg"))), app)
    icon.setToolTip(starting_tooltip())
    icon.show()
    _early.append(icon)
    return icon


def retire_early_tray() -> None:
    """Hide the starting icon once the full tray icon is up (or the app gives up)."""
    while _early:
        icon = _early.pop()
        icon.hide()
        icon.deleteLater()
