"""The authorization-code + PKCE exchange done by hand against a sandbox login host: for tests of
the login hosts themselves and for clients (third-party ones, fuzzers) that need a real token."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from omnisync.auth.pkce import Pkce

REDIRECT = "http://127.0.0.1:9/callback"


async def sign_in_by_hand(
    http: httpx.AsyncClient, endpoints: dict[str, Any], login_hint: str | None = None
) -> dict[str, Any]:
    """The token answer, for one part's ``/control/endpoints`` entry (either cloud)."""
    login = endpoints["login"]
    authorize = endpoints.get("authorizeUrl", f"{login}/services/oauth2/authorize")
    token_url = endpoints.get("tokenUrl", f"{login}/services/oauth2/token")
    pkce = Pkce.create()
    params = {
        "response_type": "code",
        "client_id": endpoints["clientId"],
        "redirect_uri": REDIRECT,
        "code_challenge": pkce.challenge,
        "code_challenge_method": "S256",
        "state": "s1",
    }
    if login_hint:
        params["login_hint"] = login_hint
    answer = await http.get(authorize, params=params)
    assert answer.status_code == 302, answer.text
    query = parse_qs(urlsplit(answer.headers["location"]).query)
    assert query["state"] == ["s1"]
    token = await http.post(
        token_url,
        data={
            "grant_type": "authorization_code",
            "code": query["code"][0],
            "code_verifier": pkce.verifier,
            "client_id": endpoints["clientId"],
            "redirect_uri": REDIRECT,
        },
    )
    assert token.status_code == 200, token.text
    return {**token.json(), "_verifier": pkce.verifier}
