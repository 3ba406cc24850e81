"""Typed Salesforce failures: each says what happened and what to do about it."""

from __future__ import annotations


class SalesforceError(Exception):
    """An error answer of the REST or Streaming API (``errorCode`` and message kept)."""

    def __init__(self, message: str, code: str = "", status: int = 0) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


class RequestLimitExceeded(SalesforceError):
    """The org's rolling 24-hour API allowance is used up: everyone in the org is blocked."""

    def __init__(self, usage: str = "") -> None:
        detail = f" ({usage})" if usage else ""
        super().__init__(
            f"Salesforce refused the call: the org's daily API limit is used up{detail}. "
            "OmniSync keeps the last known Omni state and reads it again a little later; "
            "ask your Salesforce administrator to check API usage.",
            "REQUEST_LIMIT_EXCEEDED",
            403,
        )


class QueryFailed(SalesforceError):
    """A SOQL query the org refused (MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE)."""


class NotDeployed(SalesforceError):
    """An object, field or PushTopic the console link needs is missing in this org."""


class StreamingError(SalesforceError):
    """The Streaming API refused a handshake or subscription for good (advice ``none``)."""
