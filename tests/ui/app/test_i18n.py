"""The agent's language: taken from the OS, overridden in the menu, loaded from the compiled
catalogues, and every menu entry going through the translations."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QPushButton

from omnisync.core.message import joined, say
from omnisync.core.model import Product
from omnisync.genesys.notifications import Trouble
from omnisync.resources import resource_path
from omnisync.service.salesforce_connector import STREAMING_NOT_NEEDED, WAITING_FOR_LINK
from omnisync.service.state import AgentTask, Channel, ChannelHealth, Health, LinkRoute, Remedy
from omnisync.service.wiring import not_configured
from omnisync.settings import UserSettings
from omnisync.ui.autostart.base import cannot_remove
from omnisync.ui.i18n import chosen_language, install_language, system_language, translate
from omnisync.ui.wording import error_text, said, task_text
from support.catalog import PSEUDO_CLOSE, PSEUDO_OPEN, pseudo_qm
from support.plain_english import org_data, plain_english
from support.qt_ui import flush, headers, open_menu, run, submenu
from support.ui_states import (
    BLOCKED_BY_SALESFORCE,
    CONSOLE_LINK_LOST,
    IN_SYNC,
    LOCKED_PROFILES,
    LOGGED_OUT,
    PROFILE_PROBLEM,
    SHIFT,
    SIGNED_OUT,
    audit_entries,
)

pytestmark = pytest.mark.ui


@pytest.fixture
def speak(qapp):
    """Install a language for one test; English again afterwards."""
    yield install_language
    install_language("en")


def test_the_os_language_is_the_first_one_the_app_speaks():
    assert system_language(["de-CH", "fr-CH", "en"]) == "de"
    assert system_language(["ja-JP", "es_MX", "fr"]) == "es"
    assert system_language(["ja-JP", "zh-Hans"]) == "en"
    assert system_language([]) == "en"


def test_the_preference_wins_over_the_os():
    assert chosen_language("fr", ["de-DE"]) == "fr"
    assert chosen_language("", ["de-DE"]) == "de"


def test_each_compiled_language_speaks(speak):
    expected = {"fr": "Quitter", "de": "Beenden", "es": "Salir", "en": "Quit"}
    for language, word in expected.items():
        assert speak(language).language == language
        assert translate("menu", "Quit") == word
    speak("de")
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own


def test_a_missing_catalogue_speaks_english_and_says_why(speak, tmp_path):
    loaded = speak("fr", directory=tmp_path)
    assert loaded.language == "en" and "no compiled translations for fr" in loaded.problem
    assert translate("menu", "Quit") == "Quit"


def test_choosing_a_language_saves_it_for_the_next_start(shell, store, qloop):
    languages = submenu(open_menu(shell.tray.menu)["languages"])
    assert languages["language:system"].isChecked()
    assert [a.text() for a in languages.values() if a.objectName() != "language-note"][1:] == [
        "English",
        "Français",
        "Deutsch",
        "Español",
    ]
    languages["language:de"].trigger()
    run(qloop, shell.preferences.wait_idle())
    assert store.load().settings.language == "de"
    assert submenu(open_menu(shell.tray.menu)["languages"])["language:de"].isChecked()


def test_an_unknown_language_in_settings_is_named_with_the_choices(store):
    store.path.parent.mkdir(parents=True)
    store.path.write_text('version = 1\nlanguage = "klingon"\n', encoding="utf-8")
    loaded = store.load()
    assert loaded.settings == UserSettings()
    [problem] = loaded.problems
    assert "'klingon'" in str(problem) and '"fr" (Français)' in str(problem)


def test_every_menu_entry_is_translated(shell, service, speak, tmp_path):
    """Under a pseudo-language that wraps every translated string in ⟦ ⟧, an entry without the
    marks did not go through translate(). Names from the orgs and the language names are data."""
    speak("fr", directory=pseudo_qm(tmp_path))
    actions = open_menu(shell.tray.menu)
    menus = [shell.tray.menu] + [a.menu() for a in actions.values() if a.menu()]
    data = {p.name for p in service.state.profiles} | {
        "English",
        "Français",
        "Deutsch",
        "Español",
    }
    untranslated = [
        a.text()
        for menu in menus
        for a in menu.actions()
        if a.text() and a.objectName() != "header" and a.text().replace("&&", "&") not in data
        if not (a.text().startswith(PSEUDO_OPEN) and PSEUDO_CLOSE in a.text())
    ]
    assert untranslated == []


def _visible_texts(shell) -> list[str]:
    """Every text a person reads in the status window, the tray menu and its tooltip."""
    window = shell.status_window
    texts = [window.windowTitle(), shell.tray.icon.toolTip()]
    texts += [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
    texts += [w.title() for w in window.findChildren(QGroupBox) if w.isVisibleTo(window)]
    texts += [w.text() for w in window.findChildren(QPushButton) if w.isVisibleTo(window)]
    audit = window.audit
    texts += [audit.headerData(c, Qt.Orientation.Horizontal) for c in range(audit.columnCount())]
    texts += [audit.data(audit.index(r, 3)) for r in range(audit.rowCount())]  # outcomes
    texts += [audit.data(audit.index(r, 2)) for r in range(audit.rowCount())]  # what happened
    menu = shell.tray.menu
    actions = open_menu(menu)
    texts += [a.text().replace("&&", "&") for a in menu.actions() if a.text()]
    for action in actions.values():
        if action.menu() is not None and action.objectName() != "languages":
            texts += [a.text().replace("&&", "&") for a in action.menu().actions() if a.text()]
    return texts


REFUSED_ROUTE = replace(  # the console link's refusal tags, as LoopbackLink.refusals() says them
    IN_SYNC,
    console_route=LinkRoute(
        False,
        say("service", "the desktop refused the console component's connection ({why})").fill(
            why=joined([say("service", "origin not allowed"), say("service", "wrong key")], ", ")
        ),
    ),
)
EVERY_STATE = {**SHIFT, "logged-out": LOGGED_OUT, "refused-route": REFUSED_ROUTE}


@pytest.mark.parametrize("state", EVERY_STATE.values(), ids=EVERY_STATE.keys())
def test_every_visible_text_goes_through_translate(
    make_shell, service, qloop, speak, tmp_path, state
):
    """Under the pseudo-language every translated string reads ⟦…⟧: a visible text without
    the marks (and not the orgs' own data) escaped translate() and would stay English."""
    speak("fr", directory=pseudo_qm(tmp_path))  # as the app does: before the first widget
    shell = make_shell()
    for entry in audit_entries():
        service.record(entry)
    service.publish(state)
    flush(qloop)
    data = org_data(state)
    escaped = [
        text
        for text in _visible_texts(shell)
        if text not in data and not (PSEUDO_OPEN in text and PSEUDO_CLOSE in text)
    ]
    assert escaped == []


@pytest.mark.parametrize("state", EVERY_STATE.values(), ids=EVERY_STATE.keys())
def test_no_english_is_glued_into_a_translated_sentence(
    make_shell, service, qloop, speak, tmp_path, state
):
    """Under a pseudo-language that accents every vowel of every translated text, a word with
    a plain vowel is English that reached the screen without translate(): a sentence of ours
    passed as a plain field, or glued in. The orgs' and the servers' own words are data."""
    speak("fr", directory=pseudo_qm(tmp_path, accent=True))
    shell = make_shell()
    for entry in audit_entries():
        service.record(entry)
    service.publish(state)
    flush(qloop)
    english = plain_english(_visible_texts(shell), state)
    assert english == [], "\n".join(f"{w!r} in {t!r}" for w, t in english)


def test_a_profile_problem_is_said_in_the_agents_language(
    make_shell, service, qloop, speak, tmp_path
):
    """What is wrong with a profile goes through the catalogue itself, not only the sentence
    around it: in the to-do list and in the refusal when choosing it."""
    speak("fr", directory=pseudo_qm(tmp_path))
    shell = make_shell()
    service.publish(CONSOLE_LINK_LOST)
    flush(qloop)
    wrapped = f'{PSEUDO_OPEN}no Omni-Channel status is named "Bussy"{PSEUDO_CLOSE}'
    todo = [label.text() for label in shell.status_window.todo_box.findChildren(QLabel)]
    assert any(wrapped in text for text in todo), todo
    service.refused_profiles["both-block-while-working"] = (PROFILE_PROBLEM,)
    submenu(open_menu(shell.tray.menu)["profiles"])["profile:both-block-while-working"].trigger()
    flush(qloop)
    [box] = shell.messages
    assert wrapped in box.text() and f'{PSEUDO_OPEN}Did you mean "Busy"?' in box.text()


def test_a_profile_problem_reads_in_german(speak):
    speak("de")
    assert said(PROFILE_PROBLEM.brief()).startswith(
        'kein Status in Omni-Channel heißt „Bussy“. Meinten Sie "Busy"? '
        "Status der Omni-Channel-Organisation: "
    )


def test_an_error_reads_as_a_sentence_in_the_agents_language(
    shell, service, qloop, speak, tmp_path
):
    """A failed command's box: our own error is our translated sentence; a library's or a
    server's words sit as data inside a translated one, never bare."""
    speak("fr", directory=pseudo_qm(tmp_path))
    service.publish(SIGNED_OUT)
    service.sign_in_error = RuntimeError("HTTP 503 from login.example")
    flush(qloop)
    open_menu(shell.tray.menu)["sign-in:omni"].trigger()
    run(qloop, shell.bridge.wait_idle())
    [box] = shell.messages
    assert box.text() == f"{PSEUDO_OPEN}Reason given: HTTP 503 from login.example{PSEUDO_CLOSE}"
    speak("de")
    missing = error_text(not_configured(["genesys.region"]))
    assert missing.startswith("OmniSync weiß nicht, bei welchen"), missing
    assert error_text(cannot_remove("/x/omnisync.desktop", PermissionError("denied"))) == (
        "Start bei der Anmeldung kann nicht ausgeschaltet werden: /x/omnisync.desktop konnte "
        "nicht entfernt werden (denied)."
    )


def test_a_task_the_wording_does_not_know_is_named_not_said_in_english(speak, tmp_path):
    """The task's ``text`` is the log's English: with fields the wording cannot use, the UI
    falls back to the task's translated title."""
    speak("fr", directory=pseudo_qm(tmp_path))
    odd = AgentTask("Set it yourself (English for the log)", Remedy.SET_STATUS_YOURSELF)
    assert task_text(odd) == f"{PSEUDO_OPEN}Please set your status{PSEUDO_CLOSE}"


def test_the_status_window_in_german(make_shell, service, qloop, speak):
    """The real catalogue, not only the marks: a few words as a German agent reads them."""
    speak("de")
    shell = make_shell()
    service.publish(BLOCKED_BY_SALESFORCE)
    flush(qloop)
    window = shell.status_window
    assert window.windowTitle() == "Status"
    assert window.todo_box.title() == "Jetzt zu tun"
    assert window.summary.text() == (
        "Sie arbeiten in Omni-Channel, daher bleibt Genesys Cloud auf Busy."
    )
    assert window.mode.text() == "Synchronisierung: gehalten durch Ihre Arbeit in Omni-Channel"
    open_menu(shell.tray.menu)
    assert headers(shell.tray.menu)[0] == "Genesys Cloud: Busy · keine Interaktion"


def test_an_administrators_lock_reads_in_the_agents_language(make_shell, service, qloop, speak):
    """Why a profile cannot be chosen is our sentence (only the profile name is data): a German
    agent reads it in German, beside the entry and once above a machine-wide lock."""
    speak("de")
    shell = make_shell()
    profiles = open_menu(shell.tray.menu)["profiles"].menu()
    [entry] = [a for a in profiles.actions() if a.objectName() == "profile:both-external-routing"]
    assert entry.text() == (
        "Both products, external routing – "
        "Von Ihrem Administrator auf diesem Computer nicht erlaubt"
    )
    service.publish(profiles=LOCKED_PROFILES)
    flush(qloop)
    profiles = open_menu(shell.tray.menu)["profiles"].menu()
    [lock] = [a for a in profiles.actions() if a.objectName() == "profile-lock"]
    assert lock.text() == "Von Ihrem Administrator auf One product at a time festgelegt"


def test_what_the_connectors_say_of_a_channel_reads_in_the_agents_language(
    make_shell, service, qloop, speak
):
    """A channel's detail the connector writes itself is our sentence: German in the status
    window (a server's words would stay as they are)."""
    speak("de")
    shell = make_shell()
    channels = {
        **IN_SYNC.channels,
        Channel.CONSOLE_LINK: ChannelHealth(
            Channel.CONSOLE_LINK, Health.CONNECTING, WAITING_FOR_LINK
        ),
        Channel.SALESFORCE_STREAMING: ChannelHealth(
            Channel.SALESFORCE_STREAMING, Health.UP, STREAMING_NOT_NEEDED
        ),
        Channel.GENESYS_NOTIFICATIONS: ChannelHealth(
            Channel.GENESYS_NOTIFICATIONS, Health.CONNECTING, Trouble.SILENT.value
        ),
    }
    service.publish(replace(IN_SYNC, channels=channels))
    flush(qloop)
    fields = shell.status_window.products[Product.OMNI].fields
    link = fields["channel:console-link"].text()
    streaming = fields["channel:salesforce-streaming"].text()
    assert link.endswith("(wartet auf die Salesforce-Konsolenverbindung)"), link
    assert streaming.endswith("(nicht nötig, solange die Konsolenverbindung direkt ist)"), streaming
    notifications = (
        shell.status_window.products[Product.GENESYS].fields["channel:genesys-notifications"].text()
    )
    assert notifications.endswith("(kein Lebenszeichen kam rechtzeitig an)"), notifications


def test_the_first_tray_speaks_the_chosen_language(speak, qapp, tmp_path):
    """The first step's tray is drawn before the live tray: its words already are the agent's
    language, from the settings; and the early read of that choice (for a start that fails
    before the settings are read) takes it from settings.toml, else the OS."""
    from omnisync.service.profile_store import ProfileDirs
    from omnisync.settings import SettingsStore, UserSettings
    from omnisync.settings.policy import Policy, PolicyState
    from omnisync.ui.early_tray import build_first_tray, early_language

    dirs = ProfileDirs(resource_path("profiles"), tmp_path / "machine", tmp_path / "user")
    english = build_first_tray(qapp, SettingsStore(tmp_path), dirs, PolicyState(Policy()), None)
    SettingsStore(tmp_path).save(UserSettings(language="de"))
    german = build_first_tray(qapp, SettingsStore(tmp_path), dirs, PolicyState(Policy()), None)
    assert german.icon.toolTip() != english.icon.toolTip()
    assert german.icon.toolTip().startswith("Melden Sie sich"), german.icon.toolTip()
    assert early_language(tmp_path) == "de"
    assert early_language(tmp_path / "nowhere") == ""
    (tmp_path / "settings.toml").write_text("not = [toml", encoding="utf-8")
    assert early_language(tmp_path) == ""
    for tray in (english, german):
        tray.retire()
