"""The one interface every platform's start-at-login implementation offers."""

from __future__ import annotations

import abc


class AutostartError(RuntimeError):
    """Start at login could not be changed; the message says where and what to do."""


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

    def set_enabled(self, enabled: bool) -> None:
        if enabled:
            self.enable()
        else:
            self.disable()
