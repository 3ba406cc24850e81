"""The service's choice of console-link transport, over real sockets against the sandbox.

The real ``SalesforceSource`` signs in to the sandbox, listens on 127.0.0.1 and publishes a
fresh key in the agent's link record; a real WebSocket client plays a console component that
reads that key and connects directly. While it is connected the commands go over it (no REST
call); when it leaves, the record carries the link again (today's path), and every sign-in
rotates the key.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from websockets.asyncio.client import connect

from omnisync.link_protocol import parse_command
from omnisync.salesforce.link import LinkHealth
from omnisync.salesforce.link_loopback import hello
from omnisync.salesforce.link_route import Route

pytestmark = pytest.mark.integration

ORIGIN = "https://acme.lightning.force.com"
DIRECT = {"link_origins": [ORIGIN], "link_ports": (0,)}
OPEN = '{{"v":1,"seq":{},"ack":{},"status":null,"reason":null,"work":0,"console":"open"}}'


async def _published_key(me: Any) -> str:
    rows = await me.source.rest.query(
        f"SELECT Link_Key__c FROM OmniSync_Link__c WHERE Agent_Id__c = '{me.source.user_id}'"
    )
    key = rows[0]["Link_Key__c"]
    assert isinstance(key, str) and len(key) >= 40
    return key


async def test_commands_go_direct_while_a_component_is_connected(desktop: Any) -> None:
    me = await desktop(**DIRECT)
    await me.started()
    loopback = me.source.transport.loopback
    assert loopback is not None and loopback.port
    assert me.source.transport.route is Route.RECORD  # nobody connected yet: the record
    key = await _published_key(me)

    async with connect(f"ws://127.0.0.1:{loopback.port}", origin=ORIGIN) as ws:  # type: ignore[arg-type]
        await ws.send(hello(key))
        await ws.send(OPEN.format(1000, 0))
        await asyncio.wait_for(me.source.transport.wait_for(Route.DIRECT), 5)
        calls = me.rest_calls()
        status = next(iter(me.source.statuses))
        pending = asyncio.create_task(me.source.set_status(status))
        command = parse_command(str(await asyncio.wait_for(ws.recv(), 5)))
        assert command.status == status
        await ws.send(
            f'{{"v":1,"seq":1001,"ack":{command.seq},"status":"{status}","reason":"toolkit",'
            '"work":0,"console":"open"}'
        )
        result = await asyncio.wait_for(pending, 5)
        assert result.done
        assert me.rest_calls() == calls  # the direct link: no upsert, no query

    await asyncio.wait_for(me.source.transport.wait_for(Route.RECORD), 5)
    assert str(me.source.transport.why) == "the console component disconnected"
    # The fallback: a ping asks over the record whether the component is still there (this
    # stand-in's sequence numbers are not the sandbox console's, so the console's answer is
    # dropped as stale and the link goes silent: one upsert, the record's report read once as
    # streaming resumes (it was paused while the direct link answered), then the gap's
    # three-query read).
    probe = me.source._probe
    assert probe is not None
    await asyncio.wait_for(probe, 5)
    assert me.rest_calls() == calls + 1 + 1 + 3


async def test_every_sign_in_publishes_a_new_key_and_the_old_one_is_refused(
    desktop: Any,
) -> None:
    first = await desktop(**DIRECT)
    await first.started()
    old_key = await _published_key(first)
    await first.source.close()
    second = await desktop(**DIRECT)
    await second.started()
    new_key = await _published_key(second)
    assert new_key != old_key
    loopback = second.source.transport.loopback
    assert loopback is not None
    async with connect(f"ws://127.0.0.1:{loopback.port}", origin=ORIGIN) as ws:  # type: ignore[arg-type]
        await ws.send(hello(old_key))
        await ws.wait_closed()
    assert loopback.refused == {"wrong key": 1}
    assert second.source.transport.route is Route.RECORD


async def test_without_a_free_port_the_record_carries_the_link_and_says_why(
    desktop: Any,
) -> None:
    me = await desktop(**DIRECT)
    await me.started()
    taken = me.source.transport.loopback
    assert taken is not None and taken.port
    other = await desktop(link_origins=[ORIGIN], link_ports=(taken.port,))
    await other.started()
    assert other.source.transport.loopback is None
    assert other.source.transport.route is Route.RECORD
    assert "no port of the desktop link's range is free" in str(other.source.transport.why)
    assert other.source.link.health is LinkHealth.ANSWERING  # the sandbox console, on the record
