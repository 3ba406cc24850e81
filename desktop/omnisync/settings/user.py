"""The agent's own settings, in ``settings.toml`` in the user's config folder.

TOML rather than JSON so that one format serves profiles, the machine policy and these settings,
and a support person can read and correct the file by hand. The app writes it with the small
writer in ``toml_writer`` (the file is flat, so that is enough); hand-written comments are not
kept when the app saves.

A file that cannot be used is never lost: it is renamed aside (``settings.toml.broken-<time>``)
and the problems are reported; the values that were valid are still used.
"""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from omnisync.appinfo import APP_AUTHOR, APP_NAME
from omnisync.atomicfile import write_atomic
from omnisync.core.message import NOTHING, Message, lines, say
from omnisync.core.problems import Problem
from omnisync.settings.oauth import GenesysClient, SalesforceClient, as_table
from omnisync.settings.problems import ConfigProblem
from omnisync.settings.reader import (
    SUPPORTED_VERSION,
    TableReader,
    cannot_be_read,
    flag,
    language,
    not_utf8,
    parse_toml,
    profile_id,
)
from omnisync.settings.toml_writer import dumps
from omnisync.small_files import read_small_bytes

SETTINGS_FILE = "settings.toml"
_HEADER = (
    "OmniSync Companion user settings, written by the app.\n"
    "Edit only while OmniSync is not running; see docs/admin.md for every key."
)


class SettingsSaveError(OSError):
    """The settings could not be written; the old file is unchanged. ``said`` is the sentence
    the UI translates (``str()`` the English)."""

    def __init__(self, said: Message) -> None:
        super().__init__(said.english())
        self.said = said


_update_locks: dict[str, threading.Lock] = {}
_update_locks_guard = threading.Lock()


def _update_lock(path: Path) -> threading.Lock:
    """One lock per settings file in this process, shared by every store open on it."""
    with _update_locks_guard:
        return _update_locks.setdefault(os.path.abspath(path), threading.Lock())


@dataclass(frozen=True, slots=True)
class UserSettings:
    active_profile: str | None = None
    """The profile the agent or supervisor last chose; None means the default profile."""
    notify_status_changes: bool = True
    """Notify when the app changed a status; "you must act" notifications always show."""
    start_at_login: bool = False
    language: str = ""
    """The language the agent chose for the app; empty follows the system's."""
    genesys: GenesysClient = field(default_factory=GenesysClient)
    """Overrides of the machine policy's Genesys OAuth client (unset fields inherit)."""
    salesforce: SalesforceClient = field(default_factory=SalesforceClient)

    def replace(self, **changes: Any) -> UserSettings:
        return dataclasses.replace(self, **changes)

    def to_toml(self) -> str:
        document: dict[str, Any] = {"version": SUPPORTED_VERSION}
        if self.active_profile is not None:
            document["active_profile"] = self.active_profile
        document["notify_status_changes"] = self.notify_status_changes
        document["start_at_login"] = self.start_at_login
        if self.language:
            document["language"] = self.language
        for name, client in (("genesys", self.genesys), ("salesforce", self.salesforce)):
            if table := as_table(client):
                document[name] = table
        return dumps(document, header=_HEADER)


