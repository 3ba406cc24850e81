"""The fake Salesforce login host: authorize with PKCE, token, revoke and identity.

Salesforce behaviour kept on purpose: token answers carry no ``expires_in`` (clients learn of
expiry from a 401 ``INVALID_SESSION_ID``), a refresh answers no new refresh token and the old one
stays valid (``rotate_refresh_tokens`` plays an app that opted in to rotation: each refresh then
answers a new one and the used one dies), and revoking a refresh token also ends every access
token issued from it. Access tokens live
``access_token_lifetime`` seconds of the sandbox clock, short enough to exercise refresh.
"""

from __future__ import annotations

import base64
import hashlib
import html
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from omnisync.sandbox.loopback_redirect import loopback_redirect_allowed
from omnisync.sandbox.salesforce_org import AGENT_ID, AGENT_USERNAME, ORG_ID, Org
from omnisync.sandbox.web import BadRequest, read_form

CLIENT_ID = "3MVG9OmniSyncSandboxDesktop.PKCE.Public.Client"
CALLBACK_PATHS = ("/callback", "/OauthRedirect")
CODE_LIFETIME = 60.0
DEFAULT_SCOPE = "api refresh_token id"


@dataclass(slots=True)
class _Code:
    user_id: str
    client_id: str
    redirect_uri: str
    challenge: str
    scope: str
    expires_at: float


@dataclass(slots=True)
class AccessGrant:
    user_id: str
    expires_at: float
    family: str
    """The refresh-token chain it came from; revoking the chain ends it."""


