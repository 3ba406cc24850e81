"""Starting the tray where there is no screen: one clear line, the log, exit status 3 (not 134)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from omnisync.cli.display import NO_DISPLAY, no_display_reason
from support.child_env import isolated_env


@pytest.mark.parametrize(
    ("env", "platform", "usable"),
    [
        ({}, "linux", False),
        ({"DISPLAY": ":4711"}, "linux", False),  # no X server has that socket
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"DISPLAY": "remote.example:0"}, "linux", True),  # not ours to probe
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({}, "win32", True),
        ({}, "darwin", True),
    ],
)
def test_which_sessions_have_a_display(env: dict[str, str], platform: str, usable: bool) -> None:
    assert (no_display_reason(env, platform) is None) is usable


def test_the_tray_without_a_display_says_so_and_exits_3(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "omnisync"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == NO_DISPLAY == 3
    lines = done.stderr.strip().splitlines()
    assert lines == [lines[0]], done.stderr  # one line, no Qt abort, no traceback
    assert "cannot start: no display was found" in lines[0]
    assert "desktop session" in lines[0]
    logs = list((tmp_path / "state").rglob("omnisync.log"))
    assert logs, "the log has it too"
    assert "no display was found" in logs[0].read_text()
