"""Where a machine policy comes from on each OS, and which one is in force.

The first source, in this order, that holds a policy is used **as a whole**; the others are
ignored (``omnisync policy`` lists them), so a policy is never assembled from pieces that no one
reviewed together:

- Windows: ``HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\OmniSync`` (Group Policy, Intune), then the
  same key under ``HKEY_CURRENT_USER`` (user policy), then ``policy.toml`` in ProgramData;
- macOS: the managed preferences domain ``com.omnisync.companion`` (a configuration profile)
  for the device, then for the user, then ``policy.toml`` in /Library/Application Support;
- Linux and BSD: ``omnisync/policy.toml`` in each ``$XDG_CONFIG_DIRS`` folder (``/etc/xdg``).

Every source is read into the TOML file's shape and checked by the same reader, so each key
means the same everywhere. The OS parts are thin: the registry module and the managed
preferences folder are parameters, tested against a fake registry and a temporary folder.
"""

from __future__ import annotations

import abc
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from omnisync.appinfo import BUNDLE_ID
from omnisync.core.message import Message, error_field, say
from omnisync.settings.policy import (
    Policy,
    PolicyState,
    policy_candidates,
    policy_from_data,
    read_policy_file,
)
from omnisync.settings.policy_keys import Kind, kind_of
from omnisync.settings.problems import ConfigError, ConfigProblem
from omnisync.settings.reader import cannot_be_read
from omnisync.small_files import read_small_bytes
from omnisync.windows_registry import WinReg, system_winreg

POLICY_KEY = r"SOFTWARE\Policies\OmniSync"
MANAGED_PREFERENCES = Path("/Library/Managed Preferences")


class PolicySource(abc.ABC):
    @property
    @abc.abstractmethod
    def label(self) -> str:
        """Where it is, as an administrator would look for it."""

    @abc.abstractmethod
    def read(self) -> PolicyState | None:
        """The policy here, or why it cannot be used; None when this source holds none."""


@dataclass(frozen=True, slots=True)
class PolicyFile(PolicySource):
    path: Path

    @property
    def label(self) -> str:
        return str(self.path)

    def read(self) -> PolicyState | None:
        if not self.path.exists():
            return None
        return read_policy_file(self.path)


def _checked(origin: str, data: object) -> PolicyState:
    if not isinstance(data, dict):
        problem = ConfigProblem(
            origin, "", say("settings", "does not hold a dictionary of settings"), _plist_fix()
        )
        return PolicyState(Policy(path=origin), ConfigError([problem]))
    try:
        return PolicyState(policy_from_data(origin, data))
    except ConfigError as exc:
        return PolicyState(Policy(path=origin), exc)


# ---- Windows: Group Policy in the registry ---------------------------------------------------


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
        return _checked(self.label, _typed(tree, ""))


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


# ---- macOS: managed preferences (configuration profiles) ------------------------------------


def _plist_fix() -> Message:
    return say(
        "settings",
        "deploy a configuration profile whose payload type is {type} "
        "(see packaging/macos/omnisync.mobileconfig)",
    ).fill(type=BUNDLE_ID)


@dataclass(frozen=True, slots=True)
class ManagedPreferences(PolicySource):
    """What macOS writes for a configuration profile's ``com.omnisync.companion`` payload."""

    path: Path

    @property
    def label(self) -> str:
        return str(self.path)

    def read(self) -> PolicyState | None:
        try:
            raw = read_small_bytes(self.path)
        except FileNotFoundError:
            return None
        except OSError as exc:
            problem = ConfigProblem(self.path, "", cannot_be_read(exc), _plist_fix())
            return PolicyState(Policy(path=self.label), ConfigError([problem]))
        import plistlib  # macOS's reader: not imported elsewhere (start-up time)
        from xml.parsers.expat import ExpatError

        try:
            data = plistlib.loads(raw)
        except (plistlib.InvalidFileException, ExpatError, ValueError, OverflowError) as exc:
            problem = ConfigProblem(
                self.path,
                "",
                say("settings", "is not a property list ({error})").fill(error=str(exc)),
                _plist_fix(),
            )
            return PolicyState(Policy(path=self.label), ConfigError([problem]))
        return _checked(self.label, data)


def profile_payload(path: Path) -> PolicyState:
    """The policy a ``.mobileconfig`` configuration profile would deploy, checked before it is
    uploaded to the MDM: its ``com.omnisync.companion`` payload without the ``Payload*`` keys."""
    import plistlib
    from xml.parsers.expat import ExpatError

    try:
        profile = plistlib.loads(read_small_bytes(path))
        payloads = [
            item
            for item in profile.get("PayloadContent", [])
            if isinstance(item, dict) and item.get("PayloadType") == BUNDLE_ID
        ]
    except (OSError, plistlib.InvalidFileException, ExpatError, ValueError, AttributeError) as exc:
        problem = ConfigProblem(
            path,
            "",
            say("settings", "is not a configuration profile ({error})").fill(
                error=error_field(exc)
            ),
            _plist_fix(),
        )
        return PolicyState(Policy(path=path), ConfigError([problem]))
    if len(payloads) != 1:
        problem = ConfigProblem(
            path,
            "",
            say("settings", "has {count} payloads of type {type}, not one").fill(
                count=str(len(payloads)), type=BUNDLE_ID
            ),
            _plist_fix(),
        )
        return PolicyState(Policy(path=path), ConfigError([problem]))
    settings = {k: v for k, v in payloads[0].items() if not k.startswith("Payload")}
    return _checked(str(path), settings)


# ---- the order per OS -------------------------------------------------------------------------


def policy_sources(
    platform: str | None = None,
    *,
    winreg: WinReg | None = None,
    managed: Path = MANAGED_PREFERENCES,
    user: str | None = None,
    files: Sequence[Path] | None = None,
) -> list[PolicySource]:
    """This OS's sources, highest precedence first."""
    plat = sys.platform if platform is None else platform
    found: list[PolicySource] = []
    if plat == "win32":
        reg = winreg if winreg is not None else system_winreg()
        found += [RegistryPolicy(reg, machine=True), RegistryPolicy(reg, machine=False)]
    elif plat == "darwin":
        import getpass  # the user's managed preferences folder: macOS only

        name = user if user is not None else getpass.getuser()
        found += [
            ManagedPreferences(managed / f"{BUNDLE_ID}.plist"),
            ManagedPreferences(managed / name / f"{BUNDLE_ID}.plist"),
        ]
    found += [PolicyFile(path) for path in (policy_candidates() if files is None else files)]
    return found


def policy_in_force(sources: Sequence[PolicySource]) -> PolicyState:
    """The first source holding a policy, as a whole; no policy anywhere: no restrictions."""
    for source in sources:
        state = source.read()
        if state is not None:
            return state
    return PolicyState(Policy())
