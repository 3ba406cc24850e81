"""The fake Genesys login host: authorize page and token endpoint, PKCE checked for real.

The authorize page signs the demo agent in at once (as an existing SSO session would) and
redirects back with a short-lived, single-use code. The token endpoint answers with RFC 6749
errors and, as Genesys does for PKCE clients, gives no refresh token.

The org's idle token timeout (Admin > Organization Settings, 5 to 480 minutes, 15 at most with
HIPAA) is modelled per token: a token not used for an API call for that long is revoked on its
next use, and a refresh is refused as for any PKCE token. Notifications are no API call.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from omnisync.sandbox.clock import SandboxClock
from omnisync.sandbox.events import EventLog
from omnisync.sandbox.genesys_org import AGENT_ID
from omnisync.sandbox.loopback_redirect import loopback_redirect_allowed
from omnisync.sandbox.web import BadRequest, read_form

DEMO_CLIENT_ID = "omnisync-desktop-demo"
REGISTERED_REDIRECTS = ("http://127.0.0.1:53682/callback", "http://localhost:53682/callback")
_CHALLENGE = re.compile(r"^[A-Za-z0-9\-_]{43}$")
IDLE_TIMEOUT_RANGE = (300, 28800)
"""The org setting's bounds in seconds (5 minutes to 8 hours)."""
HIPAA_IDLE_TIMEOUT_MAX = 900


def check_idle_timeout(seconds: object, hipaa: bool = False) -> int:
    """The org's idle token timeout as Genesys accepts it, or ValueError saying why."""
    low, high = IDLE_TIMEOUT_RANGE[0], HIPAA_IDLE_TIMEOUT_MAX if hipaa else IDLE_TIMEOUT_RANGE[1]
    if isinstance(seconds, bool) or not isinstance(seconds, int) or not low <= seconds <= high:
        raise ValueError(
            f"the idle token timeout is a whole number of seconds from {low} to {high}"
            f"{' (HIPAA)' if hipaa else ''}, not {seconds!r:.40}"
        )
    return seconds


@dataclass(slots=True)
class Grant:
    """An issued access token."""

    user_id: str
    client_id: str
    expires_at: float
    code: str
    revoked: bool = False
    last_used: float = 0.0
    """The last API call made with it: the idle timeout counts from here."""


@dataclass(slots=True)
class PendingCode:
    client_id: str
    redirect_uri: str
    challenge: str
    expires_at: float
    used: bool = False
    tokens: list[str] = field(default_factory=list)


