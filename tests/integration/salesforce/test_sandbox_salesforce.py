"""The sandbox's Salesforce part spoken to by hand over real sockets (no client of ours)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from omnisync.link_protocol import parse_report
from omnisync.sandbox.app import create_app
from omnisync.sandbox.part import SandboxContext
from omnisync.sandbox.parts import build_default_parts
from omnisync.sandbox.server import SandboxServer

pytestmark = pytest.mark.integration

V = "v62.0"


def _auth(tokens: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {tokens['access_token']}"}


async def _query(http: httpx.AsyncClient, tokens: dict[str, Any], soql: str) -> httpx.Response:
    return await http.get(
        f"{tokens['instance_url']}/services/data/{V}/query",
        params={"q": soql},
        headers=_auth(tokens),
    )


async def test_token_answer_has_salesforce_shape(sandbox: Any, raw_sign_in: Any) -> None:
    async with httpx.AsyncClient() as http:
        tokens = await raw_sign_in(http, sandbox.base_url)
        assert "expires_in" not in tokens
        instance = sandbox.origin("salesforce", "instance")
        assert tokens["instance_url"] == instance  # an origin of its own, as a real org's
        assert instance not in (sandbox.base_url, sandbox.origin("salesforce", "login"))
        assert tokens["id"].rsplit("/", 1)[-1] == "005SB0000000001YAA"
        assert tokens["refresh_token"]
        identity = await http.get(tokens["id"], headers=_auth(tokens))
        assert identity.json()["username"] == "agent@omnisync.sandbox"


async def test_code_is_single_use_and_verifier_checked(sandbox: Any, raw_sign_in: Any) -> None:
    async with httpx.AsyncClient() as http:
        endpoints = (await http.get(f"{sandbox.base_url}/control/endpoints")).json()["salesforce"]
        login = endpoints["login"]
        params = {
            "response_type": "code",
            "client_id": endpoints["clientId"],
            "redirect_uri": "http://127.0.0.1:9/callback",
            "code_challenge": "x" * 43,
            "state": "s",
        }
        answer = await http.get(f"{login}/services/oauth2/authorize", params=params)
        code = answer.headers["location"].split("code=")[1].split("&")[0]
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "code_verifier": "y" * 43,
            "client_id": endpoints["clientId"],
            "redirect_uri": "http://127.0.0.1:9/callback",
        }
        wrong = await http.post(f"{login}/services/oauth2/token", data=form)
        assert wrong.status_code == 400
        assert wrong.json()["error"] == "invalid_grant"
        again = await http.post(f"{login}/services/oauth2/token", data=form)
        assert again.json()["error"] == "invalid_grant"
        bad_redirect = await http.get(
            f"{login}/services/oauth2/authorize",
            params={**params, "redirect_uri": "https://evil.example/callback"},
        )
        assert bad_redirect.status_code == 400
        no_pkce = await http.get(
            f"{login}/services/oauth2/authorize",
            params={k: v for k, v in params.items() if k != "code_challenge"},
        )
        assert "error=invalid_request" in no_pkce.headers["location"]


def _refresh_request(tokens: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """The token URL and the refresh-grant form for a signed-in ``tokens``."""
    form = {
        "grant_type": "refresh_token",
        "refresh_token": tokens["refresh_token"],
        "client_id": tokens["_endpoints"]["clientId"],
    }
    return f"{tokens['_endpoints']['login']}/services/oauth2/token", form


async def test_refresh_keeps_its_token_unless_rotation_is_on(
    sandbox: Any, raw_sign_in: Any, reconfigure: Any
) -> None:
    async with httpx.AsyncClient() as http:
        tokens = await raw_sign_in(http, sandbox.base_url)
        token_url, form = _refresh_request(tokens)
        for _ in range(2):  # no rotation (the default): no new token, the old one still works
            fresh = await http.post(token_url, data=form)
            assert fresh.status_code == 200 and "refresh_token" not in fresh.json()
        reconfigure(refresh_token_rotation=True)
        tokens = await raw_sign_in(http, sandbox.base_url)
        form["refresh_token"] = tokens["refresh_token"]
        rotated = (await http.post(token_url, data=form)).json()
        assert rotated["refresh_token"] != tokens["refresh_token"]
        reused = await http.post(token_url, data=form)
        assert reused.json()["error"] == "invalid_grant"


async def test_revoke_ends_the_chain(sandbox: Any, raw_sign_in: Any) -> None:
    async with httpx.AsyncClient() as http:
        tokens = await raw_sign_in(http, sandbox.base_url)
        token_url, form = _refresh_request(tokens)
        fresh = (await http.post(token_url, data=form)).json()
        revoke_url = f"{tokens['_endpoints']['login']}/services/oauth2/revoke"
        assert (await http.post(revoke_url, data={"token": tokens["refresh_token"]})).is_success
        assert (await http.post(token_url, data=form)).json()["error"] == "invalid_grant"
        answer = await _query(http, fresh, "SELECT Id FROM ServicePresenceStatus")
        assert answer.status_code == 401
        assert answer.json()[0]["errorCode"] == "INVALID_SESSION_ID"
        again = await http.post(revoke_url, data={"token": tokens["refresh_token"]})
        assert again.status_code == 400
        assert again.json()["error"] == "invalid_token"


async def test_soql_evaluator_over_real_rest(sandbox: Any, raw_sign_in: Any) -> None:
    async with httpx.AsyncClient() as http:
        tokens = await raw_sign_in(http, sandbox.base_url)
        answer = await _query(
            http,
            tokens,
            "select id, MasterLabel from ServicePresenceStatus "
            "where (MasterLabel = 'busy' or DeveloperName IN ('Break', 'Nope')) "
            "AND MasterLabel != 'Transition' order by MasterLabel desc limit 5",
        )
        assert answer.status_code == 200
        assert answer.headers["Sforce-Limit-Info"].startswith("api-usage=")
        body = answer.json()
        assert [r["MasterLabel"] for r in body["records"]] == ["Busy", "Break"]
        assert body["records"][0]["attributes"]["type"] == "ServicePresenceStatus"
        joined = await _query(
            http,
            tokens,
            "SELECT ServicePresenceStatus.MasterLabel, ServiceChannel.MasterLabel "
            "FROM ServiceChannelStatus ORDER BY ServicePresenceStatus.MasterLabel",
        )
        pairs = [
            (r["ServicePresenceStatus"]["MasterLabel"], r["ServiceChannel"]["MasterLabel"])
            for r in joined.json()["records"]
        ]
        assert sorted(pairs) == [
            ("Available", "Case"),
            ("Available", "Chat"),
            ("Available - Chat", "Chat"),
        ]
        for soql, code in [
            ("SELECT Id FROM Nope__c", "INVALID_TYPE"),
            ("SELECT Nope FROM AgentWork", "INVALID_FIELD"),
            ("SELECT Id FROM AgentWork WHERE", "MALFORMED_QUERY"),
            ("SELECT COUNT() FROM AgentWork", "MALFORMED_QUERY"),
            ("SELECT Id FROM AgentWork GROUP BY Id", "MALFORMED_QUERY"),
            ("SELECT Id FROM AgentWork WHERE Id IN (SELECT Id FROM User)", "MALFORMED_QUERY"),
        ]:
            bad = await _query(http, tokens, soql)
            assert bad.status_code == 400
            assert bad.json()[0]["errorCode"] == code, soql
        wrong_version = await http.get(
            f"{tokens['instance_url']}/services/data/v99.0/query",
            params={"q": "SELECT Id FROM User"},
            headers=_auth(tokens),
        )
        assert wrong_version.status_code == 404


async def test_link_upsert_and_sharing(sandbox: Any, raw_sign_in: Any) -> None:
    async with httpx.AsyncClient() as http:
        tokens = await raw_sign_in(http, sandbox.base_url)
        other = await raw_sign_in(http, sandbox.base_url, "other@omnisync.sandbox")
        url = f"{tokens['instance_url']}/services/data/{V}/sobjects/OmniSync_Link__c/Agent_Id__c/"
        me, them = "005SB0000000001YAA", "005SB0000000002YAA"
        text = '{"v":1,"seq":1,"op":"ping"}'
        updated = await http.patch(url + me, json={"To_Console__c": text}, headers=_auth(tokens))
        assert updated.status_code == 200
        assert updated.json()["created"] is False
        created = await http.patch(url + them, json={"To_Console__c": text}, headers=_auth(other))
        assert created.status_code == 201
        assert created.json()["created"] is True
        foreign = await http.patch(url + them, json={"To_Console__c": text}, headers=_auth(tokens))
        assert foreign.json()[0]["errorCode"] == "FIELD_CUSTOM_VALIDATION_EXCEPTION"
        long = await http.patch(url + me, json={"To_Console__c": "x" * 256}, headers=_auth(tokens))
        assert long.json()[0]["errorCode"] == "STRING_TOO_LONG"
        rows = await _query(http, tokens, "SELECT Agent_Id__c FROM OmniSync_Link__c")
        assert [r["Agent_Id__c"] for r in rows.json()["records"]] == [me]
        await asyncio.sleep(0.05)  # the console component answers the ping
        link = await _query(http, tokens, "SELECT To_Desktop__c FROM OmniSync_Link__c")
        report = parse_report(link.json()["records"][0]["To_Desktop__c"])
        assert report.ack == 1


async def _bayeux(
    http: httpx.AsyncClient, tokens: dict[str, Any], messages: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    answer = await http.post(
        f"{tokens['instance_url']}/cometd/62.0",
        content=json.dumps(messages),
        headers={**_auth(tokens), "Content-Type": "application/json"},
    )
    return answer.json()  # type: ignore[no-any-return]


async def test_cometd_filter_replay_and_unknown_client(sandbox: Any, raw_sign_in: Any) -> None:
    async with httpx.AsyncClient(timeout=5) as http:
        tokens = await raw_sign_in(http, sandbox.base_url)
        hand = (await _bayeux(http, tokens, [{"channel": "/meta/handshake", "version": "1.0"}]))[0]
        assert hand["successful"]
        assert hand["ext"]["replay"] is True
        client_id = hand["clientId"]
        sub = "/topic/OmniSyncPresence?UserId='005SB0000000001YAA'"
        subscribed = await _bayeux(
            http,
            tokens,
            [
                {
                    "channel": "/meta/subscribe",
                    "clientId": client_id,
                    "subscription": sub,
                    "ext": {"replay": {sub: -1}},
                }
            ],
        )
        assert subscribed[0]["successful"], subscribed
        await sandbox.post("/control/salesforce/status", {"status": "Busy"})
        got = await _bayeux(http, tokens, [{"channel": "/meta/connect", "clientId": client_id}])
        events = [m for m in got if m["channel"] == sub]
        assert events[-1]["data"]["sobject"]["IsCurrentState"] is True
        last_replay = events[-1]["data"]["event"]["replayId"]
        assert got[-1]["channel"] == "/meta/connect"
        assert got[-1]["advice"]["timeout"] == 500
        idle = await _bayeux(http, tokens, [{"channel": "/meta/connect", "clientId": client_id}])
        assert [m["channel"] for m in idle] == ["/meta/connect"]  # held, then empty
        await sandbox.fault("salesforce", "drop_cometd")
        await sandbox.post("/control/salesforce/status", {"status": "Break"})
        gone = await _bayeux(http, tokens, [{"channel": "/meta/connect", "clientId": client_id}])
        assert gone[0]["error"] == "403::Unknown client"
        assert gone[0]["advice"]["reconnect"] == "handshake"
        hand = (await _bayeux(http, tokens, [{"channel": "/meta/handshake", "version": "1.0"}]))[0]
        await _bayeux(
            http,
            tokens,
            [
                {
                    "channel": "/meta/subscribe",
                    "clientId": hand["clientId"],
                    "subscription": sub,
                    "ext": {"replay": {sub: last_replay}},
                }
            ],
        )
        resumed = await _bayeux(
            http, tokens, [{"channel": "/meta/connect", "clientId": hand["clientId"]}]
        )
        replayed = [m["data"]["event"]["replayId"] for m in resumed if m["channel"] == sub]
        assert replayed
        assert min(replayed) == last_replay + 1
        bad = await _bayeux(
            http,
            tokens,
            [
                {
                    "channel": "/meta/subscribe",
                    "clientId": hand["clientId"],
                    "subscription": "/topic/OmniSyncPresence?Nope=1",
                }
            ],
        )
        assert bad[0]["successful"] is False


async def test_cometd_holds_only_what_a_cometd_server_holds(
    sandbox: Any, raw_sign_in: Any, reconfigure: Any
) -> None:
    """With a 30 s hold, a client that times out after 5 s sees every answer but the held one:
    the first connect after a handshake, a connect asking ``advice.timeout`` 0, and a connect
    batched with a subscribe (as Faye and jsforce send) are all answered at once."""
    reconfigure(cometd_timeout=30.0)
    async with httpx.AsyncClient(timeout=5) as http:
        tokens = await raw_sign_in(http, sandbox.base_url)
        hand = (await _bayeux(http, tokens, [{"channel": "/meta/handshake", "version": "1.0"}]))[0]
        me = {"clientId": hand["clientId"]}
        first = await _bayeux(http, tokens, [{"channel": "/meta/connect", **me, "id": "1"}])
        assert first == [
            {
                "channel": "/meta/connect",
                "id": "1",
                "clientId": hand["clientId"],
                "successful": True,
                "advice": {"interval": 0, "timeout": 30000, "reconnect": "retry"},
            }
        ]
        quick = {"channel": "/meta/connect", **me, "advice": {"timeout": 0}}
        assert (await _bayeux(http, tokens, [quick]))[0]["successful"]
        sub = "/topic/OmniSyncPresence?UserId=005SB0000000001YAA"
        await sandbox.post("/control/salesforce/status", {"status": "Available"})
        batch = await _bayeux(
            http,
            tokens,
            [
                {"channel": "/meta/connect", **me, "id": "c"},
                {
                    "channel": "/meta/subscribe",
                    **me,
                    "id": "s",
                    "subscription": sub,
                    "ext": {"replay": {sub: -2}},
                },
            ],
        )
        assert [m["channel"] for m in batch] == ["/meta/subscribe", sub, "/meta/connect"]
        assert batch[0]["successful"] and batch[-1]["successful"]
        assert batch[1]["data"]["sobject"]["IsAway"] is False
        assert batch[1]["data"]["sobject"]["ConfiguredCapacity"] == 2
        short = {"channel": "/meta/connect", **me, "advice": {"timeout": 200}}
        assert (await _bayeux(http, tokens, [short]))[0]["successful"]  # held 0.2 s, not 30
        with pytest.raises(httpx.ReadTimeout):  # and a plain connect is held the full 30 s
            await http.post(
                f"{tokens['instance_url']}/cometd/62.0",
                json=[{"channel": "/meta/connect", **me}],
                headers=_auth(tokens),
                timeout=1.0,
            )


async def test_control_refuses_what_omni_would_refuse(sandbox: Any) -> None:
    http = sandbox.control
    answer = await http.post("/control/salesforce/work", json={"action": "push"})
    assert answer.status_code == 409
    assert "Offline" in answer.json()["error"]
    await sandbox.post("/control/salesforce/status", {"status": "Available - Chat"})
    case = await http.post("/control/salesforce/work", json={"action": "push", "channel": "Case"})
    assert case.status_code == 409
    await sandbox.post("/control/salesforce/work", {"action": "push", "channel": "Chat"})
    await sandbox.post("/control/salesforce/work", {"action": "push", "channel": "Chat"})
    full = await http.post("/control/salesforce/work", json={"action": "push", "channel": "Chat"})
    assert full.status_code == 409
    assert "capacity" in full.json()["error"]
    state = await sandbox.state()
    assert state["salesforce"]["omni"]["label"] == "Available - Chat"
    assert len(state["salesforce"]["work"]) == 2
    unknown = await http.post("/control/salesforce/status", json={"status": "Lunch"})
    assert unknown.status_code == 409


async def test_control_state_shows_the_open_work_as_the_widget_does(sandbox: Any) -> None:
    """Closed and declined items leave the console's view (the org keeps their rows): a view
    listing every item ever made grew with the shift, and so did every answer of the control
    API and whatever read it (the 100,000-event memory benchmark's driver)."""
    for action in ("decline", "close"):  # a decline may set the status on decline: set it back
        await sandbox.post("/control/salesforce/status", {"status": "Available"})
        item = (await sandbox.post("/control/salesforce/work", {"action": "push"}))["item"]
        if action == "close":
            await sandbox.post("/control/salesforce/work", {"action": "accept", **item})
        await sandbox.post("/control/salesforce/work", {"action": action, **item})
    left = (await sandbox.post("/control/salesforce/work", {"action": "push"}))["item"]
    answer = await sandbox.post("/control/salesforce/work", {"action": "accept", **left})
    assert [(w["id"], w["status"]) for w in answer["work"]] == [(left["id"], "Opened")]
    state = await sandbox.state()
    assert [w["id"] for w in state["salesforce"]["work"]] == [left["id"]]
    assert state["salesforce"]["omni"]["label"] == "Available"


async def test_instance_answers_unrouted_paths_in_the_salesforce_shape(
    sandbox: Any, raw_sign_in: Any
) -> None:
    async with httpx.AsyncClient() as http:
        tokens = await raw_sign_in(http, sandbox.base_url)
        instance = tokens["instance_url"]
        nowhere = await http.get(f"{instance}/services/nowhere", headers=_auth(tokens))
        wrong_method = await http.delete(f"{instance}/services/data/{V}/limits")
        prefixed = await http.get(f"{instance}/salesforce/instance/services/data")
        # simple-salesforce asks for limits/ with the slash: answered, not redirected
        limits = await http.get(f"{instance}/services/data/{V}/limits/", headers=_auth(tokens))
        rows = (await _query(http, tokens, "SELECT Id FROM ServicePresenceStatus")).json()
        old = await http.get(
            f"{instance}/services/data/v58.0/query",
            params={"q": "SELECT Id FROM ServicePresenceStatus"},
            headers=_auth(tokens),
        )
    assert nowhere.status_code == 404
    assert nowhere.json()[0]["errorCode"] == "NOT_FOUND"
    assert wrong_method.status_code == 405
    assert wrong_method.json()[0]["errorCode"] == "METHOD_NOT_ALLOWED"
    assert prefixed.status_code == 404  # the old path-prefixed URLs are gone
    assert limits.status_code == 200
    # attributes.url is instance-relative and follows the version asked for
    row = rows["records"][0]
    assert (
        row["attributes"]["url"] == f"/services/data/{V}/sobjects/ServicePresenceStatus/{row['Id']}"
    )
    assert old.json()["records"][0]["attributes"]["url"].startswith("/services/data/v58.0/")


@pytest.mark.parametrize("forgotten", [False, True], ids=["known", "forgotten"])
async def test_stopping_the_sandbox_answers_held_long_polls_at_once(
    raw_sign_in: Any, caplog: pytest.LogCaptureFixture, forgotten: bool
) -> None:
    """Quitting the demo: a CometD connect held open (the app's, one that arrived after the
    reset dropped the clients, or one whose client the server forgot while it was held, as
    after the demo ran a while with the console closed) was cancelled after uvicorn's graceful
    timeout, with a ``CancelledError ... graceful shutdown exceeded`` traceback, and the stop
    took seconds."""
    loop = asyncio.get_running_loop()
    context = SandboxContext(settings={})
    app = create_app(build_default_parts(context), context)
    async with httpx.AsyncClient(timeout=10) as http:
        server = SandboxServer(app)
        await server.start()
        try:
            tokens = await raw_sign_in(http, server.base_url)
            hand = await _bayeux(http, tokens, [{"channel": "/meta/handshake", "version": "1.0"}])
            connect = [
                {
                    "channel": "/meta/connect",
                    "clientId": hand[0]["clientId"],
                    "connectionType": "long-polling",
                }
            ]
            await _bayeux(http, tokens, connect)  # the first after a handshake is not held
            held = asyncio.create_task(_bayeux(http, tokens, connect))
            await asyncio.sleep(0.2)  # the connect is now held by the server
            assert not held.done()
            if forgotten:  # the client expires; its next request makes the server forget it
                context.clock.advance(3600)
                again = await _bayeux(http, tokens, connect)
                assert again[-1]["error"] == "403::Unknown client"
                assert not held.done()
        finally:
            started = loop.time()
            await server.stop()
            stopped = loop.time() - started
        answer = await asyncio.wait_for(held, 1)
    assert stopped < 1.0
    assert answer[-1]["channel"] == "/meta/connect"
    assert not [r for r in caplog.records if r.exc_info or "ASGI" in r.getMessage()]
