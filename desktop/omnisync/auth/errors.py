"""Typed sign-in failures: each says what happened and what the agent can do about it."""

from __future__ import annotations

from omnisync.core.message import Message, say


class AuthError(Exception):
    """Base of every sign-in and token problem."""


class SignInTimeout(AuthError):
    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"No answer from the browser within {seconds:g} s: sign-in was abandoned. "
            "Start the sign-in again and finish it in the browser window that opens."
        )
        self.seconds = seconds


class SignInCancelled(AuthError):
    def __init__(self) -> None:
        super().__init__("Sign-in was cancelled.")


class StateMismatch(AuthError):
    """The redirect did not carry our ``state``: it may be forged, so the code is not used."""

    def __init__(self) -> None:
        super().__init__(
            "The sign-in answer did not match the request that was sent (state mismatch); "
            "it was ignored. Start the sign-in again."
        )


class AuthorizationDenied(AuthError):
    """The authorization server redirected back with ``error=...`` (RFC 6749 4.1.2.1)."""

    def __init__(self, error: str, description: str = "") -> None:
        detail = f": {description}" if description else ""
        super().__init__(f"Sign-in was refused ({error}){detail}.")
        self.error = error
        self.description = description


class TokenRequestFailed(AuthError):
    """The token endpoint answered with an error (RFC 6749 5.2) or something unreadable."""

    def __init__(self, error: str, description: str = "", status: int = 0) -> None:
        detail = f": {description}" if description else ""
        super().__init__(f"The token request failed ({error}, HTTP {status}){detail}.")
        self.error = error
        self.description = description
        self.status = status


class SignInRequired(AuthError):
    """The token is gone, expired, revoked or not refreshable: the agent must sign in again."""

    def __init__(self, product: str, reason: str | Message) -> None:
        self.said = say("service", "Sign in to {product} again: {reason}").fill(
            product=product, reason=reason
        )
        """The sentence the UI translates (``str()`` is the English, for the log)."""
        super().__init__(self.said.english())
        self.product = product
        self.reason = reason
