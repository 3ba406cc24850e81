"""A logging filter that keeps secrets out of every log line.

It redacts bearer tokens, ``Authorization`` headers, and the values of token, code and verifier
fields in query strings, form bodies, JSON and reprs, in the message, its arguments and the
formatted traceback. Attach it to each handler: :func:`install_redaction`.
"""

from __future__ import annotations

import logging
import re

REDACTED = "[REDACTED]"

_SENSITIVE_KEYS = (
    r"access_token|refresh_token|id_token|token|code|code_verifier|client_secret|password"
    r"|assertion|session_id|sid|accessToken|refreshToken|authorization_code"
)
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # a bearer token, unless the next word is a key=value pair ("Bearer expires_in=3600")
    (re.compile(r"(?i)\b(bearer)\s+(?![\w.-]+=[^=\s])[A-Za-z0-9\-._~+/!]+=*"), r"\1 " + REDACTED),
    (
        re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)(?!bearer\b)[^\s'\",}]+"),
        r"\1" + REDACTED,
    ),
    # key=value (query strings, form bodies): stop at the next separator
    (re.compile(rf"(?<![A-Za-z0-9_])({_SENSITIVE_KEYS})=([^&\s'\",;)]+)"), r"\1=" + REDACTED),
    # "key": "value" / 'key': 'value' (JSON and dict reprs)
    (
        re.compile(rf"(['\"](?:{_SENSITIVE_KEYS})['\"]\s*:\s*)(['\"])(?:(?!\2).)*\2"),
        r"\1\2" + REDACTED + r"\2",
    ),
)


def redact(text: str, secrets: frozenset[str] = frozenset()) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites the record in place; ``remember`` adds known secrets to redact verbatim."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: frozenset[str] = frozenset()

    def remember(self, secret: str) -> None:
        if len(secret) >= 8:
            self._secrets = self._secrets | {secret}

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message, self._secrets)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self._secrets)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self._secrets)
        return True


def install_redaction(logger: logging.Logger | None = None) -> RedactingFilter:
    """Add one shared filter to every handler of ``logger`` (the root logger by default)."""
    target = logger or logging.getLogger()
    shared = RedactingFilter()
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(shared)
    return shared
