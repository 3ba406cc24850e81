"""What each remedy button does: sign in, retry, choose a profile."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QWidget

from omnisync.core.model import Product
from omnisync.service.state import Channel, ChannelHealth, Health, Remedy
from omnisync.ui.bridge import ServiceBridge
from omnisync.ui.tray_menu import TrayMenuBuilder


def remedy_for_channel(health: ChannelHealth) -> Remedy:
    """A console link that is missing needs the agent's console open; anything else, a retry."""
    if health.channel is Channel.CONSOLE_LINK and health.health in (
        Health.DOWN,
        Health.DEGRADED,
    ):
        return Remedy.OPEN_CONSOLE
    return Remedy.RETRY


class Remedies:
    def __init__(
        self,
        bridge: ServiceBridge,
        menu_builder: TrayMenuBuilder,
    ) -> None:
        self._bridge = bridge
        self._menu_builder = menu_builder
        self.profile_menu: QMenu | None = None
        """The last profile menu popped up by a "Choose a profile" button (kept for tests)."""

    def available(self, remedy: Remedy) -> bool:
        """Whether a button can do it; the others are for the agent's own hands."""
        return remedy not in (Remedy.SET_STATUS_YOURSELF, Remedy.OPEN_CONSOLE, Remedy.LOG_IN_OMNI)

    def run(self, remedy: Remedy, anchor: QWidget | None = None) -> None:
        if remedy is Remedy.SIGN_IN_GENESYS:
            self._bridge.sign_in(Product.GENESYS)
        elif remedy is Remedy.SIGN_IN_SALESFORCE:
            self._bridge.sign_in(Product.OMNI)
        elif remedy is Remedy.RETRY:
            self._bridge.retry()
        elif remedy is Remedy.CHOOSE_PROFILE:
            self._pop_profiles(anchor)

    def close(self) -> None:
        if self.profile_menu is not None:
            self.profile_menu.close()
            self.profile_menu.deleteLater()
            self.profile_menu = None

    def _pop_profiles(self, anchor: QWidget | None) -> None:
        if self.profile_menu is not None:
            self.profile_menu.deleteLater()
        # Not a child of the button: the button goes when the state changes, the menu stays.
        menu = QMenu()
        menu.setObjectName("profile-menu")
        self._menu_builder.populate_profiles(menu)
        self.profile_menu = menu
        where = anchor.mapToGlobal(QPoint(0, anchor.height())) if anchor else QPoint()
        menu.popup(where)
