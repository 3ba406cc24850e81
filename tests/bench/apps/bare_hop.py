"""The protocol floor of sync latency: a bare script that does the app's hop and nothing else.

``bare_hop.py <sandbox url>``: signs in to the sandbox's Genesys and Salesforce (authorization
code + PKCE at the endpoints the sandbox lists; its authorize page approves at once), opens a
Genesys notification channel subscribed to the agent's presence, and on every presence event
upserts the agent's ``OmniSync_Link__c`` record with a set-status command, the request the app's
console link sends for an Omni write: the same WebSocket frame in (``websockets``), ``json.loads``,
the same REST PATCH out (one kept-alive ``httpx.AsyncClient``), as the app uses them. No
engine, no audit, no state, no UI. Prints ``READY``, then runs until terminated.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import secrets
import sys
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from websockets.asyncio.client import connect

from omnisync.link_protocol import Command, Op, encode
from omnisync.net import skip_sniffio_search

REDIRECT = "http://127.0.0.1:53682/callback"


async def _token(http: httpx.AsyncClient, authorize: str, token: str, client_id: str) -> Any:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    page = await http.get(
        authorize,
        params={
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": REDIRECT,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "state": "bench",
        },
    )
    code = parse_qs(urlsplit(page.headers["location"]).query)["code"][0]
    answer = await http.post(
        token,
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT,
            "client_id": client_id,
            "code_verifier": verifier,
        },
    )
    answer.raise_for_status()
    return answer.json()


async def main(base_url: str) -> None:
    skip_sniffio_search()  # as the app does before its clients: the floor gets the fix too
    async with httpx.AsyncClient(follow_redirects=False, timeout=20) as http:
        ends = (await http.get(f"{base_url}/control/endpoints")).json()
        g, sf = ends["genesys"], ends["salesforce"]
        g_token = (await _token(http, g["authorizeUrl"], g["tokenUrl"], g["clientId"]))[
            "access_token"
        ]
        login = sf["login"]
        sf_answer = await _token(
            http, f"{login}/services/oauth2/authorize", f"{login}/services/oauth2/token",
            sf["clientId"],
        )  # fmt: skip
        g_auth = {"Authorization": f"Bearer {g_token}"}
        sf_auth = {"Authorization": f"Bearer {sf_answer['access_token']}"}
        me = (await http.get(f"{g['api']}/api/v2/users/me", headers=g_auth)).json()
        channel = await http.post(f"{g['api']}/api/v2/notifications/channels", headers=g_auth)
        channel_info = channel.json()
        topic = f"v2.users.{me['id']}.presence"
        subscribed = await http.put(
            f"{g['api']}/api/v2/notifications/channels/{channel_info['id']}/subscriptions",
            json=[{"id": topic}],
            headers=g_auth,
        )
        subscribed.raise_for_status()
        instance = sf_answer["instance_url"]
        user_id = sf_answer["id"].rstrip("/").rsplit("/", 1)[1]
        version = sf["apiVersion"]
        data = f"{instance}/services/data/v{version}"
        link = f"{data}/sobjects/OmniSync_Link__c/Agent_Id__c/{user_id}"
        query = f"{data}/query"
        rows = (
            await http.get(
                query,
                params={"q": "SELECT Id, MasterLabel FROM ServicePresenceStatus"},
                headers=sf_auth,
            )
        ).json()["records"]
        status = str(rows[0]["Id"])
        seq = 0
        async with connect(channel_info["connectUri"]) as ws:
            print("READY", flush=True)
            async for frame in ws:
                message = json.loads(frame)
                if message.get("topicName") != topic:
                    continue
                seq += 1
                text = encode(Command(seq=seq, op=Op.SET_STATUS, status=status))
                await http.patch(link, json={"To_Console__c": text}, headers=sf_auth)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
