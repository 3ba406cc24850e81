"""Linux and other XDG desktops: a .desktop file in ``$XDG_CONFIG_HOME/autostart``."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from omnisync.appinfo import APP_NAME, DISPLAY_NAME
from omnisync.core.message import say
from omnisync.ui.autostart.base import AutostartError, FileAutostart

# Characters that force quoting of an Exec argument (Desktop Entry Specification, "Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def quote_exec_arg(arg: str) -> str:
    """Quote one argument for ``Exec=``: field-code escape, spec quoting, then string escape."""
    if any(c in arg for c in "\n\r"):
        raise AutostartError(
            say(
                "autostart", "Cannot start at login: the command contains a line break: {arg}"
            ).fill(arg=repr(arg))
        )
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
    """The user's entry in ``$XDG_CONFIG_HOME/autostart``.

    An administrator may also install a machine-wide entry of the same name in
    ``$XDG_CONFIG_DIRS/autostart`` (default ``/etc/xdg/autostart``). The user's file overrides
    it, so switching off then means writing a user file with ``Hidden=true``, as the XDG
    Autostart specification says, rather than deleting ours.
    """

    def __init__(
        self,
        command: Sequence[str],
        *,
        environ: Mapping[str, str] | None = None,
        home: Path | None = None,
    ) -> None:
        env = os.environ if environ is None else environ
        config_home = env.get("XDG_CONFIG_HOME", "")
        # The spec says relative paths in these variables are invalid and must be ignored.
        if not config_home or not os.path.isabs(config_home):
            config_home = str((home or Path.home()) / ".config")
        name = f"{APP_NAME}.desktop"
        self.path = Path(config_home) / "autostart" / name
        config_dirs = [
            d for d in env.get("XDG_CONFIG_DIRS", "").split(":") if d and os.path.isabs(d)
        ] or ["/etc/xdg"]
        self.system_paths = [Path(d) / "autostart" / name for d in config_dirs]
        self.command = list(command)

    def content(self) -> bytes:
        return desktop_entry(self.command).encode("utf-8")

    def system_entry(self) -> Path | None:
        """The machine-wide entry an administrator installed, if any."""
        return next((p for p in self.system_paths if p.is_file()), None)

    def disable(self) -> None:
        if self.system_entry() is None:
            super().disable()
            return
        self._write(_HIDDEN_ENTRY.encode("utf-8"), turning_on=False)

    def is_enabled(self) -> bool:
        for path in (self.path, self.system_entry()):
            if path is None:
                continue
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except FileNotFoundError:
                continue
            except OSError:
                return False
            return _entry_is_on(_desktop_entry_keys(text))
        return False


_HIDDEN_ENTRY = (
    f"[Desktop Entry]\nType=Application\nName={DISPLAY_NAME}\n"
    "Comment=Start at login switched off by the user\nHidden=true\n"
)


def _entry_is_on(keys: Mapping[str, str]) -> bool:
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
