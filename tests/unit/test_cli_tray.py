"""``omnisync tray``: the command that autostart runs, wired to a given service factory."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from omnisync.cli.tray import add_tray_command
from omnisync.ui.autostart import AUTOSTART_ARGS

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def parser_with_tray() -> tuple[argparse.ArgumentParser, list[object]]:
    calls: list[object] = []
    parser = argparse.ArgumentParser(prog="omnisync")
    sub = parser.add_subparsers(dest="command")

    async def factory(_resources):  # pragma: no cover - the tests only parse
        calls.append("factory")

    add_tray_command(sub, factory)  # type: ignore[arg-type]
    return parser, calls


def test_the_autostart_command_line_parses():
    parser, calls = parser_with_tray()
    args = parser.parse_args(list(AUTOSTART_ARGS))
    assert args.background is True
    assert callable(args.func)
    assert calls == []  # nothing is built until the command runs


def test_app_is_another_name_for_it():
    parser, _ = parser_with_tray()
    args = parser.parse_args(["app"])
    assert args.background is False


def test_the_tray_command_does_not_load_qt_until_it_runs():
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(DESKTOP)!r})\n"
        "import omnisync.cli.tray\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'qasync')))\n"
        "print(qt)\n"
        "sys.exit(1 if qt else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
