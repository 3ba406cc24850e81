"""Typed Salesforce failures: each says what happened and what to do about it."""

from __future__ import annotations

from omnisync.core.message import Message, say


class SalesforceError(Exception):
    """An error answer of the REST or Streaming API (``errorCode`` and message kept). Given a
    :class:`Message`, ``str()`` is its English (logs) and :attr:`said` what the UI translates."""

    def __init__(self, message: str | Message, code: str = "", status: int = 0) -> None:
        said = message if isinstance(message, Message) else None
        super().__init__(said.english() if said is not None else message)
        self.said = said
        self.code = code
        self.status = status


class RequestLimitExceeded(SalesforceError):
    """The org's rolling 24-hour API allowance is used up: everyone in the org is blocked."""

    def __init__(self, usage: str = "") -> None:
        said = (
            say(
                "service",
                "Salesforce refused the call: the org's daily API limit is used up ({usage}). "
                "OmniSync keeps the last known Omni-Channel status and reads it again a little "
                "later; ask your Salesforce administrator to check API usage.",
            ).fill(usage=usage)
            if usage
            else say(
                "service",
                "Salesforce refused the call: the org's daily API limit is used up. "
                "OmniSync keeps the last known Omni-Channel status and reads it again a little "
                "later; ask your Salesforce administrator to check API usage.",
            )
        )
        super().__init__(said, "REQUEST_LIMIT_EXCEEDED", 403)


class QueryFailed(SalesforceError):
    """A SOQL query the org refused (MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE)."""


class NotDeployed(SalesforceError):
    """An object, field or PushTopic the console link needs is missing in this org."""


class StreamingError(SalesforceError):
    """The Streaming API refused a handshake or subscription for good (advice ``none``)."""
