"""The tray's first step: the full tray from the files before the loop, then taken over.

The first step's menu is the live one's (same builder, same state); what the agent clicks on it
before the service exists is not lost: it shows at once and reaches the service, the
preferences and the windows, in order, once the live tray took over the very same icon.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from omnisync.core.model import Product
from omnisync.resources import resource_path
from omnisync.service.profile_store import ProfileDirs
from omnisync.settings.policy import Policy, PolicyState
from omnisync.ui.app import AppOptions, main
from omnisync.ui.early_tray import FirstTray, build_first_tray, take_first_tray
from omnisync.ui.shell import TrayApp
from support.qt_ui import open_menu, submenu
from support.qt_ui import run as run_on
from support.recording_service import RecordingService, factory_of

pytestmark = pytest.mark.ui


@pytest.fixture
def first(qapp, store, autostart, tmp_path: Path):
    dirs = ProfileDirs(resource_path("profiles"), tmp_path / "machine", tmp_path / "user")
    tray = build_first_tray(qapp, store, dirs, PolicyState(Policy()), autostart)
    yield tray
    take_first_tray()  # a test that did not start the app leaves none behind
    tray.retire()


def names(menu) -> list[str]:
    return [a.objectName() for a in menu.actions() if a.objectName()]


def test_the_first_menu_is_the_full_menu_of_the_first_state(first: FirstTray):
    actions = open_menu(first.menu)
    assert names(first.menu)[-2:] == ["about", "quit"]
    assert {"pause", "resync", "sign-in:genesys", "sign-in:omni", "status-window"} <= set(actions)
    profiles = submenu(actions["profiles"])
    checked = [name for name, action in profiles.items() if action.isChecked()]
    assert checked == ["profile:one-product-at-a-time"]
    assert len(profiles) == 3
    assert first.icon.toolTip().startswith("Sign in to Genesys Cloud"), first.icon.toolTip()
    assert not actions["resync"].isEnabled(), "nothing to resync while signed out"


def test_clicks_before_the_service_show_at_once_and_reach_it_after_the_take_over(
    qloop, first: FirstTray, store, autostart, shell_options
):
    actions = open_menu(first.menu)
    actions["pause"].trigger()
    submenu(actions["profiles"])["profile:both-external-routing"].trigger()
    actions["sign-in:genesys"].trigger()
    actions["notify-status-changes"].trigger()  # on by default: now off
    first.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)  # a click on the icon
    again = open_menu(first.menu)
    assert again["pause"].isChecked(), "the click shows before the service exists"
    assert submenu(again["profiles"])["profile:both-external-routing"].isChecked()
    assert not again["notify-status-changes"].isChecked()
    again["quit"].trigger()  # last: the app quits once the clicks before it were handed on
    first.show()

    service = RecordingService(state=first.service.state)
    shells: list[TrayApp] = []
    options = AppOptions(
        background=True, settings=store, autostart=autostart, shell=shell_options
    )  # at login: only the click on the icon opens the status window
    status = run_on(qloop, main(factory_of(service), options, started=shells.append))

    assert status == 0
    (shell,) = shells
    assert shell.tray.icon is first.icon, "the live tray took over the first icon"
    assert shell.tray.menu is first.menu
    clicks = [call for call in service.calls if call != ("start",)]
    assert clicks[:3] == [
        ("set_paused", True),
        ("choose_profile", "both-external-routing"),
        ("sign_in", Product.GENESYS),
    ], service.calls
    assert not shell.preferences.notify_status_changes
    assert not store.load().settings.notify_status_changes, "saved as a live click is"
    assert shell._status_window is not None, "the click on the first icon opened the window"
    assert "shutdown" in service.commands(), "Quit clicked on the first menu quit the app"
    shell.deleteLater()


def test_the_live_tray_fills_the_taken_menu_from_the_service(
    qloop, first: FirstTray, store, autostart, shell_options
):
    first.show()
    service = RecordingService(state=first.service.state)
    options = AppOptions(settings=store, autostart=autostart, shell=shell_options)

    def act(shell: TrayApp) -> None:
        actions = open_menu(shell.tray.menu)
        actions["pause"].trigger()  # now the bridge's: reaches the service directly
        assert service.calls[-1] == ("set_paused", True)
        actions["quit"].trigger()

    started = lambda shell: qloop.call_soon(act, shell)  # noqa: E731  (once Quit is listened to)
    status = run_on(qloop, main(factory_of(service), options, started=started))
    assert status == 0
    assert not first.icon.isVisible(), "Quit took the (one) icon down"


def test_a_first_tray_that_cannot_be_drawn_leaves_the_start_to_the_live_path(qapp, monkeypatch):
    """A damaged installation's icons stop the first step before logging is set up: no first
    tray then, and the live tray meets the same and tells it (its own tests)."""
    from omnisync.ui import early_tray
    from omnisync.ui.icons import IconError

    def damaged(*_args: object) -> FirstTray:
        raise IconError("Tray icon signed-out-light.svg cannot be read; reinstall OmniSync.")

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(early_tray, "build_first_tray", damaged)
    assert early_tray.show_first_tray() is None
    assert take_first_tray() is None