def read_user_settings(path: Path, content: str) -> tuple[UserSettings, list[Problem]]:
    """Parse settings text; bad values fall back to their defaults and are listed."""
    data, syntax = parse_toml(path, content)
    if data is None:
        assert syntax is not None
        return UserSettings(), [syntax]
    problems: list[Problem] = []
    top = TableReader(path, data, problems)
    top.version()
    defaults = UserSettings()
    genesys_table = top.table("genesys")
    salesforce_table = top.table("salesforce")
    settings = UserSettings(
        active_profile=top.get("active_profile", profile_id, None),
        notify_status_changes=top.get(
            "notify_status_changes", flag, defaults.notify_status_changes
        ),
        start_at_login=top.get("start_at_login", flag, defaults.start_at_login),
        language=top.get("language", language, defaults.language),
        genesys=GenesysClient.read(genesys_table),
        salesforce=SalesforceClient.read(salesforce_table),
    )
    for table in (top, genesys_table, salesforce_table):
        table.unknown_keys()
    return settings, problems


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    settings: UserSettings
    problems: tuple[Problem, ...] = ()
    kept_aside: Path | None = None
    """Where the unusable original now is, so nothing the agent set is lost."""

    def message(self) -> str:
        """What to tell the agent, in English (the logs, the CLI; empty when the file was fine)."""
        return self.said().english()

    def said(self) -> Message:
        """What to tell the agent, in their language (NOTHING when the file was fine)."""
        if not self.problems:
            return NOTHING
        said = [p.in_full() for p in self.problems]
        if self.kept_aside is not None:
            said.append(
                say(
                    "settings",
                    "The original file was kept as {path}; OmniSync uses its valid "
                    "values and the defaults for the rest.",
                ).fill(path=str(self.kept_aside))
            )
        return lines(said)


class SettingsStore:
    """Loads and saves ``settings.toml``; the folder is injectable for tests."""

    def __init__(
        self, directory: Path | None = None, *, clock: Callable[[], float] = time.time
    ) -> None:
        self.directory = directory or platformdirs.user_config_path(
            APP_NAME, APP_AUTHOR, roaming=True
        )
        self.path = self.directory / SETTINGS_FILE
        self._clock = clock

    def load(self) -> LoadedSettings:
        try:
            raw = read_small_bytes(self.path)
        except FileNotFoundError:
            return LoadedSettings(UserSettings())
        except OSError as exc:
            problem = ConfigProblem(
                self.path, "", cannot_be_read(exc), say("settings", "check its permissions")
            )
            return LoadedSettings(UserSettings(), (problem,))
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            settings = UserSettings()
            problems = [
                ConfigProblem(self.path, "", not_utf8(exc), say("settings", "save it as UTF-8"))
            ]
        else:
            settings, problems = read_user_settings(self.path, decoded)
        if not problems:
            return LoadedSettings(settings)
        try:
            kept = self._keep_aside()
        except OSError as exc:
            problems.append(
                ConfigProblem(
                    self.path,
                    "",
                    say(
                        "settings",
                        "could not be moved aside ({error}), so the next save replaces it",
                    ).fill(error=str(exc.strerror or exc)),
                    say("settings", "copy it somewhere safe before changing a setting"),
                )
            )
            return LoadedSettings(settings, tuple(problems))
        return LoadedSettings(settings, tuple(problems), kept)

    def update(self, change: Callable[[UserSettings], UserSettings]) -> UserSettings:
        """Read, change and save in one step; what was saved is returned.

        Two writers share the file (the tray's preferences and the service's profile choice,
        each from a worker thread): without the lock, one could read before the other saved and
        then write the older value back. Only one app runs per user (the single-instance
        guard), so a lock in this process is enough.
        """
        with _update_lock(self.path):
            loaded = self.load()
            if loaded.problems and loaded.kept_aside is None and self.path.exists():
                # Unreadable (locked, no permission) or broken and not moved aside: saving now
                # would replace what the agent set with defaults.
                raise SettingsSaveError(
                    say(
                        "settings",
                        "Could not save settings: {problems} The file was left as it is.",
                    ).fill(problems=loaded.said())
                )
            settings = change(loaded.settings)
            self.save(settings)
            return settings

    def save(self, settings: UserSettings) -> None:
        try:
            write_atomic(self.path, settings.to_toml())
        except OSError as exc:
            raise SettingsSaveError(
                say(
                    "settings",
                    "Could not save settings to {path} ({error}); "
                    "the previous settings are unchanged. Check that the folder is writable.",
                ).fill(path=str(self.path), error=str(exc.strerror or exc))
            ) from exc

    def _keep_aside(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(self._clock()))
        target = self.path.with_name(f"{self.path.name}.broken-{stamp}")
        counter = 1
        while target.exists():
            counter += 1
            target = self.path.with_name(f"{self.path.name}.broken-{stamp}-{counter}")
        self.path.rename(target)
        return target
