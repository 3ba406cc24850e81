"""Authorization code + PKCE for a public desktop client, and the refresh grant.

The browser is opened through an injectable ``opener`` that receives the authorize URL: the app
passes ``webbrowser.open``; tests pass a coroutine function that follows the redirect with an
HTTP client, so the real loopback receiver gets the real redirect.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import httpx

from omnisync.auth.errors import AuthError, TokenRequestFailed
from omnisync.auth.loopback import CALLBACK_PATH, LOOPBACK_HOST, LoopbackReceiver
from omnisync.auth.pkce import Pkce, new_state
from omnisync.auth.tokens import TokenSet
from omnisync.timing import Clock, wall_clock

log = logging.getLogger(__name__)

Opener = Callable[[str], object]
"""Opens the authorize URL; may return an awaitable, which then runs alongside the receiver."""


@dataclass(frozen=True, slots=True)
class OAuthClientConfig:
    product: str
    """Shown to the agent ("Genesys Cloud", "Salesforce")."""
    authorize_url: str
    token_url: str
    client_id: str
    scopes: tuple[str, ...] = ()
    redirect_port: int = 0
    redirect_host: str = LOOPBACK_HOST
    redirect_path: str = CALLBACK_PATH
    extra_authorize_params: Mapping[str, str] = field(default_factory=dict)
    """E.g. Salesforce's ``prompt=login`` or ``login_hint``."""


def authorize_url(config: OAuthClientConfig, redirect_uri: str, pkce: Pkce, state: str) -> str:
    params: dict[str, str] = {
        "response_type": "code",
        "client_id": config.client_id,
        "redirect_uri": redirect_uri,
        "code_challenge": pkce.challenge,
        "code_challenge_method": pkce.method,
        "state": state,
    }
    if config.scopes:
        params["scope"] = " ".join(config.scopes)
    params.update(config.extra_authorize_params)
    separator = "&" if "?" in config.authorize_url else "?"
    return f"{config.authorize_url}{separator}{urlencode(params)}"


async def sign_in(
    config: OAuthClientConfig,
    http: httpx.AsyncClient,
    opener: Opener,
    *,
    wait_seconds: float = 300.0,
    clock: Clock = wall_clock,
    on_started: Callable[[LoopbackReceiver, str], None] | None = None,
) -> TokenSet:
    """Run one browser sign-in; cancel the awaiting task (or the receiver) to abort it.

    ``on_started(receiver, url)`` is called once the receiver listens: the UI keeps the
    receiver for a Cancel button and shows the URL as a "copy this link" fallback for when no
    browser opens.
    """
    pkce = Pkce.create()
    state = new_state()
    async with LoopbackReceiver(
        state,
        port=config.redirect_port,
        path=config.redirect_path,
        redirect_host=config.redirect_host,
        product=config.product,
    ) as receiver:
        redirect_uri = receiver.redirect_uri
        url = authorize_url(config, redirect_uri, pkce, state)
        if on_started is not None:
            on_started(receiver, url)
        opened = opener(url)
        opener_task: asyncio.Future[Any] | None = None
        if inspect.isawaitable(opened):
            opener_task = asyncio.ensure_future(opened)
        try:
            answer = await _wait_for_answer(receiver, opener_task, wait_seconds)
        finally:
            if opener_task is not None and not opener_task.done():
                opener_task.cancel()
                with contextlib.suppress(BaseException):
                    await opener_task
    return await exchange_code(config, http, answer.code, pkce.verifier, redirect_uri, clock)


async def _wait_for_answer(
    receiver: LoopbackReceiver, opener_task: asyncio.Future[Any] | None, seconds: float
) -> Any:
    waiting = asyncio.ensure_future(receiver.wait(seconds))
    try:
        if opener_task is not None:
            await asyncio.wait({waiting, opener_task}, return_when=asyncio.FIRST_COMPLETED)
            if not waiting.done() and opener_task.exception() is not None:
                raise AuthError(
                    f"Could not open the sign-in page: {opener_task.exception()}"
                ) from opener_task.exception()
        return await waiting
    finally:
        if not waiting.done():
            waiting.cancel()
            with contextlib.suppress(BaseException):
                await waiting


async def exchange_code(
    config: OAuthClientConfig,
    http: httpx.AsyncClient,
    code: str,
    verifier: str,
    redirect_uri: str,
    clock: Clock = wall_clock,
) -> TokenSet:
    """PKCE token request: form-encoded, no Authorization header (a public client)."""
    return await token_request(
        config,
        http,
        {
            "grant_type": "authorization_code",
            "code": code,
            "code_verifier": verifier,
            "client_id": config.client_id,
            "redirect_uri": redirect_uri,
        },
        clock,
    )


async def refresh(
    config: OAuthClientConfig,
    http: httpx.AsyncClient,
    tokens: TokenSet,
    clock: Clock = wall_clock,
) -> TokenSet:
    if not tokens.refresh_token:
        raise TokenRequestFailed("invalid_grant", "there is no refresh token")
    fresh = await token_request(
        config,
        http,
        {
            "grant_type": "refresh_token",
            "refresh_token": tokens.refresh_token,
            "client_id": config.client_id,
        },
        clock,
    )
    return tokens.merged_with(fresh)


async def token_request(
    config: OAuthClientConfig,
    http: httpx.AsyncClient,
    form: Mapping[str, str],
    clock: Clock = wall_clock,
) -> TokenSet:
    try:
        response = await http.post(
            config.token_url, data=dict(form), headers={"Accept": "application/json"}
        )
    except httpx.HTTPError as exc:
        raise TokenRequestFailed(
            "network_error", f"{type(exc).__name__} talking to {config.product}"
        ) from exc
    payload: Any
    try:
        payload = response.json()
    except ValueError:
        payload = None
    if response.status_code != 200 or not isinstance(payload, dict):
        error, description = "invalid_response", f"unexpected answer (HTTP {response.status_code})"
        if isinstance(payload, dict) and isinstance(payload.get("error"), str):
            error = payload["error"]
            description = str(payload.get("error_description") or "")
        raise TokenRequestFailed(error, description, response.status_code)
    return TokenSet.from_response(payload, clock())
