"""The tray's first step: the full tray before the event loop, the engine and the service exist.

asyncio (with ``ssl``), qasync, Qt's ``Qt`` namespace, the engine and the service take longer to
import than the whole bare PySide6 tray app takes to start (docs/performance.md, "Start-up to
tray"). So the app first draws its full tray from what the service's first state is made of:
the machine policy, the settings and the profile files, read by the service's own readers, and
the state computed by :func:`omnisync.service.first_state.first_state` (both products signed
out, sync off until both status lists are read, the profile in force). The icon, the tooltip
and the menu are the live tray's own (:func:`omnisync.ui.wording.icon_key`,
:func:`omnisync.ui.wording.tray_tooltip`, :class:`omnisync.ui.tray_menu.TrayMenuBuilder`); the
panel's colour is read from the palette, as the live tray does where the desktop gives no colour
scheme (the scheme is a ``Qt`` enum).

Every click on that menu works: it changes what the menu shows as the live menu would (a check
mark) and is queued; the live tray takes over the same icon and menu
(:func:`take_first_tray`) and hands the queued clicks, in order, to the service's bridge, the
agent's preferences and the app's windows. Imports here are Qt (without its namespace) and the
light modules the service's state is made of, never asyncio.
"""

from __future__ import annotations

from omnisync.ui import pyside_features  # noqa: F401  (first: PySide6 then skips its source scan)

# isort: split
import dataclasses
import tomllib
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from omnisync.appinfo import APP_AUTHOR, APP_NAME
from omnisync.core.kinds import Product
from omnisync.service.first_state import DEFAULT_PROFILE, first_state
from omnisync.service.profile_store import ProfileDirs, load_profiles
from omnisync.service.state import ServiceState
from omnisync.settings.policy import PolicyState, load_policy
from omnisync.settings.user import SettingsStore
from omnisync.ui.autostart import Autostart, autostart_for_platform
from omnisync.ui.i18n import chosen_language, install_language
from omnisync.ui.icons import palette_is_dark, tray_icon
from omnisync.ui.preference_values import PreferenceValues, load_values
from omnisync.ui.tray_menu import (
    MenuCommands,
    MenuPreferences,
    MenuService,
    TrayMenuBuilder,
    opens_status_window,
)
from omnisync.ui.wording import IconKey, icon_key, tray_tooltip

SETTINGS_FILE = "settings.toml"
"""As :mod:`omnisync.settings.user` names it; read here only when the app cannot start."""


def early_language(settings_dir: Path | None = None) -> str:
    """The language the agent chose in ``settings.toml``, or "" (the OS's); never fails.

    For the message that this instance cannot start (the single-instance check failed), told
    before anything else is read."""
    folder = settings_dir or platformdirs.user_config_path(APP_NAME, APP_AUTHOR, roaming=True)
    try:
        with (folder / SETTINGS_FILE).open("rb") as file:
            chosen = tomllib.load(file).get("language", "")
    except (OSError, ValueError):
        return ""
    return chosen if isinstance(chosen, str) else ""


Click = Callable[[MenuService, MenuPreferences, MenuCommands], object]
"""A queued click: what it asks of the live tray's service, preferences or commands."""


class FirstService:
    """The service as the first menu sees it: the first state, and every command queued."""

    def __init__(self, state: ServiceState, clicks: list[Click]) -> None:
        self._state = state
        self._clicks = clicks

    @property
    def state(self) -> ServiceState:
        return self._state

    def set_paused(self, paused: bool) -> None:
        self._state = dataclasses.replace(self._state, paused=paused)
        self._clicks.append(lambda service, _p, _c: service.set_paused(paused))

    def resync(self) -> None:
        self._clicks.append(lambda service, _p, _c: service.resync())

    def choose_profile(self, profile_id: str) -> bool:
        """Taken: the menu offers only the profiles the policy lets the agent choose; the
        service, when it gets the click, refuses with its reasons if it must."""
        choice = next(c for c in self._state.profiles if c.id == profile_id)
        self._state = dataclasses.replace(
            self._state, profile_id=choice.id, profile_name=choice.name
        )
        self._clicks.append(lambda service, _p, _c: service.choose_profile(profile_id))
        return True

    def sign_in(self, product: Product) -> None:
        self._clicks.append(lambda service, _p, _c: service.sign_in(product))

    def sign_out(self, product: Product) -> None:
        self._clicks.append(lambda service, _p, _c: service.sign_out(product))


