"""The tray menu: what it shows for several states, and what each entry does."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from omnisync.core.model import Product
from omnisync.service.state import ProductState, ProfileChoice, SignIn
from omnisync.ui.icons import TrayState
from omnisync.ui.wording import headline, task_text
from support.org import OMNI
from support.qt_ui import flush, headers, open_menu, run, submenu
from support.recording_service import refusal
from support.ui_states import (
    ADA_SALESFORCE,
    BLOCKED_BY_SALESFORCE,
    CONSOLE_LINK_LOST,
    IN_SYNC,
    LOCKED_PROFILES,
    SIGNED_OUT,
)

pytestmark = pytest.mark.ui


def test_in_sync_menu_has_header_and_every_entry(shell, service):
    menu = shell.tray.menu
    actions = open_menu(menu)
    assert headers(menu) == [
        "Genesys Cloud: On Queue · no interaction",
        "Omni-Channel: Busy · no work",
        "Sync: in sync",
        "Profile: One product at a time",
    ]
    assert list(actions) == [
        "header",
        "profiles",
        "pause",
        "resync",
        "sign-out:genesys",
        "sign-out:omni",
        "status-window",
        "open-log-folder",
        "notify-status-changes",
        "start-at-login",
        "languages",
        "about",
        "quit",
    ]
    assert actions["pause"].isCheckable() and not actions["pause"].isChecked()
    assert actions["notify-status-changes"].isChecked()
    assert not actions["start-at-login"].isChecked()


def test_signed_out_menu_offers_sign_in_to_both(shell, service, qloop):
    service.publish(SIGNED_OUT)
    flush(qloop)
    actions = open_menu(shell.tray.menu)
    assert actions["sign-in:genesys"].text() == "Sign in to Genesys Cloud…"
    assert actions["sign-in:omni"].text() == "Sign in to Salesforce…"
    assert "sign-out:genesys" not in actions
    assert headers(shell.tray.menu)[:2] == ["Genesys Cloud: signed out", "Salesforce: signed out"]


def test_menu_is_rebuilt_from_the_newest_state_when_it_opens(shell, service, qloop):
    open_menu(shell.tray.menu)
    service.publish(BLOCKED_BY_SALESFORCE)
    flush(qloop)
    open_menu(shell.tray.menu)
    assert headers(shell.tray.menu) == [
        "Genesys Cloud: Busy · no interaction",
        "Omni-Channel: Available · active work: 1",
        "Sync: held by your Omni-Channel work",
        "Profile: Both products, block while working",
    ]


def test_sign_in_soon_offers_both_sign_in_again_and_sign_out(shell, service, qloop):
    soon = ProductState(Product.OMNI, SignIn.SIGN_IN_SOON, ADA_SALESFORCE)
    service.publish(salesforce=soon)
    flush(qloop)
    actions = open_menu(shell.tray.menu)
    assert actions["sign-in:omni"].text() == "Sign in to Salesforce again…"
    assert "sign-out:omni" in actions


def test_signing_in_shows_a_disabled_entry(shell, service, qloop):
    service.publish(genesys=ProductState(Product.GENESYS, SignIn.SIGNING_IN))
    flush(qloop)
    actions = open_menu(shell.tray.menu)
    assert not actions["signing-in:genesys"].isEnabled()
    assert "sign-in:genesys" not in actions and "sign-out:genesys" not in actions


def test_sign_in_and_out_entries_call_the_service(shell, service, qloop):
    service.publish(SIGNED_OUT)
    flush(qloop)
    open_menu(shell.tray.menu)["sign-in:genesys"].trigger()
    run(qloop, shell.bridge.wait_idle())
    assert service.calls[-1] == ("sign_in", Product.GENESYS)
    flush(qloop)
    assert shell.bridge.state.genesys.sign_in is SignIn.SIGNED_IN
    open_menu(shell.tray.menu)["sign-out:genesys"].trigger()
    run(qloop, shell.bridge.wait_idle())
    assert service.calls[-1] == ("sign_out", Product.GENESYS)


def test_failed_sign_in_is_shown_in_a_message(shell, service, qloop):
    service.publish(SIGNED_OUT)
    service.sign_in_error = RuntimeError("the browser sign-in timed out after 5 minutes")
    flush(qloop)
    open_menu(shell.tray.menu)["sign-in:omni"].trigger()
    run(qloop, shell.bridge.wait_idle())
    [box] = shell.messages
    assert box.windowTitle() == "Sign-in to Salesforce failed"
    assert "timed out after 5 minutes" in box.text()
    assert not box.isModal()


def test_pause_toggles_the_service_and_the_icon(shell, service, qloop):
    open_menu(shell.tray.menu)["pause"].trigger()
    flush(qloop)
    assert service.calls == [("set_paused", True)]
    assert shell.tray.key == (TrayState.PAUSED, False, False)
    assert open_menu(shell.tray.menu)["pause"].isChecked()
    open_menu(shell.tray.menu)["pause"].trigger()
    assert service.calls[-1] == ("set_paused", False)


def test_resync_now_asks_the_service(shell, service, qloop):
    action = open_menu(shell.tray.menu)["resync"]
    assert action.text() == "Resync now" and action.isEnabled()
    action.trigger()
    flush(qloop)
    assert service.calls == [("resync",)]


def test_resync_now_is_disabled_while_paused_or_signed_out(shell, service, qloop):
    service.publish(replace(IN_SYNC, paused=True))
    flush(qloop)
    assert not open_menu(shell.tray.menu)["resync"].isEnabled()
    service.publish(SIGNED_OUT)
    flush(qloop)
    assert not open_menu(shell.tray.menu)["resync"].isEnabled()


def test_profile_submenu_checks_the_active_and_disables_the_locked_one(shell):
    profiles = submenu(open_menu(shell.tray.menu)["profiles"])
    assert list(profiles) == [
        "profile:one-product-at-a-time",
        "profile:both-block-while-working",
        "profile:both-external-routing",
    ]
    assert profiles["profile:one-product-at-a-time"].isChecked()
    locked = profiles["profile:both-external-routing"]
    assert not locked.isEnabled()
    assert locked.text() == (
        "Both products, external routing — Not allowed on this machine by your administrator"
    )
    assert profiles["profile:both-block-while-working"].isEnabled()


def test_a_machine_wide_lock_is_said_once_above_disabled_entries(shell, service, qloop):
    service.publish(profiles=LOCKED_PROFILES)
    flush(qloop)
    menu = open_menu(shell.tray.menu)["profiles"].menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0] == "Locked to One product at a time by your administrator"
    assert texts[1:] == [p.name for p in LOCKED_PROFILES]
    assert not any(a.isEnabled() for a in menu.actions() if not a.isSeparator())


def test_choosing_a_profile_switches_it(shell, service, qloop):
    profiles = submenu(open_menu(shell.tray.menu)["profiles"])
    profiles["profile:both-block-while-working"].trigger()
    flush(qloop)
    assert service.calls == [("choose_profile", "both-block-while-working")]
    assert shell.bridge.state.profile_id == "both-block-while-working"
    assert not shell.messages


def test_a_refused_profile_is_explained_and_the_check_mark_stays(shell, service, qloop):
    service.refused_profiles["both-block-while-working"] = refusal(
        'status "Busy" is not in your Genesys Cloud org', "Ask your administrator to fix it"
    )
    profiles = submenu(open_menu(shell.tray.menu)["profiles"])
    profiles["profile:both-block-while-working"].trigger()
    flush(qloop)
    [box] = shell.messages
    assert box.windowTitle() == "Profile not changed"
    assert 'status "Busy" is not in your Genesys Cloud org' in box.text()
    assert "Ask your administrator to fix it" in box.text()
    assert profiles["profile:one-product-at-a-time"].isChecked()
    assert not profiles["profile:both-block-while-working"].isChecked()


def test_status_window_entry_opens_it(shell):
    assert not shell.status_window.isVisible()
    open_menu(shell.tray.menu)["status-window"].trigger()
    assert shell.status_window.isVisible()


def test_open_log_folder_creates_and_opens_it(shell, shell_options, opened):
    open_menu(shell.tray.menu)["open-log-folder"].trigger()
    assert shell_options.log_dir.is_dir()
    assert [u.toLocalFile() for u in opened] == [str(shell_options.log_dir)]


def test_start_at_login_writes_the_entry_and_the_setting(shell, autostart, store, qloop):
    open_menu(shell.tray.menu)["start-at-login"].trigger()
    run(qloop, shell.preferences.wait_idle())
    assert autostart.is_enabled()
    assert store.load().settings.start_at_login is True
    assert open_menu(shell.tray.menu)["start-at-login"].isChecked()
    open_menu(shell.tray.menu)["start-at-login"].trigger()
    run(qloop, shell.preferences.wait_idle())
    assert not autostart.is_enabled()
    assert store.load().settings.start_at_login is False


def test_start_at_login_failure_flips_back_and_says_why(shell, autostart, qloop):
    autostart.path.parent.parent.mkdir(parents=True)
    autostart.path.parent.write_text("a file where the autostart folder should be")
    open_menu(shell.tray.menu)["start-at-login"].trigger()
    run(qloop, shell.preferences.wait_idle())
    flush(qloop)
    assert not open_menu(shell.tray.menu)["start-at-login"].isChecked()
    [box] = shell.messages
    assert box.windowTitle() == "Start at login not changed"
    assert str(autostart.path) in box.text()


def test_notification_setting_is_saved_and_keeps_the_services_keys(shell, store, qloop):
    store.save(store.load().settings.replace(active_profile="both-block-while-working"))
    open_menu(shell.tray.menu)["notify-status-changes"].trigger()
    run(qloop, shell.preferences.wait_idle())
    saved = store.load().settings
    assert saved.notify_status_changes is False
    assert saved.active_profile == "both-block-while-working"
    assert not shell.notifier.status_changes_enabled


def test_about_and_quit(shell, qtbot):
    actions = open_menu(shell.tray.menu)
    actions["about"].trigger()
    [box] = shell.messages
    assert "OmniSync Companion 0.1.0" in box.text()
    with qtbot.waitSignal(shell.quit_requested, timeout=1000):
        actions["quit"].trigger()


@pytest.mark.parametrize(
    ("state", "icon"),
    [
        (SIGNED_OUT, (TrayState.SIGNED_OUT, False, True)),
        (IN_SYNC, (TrayState.MAPPED, False, False)),
        (BLOCKED_BY_SALESFORCE, (TrayState.BLOCKED_SALESFORCE, False, False)),
        (CONSOLE_LINK_LOST, (TrayState.MAPPED, False, True)),
        (replace(IN_SYNC, paused=True), (TrayState.PAUSED, False, False)),
    ],
)
def test_icon_and_tooltip_follow_the_state(shell, service, qloop, state, icon):
    """What to do first when there is something, then the headline; the app's name last."""
    service.publish(state)
    flush(qloop)
    assert shell.tray.key == icon
    signed_out = icon[0] is TrayState.SIGNED_OUT  # the headline is the sign-in instruction
    first = [task_text(state.must_do[0])] if state.problem and not signed_out else []
    full = "\n".join([*first, headline(state), "OmniSync Companion"])
    tip = shell.tray.icon.toolTip()
    assert tip == full if len(full) <= 127 else tip == full[:126].rstrip() + "…"


