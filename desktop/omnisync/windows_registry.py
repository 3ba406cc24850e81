"""The part of the standard ``winreg`` module the app uses, as a protocol.

Start at login (HKCU Run key) and the managed policy (HKLM/HKCU ``SOFTWARE\\Policies``) take the
module as a parameter, so their logic is tested on any OS against a fake registry.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Protocol


class RegistryKey(Protocol):
    def __enter__(self) -> RegistryKey: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None: ...


class WinReg(Protocol):
    HKEY_CURRENT_USER: Any
    HKEY_LOCAL_MACHINE: Any
    KEY_READ: int
    KEY_SET_VALUE: int
    REG_SZ: int

    def OpenKey(self, key: Any, sub_key: str, reserved: int = 0, access: int = ...) -> Any: ...

    def CreateKeyEx(self, key: Any, sub_key: str, reserved: int = 0, access: int = ...) -> Any: ...

    def QueryValueEx(self, key: Any, name: str) -> tuple[Any, int]: ...

    def SetValueEx(self, key: Any, name: str, reserved: int, type: int, value: Any) -> None: ...

    def DeleteValue(self, key: Any, name: str) -> None: ...

    def EnumKey(self, key: Any, index: int) -> str:
        """The index-th subkey's name; OSError past the last."""
        ...

    def EnumValue(self, key: Any, index: int) -> tuple[str, Any, int]:
        """The index-th value as (name, data, type); OSError past the last."""
        ...


def system_winreg() -> WinReg:
    """The real module (Windows only: ModuleNotFoundError elsewhere)."""
    import winreg

    return winreg  # type: ignore[return-value]
