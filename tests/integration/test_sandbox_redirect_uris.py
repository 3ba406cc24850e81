"""Both login hosts refuse a redirect URI the real ones refuse, with their 400 page and no
redirect: a port that is no number or above 65535, a fragment (RFC 6749 3.1.2), a URI that does
not parse. Loopback callbacks on any real port are accepted (RFC 8252 7.3)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from omnisync.auth.pkce import Pkce
from omnisync.sandbox.harness import Sandbox

pytestmark = pytest.mark.integration

REFUSED = [
    "http://127.0.0.1:abc/callback",
    "http://127.0.0.1:65536/callback",
    "http://127.0.0.1:99999999999999999999/callback",
    "http://127.0.0.1:-1/callback",
    "http://127.0.0.1:0/callback",
    "http://127.0.0.1:9/callback#",
    "http://127.0.0.1:9/callback#fragment",
    "http://[::1/callback",
    "http://127.0.0.1:９/callback",  # a full-width digit
    "http://127.0.0.1:9/callback?x=1",
    "https://127.0.0.1:9/callback",
    "",
]


async def _authorize_url(sandbox: Sandbox, product: str) -> tuple[str, dict[str, str]]:
    endpoints: dict[str, Any] = (await sandbox.control.get("/control/endpoints")).json()[product]
    login = endpoints["login"]
    url = endpoints.get("authorizeUrl", f"{login}/services/oauth2/authorize")
    params = {
        "response_type": "code",
        "client_id": endpoints["clientId"],
        "code_challenge": Pkce.create().challenge,
        "code_challenge_method": "S256",
        "state": "s",
    }
    return url, params


@pytest.mark.parametrize("product", ["genesys", "salesforce"])
async def test_unusable_redirect_uris_get_the_400_page(sandbox: Sandbox, product: str) -> None:
    url, params = await _authorize_url(sandbox, product)
    async with httpx.AsyncClient() as http:
        for redirect in REFUSED:
            answer = await http.get(url, params={**params, "redirect_uri": redirect})
            assert answer.status_code == 400, (redirect, answer.status_code, answer.text)
            assert "location" not in answer.headers
            assert answer.headers["content-type"].startswith("text/html")
        for redirect in ("http://127.0.0.1:9/callback", "http://localhost:65535/callback"):
            answer = await http.get(url, params={**params, "redirect_uri": redirect})
            assert answer.status_code == 302, (redirect, answer.text)
            assert answer.headers["location"].startswith(f"{redirect}?")
