"""Pieces of the PKCE flow that need no server (the full flow runs against the sandbox)."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from omnisync.auth.errors import SignInCancelled
from omnisync.auth.flow import OAuthClientConfig, authorize_url, sign_in
from omnisync.auth.loopback import LoopbackReceiver
from omnisync.auth.pkce import Pkce

CONFIG = OAuthClientConfig(
    product="Salesforce",
    authorize_url="https://login.example.com/services/oauth2/authorize",
    token_url="https://login.example.com/services/oauth2/token",
    client_id="cid",
    scopes=("api", "refresh_token"),
    extra_authorize_params={"prompt": "login"},
)


def test_authorize_url_carries_pkce_state_scopes_and_extra_params() -> None:
    pkce = Pkce.create()
    url = authorize_url(CONFIG, "http://127.0.0.1:5/callback", pkce, "st")
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert query == {
        "response_type": "code",
        "client_id": "cid",
        "redirect_uri": "http://127.0.0.1:5/callback",
        "code_challenge": pkce.challenge,
        "code_challenge_method": "S256",
        "state": "st",
        "scope": "api refresh_token",
        "prompt": "login",
    }
    assert pkce.verifier not in url


async def test_cancel_from_the_ui_and_the_copy_link_fallback() -> None:
    started: list[tuple[LoopbackReceiver, str]] = []
    opened: list[str] = []

    def opener(url: str) -> bool:
        opened.append(url)
        return False  # like webbrowser.open when no browser is available

    def on_started(receiver: LoopbackReceiver, url: str) -> None:
        started.append((receiver, url))
        asyncio.get_running_loop().call_soon(receiver.cancel)

    async with httpx.AsyncClient() as http:
        with pytest.raises(SignInCancelled):
            await sign_in(CONFIG, http, opener, wait_seconds=5, on_started=on_started)
    assert opened == [started[0][1]]
    assert "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in opened[0]
