"""Windows' machine policy: Group Policy (or Intune) values under ``SOFTWARE\\Policies\\OmniSync``.

Read into the TOML file's shape and checked by the same reader (:mod:`policy_sources`); imported
by :func:`omnisync.settings.policy_sources.policy_sources` on Windows only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from omnisync.core.message import say
from omnisync.settings.policy import Policy, PolicyState
from omnisync.settings.policy_keys import Kind, kind_of
from omnisync.settings.policy_sources import POLICY_KEY, PolicySource, checked_policy
from omnisync.settings.problems import ConfigError, ConfigProblem
from omnisync.settings.reader import cannot_be_read
from omnisync.windows_registry import WinReg


@dataclass(frozen=True, slots=True)
class RegistryPolicy(PolicySource):
    """``SOFTWARE\\Policies\\OmniSync`` under one hive: subkeys are tables, values are keys."""

    winreg: WinReg
    machine: bool

    @property
    def hive_name(self) -> str:
        return "HKEY_LOCAL_MACHINE" if self.machine else "HKEY_CURRENT_USER"

    @property
    def label(self) -> str:
        return rf"{self.hive_name}\{POLICY_KEY}"

    def read(self) -> PolicyState | None:
        reg = self.winreg
        hive = reg.HKEY_LOCAL_MACHINE if self.machine else reg.HKEY_CURRENT_USER
        try:
            tree = _registry_tree(reg, hive, POLICY_KEY)
        except FileNotFoundError:
            return None
        except OSError as exc:
            problem = ConfigProblem(
                self.label,
                "",
                cannot_be_read(exc),
                say("settings", "give Users read access to the key (Group Policy does by default)"),
            )
            return PolicyState(Policy(path=self.label), ConfigError([problem]))
        if not tree:
            return None
        return checked_policy(self.label, _typed(tree, ""))


def _registry_tree(reg: WinReg, hive: Any, path: str) -> dict[str, Any]:
    """The key's values and subkeys, names in lower case (the registry ignores case)."""
    with reg.OpenKey(hive, path, 0, reg.KEY_READ) as key:
        tree: dict[str, Any] = {}
        for index in range(10_000):
            try:
                name, data, kind = reg.EnumValue(key, index)
            except OSError:
                break
            if data != "":  # Group Policy writes a text field left empty as ""
                tree[name.lower()] = _value(data, kind)
        subkeys = []
        for index in range(10_000):
            try:
                subkeys.append(reg.EnumKey(key, index))
            except OSError:
                break
    for sub in subkeys:
        tree[sub.lower()] = _registry_tree(reg, hive, rf"{path}\{sub}")
    return tree


REG_MULTI_SZ = 7


def _value(data: Any, kind: int) -> Any:
    if kind == REG_MULTI_SZ and isinstance(data, list):
        return [item for item in data if item]  # a trailing empty string ends the list
    return data


def _typed(tree: dict[str, Any], table: str) -> dict[str, Any]:
    """Registry shapes to the TOML file's: lists from numbered values, switches from 0/1."""
    typed: dict[str, Any] = {}
    for name, value in tree.items():
        kind = kind_of(table, name)
        if kind is Kind.LIST and isinstance(value, dict):
            numbered = sorted((k for k in value if k.isdigit()), key=int)
            value = [value[k] for k in numbered] if len(numbered) == len(value) else value
        elif kind is Kind.SWITCH and value in (0, 1) and not isinstance(value, bool):
            value = bool(value)
        elif kind is None and not table and isinstance(value, dict):
            value = _typed(value, name)
        typed[name] = value
    return typed
