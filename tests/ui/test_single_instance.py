"""One instance per user: a second launch reaches the first, stale leftovers do not block."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import uuid
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from omnisync.ui.single_instance import (
    SingleInstance,
    SingleInstanceError,
    instance_key,
)

pytestmark = pytest.mark.ui

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


@pytest.fixture
def key() -> str:
    return f"omnisync-test-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def guards(qapp, tmp_path, key):
    made: list[SingleInstance] = []

    def make(**kwargs) -> SingleInstance:
        guard = SingleInstance(key, runtime_dir=tmp_path / "run", **kwargs)
        made.append(guard)
        return guard

    yield make
    for guard in made:
        guard.release()


def run_launch(runtime_dir: Path, key: str, code: str) -> subprocess.CompletedProcess[str]:
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(DESKTOP)!r})
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from omnisync.ui.single_instance import SingleInstance
        app = QCoreApplication([])
        guard = SingleInstance({key!r}, runtime_dir=Path({str(runtime_dir)!r}), connect_attempts=3)
        """
    ) + textwrap.dedent(code)
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )


def test_key_is_per_user_and_reveals_no_name():
    assert instance_key("alice") == instance_key("alice")
    assert instance_key("alice") != instance_key("bob")
    assert "alice" not in instance_key("alice")
    assert instance_key().startswith("omnisync-")


def test_second_guard_in_one_process_tells_the_first(qtbot, guards):
    first = guards()
    assert first.acquire()
    assert first.is_primary
    second = guards()
    with qtbot.waitSignal(first.show_status_window_requested, timeout=5000):
        assert second.acquire() is False
    assert not second.is_primary


def test_other_messages_arrive_as_text_and_are_not_commands(qtbot, guards):
    first = guards()
    assert first.acquire()
    with (
        qtbot.waitSignal(first.message_received, timeout=5000) as got,
        qtbot.assertNotEmitted(first.show_status_window_requested, wait=100),
    ):
        assert guards().acquire("open-profile strict") is False
    assert got.args == ["open-profile strict"]


def test_second_launch_in_a_subprocess_exits_and_shows_the_first(qtbot, guards, tmp_path, key):
    first = guards()
    assert first.acquire()
    with qtbot.waitSignal(first.show_status_window_requested, timeout=30000):
        result = run_launch(tmp_path / "run", key, "sys.exit(0 if guard.acquire() is False else 3)")
    assert result.returncode == 0, result.stderr


def test_lock_left_by_a_crashed_instance_is_taken_over(qtbot, guards, tmp_path, key):
    crashed = run_launch(tmp_path / "run", key, "assert guard.acquire()\nos._exit(0)\n")
    assert crashed.returncode == 0, crashed.stderr
    assert (tmp_path / "run" / f"{key}.lock").exists(), "the crash should leave its lock behind"
    guard = guards(connect_attempts=1)
    assert guard.acquire() is True
    with qtbot.waitSignal(guard.show_status_window_requested, timeout=5000):
        assert guards().acquire() is False


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file")
def test_stale_socket_file_does_not_block_the_next_start(qtbot, guards, tmp_path, key):
    (tmp_path / "run").mkdir()
    stale = tmp_path / "run" / f"{key}.sock"
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(str(stale))
    leftover.close()  # the file stays, nobody listens: what a crash leaves
    assert stale.exists()
    guard = guards()
    assert guard.server_name == str(stale)
    assert guard.acquire() is True
    with qtbot.waitSignal(guard.show_status_window_requested, timeout=5000):
        assert guards().acquire() is False


def test_a_silent_first_instance_is_reported_not_waited_on_forever(guards):
    first = guards()
    assert first.acquire()
    first._server.close()  # alive and locked, but no longer answering
    with pytest.raises(SingleInstanceError, match=r"already running .* does not answer"):
        guards(connect_attempts=2).acquire()


def test_release_lets_the_next_launch_be_first(guards):
    first = guards()
    assert first.acquire()
    first.release()
    assert not first.is_primary
    assert guards().acquire() is True


def test_over_long_garbage_is_dropped(qtbot, guards):
    first = guards()
    assert first.acquire()
    client = QLocalSocket()
    client.connectToServer(first.server_name)
    assert client.waitForConnected(2000)
    with (
        qtbot.assertNotEmitted(first.message_received),
        qtbot.waitSignal(client.disconnected, timeout=5000),
    ):
        client.write(b"x" * 5000)
        client.flush()


def test_unwritable_runtime_dir_is_a_clear_error(qapp, tmp_path, key):
    (tmp_path / "file").write_text("not a folder")
    guard = SingleInstance(key, runtime_dir=tmp_path / "file" / "run")
    with pytest.raises(SingleInstanceError, match="Cannot create"):
        guard.acquire()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG runtime dir")
def test_default_runtime_dir_is_under_xdg_runtime_dir(qapp, monkeypatch, key):
    runtime = Path(tempfile.mkdtemp(prefix="rt-", dir="/tmp"))  # short, like /run/user/1000
    try:
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
        guard = SingleInstance(key)
        assert guard.runtime_dir == runtime / "omnisync"
        assert guard.server_name == str(runtime / "omnisync" / f"{key}.sock")
    finally:
        shutil.rmtree(runtime)


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket paths")
def test_too_long_socket_path_falls_back_to_a_plain_name(qtbot, tmp_path, key):
    deep = tmp_path / ("d" * 120)
    guard = SingleInstance(key, runtime_dir=deep)
    assert guard.server_name == key
    try:
        assert guard.acquire()
        with qtbot.waitSignal(guard.show_status_window_requested, timeout=5000):
            assert SingleInstance(key, runtime_dir=deep).acquire() is False
    finally:
        guard.release()


def test_no_runtime_dir_warning_reaches_stderr(monkeypatch, recwarn, caplog):
    """Without XDG_RUNTIME_DIR platformdirs falls back to a safe folder and warns at every
    start; the warning goes to the log, not to the agent's terminal."""
    from omnisync.ui.single_instance import _default_runtime_dir

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(platformdirs_runtime(), "_WARNED", set())
    with caplog.at_level("INFO", logger="omnisync.ui.single_instance"):
        path = _default_runtime_dir()
    assert path.name == "omnisync"
    assert [w for w in recwarn if "XDG_RUNTIME_DIR" in str(w.message)] == []
    assert "XDG_RUNTIME_DIR is not set" in caplog.text


def platformdirs_runtime():
    import platformdirs._runtime

    return platformdirs._runtime
