"""An icon in the tray before the heavy imports, so the agent sees the app start at once.

asyncio, qasync, httpx and the clients take a few hundred milliseconds to import; a plain
QSystemTrayIcon with the "starting" icon needs only Qt. The full tray replaces it as soon as it is
shown (:func:`retire_early_tray`). Imports here are Qt and two tiny modules of ours, nothing more.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from omnisync.appinfo import APP_NAME, DISPLAY_NAME
from omnisync.resources import resource_path
from omnisync.ui import pyside_features  # noqa: F401  (before the imports that follow the icon)

_early: list[QSystemTrayIcon] = []


def show_early_tray() -> QSystemTrayIcon | None:
    """Show the "starting" icon; None where no tray exists (the full app handles that case)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_NAME])
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    icon = QSystemTrayIcon(QIcon(str(resource_path("icons", "suspended-light.svg"))), app)
    icon.setToolTip(f"{DISPLAY_NAME}: starting…")
    icon.show()
    _early.append(icon)
    return icon


def retire_early_tray() -> None:
    """Hide the starting icon once the full tray icon is up (or the app gives up)."""
    while _early:
        icon = _early.pop()
        icon.hide()
        icon.deleteLater()
