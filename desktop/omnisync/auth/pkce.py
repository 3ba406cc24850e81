"""PKCE (RFC 7636, S256) and the anti-forgery ``state``, from the ``secrets`` module only."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from dataclasses import dataclass

_VERIFIER_CHARS = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def new_verifier() -> str:
    """64 random bytes give an 86-character verifier, inside RFC 7636's 43..128 range."""
    return b64url(secrets.token_bytes(64))


def challenge_for(verifier: str) -> str:
    if not _VERIFIER_CHARS.match(verifier):
        raise ValueError("a PKCE verifier is 43 to 128 characters of [A-Za-z0-9-._~]")
    return b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def new_state() -> str:
    return secrets.token_urlsafe(32)


@dataclass(frozen=True, slots=True)
class Pkce:
    verifier: str
    challenge: str
    method: str = "S256"

    @classmethod
    def create(cls) -> Pkce:
        verifier = new_verifier()
        return cls(verifier, challenge_for(verifier))

    def __repr__(self) -> str:
        return f"Pkce(challenge={self.challenge!r}, method={self.method!r})"