class GenesysLogin:
    def __init__(
        self,
        clock: SandboxClock,
        events: EventLog,
        *,
        token_lifetime: float = 86400.0,
        code_lifetime: float = 60.0,
        loopback_any_port: bool = True,
        idle_timeout: int | None = None,
    ) -> None:
        self._clock = clock
        self._events = events
        self.token_lifetime = token_lifetime
        self.code_lifetime = code_lifetime
        self.loopback_any_port = loopback_any_port
        self.deny_next = False
        self.codes: dict[str, PendingCode] = {}
        self.grants: dict[str, Grant] = {}
        self.idle_timeout: int | None = idle_timeout
        """The org's idle token timeout in seconds; None: the org has none (the default)."""
        self._idle_timeout_at_start = idle_timeout
        self.idle_timeout_readable = True
        """False: ``GET /api/v2/tokens/timeout`` is refused (403), as for orgs that still ask
        for ``directory:organization:admin``; the app then falls back to its policy."""
        self.idle_revoked = 0

    def reset(self) -> None:
        self.codes.clear()
        self.grants.clear()
        self.deny_next = False
        self.idle_timeout = self._idle_timeout_at_start
        self.idle_timeout_readable = True
        self.idle_revoked = 0

    # ---- what the API host asks -----------------------------------------------------------

    def grant_for(self, token: str, *, touch: bool = False) -> Grant | None:
        """The token's grant while it is valid; ``touch``: an API call that resets its idle
        timer (every call but ``GET /api/v2/tokens/me?preserveIdleTTL=true``)."""
        grant = self.grants.get(token)
        now = self._clock.now()
        if grant is None or grant.revoked or now >= grant.expires_at:
            return None
        if self.idle_timeout is not None and now - grant.last_used >= self.idle_timeout:
            grant.revoked = True  # for good: a later call, or a refresh, does not revive it
            self.idle_revoked += 1
            minutes = self.idle_timeout / 60
            self._events.record(
                "genesys", f"token revoked after {minutes:g} minutes without an API call", "system"
            )
            return None
        if touch:
            grant.last_used = now
        return grant

    def expire_all(self) -> int:
        now = self._clock.now()
        for grant in self.grants.values():
            grant.expires_at = min(grant.expires_at, now)
        return len(self.grants)

    def revoke_all(self) -> list[str]:
        revoked = [t for t, g in self.grants.items() if not g.revoked]
        for token in revoked:
            self.grants[token].revoked = True
        return revoked

    def active_tokens(self) -> int:
        return sum(1 for t in self.grants if self.grant_for(t) is not None)

    def redirect_allowed(self, uri: str) -> bool:
        if uri in REGISTERED_REDIRECTS:
            return True
        if not self.loopback_any_port:
            return False
        return loopback_redirect_allowed(uri, ("/callback",))

    # ---- routes ---------------------------------------------------------------------------

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/oauth/authorize", self.authorize, methods=["GET"]),
            Route("/oauth/token", self.token, methods=["POST"]),
        ]

    async def authorize(self, request: Request) -> Response:
        q = request.query_params
        client_id = q.get("client_id", "")
        redirect_uri = q.get("redirect_uri", "")
        # RFC 6749 4.1.2.1: with a bad client or redirect URI, never redirect; show an error.
        if client_id != DEMO_CLIENT_ID:
            return _page(400, "Unknown OAuth client", f"No OAuth client {client_id!r}.")
        if not self.redirect_allowed(redirect_uri):
            return _page(
                400,
                "Redirect URI not registered",
                f"{redirect_uri!r} is not an authorized redirect URI of this OAuth client.",
            )
        state = q.get("state")

        def back(**params: str) -> Response:
            if state is not None:
                params["state"] = state
            return RedirectResponse(f"{redirect_uri}?{urlencode(params)}", status_code=302)

        if q.get("response_type") != "code":
            return back(error="unsupported_response_type", error_description="use code")
        challenge = q.get("code_challenge", "")
        if q.get("code_challenge_method") != "S256" or not _CHALLENGE.match(challenge):
            return back(
                error="invalid_request",
                error_description="PKCE is required: code_challenge with method S256",
            )
        if self.deny_next:
            self.deny_next = False
            self._events.record("genesys", "sign-in refused", "agent")
            return back(error="access_denied", error_description="The user denied access")
        code = secrets.token_urlsafe(24)
        self.codes[code] = PendingCode(
            client_id, redirect_uri, challenge, self._clock.now() + self.code_lifetime
        )
        self._events.record("genesys", "agent signed in", "agent")
        return back(code=code)

    async def token(self, request: Request) -> Response:
        try:
            fields = await read_form(request)
        except BadRequest as exc:
            return _oauth_error("invalid_request", str(exc))
        grant_type = fields.get("grant_type", "")
        if grant_type != "authorization_code":
            return _oauth_error(
                "unsupported_grant_type",
                "this client is registered for the PKCE code grant only (no refresh tokens)",
            )
        missing = [
            f for f in ("code", "code_verifier", "client_id", "redirect_uri") if not fields.get(f)
        ]
        if missing:
            return _oauth_error("invalid_request", f"missing {', '.join(missing)}")
        if fields["client_id"] != DEMO_CLIENT_ID:
            return _oauth_error("invalid_client", "unknown client", status=401)
        pending = self.codes.get(fields["code"])
        if pending is None or self._clock.now() >= pending.expires_at:
            return _oauth_error("invalid_grant", "the authorization code is invalid or expired")
        if pending.used:
            # RFC 6749 4.1.2: a replayed code revokes what it issued.
            for token in pending.tokens:
                self.grants[token].revoked = True
            self._events.record("genesys", "authorization code replayed", "system")
            return _oauth_error("invalid_grant", "the authorization code was already used")
        pending.used = True
        if (
            pending.client_id != fields["client_id"]
            or pending.redirect_uri != fields["redirect_uri"]
        ):
            return _oauth_error("invalid_grant", "client or redirect_uri does not match the code")
        if not _verifier_matches(fields["code_verifier"], pending.challenge):
            return _oauth_error("invalid_grant", "PKCE verification failed")
        token = secrets.token_urlsafe(48)
        now = self._clock.now()
        self.grants[token] = Grant(
            AGENT_ID, fields["client_id"], now + self.token_lifetime, fields["code"], last_used=now
        )
        pending.tokens.append(token)
        body: dict[str, Any] = {
            "access_token": token,
            "token_type": "bearer",
            "expires_in": int(self.token_lifetime),
        }
        return JSONResponse(body, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


def _verifier_matches(verifier: str, challenge: str) -> bool:
    if not re.fullmatch(r"[A-Za-z0-9\-._~]{43,128}", verifier):
        return False
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    computed = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return secrets.compare_digest(computed, challenge)


def _oauth_error(error: str, description: str, status: int = 400) -> JSONResponse:
    return JSONResponse(
        {"error": error, "error_description": description},
        status_code=status,
        headers={"Cache-Control": "no-store", "Pragma": "no-cache"},
    )


def _page(status: int, title: str, text: str) -> HTMLResponse:
    return HTMLResponse(
        f"<!doctype html><title>{html.escape(title)}</title>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p>",
        status_code=status,
    )
