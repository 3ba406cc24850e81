"""Linux and other XDG desktops: a .desktop file in ``$XDG_CONFIG_HOME/autostart``."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from omnisync.appinfo import APP_NAME, DISPLAY_NAME
from omnisync.ui.autostart.base import AutostartError, FileAutostart

# Characters that force quoting of an Exec argument (Desktop Entry Specification, "Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def quote_exec_arg(arg: str) -> str:
    """Quote one argument for ``Exec=``: field-code escape, spec quoting, then string escape."""
    if any(c in arg for c in "\n\r"):
        raise AutostartError(f"Cannot start at login: the command contains a line break: {arg!r}")
    arg = arg.replace("%", "%%")
    if arg and not any(c in _RESERVED for c in arg):
        return arg
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    # The string-value escape rule applies on top of the quoting rule: each backslash doubles.
    return '"' + inner.replace("\\", "\\\\") + '"'


def desktop_entry(command: Sequence[str]) -> str:
    exec_line = " ".join(quote_exec_arg(arg) for arg in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={DISPLAY_NAME}\n"
        "Comment=Keeps Genesys Cloud and Salesforce Omni-Channel statuses in sync\n"
        f"Exec={exec_line}\n"
        "Terminal=false\n"
        "StartupNotify=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "X-GNOME-Autostart-Delay=10\n"
        "X-KDE-autostart-after=panel\n"
    )


class XdgAutostart(FileAutostart):
    def __init__(
        self,
        command: Sequence[str],
        *,
        environ: Mapping[str, str] | None = None,
        home: Path | None = None,
    ) -> None:
        env = os.environ if environ is None else environ
        config_home = env.get("XDG_CONFIG_HOME", "")
        # The spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        if not config_home or not os.path.isabs(config_home):
            config_home = str((home or Path.home()) / ".config")
        self.path = Path(config_home) / "autostart" / f"{APP_NAME}.desktop"
        self.command = list(command)

    def content(self) -> bytes:
        return desktop_entry(self.command).encode("utf-8")

    def is_enabled(self) -> bool:
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        keys = _desktop_entry_keys(text)
        if keys.get("Hidden", "").lower() == "true":
            return False
        return keys.get("X-GNOME-Autostart-enabled", "true").lower() != "false"


def _desktop_entry_keys(text: str) -> dict[str, str]:
    """Keys of the [Desktop Entry] group (desktop tools switch entries off by editing them)."""
    keys: dict[str, str] = {}
    in_group = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            in_group = line == "[Desktop Entry]"
        elif in_group and "=" in line:
            key, _, value = line.partition("=")
            keys[key.strip()] = value.strip()
    return keys
