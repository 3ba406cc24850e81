"""Which service events notify the agent, in which words, and the setting that silences some."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from omnisync.core.model import Product
from omnisync.service.audit import Outcome
from omnisync.service.state import AgentTask, Remedy
from omnisync.ui.agent_notifications import AgentNotifications
from omnisync.ui.bridge import ServiceBridge
from omnisync.ui.notifications import Notification, NotificationKind, Notifier
from omnisync.ui.preferences import Preferences, PreferenceValues
from omnisync.ui.wording import clock_time
from support.catalog import pseudo_qm
from support.plain_english import plain_english
from support.qt_ui import flush, run
from support.ui_states import (
    AT,
    CONSOLE_LINK_LOST,
    IN_SYNC,
    SIGNED_OUT,
    audit_entries,
    notified_states,
)

pytestmark = pytest.mark.ui

R1_CONFIRMED = audit_entries()[1]
R1_PENDING = replace(R1_CONFIRMED, outcome=Outcome.PENDING)
ASKED = audit_entries()[3]


class Clock:
    now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def told(qapp, qloop, service):
    """Build the notifications around the service; the list fills with what was shown."""
    shown: list[Notification] = []
    tray = QSystemTrayIcon()
    bridge = ServiceBridge(service, loop=qloop)
    notifier = Notifier(tray, clock=Clock())
    notifier.shown.connect(shown.append)
    preferences = Preferences(PreferenceValues(), loop=qloop)
    notes = AgentNotifications(bridge, notifier, preferences)
    yield shown, preferences
    run(qloop, bridge.aclose())
    for obj in (notes, notifier, bridge, tray):
        obj.deleteLater()


def test_a_status_the_app_set_is_told_once(told, service, qloop):
    shown, _ = told
    service.record(R1_PENDING)
    service.record(R1_CONFIRMED)
    flush(qloop)
    [note] = shown
    assert note.kind is NotificationKind.STATUS_CHANGED
    assert note.title == "OmniSync changed your status"
    assert note.message == "You went On Queue in Genesys Cloud, so Omni-Channel follows as Busy."


def test_a_confirmation_whose_sending_was_missed_is_told(told, service, qloop):
    shown, _ = told
    service.record(R1_CONFIRMED)
    flush(qloop)
    assert [n.kind for n in shown] == [NotificationKind.STATUS_CHANGED]


def test_decisions_skips_and_asks_are_not_status_changes(told, service, qloop):
    shown, _ = told
    for entry in (audit_entries()[0], ASKED, replace(R1_PENDING, kind="skip")):
        service.record(entry)
    flush(qloop)
    assert shown == []


def test_turned_off_status_changes_are_silent_but_must_act_is_not(told, service, qloop):
    shown, preferences = told
    preferences.set_notify_status_changes(False)
    service.record(R1_PENDING)
    service.publish(SIGNED_OUT)
    flush(qloop)
    assert [n.title for n in shown] == ["Sign in to Genesys Cloud", "Sign in to Salesforce"]
    assert {n.kind for n in shown} == {NotificationKind.ACTION_NEEDED}


def test_each_new_task_is_told_once(told, service, qloop):
    shown, _ = told
    service.publish(CONSOLE_LINK_LOST)
    flush(qloop)
    assert [n.title for n in shown] == [
        "Open your Salesforce console",
        "Please set your status",
        "Choose another profile",
    ]
    assert shown[1].message == "Set Omni-Channel to Busy yourself: the console is closed."
    service.publish(replace(CONSOLE_LINK_LOST, paused=True))  # same tasks: nothing new
    flush(qloop)
    assert len(shown) == 3


def test_sign_in_soon_is_told(told, service, qloop):
    shown, _ = told
    ends = AT + 3600
    soon = AgentTask(
        "Your Salesforce session ends at 17:30: sign in again",
        Remedy.SIGN_IN_SALESFORCE,
        product=Product.OMNI,
        until=ends,
    )
    service.publish(replace(IN_SYNC, must_do=(soon,)))
    flush(qloop)
    [note] = shown
    assert (note.title, note.message) == (
        "Sign in to Salesforce",
        f"Sign in to Salesforce again before {clock_time(ends)}, when your session ends.",
    )
    assert note.kind is NotificationKind.ACTION_NEEDED


def test_a_logout_with_a_reason_is_a_notification_that_says_why(qapp):
    from omnisync.core.message import say
    from omnisync.ui.agent_notifications import task_notification

    why = say("engine", "you opened Omni-Channel in another browser tab")
    task = AgentTask(
        "logged out", Remedy.LOG_IN_OMNI, urgent=True, product=Product.OMNI, detail=why
    )
    note = task_notification(task)
    assert note.kind is NotificationKind.ACTION_NEEDED
    assert note.title == "Omni-Channel logged you out"
    assert note.message == (
        "Log in to Omni-Channel again when you are ready: you opened Omni-Channel in another "
        "browser tab."
    )


@pytest.mark.parametrize("name", list(notified_states()))
def test_no_english_is_glued_into_a_notification(told, service, qloop, tmp_path, name):
    """Under the accented pseudo-language, a notification's title and text hold no plain
    English: every sentence of ours went through translate(), fields included."""
    from omnisync.ui.i18n import install_language

    shown, _ = told
    state, change = notified_states()[name]
    install_language("fr", directory=pseudo_qm(tmp_path, accent=True))
    try:
        service.publish(state)
        if change is not None:
            service.record(change)
        flush(qloop)
        texts = [text for note in shown for text in (note.title, note.message)]
    finally:
        install_language("en")
    assert texts, f"nothing was told in {name}"
    english = plain_english(texts, state)
    assert english == [], "\n".join(f"{w!r} in {t!r}" for w, t in english)