@dataclass(slots=True)
class OAuthServer:
    org: Org
    clock: Callable[[], float]
    access_token_lifetime: float = 7200.0
    instance_origin: Callable[[], str] = lambda: ""
    """The org's ``instance_url``: another origin than the login host's, as in a real org."""
    rotate_refresh_tokens: bool = False
    """Off as in a connected or external client app that has not opted in to rotation."""
    on_event: Callable[[str, str], None] = lambda what, by: None
    codes: dict[str, _Code] = field(default_factory=dict)
    access: dict[str, AccessGrant] = field(default_factory=dict)
    refresh: dict[str, tuple[str, str]] = field(default_factory=dict)
    """refresh token -> (user id, family)."""
    dead_families: set[str] = field(default_factory=set)
    calls: int = 0
    refreshes: int = 0

    def reset(self) -> None:
        self.codes.clear()
        self.access.clear()
        self.refresh.clear()
        self.dead_families.clear()
        self.calls = self.refreshes = 0

    # ---- what the REST and CometD servers ask ------------------------------------------------

    def user_for(self, authorization: str | None) -> str | None:
        """The user of a live ``Bearer`` token, or None (expired, revoked or unknown)."""
        if not authorization or not authorization.startswith(("Bearer ", "OAuth ")):
            return None
        grant = self.access.get(authorization.split(" ", 1)[1].strip())
        if grant is None or grant.family in self.dead_families:
            return None
        if self.clock() >= grant.expires_at:
            return None
        return grant.user_id

    def expire_sessions(self) -> int:
        """Fault: every current access token stops working now (refresh tokens stay valid)."""
        now = self.clock()
        for grant in self.access.values():
            grant.expires_at = min(grant.expires_at, now)
        return len(self.access)

    def revoke_all(self) -> None:
        """Fault: an administrator revoked the app's tokens; refresh gives invalid_grant."""
        self.dead_families.update(family for _, family in self.refresh.values())
        self.refresh.clear()

    # ---- routes ------------------------------------------------------------------------------

    def routes(self, prefix: str) -> list[BaseRoute]:
        return [
            Route(f"{prefix}/services/oauth2/authorize", self._authorize, methods=["GET"]),
            Route(f"{prefix}/services/oauth2/token", self._token, methods=["POST"]),
            Route(f"{prefix}/services/oauth2/revoke", self._revoke, methods=["POST", "GET"]),
            Route(f"{prefix}/id/{{org_id}}/{{user_id}}", self._identity, methods=["GET"]),
        ]

    async def _authorize(self, request: Request) -> Response:
        self.calls += 1
        params = request.query_params
        client_id = params.get("client_id", "")
        redirect_uri = params.get("redirect_uri", "")
        if client_id != CLIENT_ID:
            return _page(400, "error=invalid_client_id", "The client id is not registered.")
        if not loopback_redirect_allowed(redirect_uri, CALLBACK_PATHS):
            return _page(400, "error=redirect_uri_mismatch", "redirect_uri must match a callback.")
        state = params.get("state")
        if params.get("response_type") != "code":
            return _redirect(redirect_uri, state, error="unsupported_response_type")
        challenge = params.get("code_challenge", "")
        if not challenge or params.get("code_challenge_method", "S256") != "S256":
            return _redirect(
                redirect_uri,
                state,
                error="invalid_request",
                error_description="PKCE is required: send code_challenge with method S256",
            )
        user_id = AGENT_ID
        hint = params.get("login_hint")
        if hint:
            users = self.org.records["User"].values()
            match = [u for u in users if u["Username"].lower() == hint.lower()]
            if not match:
                return _redirect(redirect_uri, state, error="access_denied")
            user_id = match[0]["Id"]
        code = secrets.token_urlsafe(24)
        self.codes[code] = _Code(
            user_id,
            client_id,
            redirect_uri,
            challenge,
            params.get("scope") or DEFAULT_SCOPE,
            self.clock() + CODE_LIFETIME,
        )
        self.on_event(f"agent signed in to Salesforce ({_username(self.org, user_id)})", "agent")
        return _redirect(redirect_uri, state, code=code)

    async def _token(self, request: Request) -> Response:
        self.calls += 1
        try:
            form = await read_form(request)
        except BadRequest as exc:
            return _oauth_error("invalid_request", str(exc))
        grant_type = form.get("grant_type")
        if form.get("client_id") != CLIENT_ID:
            return _oauth_error("invalid_client_id", "client identifier invalid")
        if grant_type == "authorization_code":
            return self._code_grant(form, login_base(request))
        if grant_type == "refresh_token":
            return self._refresh_grant(form, login_base(request))
        return _oauth_error("unsupported_grant_type", "grant type not supported")

    def _code_grant(self, form: dict[str, str], base: str) -> Response:
        code = self.codes.pop(form.get("code", ""), None)  # single use, even when it fails
        if code is None or self.clock() >= code.expires_at:
            return _oauth_error("invalid_grant", "invalid authorization code")
        if form.get("redirect_uri") != code.redirect_uri:
            return _oauth_error("invalid_grant", "redirect_uri must match configuration")
        if _s256(form.get("code_verifier", "")) != code.challenge:
            return _oauth_error("invalid_grant", "invalid code verifier")
        family = secrets.token_hex(8)
        refreshable = "refresh_token" in code.scope.split()
        return self._issue(code.user_id, family, code.scope, base, with_refresh=refreshable)

    def _refresh_grant(self, form: dict[str, str], base: str) -> Response:
        self.refreshes += 1
        token = form.get("refresh_token", "")
        entry = self.refresh.get(token)
        if entry is None:
            return _oauth_error("invalid_grant", "expired access/refresh token")
        if self.rotate_refresh_tokens:
            del self.refresh[token]  # one use: the answer carries its successor
        user_id, family = entry
        return self._issue(
            user_id, family, DEFAULT_SCOPE, base, with_refresh=self.rotate_refresh_tokens
        )

    def _issue(
        self, user_id: str, family: str, scope: str, base: str, *, with_refresh: bool
    ) -> Response:
        now = self.clock()
        access = f"{ORG_ID[:15]}!{secrets.token_urlsafe(32)}"
        self.access[access] = AccessGrant(user_id, now + self.access_token_lifetime, family)
        body: dict[str, str] = {
            "access_token": access,
            "signature": base64.b64encode(secrets.token_bytes(32)).decode(),
            "scope": scope,
            "instance_url": self.instance_origin(),
            "id": f"{base}/id/{ORG_ID}/{user_id}",
            "token_type": "Bearer",
            "issued_at": str(int(now * 1000)),
        }
        if with_refresh:
            token = "5Aep" + secrets.token_urlsafe(40)
            self.refresh[token] = (user_id, family)
            body["refresh_token"] = token
        return JSONResponse(body, headers={"Cache-Control": "no-store"})

    async def _revoke(self, request: Request) -> Response:
        self.calls += 1
        try:
            token = (await read_form(request)).get("token", "")
        except BadRequest:
            token = request.query_params.get("token", "")
        if token in self.refresh:
            _, family = self.refresh.pop(token)
            self.dead_families.add(family)
        elif token in self.access:
            del self.access[token]
        else:
            return _oauth_error("invalid_token", "the token is not valid or was already revoked")
        self.on_event("app revoked its Salesforce token (sign-out)", "app")
        return Response(status_code=200)

    async def _identity(self, request: Request) -> Response:
        self.calls += 1
        user_id = self.user_for(request.headers.get("authorization"))
        if user_id is None:
            return JSONResponse("Bad_OAuth_Token", status_code=403)
        wanted = request.path_params["user_id"]
        if wanted != user_id or request.path_params["org_id"] != ORG_ID:
            return JSONResponse("Bad_Id", status_code=403)
        user = self.org.records["User"][user_id]
        base = login_base(request)
        instance = self.instance_origin()
        return JSONResponse(
            {
                "id": f"{base}/id/{ORG_ID}/{user_id}",
                "asserted_user": True,
                "user_id": user_id,
                "organization_id": ORG_ID,
                "username": user["Username"],
                "nick_name": user["Username"].split("@")[0],
                "display_name": user["Name"],
                "email": user["Email"],
                "active": True,
                "user_type": "STANDARD",
                "language": "en_US",
                "locale": "en_US",
                "utcOffset": 0,
                "urls": {
                    "rest": f"{instance}/services/data/v{{version}}/",
                    "query": f"{instance}/services/data/v{{version}}/query/",
                    "sobjects": f"{instance}/services/data/v{{version}}/sobjects/",
                    "custom_domain": instance,
                },
            }
        )


def login_base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _username(org: Org, user_id: str) -> str:
    user = org.records["User"].get(user_id)
    return user["Username"] if user else AGENT_USERNAME


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _redirect(uri: str, state: str | None, **params: str) -> Response:
    if state is not None:
        params["state"] = state
    return RedirectResponse(f"{uri}?{urlencode(params)}", status_code=302)


def _page(status: int, title: str, text: str) -> Response:
    body = f"<!doctype html><title>{html.escape(title)}</title><p>{html.escape(text)}</p>"
    return HTMLResponse(body, status_code=status)


def _oauth_error(error: str, description: str) -> Response:
    return JSONResponse({"error": error, "error_description": description}, status_code=400)
