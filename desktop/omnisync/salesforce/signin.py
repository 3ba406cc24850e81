"""Salesforce sign-in: the PKCE flow, the keyring, identity and revoke.

Salesforce gives a refresh token (scope ``refresh_token``) and no ``expires_in``: the access
token is refreshed when the API answers 401, one refresh at a time (the auth keeper), and the
refresh token may rotate, so each new one is saved to the keyring at once. ``invalid_grant``
on refresh (revoked, expired by policy) means "sign in again". Signing out revokes the refresh
token, which also ends its access tokens.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from omnisync.auth.errors import SignInRequired
from omnisync.auth.flow import OAuthClientConfig, Opener, refresh, sign_in
from omnisync.auth.keeper import TokenKeeper
from omnisync.auth.store import TokenKey, TokenStore
from omnisync.auth.tokens import TokenSet
from omnisync.core.message import say
from omnisync.salesforce.rest import SalesforceRest
from omnisync.timing import Clock, wall_clock

log = logging.getLogger(__name__)

PRODUCT = "salesforce"
TITLE = "Salesforce"
SCOPES = ("api", "refresh_token", "id")


def oauth_config(
    login_base: str, client_id: str, redirect_port: int = 0, login_hint: str | None = None
) -> OAuthClientConfig:
    """``login_hint`` pre-fills the username on Salesforce's login page."""
    return OAuthClientConfig(
        product=TITLE,
        authorize_url=f"{login_base}/services/oauth2/authorize",
        token_url=f"{login_base}/services/oauth2/token",
        client_id=client_id,
        scopes=SCOPES,
        redirect_port=redirect_port,
        extra_authorize_params={"login_hint": login_hint} if login_hint else {},
    )


@dataclass(frozen=True, slots=True)
class Identity:
    org_id: str
    user_id: str

    @classmethod
    def from_url(cls, url: str) -> Identity:
        """The identity URL ends in ``/id/<orgId>/<userId>``."""
        parts = urlsplit(url).path.rstrip("/").split("/")
        if len(parts) < 3 or parts[-3] != "id":
            raise SignInRequired(
                TITLE,
                say("service", "the token answer had no usable identity URL ({url})").fill(
                    url=repr(url)
                ),
            )
        return cls(parts[-2], parts[-1])

    def key(self) -> TokenKey:
        return TokenKey(PRODUCT, self.org_id, self.user_id)


@dataclass(frozen=True, slots=True)
class UserProfile:
    """Who the identity URL says is signed in, as people know them (either may be empty)."""

    display_name: str
    username: str

    @classmethod
    def from_identity(cls, answer: dict[str, Any]) -> UserProfile:
        name, username = answer.get("display_name"), answer.get("username")
        return cls(
            name.strip() if isinstance(name, str) else "",
            username.strip() if isinstance(username, str) else "",
        )


class SalesforceAccount:
    """One signed-in agent: the token keeper, its keyring entry and who they are."""

    def __init__(
        self,
        config: OAuthClientConfig,
        http: httpx.AsyncClient,
        store: TokenStore,
        tokens: TokenSet,
        *,
        clock: Clock = wall_clock,
    ) -> None:
        self.config = config
        self.identity = Identity.from_url(tokens.extra.get("id", ""))
        self._http = http
        self._store = store
        self.keeper = TokenKeeper(
            TITLE,
            tokens,
            refresher=self._refresh,
            persist=self._persist,
            clock=clock,
        )

    @property
    def user_id(self) -> str:
        return self.identity.user_id

    async def profile(self, rest: SalesforceRest) -> UserProfile:
        """Read the identity URL that came with the token (one call, on the login host)."""
        tokens = self.keeper.tokens
        url = tokens.extra.get("id", "") if tokens is not None else ""
        if not url:
            raise SignInRequired(TITLE, say("service", "the session has no identity URL"))
        return UserProfile.from_identity(await rest.get_object(url, "identity"))

    async def _refresh(self, tokens: TokenSet) -> TokenSet:
        return await refresh(self.config, self._http, tokens)

    async def _persist(self, tokens: TokenSet) -> None:
        await self._store.save(self.identity.key(), tokens)

    @classmethod
    async def sign_in(
        cls,
        config: OAuthClientConfig,
        http: httpx.AsyncClient,
        store: TokenStore,
        opener: Opener,
        *,
        wait_seconds: float = 300.0,
        clock: Clock = wall_clock,
    ) -> SalesforceAccount:
        tokens = await sign_in(config, http, opener, wait_seconds=wait_seconds, clock=clock)
        if not tokens.refresh_token:
            log.warning("Salesforce gave no refresh token: the app will ask to sign in again")
        account = cls(config, http, store, tokens, clock=clock)
        await account._persist(tokens)
        return account

    @classmethod
    async def resume(
        cls,
        config: OAuthClientConfig,
        http: httpx.AsyncClient,
        store: TokenStore,
        identity: Identity,
        *,
        clock: Clock = wall_clock,
    ) -> SalesforceAccount | None:
        """The account kept in the keyring from an earlier run, or None (sign in)."""
        tokens = await store.load(identity.key())
        if tokens is None:
            return None
        return cls(config, http, store, tokens, clock=clock)

    async def sign_out(self) -> None:
        """Revoke the refresh token (ending its access tokens), then forget it."""
        tokens = self.keeper.tokens
        if tokens is not None:
            token = tokens.refresh_token or tokens.access_token
            try:
                answer = await self._http.post(
                    self.config.token_url.replace("/token", "/revoke"), data={"token": token}
                )
                if answer.status_code != 200:
                    log.info(
                        "Salesforce revoke answered HTTP %s (already ended)", answer.status_code
                    )
            except httpx.HTTPError as exc:
                log.warning(
                    "Could not reach Salesforce to revoke the token (%s)", type(exc).__name__
                )
        await self._store.delete(self.identity.key())
        self.keeper.sign_out(say("service", "you signed out of Salesforce"))