class FirstPreferences:
    """The agent's choices as read at start; a change shows at once and is queued for saving."""

    def __init__(
        self, values: PreferenceValues, clicks: list[Click], can_start_at_login: bool
    ) -> None:
        self.values = values
        self._clicks = clicks
        self._can_start_at_login = can_start_at_login

    @property
    def start_at_login(self) -> bool:
        return self.values.start_at_login

    @property
    def can_start_at_login(self) -> bool:
        return self._can_start_at_login

    @property
    def notify_status_changes(self) -> bool:
        return self.values.notify_status_changes

    @property
    def language(self) -> str:
        return self.values.language

    def set_language(self, language: str) -> None:
        self.values = dataclasses.replace(self.values, language=language)
        self._clicks.append(lambda _s, preferences, _c: preferences.set_language(language))

    def set_start_at_login(self, enabled: bool) -> None:
        self.values = dataclasses.replace(self.values, start_at_login=enabled)
        self._clicks.append(lambda _s, preferences, _c: preferences.set_start_at_login(enabled))

    def set_notify_status_changes(self, enabled: bool) -> None:
        self.values = dataclasses.replace(self.values, notify_status_changes=enabled)
        self._clicks.append(
            lambda _s, preferences, _c: preferences.set_notify_status_changes(enabled)
        )


def _queued_commands(clicks: list[Click]) -> MenuCommands:
    return MenuCommands(
        show_status_window=lambda: clicks.append(lambda _s, _p, c: c.show_status_window()),
        open_log_folder=lambda: clicks.append(lambda _s, _p, c: c.open_log_folder()),
        show_about=lambda: clicks.append(lambda _s, _p, c: c.show_about()),
        quit=lambda: clicks.append(lambda _s, _p, c: c.quit()),
    )


class FirstTray:
    """The first step's tray: its icon and menu, until the live tray takes them over."""

    def __init__(
        self,
        app: QApplication,
        values: PreferenceValues,
        state: ServiceState,
        *,
        can_start_at_login: bool = True,
    ) -> None:
        self.clicks: list[Click] = []
        self.service = FirstService(state, self.clicks)
        self.preferences = FirstPreferences(values, self.clicks, can_start_at_login)
        self.builder = TrayMenuBuilder(
            self.service, self.preferences, _queued_commands(self.clicks)
        )
        self.menu = QMenu()
        self.menu.setObjectName("tray-menu")
        self.builder.attach(self.menu)
        self.key: IconKey = icon_key(state, palette_is_dark())
        state_shown, dark, badge = self.key
        self.icon = QSystemTrayIcon(tray_icon(state_shown, dark=dark, badge=badge), app)
        self.icon.setContextMenu(self.menu)
        self.icon.setToolTip(tray_tooltip(state))
        self.icon.activated.connect(self._activated)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        """A click on the icon opens the status window, as on the live tray: once it exists."""
        if opens_status_window(reason):
            self.clicks.append(lambda _s, _p, commands: commands.show_status_window())

    @property
    def values(self) -> PreferenceValues:
        """The agent's choices as read at start, with the changes clicked since."""
        return self.preferences.values

    def release(self) -> tuple[QSystemTrayIcon, QMenu, IconKey]:
        """The icon, the menu and the icon's key, for the live tray: this menu's builder lets
        go of the menu (the live one fills it from then on)."""
        self.builder.detach(self.menu)
        self.icon.activated.disconnect(self._activated)
        return self.icon, self.menu, self.key

    def hand_over(
        self, service: MenuService, preferences: MenuPreferences, commands: MenuCommands
    ) -> None:
        """Give the queued clicks, in the order they were made, to the live tray's parts."""
        clicks, self.clicks[:] = list(self.clicks), []
        for click in clicks:
            click(service, preferences, commands)

    def show(self) -> None:
        """Put the icon on screen; the live tray takes it over (:func:`take_first_tray`)."""
        self.icon.show()
        _first.append(self)

    def retire(self) -> None:
        """Take the icon off the screen: the app gives up before a live tray took it."""
        self.icon.hide()
        self.icon.deleteLater()
        self.menu.deleteLater()


_first: list[FirstTray] = []


def show_first_tray() -> FirstTray | None:
    """Show the full tray from the files the service reads; None where no tray exists (the
    full app handles that case) or where drawing it failed (a damaged installation's icons: the
    live tray meets the same and reports it, once logging is set up)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_NAME])
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    try:
        first = build_first_tray(
            app, SettingsStore(), ProfileDirs.default(), load_policy(), autostart_for_platform()
        )
    except Exception:  # a head start only: the live path meets the same and tells it
        return None  # before logging is set up; the live tray reads the same files and icons
    first.show()
    return first


def build_first_tray(
    app: QApplication,
    store: SettingsStore,
    profile_dirs: ProfileDirs,
    policy: PolicyState,
    autostart: Autostart | None,
) -> FirstTray:
    """The first tray from the files the service reads (``real_service``: the same stores,
    folders and policy): what they get wrong is told by the service once it is built."""
    loaded = store.load()
    values = load_values(store, autostart, loaded)
    install_language(chosen_language(values.language))  # before the menu's first word
    state = first_state(
        load_profiles(profile_dirs), loaded.settings.active_profile, policy, DEFAULT_PROFILE
    )
    return FirstTray(app, values, state, can_start_at_login=autostart is not None)


def take_first_tray() -> FirstTray | None:
    """The first step's tray, for the live tray to take over (once); None without one."""
    return _first.pop() if _first else None
