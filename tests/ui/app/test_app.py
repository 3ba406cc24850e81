"""Start-up and Quit: one main coroutine on the qasync loop, the service started and awaited
at shutdown, one instance per user."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import uuid

import pytest

from omnisync.ui.app import AppOptions, main, run
from omnisync.ui.qt_loop import QtEventLoop
from omnisync.ui.shell import TrayApp
from omnisync.ui.single_instance import SingleInstance
from support.qt_ui import open_menu
from support.qt_ui import run as run_on
from support.recording_service import RecordingService, factory_of

pytestmark = pytest.mark.ui


@pytest.fixture
def options(store, autostart, shell_options) -> AppOptions:
    return AppOptions(settings=store, autostart=autostart, shell=shell_options)


def drive(loop, service, options, act, **kwargs):
    """Run ``main`` until ``act(shell)`` (called once the UI is up) makes it quit."""
    shells: list[TrayApp] = []

    def started(shell: TrayApp) -> None:
        shells.append(shell)
        loop.call_soon(act, shell)

    status = run_on(loop, main(factory_of(service), options, started=started, **kwargs))
    return status, shells[0]


def test_quit_from_the_menu_ends_main_after_the_service_shut_down(qloop, service, options):
    service.shutdown_delay = 0.05  # the service takes a moment to cancel its tasks

    def quit_from_menu(shell: TrayApp) -> None:
        open_menu(shell.tray.menu)["quit"].trigger()

    status, shell = drive(qloop, service, options, quit_from_menu)
    assert status == 0
    assert service.commands() == ["start", "shutdown", "shutdown done", "resources closed"]
    assert not shell.tray.icon.isVisible()
    assert not shell.status_window.isVisible()
    shell.deleteLater()


def test_the_status_window_opens_unless_started_in_the_background(qloop, service, options):
    seen: list[bool] = []

    built: list[bool] = []

    def look_and_quit(shell: TrayApp) -> None:
        built.append(shell._status_window is not None)  # started in the background: not built
        seen.append(shell.status_window.isVisible())
        shell.quit_requested.emit()

    for background in (False, True):
        options.background = background
        _status, shell = drive(qloop, service, options, look_and_quit)
        shell.deleteLater()
    assert seen == [True, False]
    assert built == [True, False]


def test_once_the_service_started_what_start_up_built_is_frozen(qloop, service, options):
    gc.unfreeze()
    frozen: list[int] = []

    def look_and_quit(shell: TrayApp) -> None:
        shell.quit_requested.emit()

    try:
        _status, shell = drive(qloop, service, options, look_and_quit)
        frozen.append(gc.get_freeze_count())
        shell.deleteLater()
    finally:
        gc.unfreeze()
    assert frozen[0] > 0


def test_a_service_that_cannot_start_is_shown_and_quit_still_works(qloop, options):
    class NoStart(RecordingService):
        async def start(self) -> None:
            raise ConnectionError("the keyring is locked; unlock it and start OmniSync again")

    service = NoStart()
    messages: list[str] = []

    def wait_then_quit(shell: TrayApp) -> None:
        shown = shell.show_error

        def show_error(title: str, message: str) -> None:
            shown(title, message)
            messages.append(f"{title}: {message}")
            shell.quit_requested.emit()

        shell.show_error = show_error  # type: ignore[method-assign]

    status, shell = drive(qloop, service, options, wait_then_quit)
    assert status == 0
    assert messages[0].startswith("Sync could not start: Reason given: the keyring is locked")
    assert service.commands() == ["shutdown", "shutdown done", "resources closed"]
    shell.deleteLater()


def test_a_hanging_shutdown_gives_up_after_the_timeout(qloop, service, options):
    service.shutdown_delay = 10
    options.shutdown_timeout = 0.05
    status, shell = drive(qloop, service, options, lambda s: s.quit_requested.emit())
    assert status == 1
    assert service.commands() == ["start", "shutdown", "resources closed"]
    shell.deleteLater()


def test_a_broken_settings_file_is_kept_aside_and_said(qloop, service, options, store):
    store.directory.mkdir(parents=True)
    store.path.write_text('version = 1\nnotify_status_changes = "maybe"\n')
    messages: list[str] = []

    def look(shell: TrayApp) -> None:
        messages.extend(b.text() for b in shell.messages)
        shell.quit_requested.emit()

    drive(qloop, service, options, look)[1].deleteLater()
    assert len(messages) == 1
    assert "notify_status_changes" in messages[0]
    assert "kept as" in messages[0]


def test_a_second_launch_opens_the_first_ones_status_window(qloop, service, options, tmp_path):
    key = f"omnisync-test-{uuid.uuid4().hex[:8]}"
    first = SingleInstance(key, runtime_dir=tmp_path / "run")
    options.background = True
    seen: list[bool] = []

    def second_launch(shell: TrayApp) -> None:
        def asked() -> None:  # connected after the app's own handler, so it runs after it
            seen.append(shell.status_window.isVisible())
            shell.quit_requested.emit()

        first.show_status_window_requested.connect(asked)
        second = SingleInstance(key, runtime_dir=tmp_path / "run", connect_attempts=3)
        assert run(factory_of(RecordingService()), instance=second) == 0

    try:
        assert first.acquire()
        status, shell = drive(qloop, service, options, second_launch, instance=first)
    finally:
        first.release()
    assert status == 0 and seen == [True]
    shell.deleteLater()


def test_run_starts_the_qasync_loop_and_ctrl_c_quits(qapp, options, tmp_path):
    class InterruptedAtStart(RecordingService):
        async def start(self) -> None:
            await super().start()
            self.loop_type = type(asyncio.get_running_loop())
            os.kill(os.getpid(), signal.SIGINT)  # as if the agent pressed Ctrl+C

    service = InterruptedAtStart()
    guard = SingleInstance(f"omnisync-test-{uuid.uuid4().hex[:8]}", runtime_dir=tmp_path / "r")
    assert run(factory_of(service), options, instance=guard) == 0
    assert service.loop_type is QtEventLoop  # qasync's, with timers that stop on cancel
    assert service.commands() == ["start", "shutdown", "shutdown done", "resources closed"]
    assert not guard.is_primary  # released on the way out


def test_a_service_that_cannot_be_built_is_explained_before_quitting(qloop, qapp, options, capsys):
    async def broken(_resources):
        raise ValueError("policy.toml: genesys.region: unknown region 'mypurecloud.xx'")

    def close_the_box() -> None:
        [box] = [w for w in qapp.topLevelWidgets() if w.objectName() == "startup-error"]
        seen.append(box.text())
        box.close()

    seen: list[str] = []
    qloop.call_later(0.05, close_the_box)
    assert run_on(qloop, main(broken, options)) == 1
    assert seen == ["Reason given: policy.toml: genesys.region: unknown region 'mypurecloud.xx'"]
    err = capsys.readouterr().err  # one line on stderr as well, for a terminal or a script
    assert "cannot start: policy.toml: genesys.region: unknown region" in err


def test_a_first_instance_that_does_not_answer_is_told_in_the_agents_language(
    qapp, options, store, tmp_path, capsys
):
    """The single-instance error: English on stderr and in the log, and a box on the screen in
    the language of settings.toml (French here), the sentence translated, not the English."""
    from PySide6.QtCore import QTimer

    from omnisync.ui.i18n import install_language

    store.directory.mkdir(parents=True)
    (store.directory / "settings.toml").write_text('version = 1\nlanguage = "fr"\n')
    key = f"omnisync-test-{uuid.uuid4().hex[:8]}"
    first = SingleInstance(key, runtime_dir=tmp_path / "run")
    assert first.acquire()
    first._server.close()  # alive and locked, but no longer answering
    seen: list[tuple[str, str]] = []

    def close_the_box() -> None:
        boxes = [w for w in qapp.topLevelWidgets() if w.objectName() == "startup-error"]
        if not boxes or not boxes[0].isVisible():
            QTimer.singleShot(20, close_the_box)
            return
        seen.append((boxes[0].windowTitle(), boxes[0].text()))
        boxes[0].close()

    QTimer.singleShot(20, close_the_box)
    second = SingleInstance(key, runtime_dir=tmp_path / "run", connect_attempts=1)
    try:
        assert run(factory_of(RecordingService()), options, instance=second) == 1
    finally:
        first.release()
        install_language("en")
    [(title, text)] = seen
    assert title == "OmniSync Companion ne peut pas démarrer", title
    assert text.startswith("OmniSync est déjà lancé pour vous"), text
    assert "already running for you" in capsys.readouterr().err  # the terminal: English
