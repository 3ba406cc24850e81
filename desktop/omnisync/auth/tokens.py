"""The tokens of one signed-in account, with expiry as absolute wall-clock time."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from omnisync.auth.errors import TokenRequestFailed

_KNOWN = {"access_token", "refresh_token", "expires_in", "token_type", "scope", "instance_url"}


@dataclass(frozen=True, slots=True)
class TokenSet:
    access_token: str
    expires_at: float | None = None
    """Wall-clock seconds; ``None`` when the server gave no lifetime (Salesforce)."""
    refresh_token: str | None = None
    token_type: str = "Bearer"  # noqa: S105
    scope: str = ""
    issued_at: float = 0.0
    instance_url: str | None = None
    """Salesforce's REST base for this org."""
    extra: Mapping[str, str] = field(default_factory=dict)
    """Other string fields of the token response (``id``, ``signature``...)."""

    @classmethod
    def from_response(cls, payload: Mapping[str, Any], now: float) -> TokenSet:
        """Read an RFC 6749 5.1 token response; refuse one without an access token."""
        token = payload.get("access_token")
        if not isinstance(token, str) or not token:
            raise TokenRequestFailed("invalid_response", "the answer carried no access_token")
        expires_in = payload.get("expires_in")
        expires_at: float | None = None
        if isinstance(expires_in, int | float | str) and str(expires_in).strip():
            try:
                expires_at = now + float(expires_in)
            except ValueError:
                expires_at = None
        refresh = payload.get("refresh_token")
        extra = {k: v for k, v in payload.items() if k not in _KNOWN and isinstance(v, str)}
        instance = payload.get("instance_url")
        return cls(
            access_token=token,
            expires_at=expires_at,
            refresh_token=refresh if isinstance(refresh, str) and refresh else None,
            token_type=str(payload.get("token_type") or "Bearer"),
            scope=str(payload.get("scope") or ""),
            issued_at=now,
            instance_url=instance if isinstance(instance, str) else None,
            extra=extra,
        )

    def seconds_left(self, now: float) -> float | None:
        return None if self.expires_at is None else self.expires_at - now

    def is_expired(self, now: float, margin: float = 0.0) -> bool:
        return self.expires_at is not None and now >= self.expires_at - margin

    def merged_with(self, newer: TokenSet) -> TokenSet:
        """A refresh answer may omit the refresh token or instance: keep the ones we had."""
        return replace(
            newer,
            refresh_token=newer.refresh_token or self.refresh_token,
            instance_url=newer.instance_url or self.instance_url,
            extra={**self.extra, **newer.extra},
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "access_token": self.access_token,
                "expires_at": self.expires_at,
                "refresh_token": self.refresh_token,
                "token_type": self.token_type,
                "scope": self.scope,
                "issued_at": self.issued_at,
                "instance_url": self.instance_url,
                "extra": dict(self.extra),
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> TokenSet:
        data = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("access_token"), str):
            raise ValueError("not a stored token set")
        return cls(
            access_token=data["access_token"],
            expires_at=data.get("expires_at"),
            refresh_token=data.get("refresh_token"),
            token_type=data.get("token_type") or "Bearer",
            scope=data.get("scope") or "",
            issued_at=float(data.get("issued_at") or 0.0),
            instance_url=data.get("instance_url"),
            extra=dict(data.get("extra") or {}),
        )

    def __repr__(self) -> str:
        return (
            f"TokenSet(access_token=<redacted>, expires_at={self.expires_at!r}, "
            f"refresh_token={'<redacted>' if self.refresh_token else None}, "
            f"instance_url={self.instance_url!r})"
        )

    __str__ = __repr__
