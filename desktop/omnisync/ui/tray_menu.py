"""The tray menu, rebuilt from the current state every time it opens.

Building on ``aboutToShow`` means the menu can never show a stale status, and it is the one
place every action lives: some tray hosts swallow clicks on the icon, so nothing may be
reachable only by clicking it. The no-tray window shows the same menu from a button.

Each action has an ``objectName`` (``pause``, ``sign-in:genesys``, ``profile:<id>`` …) so tests
and accessibility tools can find it without depending on the wording.

The builder reads the state and sends the commands through :class:`MenuService` and
:class:`MenuPreferences`: the live tray gives it the service's bridge and the agent's
preferences, the tray's first step (:mod:`omnisync.ui.early_tray`, before the event loop and the
service exist) a stand-in that holds the state computed from the profile files and queues the
clicks for the service. So this module imports neither asyncio nor the service.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import shiboken6
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from omnisync.appinfo import DISPLAY_NAME
from omnisync.core.kinds import Product
from omnisync.languages import LANGUAGES
from omnisync.service.state import ProductState, ServiceState, SignIn
from omnisync.ui.i18n import system_language, translate
from omnisync.ui.wording import (
    NEEDS_SIGN_IN,
    account_line,
    fit,
    header_lines,
    menu_text,
    plain_rich_text,
    product_name,
    said,
)

HEADER_LIMIT = 60
"""Characters of a header line: a long status or profile name must not widen the whole menu
(the suspended state's header once made it 648 px wide); the full line is its tooltip."""


class MenuService(Protocol):
    """The state the menu shows and the service's commands it gives (``ServiceBridge``)."""

    @property
    def state(self) -> ServiceState: ...

    def set_paused(self, paused: bool) -> None: ...

    def resync(self) -> None: ...

    def choose_profile(self, profile_id: str) -> bool:
        """False when refused (the check mark goes back to the profile in force)."""
        ...

    def sign_in(self, product: Product) -> None: ...

    def sign_out(self, product: Product) -> None: ...


class MenuPreferences(Protocol):
    """The agent's own choices the menu shows and changes (``Preferences``)."""

    @property
    def start_at_login(self) -> bool: ...

    @property
    def can_start_at_login(self) -> bool: ...

    @property
    def notify_status_changes(self) -> bool: ...

    @property
    def language(self) -> str: ...

    def set_language(self, language: str) -> None: ...

    def set_start_at_login(self, enabled: bool) -> None: ...

    def set_notify_status_changes(self, enabled: bool) -> None: ...


def opens_status_window(reason: QSystemTrayIcon.ActivationReason) -> bool:
    """Whether a click on the icon itself (not its menu) opens the status window."""
    return reason in (
        QSystemTrayIcon.ActivationReason.Trigger,
        QSystemTrayIcon.ActivationReason.DoubleClick,
    )


@dataclass(frozen=True, slots=True)
class MenuCommands:
    """What the menu asks of the app shell (windows and the process, not the service)."""

    show_status_window: Callable[[], None]
    open_log_folder: Callable[[], None]
    show_about: Callable[[], None]
    quit: Callable[[], None]


class TrayMenuBuilder:
    def __init__(
        self, bridge: MenuService, preferences: MenuPreferences, commands: MenuCommands
    ) -> None:
        self._bridge = bridge
        self._preferences = preferences
        self._commands = commands
        self._refills: list[tuple[QMenu, Callable[[], None]]] = []

    def attach(self, menu: QMenu) -> None:
        """Fill ``menu`` now and again every time it is about to open."""

        def refill() -> None:
            self.populate(menu)

        menu.aboutToShow.connect(refill)
        self._refills.append((menu, refill))
        self.populate(menu)

    def detach(self, menu: QMenu) -> None:
        """Stop filling ``menu`` (another builder takes it over; its entries stay until then)."""
        for attached, refill in [r for r in self._refills if r[0] is menu]:
            attached.aboutToShow.disconnect(refill)
            self._refills.remove((attached, refill))

    def populate(self, menu: QMenu) -> None:
        for child in menu.findChildren(QMenu):  # old submenus: free them, not only their actions
            child.deleteLater()
        menu.clear()
        state = self._bridge.state
        menu.setToolTipsVisible(True)
        tips = [account_line(state, p) for p in (Product.GENESYS, Product.OMNI)]
        for index, line in enumerate(header_lines(state)):
            # Enabled, in the menu's full-contrast colour (disabled grey was hard to read), and
            # each opens the status window, where the same facts are told in full.
            header = menu.addAction(menu_text(fit(line, HEADER_LIMIT)))
            header.setObjectName("header")
            header.triggered.connect(self._commands.show_status_window)
            tip = tips[index] if index < len(tips) else line  # who each product is signed in as
            header.setToolTip(plain_rich_text(tip))
        menu.addSeparator()
        profiles = menu.addMenu(translate("menu", "Profile"))
        profiles.menuAction().setObjectName("profiles")
        self.populate_profiles(profiles, state)
        pause = self._action(menu, translate("menu", "Pause sync"), "pause", checked=state.paused)
        pause.toggled.connect(self._bridge.set_paused)
        resync = self._action(menu, translate("menu", "Resync now"), "resync")
        resync.setToolTip(
            translate("menu", "Apply the sync rules to your current statuses in both products now")
        )
        resync.setEnabled(state.signed_in and not state.paused)
        resync.triggered.connect(self._bridge.resync)
        menu.addSeparator()
        for product, signed in ((Product.GENESYS, state.genesys), (Product.OMNI, state.salesforce)):
            self._add_sign_in(menu, product, signed)
        menu.addSeparator()
        status = self._action(menu, translate("menu", "Status window…"), "status-window")
        status.triggered.connect(self._commands.show_status_window)
        logs = self._action(menu, translate("menu", "Open log folder"), "open-log-folder")
        logs.triggered.connect(self._commands.open_log_folder)
        notify = self._action(
            menu,
            translate("menu", "Notify me when the app changes a status"),
            "notify-status-changes",
            checked=self._preferences.notify_status_changes,
        )
        notify.toggled.connect(self._preferences.set_notify_status_changes)
        login = self._action(
            menu,
            translate("menu", "Start at login"),
            "start-at-login",
            checked=self._preferences.start_at_login,
        )
        login.setEnabled(self._preferences.can_start_at_login)
        login.toggled.connect(self._preferences.set_start_at_login)
        languages = menu.addMenu(translate("menu", "Language"))
        languages.menuAction().setObjectName("languages")
        self.populate_languages(languages)
        menu.addSeparator()
        about = self._action(
            menu, translate("menu", "About {app}").format(app=DISPLAY_NAME), "about"
        )
        about.triggered.connect(self._commands.show_about)
        quit_action = self._action(menu, translate("menu", "Quit"), "quit")
        quit_action.triggered.connect(self._commands.quit)

    def populate_languages(self, menu: QMenu) -> None:
        """The system's language or one the agent picks; each named in itself. The choice is
        saved and used from the next start (the open windows keep their words until then)."""
        menu.clear()
        note = self._action(menu, translate("menu", "Used from the next start"), "language-note")
        note.setEnabled(False)
        menu.addSeparator()
        group = QActionGroup(menu)
        group.setExclusive(True)
        system = translate("menu", "System language ({language})").format(
            language=LANGUAGES[system_language()]
        )
        chosen = self._preferences.language
        for code, name in (("", system), *LANGUAGES.items()):
            action = self._action(
                menu, name, f"language:{code or 'system'}", checked=chosen == code
            )
            group.addAction(action)
            action.triggered.connect(
                lambda _checked=False, c=code: self._preferences.set_language(c)
            )

    def populate_profiles(self, menu: QMenu, state: ServiceState | None = None) -> None:
        """One checkable entry per profile; locked ones disabled, with the reason in words."""
        state = state or self._bridge.state
        menu.clear()
        menu.setToolTipsVisible(True)
        if not state.profiles:
            self._action(
                menu, translate("menu", "No profiles installed"), "no-profiles"
            ).setEnabled(False)
            return
        reasons = {c.locked_reason for c in state.profiles if c.locked_reason}
        shared_reason = len(reasons) == 1 and all(c.locked_reason for c in state.profiles)
        if shared_reason:  # one lock for all: say it once, above the entries
            self._action(menu, said(next(iter(reasons))), "profile-lock").setEnabled(False)
            menu.addSeparator()
        group = QActionGroup(menu)
        group.setExclusive(True)
        for choice in state.profiles:
            text = choice.name
            if not choice.usable:
                text = translate("menu", "{profile} (has errors)").format(profile=choice.name)
            elif choice.locked_reason and not shared_reason:
                text = translate("menu", "{profile} — {reason}").format(
                    profile=choice.name, reason=said(choice.locked_reason)
                )
            action = self._action(
                menu, text, f"profile:{choice.id}", checked=choice.id == state.profile_id
            )
            action.setToolTip(
                plain_rich_text(said(choice.locked_reason) or said(choice.description))
            )
            action.setEnabled(choice.usable and not choice.locked_reason)
            group.addAction(action)
            action.triggered.connect(
                lambda _checked=False, pid=choice.id, a=action: self._choose(pid, a)
            )

    def _choose(self, profile_id: str, action: QAction) -> None:
        if profile_id == self._bridge.state.profile_id:
            return
        if self._bridge.choose_profile(profile_id) or not shiboken6.isValid(action):
            return
        # Refused: put the check mark back on the profile still in force.
        for other in action.actionGroup().actions() if action.actionGroup() else []:
            other.setChecked(other.objectName() == f"profile:{self._bridge.state.profile_id}")

    def _add_sign_in(self, menu: QMenu, product: Product, signed: ProductState) -> None:
        name = product_name(product)
        key = product.value
        if signed.sign_in is SignIn.SIGNING_IN:
            signing = translate("menu", "Signing in to {product}…").format(product=name)
            self._action(menu, signing, f"signing-in:{key}").setEnabled(False)
            return
        if signed.sign_in in NEEDS_SIGN_IN or signed.sign_in is SignIn.SIGN_IN_SOON:
            text = (
                translate("menu", "Sign in to {product}…")
                if signed.sign_in is SignIn.SIGNED_OUT
                else translate("menu", "Sign in to {product} again…")
            )
            sign_in = self._action(menu, text.format(product=name), f"sign-in:{key}")
            sign_in.triggered.connect(lambda: self._bridge.sign_in(product))
        if signed.sign_in is not SignIn.SIGNED_OUT:
            text = translate("menu", "Sign out of {product}").format(product=name)
            sign_out = self._action(menu, text, f"sign-out:{key}")
            sign_out.triggered.connect(lambda: self._bridge.sign_out(product))

    @staticmethod
    def _action(menu: QMenu, text: str, name: str, *, checked: bool | None = None) -> QAction:
        action = menu.addAction(menu_text(text))
        action.setObjectName(name)
        if checked is not None:
            action.setCheckable(True)
            action.setChecked(checked)
        return action
