"""The official Genesys Cloud Python SDK (PureCloudPlatformClientV2) against the sandbox, unpatched.

The SDK is given what it is given in real life: the API host as its ``host``. It derives the
login host by replacing ``//api.`` with ``//login.``, which a loopback origin has no room for, so
its token call gets an ApiClient on the login origin (``https://login.mypurecloud.ie`` works the
same way). The browser's part of PKCE (the authorize redirect) is a plain GET, as a browser does.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import PureCloudPlatformClientV2 as sdk
import pytest
from PureCloudPlatformClientV2.rest import ApiException
from websockets.sync.client import connect

from conformance.conftest import Clouds

pytestmark = pytest.mark.integration

EXPANDS = ["presence", "routingStatus", "conversationSummary", "organization"]


@dataclass
class Signed:
    api: sdk.ApiClient
    token: dict[str, Any]
    clouds: Clouds


def _code(clouds: Clouds, challenge: str) -> tuple[str, str]:
    """What the browser does: open the authorize page and come back with the code."""
    genesys = clouds.endpoints["genesys"]
    redirect = genesys["redirectUris"][0]
    answer = httpx.get(
        genesys["authorizeUrl"],
        params={
            "response_type": "code",
            "client_id": genesys["clientId"],
            "redirect_uri": redirect,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "state": "conformance",
        },
    )
    assert answer.status_code == 302, answer.text
    query = parse_qs(urlsplit(answer.headers["location"]).query)
    assert query["state"] == ["conformance"]
    return query["code"][0], redirect


@pytest.fixture
def signed(clouds: Clouds) -> Signed:
    login = sdk.ApiClient(host=clouds.url("genesys.login"))
    verifier = login.generate_pkce_code_verifier(64)
    code, redirect = _code(clouds, login.compute_pkce_code_challenge(verifier))
    _, token = login.get_pkce_token(
        clouds.endpoints["genesys"]["clientId"], verifier, code, redirect
    )
    api = sdk.ApiClient(host=clouds.url("genesys.api"))
    api.access_token = token["access_token"]
    return Signed(api, token, clouds)


def test_pkce_token(signed: Signed) -> None:
    assert signed.token["token_type"] == "bearer"
    assert signed.token["expires_in"] > 0
    assert "refresh_token" not in signed.token  # Genesys gives PKCE clients none


def test_users_me_with_expands(signed: Signed) -> None:
    me = sdk.UsersApi(signed.api).get_users_me(expand=EXPANDS)
    assert me.id == signed.clouds.endpoints["genesys"]["agent"]["id"]
    assert me.name == "Dana Demo"
    assert me.self_uri == f"/api/v2/users/{me.id}"
    assert me.presence.presence_definition.system_presence == "Available"
    assert me.presence.source == "PURECLOUD"
    assert me.routing_status.status == "OFF_QUEUE"
    assert me.routing_status.start_time is not None  # an ISO date the SDK could parse
    assert me.conversation_summary.call.contact_center.active == 0
    assert me.organization.name == "OmniSync Sandbox"


def test_presence_definitions_both_listings(signed: Signed) -> None:
    presence = sdk.PresenceApi(signed.api)
    active = presence.get_presence_definitions(deactivated="FALSE")
    assert active.total == len(active.entities) == 11
    on_queue = next(d for d in active.entities if d.name == "On Queue")
    assert on_queue.system_presence == "OnQueue"
    assert on_queue.language_labels == {"en_US": "On Queue"}
    assert on_queue.self_uri == f"/api/v2/presence/definitions/{on_queue.id}"
    deactivated = presence.get_presence_definitions(deactivated="TRUE")
    assert [d.name for d in deactivated.entities] == ["Coaching"]
    # The older listing is paged; its nextUri is API-relative, so the SDK can follow it.
    with pytest.warns(DeprecationWarning, match="get_presencedefinitions"):
        first = presence.get_presencedefinitions(page_size=4)
    assert (first.page_count, first.page_number) == (3, 1)
    second = signed.api.call_api(
        first.next_uri,
        "GET",
        response_type="OrganizationPresenceEntityListing",
        auth_settings=["PureCloud OAuth"],
    )
    assert second.page_number == 2
    assert {d.id for d in second.entities}.isdisjoint({d.id for d in first.entities})


def _on_queue(signed: Signed) -> str:
    entities = sdk.PresenceApi(signed.api).get_presence_definitions().entities
    return next(d.id for d in entities if d.name == "On Queue")  # type: ignore[no-any-return]


def _presence_body(definition_id: str) -> sdk.UserPresence:
    body = sdk.UserPresence()
    body.presence_definition = sdk.PresenceDefinition()
    body.presence_definition.id = definition_id
    return body


def test_patch_presence_both_spellings_of_the_source(signed: Signed) -> None:
    presence = sdk.PresenceApi(signed.api)
    user_id = signed.clouds.endpoints["genesys"]["agent"]["id"]
    on_queue = _on_queue(signed)
    # patch_user_presence sends the source as given: the SDK docs spell it PURECLOUD.
    answer = presence.patch_user_presence(user_id, "PURECLOUD", _presence_body(on_queue))
    assert answer.presence_definition.id == on_queue
    assert answer.presence_definition.system_presence == "On Queue"
    assert signed.clouds.state()["genesys"]["presence"]["label"] == "On Queue"
    available = next(
        d.id
        for d in presence.get_presence_definitions().entities
        if d.system_presence == "Available"
    )
    again = presence.patch_user_presences_purecloud(user_id, _presence_body(available))
    assert again.presence_definition.id == available
    assert sdk.UsersApi(signed.api).get_user_routingstatus(user_id).status == "OFF_QUEUE"


def test_errors_reach_the_sdk_in_the_genesys_shape(signed: Signed) -> None:
    presence = sdk.PresenceApi(signed.api)
    user_id = signed.clouds.endpoints["genesys"]["agent"]["id"]
    with pytest.raises(ApiException) as unknown:
        presence.patch_user_presence(user_id, "PURECLOUD", _presence_body("no-such-definition"))
    assert unknown.value.status == 400
    with pytest.raises(ApiException) as nobody:
        sdk.UsersApi(signed.api).get_user("no-such-user")
    assert nobody.value.status == 404
    for caught in (unknown.value, nobody.value):
        body = json.loads(caught.body)
        assert {"message", "code", "status", "contextId"} <= body.keys()
        assert caught.headers["Content-Type"].startswith("application/json")


def test_notifications_channel_and_websocket_event(signed: Signed) -> None:
    notifications = sdk.NotificationsApi(signed.api)
    user_id = signed.clouds.endpoints["genesys"]["agent"]["id"]
    channel = notifications.post_notifications_channels()
    streaming = signed.clouds.url("genesys.streaming").replace("http", "ws", 1)
    assert channel.connect_uri == f"{streaming}/channels/{channel.id}"
    assert channel.expires is not None
    topic = sdk.ChannelTopic()
    topic.id = f"v2.users.{user_id}.presence"
    listing = notifications.put_notifications_channel_subscriptions(channel.id, [topic])
    assert [(t.id, t.state) for t in listing.entities] == [(topic.id, "Permitted")]
    with connect(channel.connect_uri) as ws:
        sdk.PresenceApi(signed.api).patch_user_presence(
            user_id, "PURECLOUD", _presence_body(_on_queue(signed))
        )
        deadline = time.monotonic() + 5
        while True:
            message = json.loads(ws.recv(timeout=max(0.0, deadline - time.monotonic())))
            if message.get("topicName") == topic.id:
                break
    assert message["eventBody"]["presenceDefinition"]["systemPresence"] == "On Queue"
    assert message["eventBody"]["source"] == "PURECLOUD"
