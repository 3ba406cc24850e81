"""Salesforce sandbox timings shrunk for speed, and a raw signed-in HTTP helper for its tests."""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

SALESFORCE_SETTINGS: dict[str, Any] = {
    "cometd_timeout": 0.5,
    "cometd_max_interval": 30.0,
    "access_token_lifetime": 600.0,
}


@pytest.fixture
def sandbox_settings(sandbox_settings: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    sandbox_settings["salesforce"] = dict(SALESFORCE_SETTINGS)
    return sandbox_settings


async def _raw_sign_in(
    http: httpx.AsyncClient, base_url: str, login_hint: str | None = None
) -> dict[str, Any]:
    """The authorization-code + PKCE exchange done by hand, to test the login host itself."""
    endpoints = (await http.get(f"{base_url}/control/endpoints")).json()["salesforce"]
    verifier = secrets.token_urlsafe(48)
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )
    redirect = "http://127.0.0.1:9/callback"
    params = {
        "response_type": "code",
        "client_id": endpoints["clientId"],
        "redirect_uri": redirect,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "state": "s1",
    }
    if login_hint:
        params["login_hint"] = login_hint
    answer = await http.get(f"{endpoints['login']}/services/oauth2/authorize", params=params)
    assert answer.status_code == 302, answer.text
    query = parse_qs(urlsplit(answer.headers["location"]).query)
    assert query["state"] == ["s1"]
    token = await http.post(
        f"{endpoints['login']}/services/oauth2/token",
        data={
            "grant_type": "authorization_code",
            "code": query["code"][0],
            "code_verifier": verifier,
            "client_id": endpoints["clientId"],
            "redirect_uri": redirect,
        },
    )
    assert token.status_code == 200, token.text
    return {**token.json(), "_verifier": verifier, "_endpoints": endpoints}


RawSignIn = Callable[..., Awaitable[dict[str, Any]]]


@pytest.fixture
def raw_sign_in() -> RawSignIn:
    return _raw_sign_in
