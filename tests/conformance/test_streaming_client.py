"""aiosfstream-ng, a widely used third-party Salesforce Streaming API client, on the sandbox.

The client is used as published: it is given the ``instance_url`` of a real token answer (the
sandbox instance's own origin) and builds the CometD URL itself, does its own handshake,
subscribe with the replay extension, long polling and re-handshake. The one thing supplied
here is where to get a token: aiosfstream-ng's authenticators post to login.salesforce.com or
test.salesforce.com, so a subclass of its ``AuthenticatorBase`` (the extension point it
documents for other flows) runs the refresh-token grant against the sandbox's login host, as a
My Domain login would. When the client and the sandbox disagree, the sandbox is wrong.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import httpx
import pytest
from aiosfstream_ng import Client, ReplayMarker
from aiosfstream_ng.auth import AuthenticatorBase

from omnisync.sandbox.harness import Sandbox, running_sandbox
from support.oauth_by_hand import sign_in_by_hand

pytestmark = pytest.mark.integration

EVENT_WAIT = 10.0
"""Seconds an expected event may take before the test fails instead of hanging."""


class SandboxLoginAuthenticator(AuthenticatorBase):
    """The refresh-token grant of aiosfstream-ng's own RefreshTokenAuthenticator, posted to the
    sandbox's login host instead of login.salesforce.com (a public PKCE client: no secret)."""

    def __init__(self, token_url: str, client_id: str, refresh_token: str) -> None:
        super().__init__()
        self.token_url = token_url
        self.client_id = client_id
        self.refresh_token = refresh_token
        self.authentications = 0

    async def _authenticate(self) -> tuple[int, dict[str, Any]]:
        self.authentications += 1
        async with aiohttp.ClientSession() as session:
            form = {
                "grant_type": "refresh_token",
                "client_id": self.client_id,
                "refresh_token": self.refresh_token,
            }
            async with session.post(self.token_url, data=form) as response:
                return response.status, await response.json()


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    async with running_sandbox() as running:  # Salesforce's own timings: 110 s long polls
        yield running


@pytest.fixture
async def login(sandbox: Sandbox) -> dict[str, Any]:
    """A refresh token from the real authorization-code + PKCE flow of the login host."""
    endpoints = (await sandbox.control.get("/control/endpoints")).json()["salesforce"]
    async with httpx.AsyncClient() as http:
        return {**await sign_in_by_hand(http, endpoints), "endpoints": endpoints}


def authenticator(login: dict[str, Any]) -> SandboxLoginAuthenticator:
    endpoints = login["endpoints"]
    return SandboxLoginAuthenticator(
        f"{endpoints['login']}/services/oauth2/token", endpoints["clientId"], login["refresh_token"]
    )


def presence_channel(login: dict[str, Any]) -> str:
    return f"/topic/OmniSyncPresence?UserId={login['endpoints']['agent']['userId']}"


@asynccontextmanager
async def streaming(auth: AuthenticatorBase, replay: Any, channel: str) -> AsyncIterator[Client]:
    """The client opened (handshake and first connect) and subscribed to ``channel``."""
    client = Client(auth, replay=replay)
    await asyncio.wait_for(client.open(), EVENT_WAIT)
    try:
        await asyncio.wait_for(client.subscribe(channel), EVENT_WAIT)
        yield client
    finally:
        await asyncio.wait_for(client.close(), EVENT_WAIT)


async def next_status(client: Client, channel: str) -> dict[str, Any]:
    """The next presence event that starts a status period (the row that becomes current)."""
    while True:
        message = await asyncio.wait_for(client.receive(), EVENT_WAIT)
        assert message["channel"] == channel
        sobject: dict[str, Any] = message["data"]["sobject"]
        if sobject["IsCurrentState"]:
            return message


async def status_ids(sandbox: Sandbox) -> dict[str, str]:
    state = await sandbox.state()
    return {s["label"]: s["id"] for s in state["salesforce"]["statuses"]}


async def test_handshake_filtered_subscription_and_events(
    sandbox: Sandbox, login: dict[str, Any]
) -> None:
    ids = await status_ids(sandbox)
    channel = presence_channel(login)
    auth = authenticator(login)
    async with streaming(auth, {}, channel) as client:
        assert client.url == f"{login['instance_url']}/cometd/45.0"  # its own default version
        await sandbox.post("/control/salesforce/status", {"status": "Available"})
        event = await next_status(client, channel)
        row = event["data"]["sobject"]
        assert row["ServicePresenceStatusId"] == ids["Available"]
        assert row["UserId"] == login["endpoints"]["agent"]["userId"]
        assert row["IsAway"] is False and row["ConfiguredCapacity"] == 2  # the script's fields
        assert event["data"]["event"]["type"] == "created"
        await sandbox.post("/control/salesforce/status", {"status": "Break"})
        assert (await next_status(client, channel))["data"]["sobject"]["IsAway"] is True


async def test_replay_from_the_clients_own_store_after_a_restart(
    sandbox: Sandbox, login: dict[str, Any]
) -> None:
    ids = await status_ids(sandbox)
    channel = presence_channel(login)
    markers: dict[str, ReplayMarker] = {}
    async with streaming(authenticator(login), markers, channel) as client:
        await sandbox.post("/control/salesforce/status", {"status": "Busy"})
        seen = (await next_status(client, channel))["data"]["event"]["replayId"]
    assert markers[channel].replay_id == seen
    for label in ("Break", "Transition"):  # while no client is connected
        await sandbox.post("/control/salesforce/status", {"status": label})
    async with streaming(authenticator(login), markers, channel) as client:
        replayed = [await next_status(client, channel) for _ in range(2)]
    rows = [m["data"]["sobject"]["ServicePresenceStatusId"] for m in replayed]
    assert rows == [ids["Break"], ids["Transition"]]
    assert all(m["data"]["event"]["replayId"] > seen for m in replayed)


async def test_reconnect_after_unknown_client_resumes_without_loss(
    sandbox: Sandbox, login: dict[str, Any]
) -> None:
    ids = await status_ids(sandbox)
    channel = presence_channel(login)
    async with streaming(authenticator(login), {}, channel) as client:
        await sandbox.post("/control/salesforce/status", {"status": "Busy"})
        await next_status(client, channel)
        handshakes = (await sandbox.state())["apiCalls"]["salesforce"]["cometdHandshakes"]
        await sandbox.fault("salesforce", "drop_cometd")  # next request: 403::Unknown client
        await sandbox.post("/control/salesforce/status", {"status": "Break"})
        event = await next_status(client, channel)
        assert event["data"]["sobject"]["ServicePresenceStatusId"] == ids["Break"]
        calls = (await sandbox.state())["apiCalls"]["salesforce"]
        assert calls["cometdHandshakes"] == handshakes + 1  # it handshook again by itself


async def test_an_expired_session_is_reauthenticated_by_the_client(
    sandbox: Sandbox, login: dict[str, Any]
) -> None:
    ids = await status_ids(sandbox)
    channel = presence_channel(login)
    auth = authenticator(login)
    async with streaming(auth, {}, channel) as client:
        await sandbox.fault("salesforce", "expire_session")
        await sandbox.post("/control/salesforce/status", {"status": "Busy"})
        await next_status(client, channel)  # the connect held from before the expiry
        await sandbox.post("/control/salesforce/status", {"status": "Break"})
        event = await next_status(client, channel)  # after 401::Authentication invalid
        assert event["data"]["sobject"]["ServicePresenceStatusId"] == ids["Break"]
    assert auth.authentications == 2  # the 401 sent it back to the login host, once
