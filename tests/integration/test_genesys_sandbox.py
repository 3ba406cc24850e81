"""The sandbox's Genesys part on the wire: shapes, parameters, routing and the control API."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import connect

from omnisync.auth.flow import OAuthClientConfig, sign_in
from omnisync.sandbox.genesys_org import AGENT_ID
from omnisync.sandbox.harness import Sandbox

Opener = Callable[[str], Awaitable[None]]


@pytest.fixture
async def api(sandbox: Sandbox, browser: Opener) -> AsyncIterator[httpx.AsyncClient]:
    login = sandbox.origin("genesys", "login")
    config = OAuthClientConfig(
        "Genesys Cloud", f"{login}/oauth/authorize", f"{login}/oauth/token", "omnisync-desktop-demo"
    )
    async with httpx.AsyncClient() as http:
        tokens = await sign_in(config, http, browser, wait_seconds=5)
    async with httpx.AsyncClient(
        base_url=sandbox.origin("genesys", "api"),
        headers={"Authorization": f"Bearer {tokens.access_token}"},
    ) as client:
        yield client


async def test_expand_repeated_or_comma_separated(api: httpx.AsyncClient) -> None:
    plain = (await api.get("/api/v2/users/me")).json()
    assert "presence" not in plain
    comma = (
        await api.get("/api/v2/users/me?expand=presence,routingStatus,conversationSummary")
    ).json()
    repeated = (
        await api.get(
            "/api/v2/users/me",
            params=[("expand", "presence"), ("expand", "routingStatus"),
                    ("expand", "conversationSummary")],
        )
    ).json()  # fmt: skip
    assert comma.keys() == repeated.keys()
    assert {"presence", "routingStatus", "conversationSummary"} <= comma.keys()
    assert comma["presence"]["presenceDefinition"]["systemPresence"] == "Available"
    assert comma["routingStatus"]["status"] == "OFF_QUEUE"
    assert comma["conversationSummary"]["call"] == {
        "contactCenter": {"active": 0, "acw": 0},
        "enterprise": {"active": 0, "acw": 0},
    }


async def test_presence_definitions_listing_is_not_paged(api: httpx.AsyncClient) -> None:
    listing = (await api.get("/api/v2/presence/definitions", params={"pageSize": 4})).json()
    assert listing.keys() == {"total", "entities", "selfUri"}  # as the SDK's model has it
    assert listing["total"] == len(listing["entities"]) == 11
    assert listing["selfUri"].startswith("/api/v2/presence/definitions")
    names = [e["name"] for e in listing["entities"]]
    assert len(set(names)) == 11
    assert "Coaching" not in names
    on_queue = next(e for e in listing["entities"] if e["name"] == "On Queue")
    assert on_queue["systemPresence"] == "OnQueue"
    assert on_queue["languageLabels"] == {"en_US": "On Queue"}
    assert on_queue["type"] == "System"
    off = (await api.get("/api/v2/presence/definitions?deactivated=TRUE")).json()
    assert [(e["name"], e["deactivated"], e["type"]) for e in off["entities"]] == [
        ("Coaching", True, "User")
    ]
    bad = await api.get("/api/v2/presence/definitions?deactivated=maybe")
    assert bad.status_code == 400
    assert bad.json()["status"] == 400


async def test_legacy_listing_pages_with_api_relative_links(api: httpx.AsyncClient) -> None:
    first = (await api.get("/api/v2/presencedefinitions", params={"pageSize": 4})).json()
    assert first["total"] == 11
    assert first["pageCount"] == 3
    assert len(first["entities"]) == 4
    assert "previousUri" not in first
    for link in ("selfUri", "firstUri", "lastUri", "nextUri"):
        assert first[link].startswith("/api/v2/presencedefinitions?"), link  # API-relative
    entities: list[dict[str, Any]] = list(first["entities"])
    url: str | None = first["nextUri"]
    while url:
        page = (await api.get(url)).json()
        entities += page["entities"]
        url = page.get("nextUri")
    assert page["previousUri"].endswith("pageNumber=2")
    assert len({e["name"] for e in entities}) == 11
    everything = (await api.get("/api/v2/presencedefinitions?deleted=ALL")).json()
    assert everything["total"] == 12
    assert (await api.get("/api/v2/presencedefinitions?deleted=maybe")).status_code == 400


async def test_patch_presence_errors_use_the_genesys_shape(
    api: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    url = f"/api/v2/users/{AGENT_ID}/presences/purecloud"
    unknown = await api.patch(url, json={"presenceDefinition": {"id": "nope"}})
    assert unknown.status_code == 400
    assert {"message", "code", "status", "contextId"} <= unknown.json().keys()
    shape = await api.patch(url, json={"presence": "On Queue"})
    assert shape.status_code == 400
    deactivated = next(
        e["id"]
        for e in (await api.get("/api/v2/presence/definitions?deactivated=TRUE")).json()["entities"]
    )
    assert (
        await api.patch(url, json={"presenceDefinition": {"id": deactivated}})
    ).status_code == 400
    other = await api.patch(
        "/api/v2/users/someone-else/presences/purecloud",
        json={"presenceDefinition": {"id": deactivated}},
    )
    assert other.status_code == 404
    async with httpx.AsyncClient(base_url=sandbox.origin("genesys", "api")) as nobody:
        anonymous = await nobody.get("/api/v2/users/me")
    assert anonymous.status_code == 401
    assert anonymous.json()["code"] == "bad.credentials"


async def routing(api: httpx.AsyncClient) -> str:
    return (await api.get(f"/api/v2/users/{AGENT_ID}/routingstatus")).json()["status"]  # type: ignore[no-any-return]


async def test_routing_behaviour(api: httpx.AsyncClient, sandbox: Sandbox) -> None:
    control = sandbox.control
    refused = await control.post(
        "/control/genesys/interaction", json={"action": "offer", "media": "call"}
    )
    assert refused.status_code == 409
    assert "not On Queue" in refused.json()["error"]
    await sandbox.post("/control/genesys/presence", {"presence": "On Queue"})
    assert await routing(api) == "IDLE"
    await sandbox.post("/control/genesys/interaction", {"action": "offer", "media": "email"})
    assert await routing(api) == "IDLE"
    conversations = (await api.get("/api/v2/conversations")).json()["entities"]
    agent = next(p for p in conversations[0]["participants"] if p["purpose"] == "agent")
    assert agent["emails"][0]["state"] == "alerting"
    await sandbox.post("/control/genesys/interaction", {"action": "answer", "media": "email"})
    assert await routing(api) == "INTERACTING"
    await sandbox.post("/control/genesys/interaction", {"action": "end", "media": "email"})
    assert await routing(api) == "INTERACTING"
    summary = (await api.get("/api/v2/users/me?expand=conversationSummary")).json()
    assert summary["conversationSummary"]["email"]["contactCenter"] == {"active": 0, "acw": 1}
    await sandbox.post(
        "/control/genesys/interaction", {"action": "finish-wrapup", "media": "email"}
    )
    assert await routing(api) == "IDLE"
    # unanswered: NOT_RESPONDING after the offer timeout (1 s in the test settings)
    await sandbox.post("/control/genesys/interaction", {"action": "offer", "media": "call"})
    await asyncio.sleep(1.3)
    assert await routing(api) == "NOT_RESPONDING"
    await sandbox.post("/control/genesys/presence", {"presence": "Available"})
    assert await routing(api) == "OFF_QUEUE"
    state = await sandbox.state()
    whats = [(e["what"], e["by"]) for e in state["events"]]
    assert ("email answered", "agent") in whats
    assert ("call not answered in time", "system") in whats
    assert ("routing status NOT_RESPONDING", "system") in whats


async def test_control_api_refuses_bad_input(sandbox: Sandbox) -> None:
    post = sandbox.control.post
    assert (await post("/control/genesys/presence", json={"presence": "Nap"})).status_code == 400
    assert (
        await post("/control/genesys/presence", json={"presence": "Coaching"})
    ).status_code == 409
    assert (await post("/control/genesys/presence", content=b"[")).status_code == 400
    bad_action = await post("/control/genesys/interaction", json={"action": "dance"})
    assert bad_action.status_code == 400
    bad_media = await post("/control/genesys/interaction", json={"action": "offer", "media": "fax"})
    assert bad_media.status_code == 400
    nothing = await post("/control/genesys/interaction", json={"action": "answer"})
    assert nothing.status_code == 409
    unknown = await post("/control/faults", json={"product": "genesys", "kind": "meteor"})
    assert unknown.status_code == 400
    assert "drop_websocket" in unknown.json()["error"]
    count = await post(
        "/control/faults", json={"product": "genesys", "kind": "rate_limit", "count": 0}
    )
    assert count.status_code == 400


async def test_endpoints_and_reset(api: httpx.AsyncClient, sandbox: Sandbox) -> None:
    endpoints = (await sandbox.control.get("/control/endpoints")).json()["genesys"]
    assert endpoints["api"] == sandbox.origin("genesys", "api")
    assert endpoints["login"] == sandbox.origin("genesys", "login")
    assert endpoints["streaming"] == sandbox.origin("genesys", "streaming")
    assert endpoints["tokenUrl"] == f"{endpoints['login']}/oauth/token"
    assert len({endpoints["api"], endpoints["login"], sandbox.base_url}) == 3
    assert endpoints["clientId"] == "omnisync-desktop-demo"
    assert "http://127.0.0.1:53682/callback" in endpoints["redirectUris"]
    await sandbox.post("/control/genesys/presence", {"presence": "On Queue"})
    await sandbox.post("/control/reset", {})
    state = (await sandbox.state())["genesys"]
    assert state["presence"]["label"] == "Available"
    assert state["routingStatus"] == "OFF_QUEUE"
    assert (await api.get("/api/v2/users/me")).status_code == 401  # sessions are gone too


async def _channel(api: httpx.AsyncClient, topics: list[str]) -> tuple[dict[str, Any], Any]:
    channel = (await api.post("/api/v2/notifications/channels")).json()
    answer = await api.put(
        f"/api/v2/notifications/channels/{channel['id']}/subscriptions",
        json=[{"id": t} for t in topics],
    )
    return channel, answer.json()


async def receive_until(ws: Any, check: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    while True:
        message: dict[str, Any] = json.loads(await asyncio.wait_for(ws.recv(), 2))
        if check(message):
            return message


async def test_channel_subscriptions_socket_heartbeat_and_ping(
    api: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    mine = f"v2.users.{AGENT_ID}.presence"
    channel, listing = await _channel(api, [mine, "v2.users.someone.presence", "v2.nonsense"])
    streaming = sandbox.origin("genesys", "streaming").replace("http", "ws", 1)
    assert channel["connectUri"] == f"{streaming}/channels/{channel['id']}"
    assert channel["expires"].endswith("Z")
    states = {e["id"]: e["state"] for e in listing["entities"]}
    assert states == {
        mine: "Permitted",
        "v2.users.someone.presence": "Rejected",
        "v2.nonsense": "Rejected",
    }
    assert (await api.head(f"/api/v2/notifications/channels/{channel['id']}")).status_code == 200
    assert (await api.head("/api/v2/notifications/channels/nope")).status_code == 404
    async with connect(channel["connectUri"]) as ws:
        heartbeat = json.loads(await asyncio.wait_for(ws.recv(), 2))
        assert heartbeat == {
            "topicName": "channel.metadata",
            "eventBody": {"message": "WebSocket Heartbeat"},
        }
        await ws.send(json.dumps({"message": "ping"}))
        pong = await receive_until(ws, lambda m: m.get("eventBody", {}).get("message") == "pong")
        assert pong["topicName"] == "channel.metadata"
        routing_topic = f"v2.users.{AGENT_ID}.routingStatus"
        await ws.send(
            json.dumps({"message": "subscribe", "topics": [routing_topic], "correlationId": "c"})
        )
        reply = await receive_until(ws, lambda m: "result" in m)
        assert reply == {"result": "200", "status": "subscribed", "correlationId": "c"}
        await sandbox.post("/control/genesys/presence", {"presence": "On Queue"})
        seen: dict[str, Any] = {}
        while len(seen) < 2:
            message = json.loads(await asyncio.wait_for(ws.recv(), 2))
            if message["topicName"] != "channel.metadata":
                seen[message["topicName"]] = message
        presence = seen[mine]
        assert presence["version"] == "2"
        assert "CorrelationId" in presence["metadata"]
        assert presence["eventBody"]["presenceDefinition"]["systemPresence"] == "On Queue"
        assert seen[routing_topic]["eventBody"]["routingStatus"]["status"] == "IDLE"


async def test_unknown_channel_socket_answers_404(sandbox: Sandbox) -> None:
    uri = sandbox.origin("genesys", "streaming").replace("http", "ws") + "/channels/nope"
    async with connect(uri) as ws:
        assert json.loads(await ws.recv())["result"] == "404"


async def test_twenty_channels_per_token_then_the_oldest_goes(api: httpx.AsyncClient) -> None:
    ids = [(await api.post("/api/v2/notifications/channels")).json()["id"] for _ in range(21)]
    assert (await api.head(f"/api/v2/notifications/channels/{ids[0]}")).status_code == 404
    assert (await api.head(f"/api/v2/notifications/channels/{ids[20]}")).status_code == 200
    listed = (await api.get("/api/v2/notifications/channels")).json()["entities"]
    assert len(listed) == 20


async def test_path_parameters_match_without_regard_to_case(
    api: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    on_queue = next(
        e["id"]
        for e in (await api.get("/api/v2/presence/definitions")).json()["entities"]
        if e["name"] == "On Queue"
    )
    upper = await api.patch(
        f"/api/v2/users/{AGENT_ID.upper()}/presences/PURECLOUD",
        json={"presenceDefinition": {"id": on_queue}},
    )
    assert upper.status_code == 200, upper.text
    assert upper.json()["presenceDefinition"]["id"] == on_queue
    assert upper.json()["selfUri"] == f"/api/v2/users/{AGENT_ID}/presences/PURECLOUD"
    assert (await sandbox.state())["genesys"]["presence"]["label"] == "On Queue"
    assert (await api.get(f"/api/v2/users/{AGENT_ID}/presences/PureCloud")).status_code == 200
    other_source = await api.get(f"/api/v2/users/{AGENT_ID}/presences/microsoftteams")
    assert other_source.status_code == 404
    assert other_source.json()["code"] == "not.found"


async def test_every_error_answers_the_genesys_shape(
    api: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    shape = {"message", "code", "status", "contextId", "details", "errors"}
    unrouted = await api.get("/api/v2/no/such/resource")
    wrong_method = await api.put("/api/v2/users/me")
    prefixed = await api.get("/genesys/api/v2/users/me")  # the old path-prefixed URLs are gone
    gone = await api.delete("/api/v2/notifications/channels/nope")
    async with httpx.AsyncClient() as http:
        streaming = await http.get(f"{sandbox.origin('genesys', 'streaming')}/nowhere")
        login = await http.get(f"{sandbox.origin('genesys', 'login')}/api/v2/users/me")
    for answer, status in [
        (unrouted, 404),
        (wrong_method, 405),
        (prefixed, 404),
        (gone, 404),
        (streaming, 404),
        (login, 404),
    ]:
        assert answer.status_code == status, answer.request.url
        assert answer.headers["content-type"].startswith("application/json")
        assert shape <= answer.json().keys()
        assert answer.json()["status"] == status
    assert unrouted.json()["code"] == "not.found"


async def test_the_idle_token_timeout_revokes_an_unused_token(
    api: httpx.AsyncClient, sandbox: Sandbox
) -> None:
    """Per token, reset by API calls (not by a check that asks to preserve the timer), revoked
    for good after the org's timeout; the setting is readable, and bounded as Genesys's is."""
    clock = sandbox.context.clock
    unset = (await api.get("/api/v2/tokens/timeout")).json()
    assert unset["enableIdleTokenTimeout"] is False
    bad_settings: list[dict[str, Any]] = [
        {"seconds": 299},
        {"seconds": 28801},
        {"seconds": 901, "hipaa": True},
        {"seconds": "900"},
        {"seconds": 900.5},
        {"seconds": 900, "readable": 1},
    ]
    for bad in bad_settings:
        answer = await sandbox.control.post("/control/genesys/idle-timeout", json=bad)
        assert answer.status_code == 400, bad
    await sandbox.post("/control/genesys/idle-timeout", {"seconds": 900, "hipaa": True})
    assert (await api.get("/api/v2/tokens/timeout")).json() == {
        "idleTokenTimeoutSeconds": 900,
        "enableIdleTokenTimeout": True,
    }
    clock.advance(899)
    assert (await api.head("/api/v2/tokens/me")).status_code == 200  # resets the timer
    clock.advance(899)
    info = await api.get("/api/v2/tokens/me", params={"preserveIdleTTL": "true"})
    assert info.status_code == 200 and info.json()["organization"]["name"]
    clock.advance(1)  # 900 s after the last call that counted
    gone = await api.get("/api/v2/users/me")
    assert gone.status_code == 401 and gone.json()["code"] == "bad.credentials"
    clock.advance(0)
    assert (await api.get("/api/v2/users/me")).status_code == 401  # revoked for good
    state = (await sandbox.state())["genesys"]
    assert state["idleTokenTimeout"] == {"seconds": 900, "readable": True, "revoked": 1}
    async with httpx.AsyncClient() as http:
        refresh = await http.post(
            f"{sandbox.origin('genesys', 'login')}/oauth/token",
            data={
                "grant_type": "refresh_token",
                "refresh_token": "x",
                "client_id": "omnisync-desktop-demo",
            },
        )
    assert refresh.status_code == 400 and refresh.json()["error"] == "unsupported_grant_type"
    await sandbox.post("/control/genesys/idle-timeout", {"seconds": 900, "readable": False})
    assert (await sandbox.state())["genesys"]["idleTokenTimeout"]["readable"] is False
