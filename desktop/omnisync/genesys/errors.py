"""Errors of the Genesys client that are not sign-in problems (those are auth.SignInRequired)."""

from __future__ import annotations


class GenesysError(Exception):
    """Base of the client's own errors."""


class GenesysApiError(GenesysError):
    """The API refused a request; ``message`` is Genesys's own text when it sent one."""

    def __init__(self, status: int, code: str, message: str, path: str = "") -> None:
        where = f" on {path}" if path else ""
        super().__init__(f"Genesys Cloud answered HTTP {status}{where} ({code}): {message}")
        self.status = status
        self.code = code
        self.message = message


class GenesysUnavailable(GenesysError):
    """The API could not be reached, or kept failing after retries; try again later."""


class MalformedMessage(GenesysError, ValueError):
    """A payload did not have the expected shape; it is skipped, never half-applied."""
