"""The real PKCE flow (auth package + loopback receiver) against the sandbox login host."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from omnisync.auth.errors import AuthError, AuthorizationDenied, TokenRequestFailed
from omnisync.auth.flow import OAuthClientConfig, exchange_code, sign_in
from omnisync.auth.pkce import Pkce
from omnisync.sandbox.harness import Sandbox

Opener = Callable[[str], Awaitable[None]]


def config(sandbox: Sandbox, **changes: object) -> OAuthClientConfig:
    login = sandbox.origin("genesys", "login")
    values: dict[str, object] = {
        "product": "Genesys Cloud",
        "authorize_url": f"{login}/oauth/authorize",
        "token_url": f"{login}/oauth/token",
        "client_id": "omnisync-desktop-demo",
    }
    values.update(changes)
    return OAuthClientConfig(**values)  # type: ignore[arg-type]


async def test_sign_in_gives_a_token_without_refresh(sandbox: Sandbox, browser: Opener) -> None:
    async with httpx.AsyncClient() as http:
        tokens = await sign_in(config(sandbox), http, browser, wait_seconds=10)
        assert tokens.refresh_token is None
        assert tokens.expires_at is not None
        me = await http.get(
            f"{sandbox.origin('genesys', 'api')}/api/v2/users/me",
            headers={"Authorization": f"Bearer {tokens.access_token}"},
        )
    assert me.status_code == 200
    assert me.json()["name"] == "Dana Demo"
    events = [e["what"] for e in (await sandbox.state())["events"]]
    assert "agent signed in" in events


async def authorize(sandbox: Sandbox, **params: str) -> httpx.Response:
    """A browser's GET of the authorize page, without following the redirect."""
    async with httpx.AsyncClient() as http:
        return await http.get(
            f"{sandbox.origin('genesys', 'login')}/oauth/authorize",
            params={"response_type": "code", "client_id": "omnisync-desktop-demo", **params},
        )


async def _code_for(sandbox: Sandbox, pkce: Pkce, redirect: str) -> str:
    answer = await authorize(
        sandbox,
        redirect_uri=redirect,
        code_challenge=pkce.challenge,
        code_challenge_method="S256",
        state="st",
    )
    assert answer.status_code == 302
    query = parse_qs(urlsplit(answer.headers["location"]).query)
    assert query["state"] == ["st"]
    return query["code"][0]


REDIRECT = "http://127.0.0.1:53682/callback"


async def test_replayed_code_is_refused_and_revokes_its_token(sandbox: Sandbox) -> None:
    pkce = Pkce.create()
    code = await _code_for(sandbox, pkce, REDIRECT)
    cfg = config(sandbox)
    async with httpx.AsyncClient() as http:
        tokens = await exchange_code(cfg, http, code, pkce.verifier, REDIRECT)
        with pytest.raises(TokenRequestFailed) as caught:
            await exchange_code(cfg, http, code, pkce.verifier, REDIRECT)
        assert caught.value.error == "invalid_grant"
        assert caught.value.status == 400
        me = await http.get(
            f"{sandbox.origin('genesys', 'api')}/api/v2/users/me",
            headers={"Authorization": f"Bearer {tokens.access_token}"},
        )
    assert me.status_code == 401


async def test_wrong_verifier_is_refused(sandbox: Sandbox) -> None:
    code = await _code_for(sandbox, Pkce.create(), REDIRECT)
    async with httpx.AsyncClient() as http:
        with pytest.raises(TokenRequestFailed, match="PKCE") as caught:
            await exchange_code(config(sandbox), http, code, Pkce.create().verifier, REDIRECT)
    assert caught.value.error == "invalid_grant"


async def test_redirect_uri_must_match_the_code(sandbox: Sandbox) -> None:
    pkce = Pkce.create()
    code = await _code_for(sandbox, pkce, REDIRECT)
    async with httpx.AsyncClient() as http:
        with pytest.raises(TokenRequestFailed) as caught:
            await exchange_code(
                config(sandbox), http, code, pkce.verifier, "http://localhost:53682/callback"
            )
    assert caught.value.error == "invalid_grant"


async def test_expired_code_is_refused(sandbox: Sandbox) -> None:
    pkce = Pkce.create()
    code = await _code_for(sandbox, pkce, REDIRECT)
    sandbox.context.clock.advance(61)
    async with httpx.AsyncClient() as http:
        with pytest.raises(TokenRequestFailed, match="expired"):
            await exchange_code(config(sandbox), http, code, pkce.verifier, REDIRECT)


async def test_unknown_client_and_unregistered_redirect_do_not_redirect(
    sandbox: Sandbox,
) -> None:
    url = f"{sandbox.origin('genesys', 'login')}/oauth/authorize"
    common = {
        "response_type": "code",
        "code_challenge": Pkce.create().challenge,
        "code_challenge_method": "S256",
        "state": "s",
    }
    async with httpx.AsyncClient() as http:
        bad_client = await http.get(
            url, params={**common, "client_id": "evil", "redirect_uri": REDIRECT}
        )
        bad_redirect = await http.get(
            url,
            params={
                **common,
                "client_id": "omnisync-desktop-demo",
                "redirect_uri": "http://evil.example/callback",
            },
        )
        wrong_path = await http.get(
            url,
            params={
                **common,
                "client_id": "omnisync-desktop-demo",
                "redirect_uri": "http://127.0.0.1:9/other",
            },
        )
    assert bad_client.status_code == 400
    assert bad_redirect.status_code == 400
    assert wrong_path.status_code == 400
    assert "evil.example" in bad_redirect.text


async def test_missing_pkce_is_an_error_redirect(sandbox: Sandbox) -> None:
    answer = await authorize(sandbox, redirect_uri=REDIRECT, state="s")
    query = parse_qs(urlsplit(answer.headers["location"]).query)
    assert query["error"] == ["invalid_request"]
    assert query["state"] == ["s"]


async def test_denied_sign_in_reaches_the_app_as_an_error(
    sandbox: Sandbox, browser: Opener
) -> None:
    await sandbox.fault("genesys", "deny_sign_in")
    async with httpx.AsyncClient() as http:
        with pytest.raises(AuthorizationDenied) as caught:
            await sign_in(config(sandbox), http, browser, wait_seconds=10)
    assert caught.value.error == "access_denied"


async def test_token_endpoint_errors_follow_rfc6749(sandbox: Sandbox) -> None:
    url = f"{sandbox.origin('genesys', 'login')}/oauth/token"
    async with httpx.AsyncClient() as http:
        refresh = await http.post(url, data={"grant_type": "refresh_token", "refresh_token": "x"})
        missing = await http.post(url, data={"grant_type": "authorization_code"})
        client = await http.post(
            url,
            data={
                "grant_type": "authorization_code",
                "code": "c",
                "code_verifier": "v" * 43,
                "client_id": "nobody",
                "redirect_uri": REDIRECT,
            },
        )
        as_json = await http.post(url, json={"grant_type": "authorization_code"})
    assert refresh.json()["error"] == "unsupported_grant_type"
    assert missing.json()["error"] == "invalid_request"
    assert client.status_code == 401
    assert client.json()["error"] == "invalid_client"
    assert as_json.json()["error"] == "invalid_request"
    assert refresh.headers["cache-control"] == "no-store"


async def test_opener_failure_is_reported_at_once(sandbox: Sandbox) -> None:
    async def broken(url: str) -> None:
        raise OSError("no browser")

    async with httpx.AsyncClient() as http:
        with pytest.raises(AuthError, match="no browser"):
            await sign_in(config(sandbox), http, broken, wait_seconds=10)
