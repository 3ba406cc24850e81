"""Start at login: one interface, one implementation per platform, picked at run time."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from omnisync.ui.autostart.base import Autostart, AutostartError
from omnisync.ui.autostart.command import AUTOSTART_ARGS, launch_command
from omnisync.ui.autostart.launchd import LaunchAgentAutostart
from omnisync.ui.autostart.windows import WindowsRunKeyAutostart
from omnisync.ui.autostart.xdg import XdgAutostart

__all__ = [
    "AUTOSTART_ARGS",
    "Autostart",
    "AutostartError",
    "LaunchAgentAutostart",
    "WindowsRunKeyAutostart",
    "XdgAutostart",
    "autostart_for_platform",
    "launch_command",
]


def autostart_for_platform(
    platform: str | None = None,
    *,
    command: Sequence[str] | None = None,
    home: Path | None = None,
) -> Autostart:
    """The implementation for this OS (Windows, macOS, else the XDG standard)."""
    plat = sys.platform if platform is None else platform
    argv = list(command) if command is not None else launch_command(platform=plat)
    if plat == "win32":
        return WindowsRunKeyAutostart(argv)
    if plat == "darwin":
        return LaunchAgentAutostart(argv, home=home)
    return XdgAutostart(argv, home=home)
