"""Windows: a value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.

The ``winreg`` module is injected so the logic is tested on any OS against a fake registry.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from omnisync.appinfo import DISPLAY_NAME
from omnisync.core.message import say
from omnisync.ui.autostart.base import Autostart, AutostartError, cannot_remove, cannot_write
from omnisync.windows_registry import WinReg, system_winreg

log = logging.getLogger(__name__)

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
"""Where Task Manager's Startup tab records that the user switched an entry off."""


class WindowsRunKeyAutostart(Autostart):
    def __init__(
        self,
        command: Sequence[str],
        *,
        winreg: WinReg | None = None,
        value_name: str = DISPLAY_NAME,
    ) -> None:
        self._reg = winreg if winreg is not None else system_winreg()
        self.value_name = value_name
        import subprocess  # for its quoting rules only; not on the other platforms' start

        self.command_line = subprocess.list2cmdline(list(command))

    @property
    def location(self) -> str:
        return rf"HKEY_CURRENT_USER\{RUN_KEY}\{self.value_name}"

    def enable(self) -> None:
        reg = self._reg
        try:
            with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.SetValueEx(key, self.value_name, 0, reg.REG_SZ, self.command_line)
        except OSError as exc:
            raise cannot_write(True, self.location, exc) from exc
        # An explicit "on" from our menu overrides an earlier "off" in Task Manager.
        try:
            self._delete(APPROVED_KEY)
        except OSError as exc:
            raise AutostartError(
                say(
                    "autostart",
                    "Start at login is set, but Task Manager has it switched off and that mark "
                    "cannot be cleared ({error}). Switch OmniSync on in Task Manager > Startup "
                    "apps.",
                ).fill(error=str(exc))
            ) from exc

    def refresh(self) -> bool:
        current = self._query(RUN_KEY)
        if current is None or current == self.command_line or not self.is_enabled():
            return False
        self.enable()
        return True

    def disable(self) -> None:
        try:
            self._delete(RUN_KEY)
        except OSError as exc:
            raise cannot_remove(self.location, exc) from exc

    def is_enabled(self) -> bool:
        if self._query(RUN_KEY) is None:
            return False
        approved = self._query(APPROVED_KEY)
        # Task Manager stores 12 bytes; an odd first byte (0x03) means switched off.
        return not (isinstance(approved, bytes | bytearray) and approved and approved[0] & 1)

    def _query(self, sub_key: str) -> Any:
        """The value, or None when it is missing or cannot be read (reported as "off")."""
        reg = self._reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, sub_key, 0, reg.KEY_READ) as key:
                return reg.QueryValueEx(key, self.value_name)[0]
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("cannot read HKEY_CURRENT_USER\\%s: %s", sub_key, exc)
            return None

    def _delete(self, sub_key: str) -> None:
        reg = self._reg
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, sub_key, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, self.value_name)
        except FileNotFoundError:
            pass
