"""Enough of ``winreg`` for start at login and the managed policy, on any OS.

Keys are full paths under a hive (case-insensitive, as in Windows); values are (data, type).
``keys`` is HKEY_CURRENT_USER's table, ``machine`` HKEY_LOCAL_MACHINE's.
"""

from __future__ import annotations

from typing import Any

NOT_FOUND = (2, "The system cannot find the file specified")


class FakeKey:
    def __init__(self, table: dict[str, dict[str, tuple[Any, int]]], path: str, writable: bool):
        self.table, self.path, self.writable = table, path, writable

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class FakeWinReg:
    HKEY_CURRENT_USER = "HKCU"
    HKEY_LOCAL_MACHINE = "HKLM"
    KEY_READ = 0x20019
    KEY_SET_VALUE = 0x0002
    REG_SZ = 1
    REG_EXPAND_SZ = 2
    REG_BINARY = 3
    REG_DWORD = 4
    REG_MULTI_SZ = 7
    REG_QWORD = 11

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, tuple[Any, int]]] = {}
        self.machine: dict[str, dict[str, tuple[Any, int]]] = {}

    def _table(self, hive: str) -> dict[str, dict[str, tuple[Any, int]]]:
        return {self.HKEY_CURRENT_USER: self.keys, self.HKEY_LOCAL_MACHINE: self.machine}[hive]

    @staticmethod
    def _stored(table: dict[str, Any], path: str) -> str | None:
        return next((k for k in table if k.lower() == path.lower()), None)

    def set(self, hive: str, path: str, name: str, data: Any, kind: int) -> None:
        """Test helper: what Group Policy writes."""
        table = self._table(hive)
        table.setdefault(self._stored(table, path) or path, {})[name] = (data, kind)

    def OpenKey(self, key, sub_key, reserved=0, access=KEY_READ):
        table = self._table(key)
        stored = self._stored(table, sub_key)
        prefix = sub_key.lower() + "\\"
        if stored is None and not any(k.lower().startswith(prefix) for k in table):
            raise FileNotFoundError(*NOT_FOUND)
        if stored is None:
            table[sub_key] = {}
            stored = sub_key
        return FakeKey(table, stored, bool(access & self.KEY_SET_VALUE))

    def CreateKeyEx(self, key, sub_key, reserved=0, access=KEY_READ):
        table = self._table(key)
        stored = self._stored(table, sub_key) or sub_key
        table.setdefault(stored, {})
        return FakeKey(table, stored, bool(access & self.KEY_SET_VALUE))

    def QueryValueEx(self, key, name):
        try:
            return key.table[key.path][name]
        except KeyError:
            raise FileNotFoundError(*NOT_FOUND) from None

    def SetValueEx(self, key, name, reserved, type, value):
        if not key.writable:
            raise PermissionError(5, "Access is denied")
        key.table[key.path][name] = (value, type)

    def DeleteValue(self, key, name):
        if not key.writable:
            raise PermissionError(5, "Access is denied")
        if name not in key.table[key.path]:
            raise FileNotFoundError(*NOT_FOUND)
        del key.table[key.path][name]

    def EnumKey(self, key, index):
        prefix = key.path.lower() + "\\"
        children = sorted(
            {k[len(prefix) :].split("\\", 1)[0] for k in key.table if k.lower().startswith(prefix)}
        )
        if index >= len(children):
            raise OSError(259, "No more data is available")
        return children[index]

    def EnumValue(self, key, index):
        values = list(key.table[key.path].items())
        if index >= len(values):
            raise OSError(259, "No more data is available")
        name, (data, kind) = values[index]
        return name, data, kind
