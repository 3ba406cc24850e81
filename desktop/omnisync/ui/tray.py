"""The tray icon: the sync state at a glance, the problem badge, the tooltip in words, the menu.

The icon is set only when the (state, badge, panel colour) triple changes, and drawn again when
the desktop switches between light and dark. The tray's first step (:mod:`omnisync.ui.early_tray`)
shows the icon, tooltip and menu before the event loop exists; this tray takes that icon and
menu over (``taking``), so the agent never sees a second icon nor the first one vanish.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from omnisync.service.state import ServiceState
from omnisync.ui.icons import TrayState, panel_is_dark, tray_icon
from omnisync.ui.tray_menu import TrayMenuBuilder, opens_status_window
from omnisync.ui.wording import IconKey, icon_key, tray_tooltip

if TYPE_CHECKING:  # for the annotations only (the bridge imports asyncio)
    from omnisync.ui.bridge import ServiceBridge

IconFor = Callable[[TrayState, bool, bool], QIcon]

Taken = tuple[QSystemTrayIcon, QMenu, IconKey]
"""The first step's icon, its menu and the key of the icon it shows."""


def _icon_for(state: TrayState, dark: bool, badge: bool) -> QIcon:
    return tray_icon(state, dark=dark, badge=badge)


class Tray(QObject):
    def __init__(
        self,
        bridge: ServiceBridge,
        menu_builder: TrayMenuBuilder,
        *,
        on_activated: Callable[[], None],
        is_dark: Callable[[], bool] = panel_is_dark,
        icon_for: IconFor = _icon_for,
        taking: Taken | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._is_dark = is_dark
        self._icon_for = icon_for
        self._on_activated = on_activated
        self.key: IconKey | None = None
        if taking is None:
            self.icon = QSystemTrayIcon(self)
            self.menu = QMenu()
            self.menu.setObjectName("tray-menu")
        else:  # the first step's, already on screen: the same icon, its menu filled anew
            self.icon, self.menu, self.key = taking
            self.icon.setParent(self)
        menu_builder.attach(self.menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        bridge.state_changed.connect(self.show_state)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        # Qt sends a palette change to every widget: the menu's is enough. A filter on the
        # application saw every event of every object, each a call into Python, idle or not.
        self.menu.installEventFilter(self)
        self.show_state(bridge.state)

    def show_state(self, state: ServiceState) -> None:
        key = icon_key(state, self._is_dark())
        if key != self.key:
            self.key = key
            self.icon.setIcon(self._icon_for(*key))
        self.icon.setToolTip(tray_tooltip(state))

    def repaint(self) -> None:
        """The panel may have changed colour: pick the variant again."""
        self.show_state(self._bridge.state)

    def _scheme_changed(self, _scheme: object) -> None:
        self.repaint()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.repaint()
        return False

    def show(self) -> None:
        self.icon.show()

    def close(self) -> None:
        self.menu.removeEventFilter(self)
        self.icon.hide()
        self.menu.close()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if opens_status_window(reason):
            self._on_activated()
