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
means the same everywhere. The OS parts are thin, each in its own module imported on its OS
only (:mod:`omnisync.settings.policy_windows`, :mod:`omnisync.settings.policy_macos`: the tray's
first step reads the policy before anything else, docs/performance.md): the registry module and
the managed preferences folder are parameters, tested against a fake registry and a temporary
folder.
"""

from __future__ import annotations

import abc
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from omnisync.appinfo import BUNDLE_ID
from omnisync.core.message import Message, say
from omnisync.settings.policy import (
    Policy,
    PolicyState,
    policy_candidates,
    policy_from_data,
    read_policy_file,
)
from omnisync.settings.problems import ConfigError, ConfigProblem

if TYPE_CHECKING:
    from omnisync.windows_registry import WinReg

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


def plist_fix() -> Message:
    """What to do when a source is not a dictionary of settings: only a property list can be."""
    return say(
        "settings",
        "deploy a configuration profile whose payload type is {type} "
        "(see packaging/macos/omnisync.mobileconfig)",
    ).fill(type=BUNDLE_ID)


def checked_policy(origin: str, data: object) -> PolicyState:
    """A source's data in the TOML file's shape, checked by the file's reader."""
    if not isinstance(data, dict):
        problem = ConfigProblem(
            origin, "", say("settings", "does not hold a dictionary of settings"), plist_fix()
        )
        return PolicyState(Policy(path=origin), ConfigError([problem]))
    try:
        return PolicyState(policy_from_data(origin, data))
    except ConfigError as exc:
        return PolicyState(Policy(path=origin), exc)


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
    if plat == "win32":  # each OS's readers are imported on that OS only (start-up time)
        from omnisync.settings.policy_windows import RegistryPolicy
        from omnisync.windows_registry import system_winreg

        reg = winreg if winreg is not None else system_winreg()
        found += [RegistryPolicy(reg, machine=True), RegistryPolicy(reg, machine=False)]
    elif plat == "darwin":
        import getpass

        from omnisync.settings.policy_macos import ManagedPreferences

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