def test_icon_follows_a_switch_to_a_dark_panel(shell, qapp, panel):
    panel.dark = True
    light = QPalette(qapp.palette())
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    qapp.setPalette(dark)  # what Qt does when the desktop's palette changes
    try:
        QApplication.processEvents()
        assert shell.tray.key == (TrayState.MAPPED, True, False)
    finally:
        qapp.setPalette(light)


def test_a_long_tooltip_is_cut_to_what_windows_shows(shell, service, qloop):
    service.publish(CONSOLE_LINK_LOST)
    flush(qloop)
    tip = shell.tray.icon.toolTip()
    assert len(tip) <= 127
    assert tip.splitlines()[0] == (
        "Open your Salesforce console and keep it open: the app sets your Omni-Channel status "
        "through it."
    )
    long_name = replace(CONSOLE_LINK_LOST, omni_status=replace(OMNI["Busy"], label="B" * 200))
    service.publish(long_name)
    flush(qloop)
    tip = shell.tray.icon.toolTip()
    assert len(tip) == 127 and tip.endswith("…")
    assert tip.startswith("Open your Salesforce console")  # the instruction is never cut


def test_header_lines_are_readable_short_and_open_the_status_window(shell, service, qloop):
    """Enabled (full contrast, not disabled grey); a long name is cut, in full in the tooltip."""
    long_profile = "A profile name that an administrator made far too long for any menu"
    service.publish(replace(IN_SYNC, profile_name=long_profile))
    flush(qloop)
    menu = shell.tray.menu
    open_menu(menu)
    header = [a for a in menu.actions() if a.objectName() == "header"]
    assert all(a.isEnabled() for a in header)
    assert header[-1].text() == f"Profile: {long_profile}"[:59].rstrip() + "…"
    assert long_profile in header[-1].toolTip()
    header[0].trigger()
    assert shell.status_window.isVisible()
    shell.status_window.hide()


def test_names_with_ampersands_and_markup_show_as_typed(shell, service, qloop):
    """Profile names and descriptions are written by administrators: "&" is not a shortcut
    marker and "<b>" is not markup, in the entry, its tooltip and the refusal message."""
    odd = ProfileChoice(
        "sales-service", "Sales & Service <b>", "<img src=x> & more", "user", usable=True
    )
    service.publish(profiles=(*service.state.profiles, odd))
    service.refused_profiles["sales-service"] = refusal(
        'status "<b>Busy</b>" is not in your org', "Fix the profile & retry"
    )
    flush(qloop)
    entry = submenu(open_menu(shell.tray.menu)["profiles"])["profile:sales-service"]
    assert entry.iconText() == "Sales & Service <b>"  # what the menu draws
    assert "&lt;img src=x&gt; &amp; more" in entry.toolTip()
    entry.trigger()
    flush(qloop)
    [box] = shell.messages
    assert box.textFormat() is Qt.TextFormat.PlainText
    assert 'status "<b>Busy</b>" is not in your org' in box.text()
