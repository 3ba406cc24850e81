"""The one interface every platform's start-at-login implementation offers."""

from __future__ import annotations

import abc
from pathlib import Path

from omnisync.atomicfile import write_atomic
from omnisync.core.message import SaidError, say


class AutostartError(SaidError):
    """Start at login could not be changed; the message says where and what to do."""


def cannot_write(turning_on: bool, where: str, exc: OSError) -> AutostartError:
    said = (
        say("autostart", "Cannot turn on start at login: writing {path} failed ({error}).")
        if turning_on
        else say("autostart", "Cannot turn off start at login: writing {path} failed ({error}).")
    )
    return AutostartError(said.fill(path=where, error=str(exc)))


def cannot_remove(where: str, exc: OSError) -> AutostartError:
    return AutostartError(
        say("autostart", "Cannot turn off start at login: removing {path} failed ({error}).").fill(
            path=where, error=str(exc)
        )
    )


class Autostart(abc.ABC):
    """Start the app when the user logs in: one implementation per platform.

    ``enable`` always rewrites the entry with the current command line, so calling it at each
    start (when the setting is on) repairs an entry left by an older install location.
    """

    @property
    @abc.abstractmethod
    def location(self) -> str:
        """Where the entry lives, for messages and the admin guide."""

    @abc.abstractmethod
    def enable(self) -> None: ...

    @abc.abstractmethod
    def disable(self) -> None:
        """Remove the entry; no error when there is none."""

    @abc.abstractmethod
    def is_enabled(self) -> bool:
        """True when the entry exists and the desktop has not switched it off."""

    @abc.abstractmethod
    def refresh(self) -> bool:
        """At start-up: rewrite our own entry if it is on but starts another command line
        (the app was reinstalled elsewhere). True when it was rewritten."""

    def set_enabled(self, enabled: bool) -> None:
        if enabled:
            self.enable()
        else:
            self.disable()


class FileAutostart(Autostart):
    """An entry that is one file the desktop reads at login (XDG autostart, LaunchAgent)."""

    path: Path

    @property
    def location(self) -> str:
        return str(self.path)

    @abc.abstractmethod
    def content(self) -> bytes:
        """The file's bytes for the current command line."""

    def refresh(self) -> bool:
        try:
            current = self.path.read_bytes()
        except OSError:
            return False  # none of ours (a machine-wide entry is the administrator's)
        if current == self.content() or not self.is_enabled():
            return False
        self.enable()
        return True

    def enable(self) -> None:
        self._write(self.content(), turning_on=True)

    def _write(self, data: bytes, *, turning_on: bool) -> None:
        try:
            write_atomic(self.path, data)
        except OSError as exc:
            raise cannot_write(turning_on, str(self.path), exc) from exc

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise cannot_remove(str(self.path), exc) from exc
