"""Is there a screen to show the tray on? Asked before Qt loads, because Qt aborts without one.

Without a display, Qt's xcb plugin ends the process (exit 134, "could not load the Qt platform
plugin", even when the libraries are installed). Finding that out first lets the app say so in
one line on stderr and in the log, with a documented exit status.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

NO_DISPLAY = 3
"""The exit status when there is no desktop session to show the app in."""

_X11_SOCKETS = Path("/tmp/.X11-unix")  # noqa: S108 - where every X server puts its socket


def no_display_reason(
    env: Mapping[str, str] | None = None, platform: str | None = None
) -> str | None:
    """Why the tray cannot be shown here, or None when a display looks usable."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin")) or env.get("QT_QPA_PLATFORM"):
        return None  # Windows and macOS always have one; an explicit platform is the user's call
    if env.get("WAYLAND_DISPLAY"):
        return None
    display = env.get("DISPLAY", "")
    if not display:
        return "no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set)"
    local = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if local and not (_X11_SOCKETS / f"X{local.group(1)}").exists():
        return f"the display {display} is not running (no X server answers on it)"
    return None


def explain_no_display(reason: str) -> str:
    return (
        f"OmniSync Companion cannot start: {reason}. It is a tray app: start it from your "
        "desktop session (or let it start at login). The other commands (omnisync --help) "
        "need no display."
    )
