"""The machine-wide policy an administrator deploys: which profiles, and the OAuth clients.

``policy.toml`` in the machine's config folder (platformdirs' site config dir), or the OS's own
managed settings (Windows Group Policy in the registry, macOS configuration profiles; see
:mod:`omnisync.settings.policy_sources`), written by software distribution, read-only for the
app. A broken policy is never half-applied: profile switching is then disabled with the reason,
so a lock cannot be escaped by breaking the file, and the user's current profile stays in force.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from omnisync.appinfo import APP_AUTHOR, APP_NAME
from omnisync.core.message import NOTHING, Message, say
from omnisync.core.problems import Problem, did_you_mean, quoted
from omnisync.settings.oauth import GenesysClient, SalesforceClient, link_origins, overlay
from omnisync.settings.problems import ConfigError, ConfigProblem
from omnisync.settings.reader import (
    BadValue,
    TableReader,
    bounded_number,
    cannot_be_read,
    flag,
    not_utf8,
    parse_toml,
    profile_id,
    text_list,
)
from omnisync.settings.user import UserSettings
from omnisync.small_files import read_small_bytes

POLICY_FILE = "policy.toml"


def policy_candidates(directory: Path | None = None) -> list[Path]:
    """Where a policy file may be, in order of preference; the first that exists is used.

    Linux: each ``$XDG_CONFIG_DIRS`` entry (default ``/etc/xdg/omnisync``); Windows:
    ``C:\\ProgramData\\OmniSync\\omnisync``; macOS: ``/Library/Application Support/omnisync``
    (after Homebrew's ``share/omnisync`` when Python comes from Homebrew).
    """
    if directory is not None:
        return [directory / POLICY_FILE]
    dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR, multipath=True).site_config_dir
    return [Path(d) / POLICY_FILE for d in dirs.split(os.pathsep) if d]


def policy_path(directory: Path | None = None) -> Path:
    """The policy file in force: the first candidate that exists, else the usual place for it."""
    candidates = policy_candidates(directory)
    found = next((path for path in candidates if path.exists()), None)
    if found is not None:
        return found
    return candidates[-1] if sys.platform == "darwin" else candidates[0]


def idle_minutes(value: object) -> int:
    """The org's idle token timeout as Genesys allows it: 5 to 480 minutes."""
    return bounded_number(
        value,
        5,
        480,
        say(
            "settings", "copy the idle timeout from Admin > Organization Settings in Genesys Cloud"
        ),
    )


@dataclass(frozen=True, slots=True)
class GenesysSession:
    """What the administrator decides about the org's idle token timeout (docs/admin.md)."""

    keep_alive: bool = False
    """One cheap API call before the timeout, so the app's token is never idle long enough."""
    idle_timeout_minutes: int | None = None
    """The timeout to assume when the org's setting cannot be read through the API."""

    @classmethod
    def read(cls, table: TableReader) -> GenesysSession:
        return cls(
            keep_alive=table.get("keep_session_alive", flag, False),
            idle_timeout_minutes=table.get("idle_timeout_minutes", idle_minutes, None),
        )


@dataclass(frozen=True, slots=True)
class Policy:
    path: Path | str | None = None
    """Where it came from (a file, or a registry key or managed preferences domain as text);
    None when no policy is deployed."""
    allowed_profiles: tuple[str, ...] | None = None
    """None: every installed profile may be chosen."""
    locked_profile: str | None = None
    genesys: GenesysClient = field(default_factory=GenesysClient)
    salesforce: SalesforceClient = field(default_factory=SalesforceClient)
    link_origins: tuple[str, ...] = ()
    """Origins besides the org's own Lightning hosts that may open the direct console link
    (``salesforce.link_origins``: a custom console domain)."""
    genesys_session: GenesysSession = field(default_factory=GenesysSession)

    def allows(self, profile: str) -> bool:
        if self.locked_profile is not None:
            return profile == self.locked_profile
        return self.allowed_profiles is None or profile in self.allowed_profiles


def _profile_list(value: object) -> tuple[str, ...]:
    ids = tuple(profile_id(item) for item in text_list(value))
    if not ids:
        raise BadValue(
            say("settings", "is empty, which would allow no profile at all"),
            say(
                "settings", "list at least one profile id, or remove the key to allow every profile"
            ),
        )
    return tuple(dict.fromkeys(ids))


def read_policy(path: Path, content: str) -> Policy:
    """Parse policy text; raises ConfigError listing every problem."""
    data, syntax = parse_toml(path, content)
    if data is None:
        assert syntax is not None
        raise ConfigError([syntax])
    return policy_from_data(path, data)


def policy_from_data(path: Path | str, data: Mapping[str, Any]) -> Policy:
    """Check a policy in the TOML file's shape, from any source; raises ConfigError."""
    problems: list[Problem] = []
    top = TableReader(path, data, problems)
    top.version()
    profiles = top.table("profiles")
    genesys = top.table("genesys")
    salesforce = top.table("salesforce")
    policy = Policy(
        path=path,
        allowed_profiles=profiles.get("allowed", _profile_list, None),
        locked_profile=profiles.get("locked", profile_id, None),
        genesys=GenesysClient.read(genesys),
        salesforce=SalesforceClient.read(salesforce),
        link_origins=salesforce.get("link_origins", link_origins, ()),
        genesys_session=GenesysSession.read(genesys),
    )
    locked, allowed = policy.locked_profile, policy.allowed_profiles
    if locked is not None and allowed is not None and locked not in allowed:
        profiles.report(
            "locked",
            say("settings", "locks {profile}, which profiles.allowed does not list").fill(
                profile=repr(locked)
            ),
            say("settings", "add {profile} to profiles.allowed, or lock one of: {allowed}").fill(
                profile=repr(locked), allowed=", ".join(allowed)
            ),
        )
    for table in (top, profiles, genesys, salesforce):
        table.unknown_keys()
    if problems:
        raise ConfigError(problems)
    return policy


@dataclass(frozen=True, slots=True)
class PolicyState:
    """The policy in force, or why it could not be used."""

    policy: Policy
    error: ConfigError | None = None

    @property
    def path(self) -> Path | str | None:
        return self.policy.path

    def message(self) -> str:
        """The English (the CLI, the logs)."""
        return self.said().english()

    def said(self) -> Message:
        """Why the policy cannot be used, every problem one a line (NOTHING when it can)."""
        if self.error is None:
            return NOTHING
        return say(
            "settings",
            "The machine policy cannot be used, so profile switching is disabled until "
            "your administrator fixes it:\n{problems}",
        ).fill(problems=self.error.said())


def load_policy(directory: Path | None = None) -> PolicyState:
    """Read the deployed policy; no policy means no restrictions and no OAuth defaults.

    ``directory``: only ``policy.toml`` there (tests, and checking a folder). Otherwise the first
    of this OS's sources that holds a policy is used as a whole (policy_sources).
    """
    if directory is not None:
        return read_policy_file(policy_path(directory))
    from omnisync.settings.policy_sources import policy_in_force, policy_sources

    return policy_in_force(policy_sources())


def read_policy_file(path: Path) -> PolicyState:
    """The policy in one file, or the problems that make it unusable."""
    try:
        raw = read_small_bytes(path)
    except FileNotFoundError:
        return PolicyState(Policy())
    except OSError as exc:
        problem = ConfigProblem(
            path,
            "",
            cannot_be_read(exc),
            say("settings", "let every user read it (it holds no secrets), e.g. mode 644"),
        )
        return PolicyState(Policy(path=path), ConfigError([problem]))
    try:
        return PolicyState(read_policy(path, raw.decode("utf-8")))
    except UnicodeDecodeError as exc:
        problem = ConfigProblem(path, "", not_utf8(exc), say("settings", "save it as UTF-8"))
        return PolicyState(Policy(path=path), ConfigError([problem]))
    except ConfigError as exc:
        return PolicyState(Policy(path=path), exc)


def profile_problems(policy: Policy, installed: set[str]) -> list[Problem]:
    """The profile ids a policy names that are not installed: the app could not honour them."""
    where = policy.path or "policy"
    ship = (
        say(
            "settings",
            "Installed here: {profiles}; or ship that profile and check with --profiles DIR",
        ).fill(profiles=quoted(sorted(installed)))
        if installed
        else say(
            "settings",
            "No profile is installed here; ship that profile and check with --profiles DIR",
        )
    )

    def fix(pid: str) -> Message:
        near = did_you_mean(pid, installed)  # only ids that exist here
        return (
            say("settings", "{hint} {installed}").fill(hint=near, installed=ship) if near else ship
        )

    def missing(key: str, pid: str) -> Problem:
        message = say(
            "settings",
            'your policy names the profile "{profile}", which is not installed on this machine',
        ).fill(profile=pid)
        return ConfigProblem(where, key, message, fix(pid))

    problems = []
    if policy.locked_profile is not None and policy.locked_profile not in installed:
        problems.append(missing("profiles.locked", policy.locked_profile))
    for pid in policy.allowed_profiles or ():
        if pid not in installed:
            problems.append(missing("profiles.allowed", pid))
    return problems


def effective_clients(
    state: PolicyState, user: UserSettings
) -> tuple[GenesysClient, SalesforceClient]:
    """The OAuth clients to sign in with: the user's overrides over the machine defaults."""
    policy = state.policy
    return overlay(policy.genesys, user.genesys), overlay(policy.salesforce, user.salesforce)


# ---- what the tray menu shows ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProfileChoice:
    """One entry of the tray's Profile menu."""

    profile_id: str
    name: str
    checked: bool
    enabled: bool
    reason: Message = NOTHING
    """Why the entry is disabled, shown beside it (in the agent's language)."""


@dataclass(frozen=True, slots=True)
class ProfileMenu:
    active: str
    choices: tuple[ProfileChoice, ...]
    notice: Message = NOTHING
    """Said once when the policy overruled the user's choice or cannot be used."""


def profile_menu(
    installed: Sequence[tuple[str, str]],
    wanted: str | None,
    state: PolicyState,
    *,
    default: str,
) -> ProfileMenu:
    """Which profile is in force and how each installed (id, name) appears in the menu.

    ``wanted`` is the user's saved choice (None for ``default``).
    """
    ids = [pid for pid, _ in installed]
    chosen = wanted if wanted in ids else default
    policy = state.policy
    notice = NOTHING
    if state.error is not None:
        reason = say("policy", "The machine policy file has errors; ask your administrator")
        active, notice = chosen, state.said()
    elif policy.locked_profile is not None:
        if policy.locked_profile in ids:
            active = policy.locked_profile
            reason = say("policy", "Locked to {profile} by your administrator").fill(
                profile=_name(installed, active)
            )
        else:
            active = chosen
            reason = say(
                "policy", "Locked to a profile that is not installed; ask your administrator"
            )
            notice = say(
                "policy",
                "The machine policy ({path}) locks profile {locked}, which is not installed; "
                "staying on {active}. Ask your administrator.",
            ).fill(path=str(policy.path), locked=repr(policy.locked_profile), active=repr(active))
    else:
        reason = say("policy", "Not allowed on this machine by your administrator")
        usable = [pid for pid in ids if policy.allows(pid)]
        if chosen in usable or not usable:
            active = chosen
            if not usable:
                notice = say(
                    "policy",
                    "The machine policy ({path}) allows none of the installed profiles; "
                    "staying on {active}. Ask your administrator.",
                ).fill(path=str(policy.path), active=repr(active))
        else:
            ordered = [pid for pid in policy.allowed_profiles or () if pid in usable]
            active = ordered[0]
            notice = say(
                "policy", "Profile {chosen} is not allowed on this machine; using {active} instead."
            ).fill(chosen=repr(chosen), active=repr(active))
    choices = []
    for pid, name in installed:
        enabled = state.error is None and policy.allows(pid)
        if policy.locked_profile is not None and state.error is None:
            enabled = False  # nothing to choose while locked, the locked one included
        choices.append(
            ProfileChoice(
                profile_id=pid,
                name=name,
                checked=pid == active,
                enabled=enabled,
                reason=NOTHING if enabled else reason,
            )
        )
    return ProfileMenu(active=active, choices=tuple(choices), notice=notice)


def _name(installed: Sequence[tuple[str, str]], pid: str) -> str:
    return next((name for i, name in installed if i == pid), pid)
