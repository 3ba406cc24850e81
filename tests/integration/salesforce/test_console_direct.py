"""The sandbox's console component on the desktop's direct link, over real sockets.

The real ``SalesforceSource`` signs in to the sandbox, listens on 127.0.0.1 and publishes its
key; the sandbox's console emulator reads the key from the agent's record (its ``getLink``),
dials the desktop with the console's origin and carries the link there, as ``OmniSyncLink.js``
does, and falls back to the record when the dial is refused.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from omnisync.core.model import OmniStatusObserved, WriteCapabilityObserved
from omnisync.salesforce.link import LinkHealth
from omnisync.salesforce.link_route import Route
from omnisync.sandbox.harness import Sandbox

pytestmark = pytest.mark.integration


def _direct(sandbox: Sandbox, link_port: int) -> dict[str, Any]:
    return {"link_origins": [sandbox.origin("salesforce", "instance")], "link_ports": (link_port,)}


async def _link(sandbox: Sandbox) -> dict[str, Any]:
    return (await sandbox.state())["salesforce"]["link"]  # type: ignore[no-any-return]


async def test_the_console_goes_direct_and_commands_cost_no_rest_call(
    desktop: Any, sandbox: Sandbox, link_port: int
) -> None:
    # The console was open before the sign-in (no key then): the desktop's first ping over the
    # record makes the component read the new key and dial.
    me = await _signed_in_direct(desktop, sandbox, link_port)
    link = await _link(sandbox)
    assert link["transport"] == "direct" and link["fallbackWhy"] is None
    busy = next(s for s in me.source.statuses.values() if s.label == "Busy")
    assert (await me.source.set_status(busy.id)).done  # (the presence topic is left by now)
    calls, deliveries = me.rest_calls(), await _deliveries(sandbox)
    status = next(s for s in me.source.statuses.values() if s.label == "Available")
    result = await me.source.set_status(status.id)
    assert result.done, result.why
    state = await sandbox.state()
    assert state["salesforce"]["omni"]["id"] == status.id
    assert me.rest_calls() == calls  # no upsert, no query
    assert await _deliveries(sandbox) == deliveries  # no PushTopic delivery either way


async def test_refused_by_the_browser_the_record_carries_the_link_and_says_why(
    desktop: Any, sandbox: Sandbox, link_port: int
) -> None:
    me = await _signed_in_direct(desktop, sandbox, link_port)
    await sandbox.post("/control/salesforce/direct", {"allowed": False})
    await _route(me, Route.RECORD)
    link = await _link(sandbox)
    assert link["transport"] == "record"
    assert "refused access to the local network" in link["fallbackWhy"]
    probe = me.source._probe
    assert probe is not None
    await asyncio.wait_for(probe, 5)
    assert me.source.link.health is LinkHealth.ANSWERING  # the ping came back over the record
    status = next(s for s in me.source.statuses.values() if s.label == "Busy")
    calls = me.rest_calls()
    result = await me.source.set_status(status.id)
    assert result.done, result.why
    assert me.rest_calls() == calls + 1  # the record: one upsert
    # Allowed again, the component dials at once.
    await sandbox.post("/control/salesforce/direct", {"allowed": True})
    await _route(me, Route.DIRECT)


async def test_an_origin_the_desktop_does_not_allow_is_refused_and_the_record_is_used(
    desktop: Any, sandbox: Sandbox, link_port: int
) -> None:
    me = await desktop(link_origins=["https://acme.lightning.force.com"], link_ports=(link_port,))
    await me.started()
    loopback = me.source.transport.loopback
    assert loopback is not None
    await asyncio.wait_for(_answering(me), 5)
    assert me.source.transport.route is Route.RECORD
    assert set(loopback.refused) == {"origin not allowed"}  # (the component redials)
    link = await _link(sandbox)
    assert link["transport"] == "record" and "does not answer" in link["fallbackWhy"]


async def _rest_by_target(sandbox: Sandbox) -> dict[str, int]:
    return (await sandbox.state())["apiCalls"]["salesforce"]["restByTarget"]  # type: ignore[no-any-return]


PING_UPSERT = "upsert OmniSync_Link__c To_Console__c"


async def test_a_console_open_before_the_sign_in_finds_the_desktop_with_no_record_ping(
    desktop: Any, sandbox: Sandbox, link_port: int
) -> None:
    """The component redials on its back-off and the desktop waits its grace for it: no ping
    through the record (no upsert, no delivery), and no CometD client, not even briefly."""
    me = await desktop(direct_grace=30.0, **_direct(sandbox, link_port))
    await me.started()
    await _route(me, Route.DIRECT)
    await asyncio.wait_for(_answering(me), 5)
    assert PING_UPSERT not in await _rest_by_target(sandbox)
    assert await _deliveries(sandbox) == 0
    state = await sandbox.state()
    assert state["salesforce"]["cometdClientsPeak"] == 0
    assert me.source.streaming_paused


async def test_refused_the_desktop_waits_its_grace_then_pings_through_the_record(
    desktop: Any, sandbox: Sandbox, link_port: int
) -> None:
    """The browser refuses the direct link: after the grace (the injected clock's), the record
    carries the link, the ping goes through it, and why is said."""
    await sandbox.post("/control/salesforce/direct", {"allowed": False})
    clock = sandbox.context.clock
    me = await desktop(direct_grace=30.0, sleep=clock.sleep, **_direct(sandbox, link_port))
    await me.source.start()
    await asyncio.sleep(0.2)  # time for a ping, were one sent (none is: the grace holds it)
    assert PING_UPSERT not in await _rest_by_target(sandbox)
    assert me.source.cometd.client_id is None
    clock.advance(30.0)
    await asyncio.wait_for(_answering(me), 5)
    assert me.source.transport.route is Route.RECORD
    assert "did not dial the desktop directly within 30 s" in str(me.source.transport.why)
    assert (await _rest_by_target(sandbox))[PING_UPSERT] == 1


async def test_a_console_opened_after_the_sign_in_dials_at_once(
    desktop: Any, sandbox: Sandbox, link_port: int
) -> None:
    me = await _signed_in_direct(desktop, sandbox, link_port)
    await sandbox.post("/control/salesforce/console", {"open": False})
    await _route(me, Route.RECORD)
    await sandbox.post("/control/salesforce/console", {"open": True})
    await _route(me, Route.DIRECT)
    await sandbox.post("/control/salesforce/status", {"status": "Available"})
    seen = await me.seen.wait_for(
        lambda o: getattr(getattr(o, "status", None), "label", None) == "Available"
    )
    assert seen is not None


async def test_a_new_sign_in_carries_on_directly_where_the_last_one_left_off(
    desktop: Any, sandbox: Sandbox, link_port: int
) -> None:
    """Commands and reports that went over the socket are in no record field, so the second
    desktop resumes its command seq from an older one: the component's first report on the
    new connection sets both sequences, and its commands are not dropped as stale."""
    first = await _signed_in_direct(desktop, sandbox, link_port)
    statuses = list(first.source.statuses.values())
    for status in statuses[:3]:
        assert (await first.source.set_status(status.id)).done
    await first.source.close()
    second = await _signed_in_direct(desktop, sandbox, link_port)
    result = await second.source.set_status(statuses[0].id)
    assert result.done, result.why
    assert (await sandbox.state())["salesforce"]["omni"]["id"] == statuses[0].id


async def _signed_in_direct(desktop: Any, sandbox: Sandbox, link_port: int) -> Any:
    """A desktop signed in and started, the console on its direct link, the link answering."""
    me = await desktop(**_direct(sandbox, link_port))
    await me.started()
    await _route(me, Route.DIRECT)
    await asyncio.wait_for(_answering(me), 5)
    return me


async def _route(me: Any, route: Route) -> None:
    await asyncio.wait_for(me.source.transport.wait_for(route), 5)


async def _answering(me: Any) -> None:
    """Until the link has answered (the source says writes are possible)."""
    await me.seen.wait_for(lambda o: isinstance(o, WriteCapabilityObserved) and o.possible)
    assert me.source.link.health is LinkHealth.ANSWERING


async def _deliveries(sandbox: Sandbox) -> int:
    return int((await sandbox.state())["apiCalls"]["salesforce"]["streamingDeliveries"])


async def test_no_streaming_client_while_direct_and_a_report_in_the_fallback_gap_is_seen(
    desktop: Any, sandbox: Sandbox, link_port: int
) -> None:
    """While the direct link answers the desktop has no CometD client at all; when the console
    falls back mid-session, streaming resumes, and a report the component wrote to the record
    before the subscription was live is still seen (the record's report is read once)."""
    me = await desktop(ack_timeout=30.0, **_direct(sandbox, link_port))  # no timeout helps
    gate = asyncio.Event()
    gate.set()

    async def hold_streaming(request: httpx.Request) -> None:
        if "/cometd/" in request.url.path:
            await gate.wait()

    me.http.event_hooks["request"].append(hold_streaming)
    await me.started()
    await _route(me, Route.DIRECT)
    await asyncio.wait_for(_answering(me), 5)
    retunes = [t for t in me.source._side_tasks if "retune" in t.get_name()]
    await asyncio.wait_for(asyncio.gather(*retunes), 5)  # the pause, under way
    assert me.source.streaming_paused
    state = await sandbox.state()
    assert state["salesforce"]["cometdClients"] == 0
    handshakes = state["apiCalls"]["salesforce"]["cometdHandshakes"]

    gate.clear()  # streaming cannot come back until the report below is in the record
    await sandbox.post("/control/salesforce/direct", {"allowed": False})
    await _route(me, Route.RECORD)
    await sandbox.post("/control/salesforce/status", {"status": "Busy"})
    assert (await sandbox.state())["salesforce"]["link"]["toDesktop"] is not None
    gate.set()
    seen = await me.seen.wait_for(
        lambda o: isinstance(o, OmniStatusObserved) and o.status.label == "Busy", 5
    )
    assert isinstance(seen, OmniStatusObserved)
    state = await sandbox.state()
    assert state["apiCalls"]["salesforce"]["cometdHandshakes"] == handshakes + 1
    assert not me.source.streaming_paused


async def test_a_pause_during_a_handshake_leaves_no_orphan_streaming_client(
    desktop: Any, sandbox: Sandbox, link_port: int
) -> None:
    """The direct link answers while the CometD handshake's reply is still on its way: the
    pause finishes reading it and disconnects the client the server made, instead of leaving
    it to Salesforce's 40 s timeout."""
    me = await desktop(**_direct(sandbox, link_port))  # no grace: streaming starts at once
    gate = asyncio.Event()

    async def hold_handshake(response: httpx.Response) -> None:
        request = response.request
        if "/cometd/" in request.url.path and b"/meta/handshake" in request.content:
            await gate.wait()

    me.http.event_hooks["response"].append(hold_handshake)
    await me.source.start()
    await _route(me, Route.DIRECT)
    await asyncio.wait_for(_answering(me), 5)
    assert (await sandbox.state())["salesforce"]["cometdClients"] == 1  # made, reply held
    assert me.source.streaming_paused
    gate.set()
    retunes = [t for t in me.source._side_tasks if "retune" in t.get_name()]
    await asyncio.wait_for(asyncio.gather(*retunes), 5)
    for _ in range(40):  # the disconnect is on its way; Salesforce's own timeout is 40 s
        if (await sandbox.state())["salesforce"]["cometdClients"] == 0:
            break
        await asyncio.sleep(0.05)
    assert (await sandbox.state())["salesforce"]["cometdClients"] == 0
