"""Genesys Cloud sign-in settings for the shared PKCE flow.

Genesys gives PKCE (public) clients no refresh token, so the token keeper built here has no
refresher: it enters "sign in again" well before the token expires.
"""

from __future__ import annotations

from omnisync.auth.flow import OAuthClientConfig
from omnisync.auth.keeper import Persist, TokenKeeper
from omnisync.auth.tokens import TokenSet
from omnisync.genesys.regions import DEFAULT_REDIRECT_PORT, GenesysHosts
from omnisync.timing import Clock, wall_clock

PRODUCT = "Genesys Cloud"


def oauth_config(
    hosts: GenesysHosts,
    client_id: str,
    *,
    redirect_port: int = DEFAULT_REDIRECT_PORT,
    redirect_host: str = "127.0.0.1",
    scopes: tuple[str, ...] = (),
) -> OAuthClientConfig:
    """Scopes are optional: Genesys applies the scopes set on the OAuth client itself."""
    return OAuthClientConfig(
        product=PRODUCT,
        authorize_url=hosts.authorize_url,
        token_url=hosts.token_url,
        client_id=client_id,
        scopes=scopes,
        redirect_port=redirect_port,
        redirect_host=redirect_host,
    )


def token_keeper(
    tokens: TokenSet | None = None,
    *,
    persist: Persist | None = None,
    clock: Clock = wall_clock,
    sign_in_margin: float = 1800.0,
) -> TokenKeeper:
    return TokenKeeper(PRODUCT, tokens, persist=persist, clock=clock, sign_in_margin=sign_in_margin)
