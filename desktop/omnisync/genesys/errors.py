"""Errors of the Genesys client that are not sign-in problems (those are auth.SignInRequired)."""

from __future__ import annotations

from omnisync.core.message import Message, say


class GenesysError(Exception):
    """Base of the client's own errors. Given a :class:`Message`, ``str()`` is its English
    (logs) and :attr:`said` what the UI translates."""

    def __init__(self, message: str | Message = "") -> None:
        said = message if isinstance(message, Message) else None
        super().__init__(said.english() if said is not None else message)
        self.said = said


class GenesysApiError(GenesysError):
    """The API refused a request; ``message`` is Genesys's own text when it sent one."""

    def __init__(self, status: int, code: str, message: str, path: str = "") -> None:
        said = (
            say("service", "Genesys Cloud answered HTTP {status} on {path} ({code}): {message}")
            if path
            else say("service", "Genesys Cloud answered HTTP {status} ({code}): {message}")
        )
        super().__init__(said.fill(status=str(status), path=path, code=code, message=message))
        self.status = status
        self.code = code
        self.message = message


class GenesysUnavailable(GenesysError):
    """The API could not be reached, or kept failing after retries; try again later."""


class MalformedMessage(GenesysError, ValueError):
    """A payload did not have the expected shape; it is skipped, never half-applied."""
