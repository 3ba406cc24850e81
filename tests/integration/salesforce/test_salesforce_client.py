"""The real Salesforce client against the sandbox over real sockets, with API-call budgets.

Budgets are the REST calls (which count against the org's daily allowance) that a scenario may
spend; streaming requests are not API calls and are checked separately where they matter.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

import httpx
import pytest

from omnisync.auth.errors import SignInRequired
from omnisync.core.message import Message
from omnisync.core.model import (
    OMNI_OFFLINE,
    Cause,
    OmniStatusObserved,
    OmniWorkObserved,
    OmniWorkState,
    WriteCapabilityObserved,
)
from omnisync.link_protocol import encode
from omnisync.salesforce.errors import RequestLimitExceeded, SalesforceError
from omnisync.salesforce.link import LinkHealth
from omnisync.salesforce.rest import SalesforceRest
from omnisync.salesforce.signin import Identity, SalesforceAccount, UserProfile
from omnisync.sandbox.harness import Sandbox
from support.catalog import walk

pytestmark = pytest.mark.integration


START_BUDGET = 7
"""Two queries for the statuses, three for the reconcile, one upsert publishing this sign-in's
direct-link key, one upsert to ping the link (no component connected directly: the record)."""


def status_named(label: str, cause: Cause | str | None = "any") -> Any:
    def check(o: object) -> bool:
        return (
            isinstance(o, OmniStatusObserved)
            and o.status.label == label
            and (cause == "any" or o.cause == cause)
        )

    return check


def went_offline(o: object) -> bool:
    """A change to Offline (the start-up baseline is often Offline too: not that one)."""
    return isinstance(o, OmniStatusObserved) and o.status.offline and not o.baseline


def capability(possible: bool) -> Any:
    return lambda o: isinstance(o, WriteCapabilityObserved) and o.possible is possible


def work_with(predicate: Any) -> Any:
    return lambda o: isinstance(o, OmniWorkObserved) and predicate(o.items)


async def status_id(sandbox: Sandbox, label: str) -> str:
    state = await sandbox.state()
    return next(s["id"] for s in state["salesforce"]["statuses"] if s["label"] == label)


async def test_statuses_with_routable_flags(desktop: Any) -> None:
    me = await desktop()
    statuses = await me.source.reader.statuses()
    routable = {s.label: s.routable for s in statuses.values()}
    assert routable == {
        "Available": True,
        "Available - Chat": True,
        "Busy": False,
        "Transition": False,
        "Break": False,
    }
    assert {s.api_name for s in statuses.values()} >= {"Available_Chat", "Busy"}
    assert me.rest_calls() == 2
    assert me.source.counter.last_usage is not None


async def test_the_statuses_are_read_once_for_everyone_who_asks(desktop: Any) -> None:
    """Start and the service's status catalogue ask at the same time: one read (two queries)."""
    me = await desktop()
    both = await asyncio.gather(me.source.known_statuses(), me.source.known_statuses())
    assert both[0] == both[1] and len(both[0]) == 5
    assert me.rest_calls() == 2


async def test_statuses_asked_while_the_source_closes_fail_plainly(desktop: Any) -> None:
    """A failure the catalogue retries (on the next source), not a cancellation it never had."""
    me = await desktop()
    asking = asyncio.create_task(me.source.known_statuses())
    await asyncio.sleep(0)  # it has asked: the read is under way
    await me.source.close()
    with pytest.raises(SalesforceError, match="closed before the statuses were read"):
        await asking


async def test_start_reconciles_once_then_only_listens(sandbox: Sandbox, desktop: Any) -> None:
    await sandbox.post("/control/salesforce/status", {"status": "Available"})
    await sandbox.post("/control/salesforce/work", {"action": "push"})
    await sandbox.post("/control/salesforce/work", {"action": "accept"})
    me = await desktop()
    await me.started()
    first = me.seen.of(OmniStatusObserved)[0]
    assert first.baseline
    assert first.status.label == "Available"
    assert first.status.routable
    work = me.seen.of(OmniWorkObserved)[0]
    assert work.baseline
    assert [i.state for i in work.items] == [OmniWorkState.ACTIVE]
    assert me.seen.of(WriteCapabilityObserved)[-1].possible
    assert not me.source.presence_subscribed  # the link reports: no second delivery per change
    assert me.rest_calls() == START_BUDGET

    await sandbox.post("/control/salesforce/status", {"status": "Busy"})
    await me.seen.wait_for(status_named("Busy", Cause.AGENT))
    await sandbox.post("/control/salesforce/work", {"action": "close"})
    await me.seen.wait_for(work_with(lambda items: items == ()))
    assert me.rest_calls() == START_BUDGET  # both came in the link's reports, no query


async def test_work_the_report_names_is_not_queried(sandbox: Sandbox, desktop: Any) -> None:
    """New and accepted work named in the report (its channel, routing and capacity read by
    the component's Apex controller, no API call) costs no query, even when two are offered;
    the items are what a query would have read."""
    await sandbox.post("/control/salesforce/status", {"status": "Available"})
    me = await desktop()
    await me.started()
    calls = me.rest_calls()
    first = (await sandbox.post("/control/salesforce/work", {"action": "push"}))["item"]["id"]
    second = (await sandbox.post("/control/salesforce/work", {"action": "push"}))["item"]["id"]
    await me.seen.wait_for(work_with(lambda items: len(items) == 2))
    await sandbox.post("/control/salesforce/work", {"action": "accept", "id": second})
    expected = sorted([(first, OmniWorkState.OFFERED), (second, OmniWorkState.ACTIVE)])
    told = await me.seen.wait_for(
        work_with(lambda items: sorted((i.id, i.state) for i in items) == expected)
    )
    assert me.rest_calls() == calls
    assert isinstance(told, OmniWorkObserved)
    assert told.items == await me.source.reader.open_work(me.source.user_id)
    await sandbox.post("/control/salesforce/work", {"action": "decline", "id": first})
    await sandbox.post("/control/salesforce/work", {"action": "close", "id": second})
    await me.seen.wait_for(work_with(lambda items: items == ()))
    assert me.rest_calls() == calls + 1  # the one query of this test's own comparison


async def test_work_an_older_component_does_not_name_is_queried(
    sandbox: Sandbox, desktop: Any, reconfigure: Any
) -> None:
    """A component older than the report's item: new work is read (one query); an offered
    item accepted, when the counts say which one it was, is taken from the report alone; two
    offered and one accepted, which one only a query can say."""
    reconfigure(component_names_items=False, initial_status="Available")
    me = await desktop()
    await me.started()
    calls = me.rest_calls()
    first = (await sandbox.post("/control/salesforce/work", {"action": "push"}))["item"]["id"]
    await me.seen.wait_for(
        work_with(
            lambda items: [(i.id, i.state) for i in items] == [(first, OmniWorkState.OFFERED)]
        )
    )
    assert me.rest_calls() == calls + 1
    await sandbox.post("/control/salesforce/work", {"action": "accept", "id": first})
    await me.seen.wait_for(
        work_with(lambda items: [(i.id, i.state) for i in items] == [(first, OmniWorkState.ACTIVE)])
    )
    assert me.rest_calls() == calls + 1  # offered 1 -> 0 of 1: that one was accepted
    await sandbox.post("/control/salesforce/work", {"action": "close", "id": first})
    await me.seen.wait_for(work_with(lambda items: items == ()))
    assert me.rest_calls() == calls + 1
    first = (await sandbox.post("/control/salesforce/work", {"action": "push"}))["item"]["id"]
    second = (await sandbox.post("/control/salesforce/work", {"action": "push"}))["item"]["id"]
    await me.seen.wait_for(work_with(lambda items: len(items) == 2))
    calls = me.rest_calls()
    await sandbox.post("/control/salesforce/work", {"action": "accept", "id": second})
    expected = sorted([(first, OmniWorkState.OFFERED), (second, OmniWorkState.ACTIVE)])
    await me.seen.wait_for(
        work_with(lambda items: sorted((i.id, i.state) for i in items) == expected)
    )
    assert me.rest_calls() == calls + 1


async def test_link_round_trip(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop()
    await me.started()
    busy = await status_id(sandbox, "Busy")
    result = await me.source.set_status(busy)
    assert result.done
    assert result.report is not None
    assert result.report.status == busy
    await me.seen.wait_for(status_named("Busy", Cause.APP))
    state = await sandbox.state()
    assert state["salesforce"]["omni"]["label"] == "Busy"
    assert any(e["by"] == "app" and "set Omni status to Busy" in e["what"] for e in state["events"])
    result = await me.source.set_status(OMNI_OFFLINE.id)
    assert result.done
    await me.seen.wait_for(went_offline)
    assert me.rest_calls() == START_BUDGET + 2


async def test_a_logout_salesforce_explains_says_why(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop()
    await me.started()
    for by, why in [
        ("duplicate_tab", "you opened Omni-Channel in another browser tab"),
        ("maintenance", "Salesforce logged you out for maintenance"),
        ("agent", None),
    ]:
        await sandbox.post("/control/salesforce/status", {"status": "Available"})
        await me.seen.wait_for(status_named("Available"))
        me.seen.items.clear()
        await sandbox.post("/control/salesforce/status", {"status": "Offline", "by": by})
        offline = await me.seen.wait_for(went_offline)
        assert isinstance(offline, OmniStatusObserved)
        assert (offline.why.english() if offline.why is not None else None) == why
        assert offline.cause == (Cause.AGENT if why is None else Cause.SYSTEM)


async def test_omni_events_carry_their_cause_and_work(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop()
    await me.started()
    await sandbox.post("/control/salesforce/status", {"status": "Available"})
    await me.seen.wait_for(status_named("Available", Cause.SYSTEM))  # a login
    await sandbox.post("/control/salesforce/status", {"status": "Available - Chat"})
    await me.seen.wait_for(status_named("Available - Chat", Cause.AGENT))
    await sandbox.post("/control/salesforce/status", {"status": "Available", "by": "supervisor"})
    await me.seen.wait_for(status_named("Available", Cause.SYSTEM))
    await sandbox.post("/control/salesforce/work", {"action": "push"})
    await me.seen.wait_for(
        work_with(lambda items: [i.state for i in items] == [OmniWorkState.OFFERED])
    )
    await sandbox.post("/control/salesforce/work", {"action": "decline"})
    await me.seen.wait_for(status_named("Busy", Cause.SYSTEM))
    await me.seen.wait_for(work_with(lambda items: items == ()))
    await sandbox.post("/control/salesforce/status", {"status": "Available"})
    await sandbox.post("/control/salesforce/work", {"action": "push", "external": True})
    await sandbox.post("/control/salesforce/work", {"action": "accept"})
    await me.seen.wait_for(
        work_with(
            lambda items: (
                [(i.state, i.externally_routed) for i in items] == [(OmniWorkState.ACTIVE, True)]
            )
        )
    )
    me.seen.items.clear()
    await sandbox.post("/control/salesforce/work", {"action": "push"})
    await me.seen.wait_for(work_with(lambda items: len(items) == 2))
    await sandbox.post("/control/salesforce/work", {"action": "timeout"})
    await me.seen.wait_for(status_named("Busy", Cause.SYSTEM))  # push timeout
    assert me.source.work is not None
    assert len(me.source.work) == 1
    # One AgentWork query per change of the open/offered counts, none when nothing is open:
    # push, (decline: none), push external, accept, push, timeout.
    assert me.rest_calls() <= START_BUDGET + 5  # fewer when a query already saw the next step


async def test_link_silent_when_the_console_closes(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop()
    await me.started()
    await sandbox.post("/control/salesforce/status", {"status": "Available"})
    await me.seen.wait_for(status_named("Available"))
    before = me.rest_calls()
    await sandbox.post("/control/salesforce/console", {"open": False})
    await me.seen.wait_for(capability(False))
    await me.seen.wait_for(went_offline)
    assert me.source.link.health is LinkHealth.SILENT
    assert me.source.presence_subscribed
    spent = me.rest_calls()
    # The goodbye says the status and the work: one status query for the presence topic's
    # start, no reconcile of all three (the link missed nothing).
    assert spent == before + 1
    result = await me.source.set_status(await status_id(sandbox, "Busy"))
    assert result.ask_agent
    assert "closed" in str(result.why)
    assert me.rest_calls() == spent  # no call is wasted on a console that is not there

    me.seen.items.clear()
    await sandbox.post("/control/salesforce/console", {"open": True})
    await me.seen.wait_for(capability(True))
    assert not me.source.presence_subscribed


async def test_a_greeting_settles_a_ping_sent_while_the_console_was_closed(
    sandbox: Sandbox, desktop: Any
) -> None:
    """The ping went out while the console was closed; the console came back and greeted. The
    old ping must not time out later and call the answering link silent (R1 would only ask)."""
    me = await desktop(ack_timeout=30)
    await me.started()
    await sandbox.post("/control/salesforce/console", {"open": False})
    await me.seen.wait_for(capability(False))
    assert me.source.link.health is LinkHealth.SILENT
    ping = asyncio.create_task(me.source.link.ping())
    await sandbox.fault("salesforce", "drop_cometd")
    await sandbox.post("/control/salesforce/console", {"open": True})
    await me.seen.wait_for(capability(True))
    result = await asyncio.wait_for(ping, 5)  # settled by the greeting, long before its timeout
    assert result.done
    assert me.source.link.health is LinkHealth.ANSWERING  # and no timeout is left to undo it


async def test_the_presence_topic_followed_again_replays_nothing_old(
    sandbox: Sandbox, desktop: Any
) -> None:
    """The link went silent (the presence topic followed, an event seen), answered again, the
    agent worked, and the link went silent once more: following the topic again starts from
    now (one query reads the status), not from where the first time stopped, which would
    deliver every status since, stale, again."""
    me = await desktop(ack_timeout=0.2)
    await me.started()
    # The late answer comes 1 s after the command's 0.2 s timeout: a loaded machine that runs
    # this test's wake-up late must not see the link answering again before it looks.
    await sandbox.fault("salesforce", "slow_link", seconds=1.2)

    async def silent_then_answering() -> None:
        result = await me.source.set_status(await status_id(sandbox, "Break"))
        assert result.ask_agent
        await me.seen.wait_for(capability(False))  # the silence is handled in a task of its own
        assert me.source.presence_subscribed
        await me.seen.wait_for(capability(True))  # the late answer

    await silent_then_answering()
    await sandbox.post("/control/salesforce/status", {"status": "Transition"})
    await me.seen.wait_for(status_named("Transition"))
    await sandbox.post("/control/salesforce/status", {"status": "Busy"})
    await sandbox.post("/control/salesforce/status", {"status": "Available"})
    await me.seen.wait_for(status_named("Available", Cause.AGENT))
    before = (await sandbox.state())["apiCalls"]["salesforce"]["deliveriesByTopic"]
    assert before.get("OmniSyncPresence", 0) >= 1  # the first time, the topic delivered
    me.seen.items.clear()
    await silent_then_answering()
    after = (await sandbox.state())["apiCalls"]["salesforce"]["deliveriesByTopic"]
    assert after.get("OmniSyncPresence", 0) - before.get("OmniSyncPresence", 0) <= 2


async def test_link_silent_without_a_goodbye(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop(ack_timeout=0.3)
    await me.started()
    await sandbox.post("/control/salesforce/status", {"status": "Available"})
    await me.seen.wait_for(status_named("Available"))
    await sandbox.post("/control/salesforce/console", {"open": False, "goodbye": False})
    assert me.source.link.health is LinkHealth.ANSWERING  # nothing said it went away
    result = await me.source.set_status(await status_id(sandbox, "Busy"))
    assert result.ask_agent
    assert "did not answer" in str(result.why)
    assert me.source.link.health is LinkHealth.SILENT
    await me.seen.wait_for(capability(False))
    await me.seen.wait_for(went_offline)
    assert me.source.presence_subscribed
    # ping (1) + set_status (1) + gap reconcile (3)
    assert me.rest_calls() == START_BUDGET + 1 + 3


async def test_link_absent_when_not_deployed(
    sandbox: Sandbox, desktop: Any, reconfigure: Any
) -> None:
    reconfigure(link_deployed=False)
    me = await desktop()
    await me.source.start()
    await me.seen.wait_for(capability(False))
    assert me.source.link.health is LinkHealth.ABSENT
    assert me.source.presence_subscribed
    await me.source.cometd.connected.wait()
    await sandbox.post("/control/salesforce/status", {"status": "Break"})
    seen = await me.seen.wait_for(status_named("Break"))
    assert seen.cause is None  # the presence topic does not say who did it
    result = await me.source.set_status(await status_id(sandbox, "Busy"))
    assert result.ask_agent
    assert "not set up" in str(result.why)
    # statuses 2, baseline 3, the presence read once its topic is live 1; no ping, no write
    assert me.rest_calls() == 6


async def test_link_absent_when_no_component_answers(
    sandbox: Sandbox, desktop: Any, reconfigure: Any
) -> None:
    reconfigure(component_installed=False)
    me = await desktop(ack_timeout=0.3)
    await me.source.start()
    await me.seen.wait_for(capability(False))
    assert me.source.link.health is LinkHealth.ABSENT
    assert me.source.presence_subscribed
    await sandbox.post("/control/salesforce/status", {"status": "Busy"})
    await me.seen.wait_for(status_named("Busy"))
    assert me.rest_calls() == START_BUDGET + 1  # the presence read once its topic is live


async def test_a_change_before_the_subscription_is_live_is_not_lost(
    sandbox: Sandbox, desktop: Any, reconfigure: Any
) -> None:
    """The baseline is read before streaming starts; the presence topic replays nothing older
    than its subscription, so a change made in between must be read once the topic is live."""
    reconfigure(component_installed=False)
    me = await desktop(ack_timeout=0.3)
    changed = False

    async def change_before_the_first_handshake(request: httpx.Request) -> None:
        nonlocal changed
        if not changed and request.url.path.endswith("/cometd/62.0"):
            changed = True  # after start()'s baseline, before any subscription
            await sandbox.post("/control/salesforce/status", {"status": "Busy"})

    me.http.event_hooks["request"].append(change_before_the_first_handshake)
    await me.source.start()
    assert me.seen.of(OmniStatusObserved)[0].status.offline  # the baseline
    seen = await me.seen.wait_for(status_named("Busy"))
    assert changed
    assert not seen.baseline
    assert me.source.status is not None
    assert me.source.status.label == "Busy"
    await me.seen.wait_for(capability(False))
    assert me.source.presence_subscribed
    # statuses 2, baseline 3, the ping 1, and the one presence read once the topic is live
    assert me.rest_calls() == START_BUDGET + 1
    await sandbox.post("/control/salesforce/status", {"status": "Break"})
    await me.seen.wait_for(status_named("Break"))  # and the topic carries the next one
    assert me.rest_calls() == START_BUDGET + 1


async def test_a_capacity_or_away_change_alone_costs_nothing(
    sandbox: Sandbox, desktop: Any, reconfigure: Any
) -> None:
    """The presence topic selects IsAway and ConfiguredCapacity (the administrator's script), so
    a change of those alone is an event too: it must neither look like a status change nor
    cost a query."""
    reconfigure(component_installed=False)  # the desktop follows the presence topic
    me = await desktop(ack_timeout=0.3)
    await me.started()
    await me.seen.wait_for(capability(False))
    await sandbox.post("/control/salesforce/status", {"status": "Available"})
    await me.seen.wait_for(status_named("Available"))
    spent, delivered = me.rest_calls(), me.source.counter.by_kind["deliveries"]
    statuses = len(me.seen.of(OmniStatusObserved))
    org: Any = sandbox.part("salesforce")
    row = org.console.current_presence()
    org.org.update("UserServicePresence", row["Id"], {"ConfiguredCapacity": 3, "IsAway": True})
    await sandbox.post("/control/salesforce/status", {"status": "Break"})
    await me.seen.wait_for(status_named("Break"))  # events arrive in order: the change came first
    assert me.source.counter.by_kind["deliveries"] == delivered + 3  # change; Break ends + starts
    assert len(me.seen.of(OmniStatusObserved)) == statuses + 1  # only Break
    assert me.rest_calls() == spent


@pytest.mark.parametrize("rotation", [False, True], ids=["no-rotation", "rotation"])
async def test_session_expiry_refreshes_once_for_racing_calls(
    sandbox: Sandbox, desktop: Any, reconfigure: Any, rotation: bool
) -> None:
    """Whether or not the app opted in to rotation, every refresh keeps a working refresh
    token in the store: the same one without rotation, its successor with it."""
    reconfigure(refresh_token_rotation=rotation)
    me = await desktop()
    first_refresh = me.account.keeper.tokens.refresh_token
    reader = me.source.reader
    for refreshes in (1, 2):
        await sandbox.fault("salesforce", "expire_session")
        one, two = await asyncio.gather(reader.statuses(), reader.open_work(me.account.user_id))
        assert len(one) == 5
        assert two == ()
        calls = (await sandbox.state())["apiCalls"]["salesforce"]
        assert calls["oauthRefreshes"] == refreshes  # the keeper let one refresh through
    stored = await me.store.load(me.account.identity.key())
    assert stored is not None
    assert stored.refresh_token == me.account.keeper.tokens.refresh_token
    assert (stored.refresh_token != first_refresh) is rotation


async def test_revoked_refresh_token_means_sign_in_again(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop()
    await me.started()
    await sandbox.fault("salesforce", "revoke_tokens")
    await sandbox.fault("salesforce", "expire_session")
    with pytest.raises(SignInRequired, match="Sign in to Salesforce again"):
        await me.source.reader.statuses()
    await asyncio.wait_for(me.source.stopped.wait(), 5)  # streaming stops instead of retrying
    assert "Sign in to Salesforce again" in str(me.source.problem or "")
    last = me.seen.of(WriteCapabilityObserved)[-1]
    assert not last.possible
    assert "Sign in" in str(last.why)
    for said in (me.source.problem, last.why):  # the status window translates both
        assert isinstance(said, Message), f"English only: {said!r}"
        assert [v for _n, v in walk(said) if v is not None] == ["Salesforce", "invalid_grant"]


async def test_sign_out_revokes_the_token(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop()
    refresh_token = me.account.keeper.tokens.refresh_token
    await me.account.sign_out()
    assert await me.store.load(me.account.identity.key()) is None
    async with httpx.AsyncClient() as http:
        again = await http.post(
            f"{sandbox.origin('salesforce', 'login')}/services/oauth2/token",
            data={
                "grant_type": "refresh_token",
                "refresh_token": refresh_token,
                "client_id": me.account.config.client_id,
            },
        )
    assert again.json()["error"] == "invalid_grant"


async def test_api_limit_fault(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop()
    await me.started()
    await sandbox.fault("salesforce", "api_limit", on=True)
    result = await me.source.set_status(await status_id(sandbox, "Busy"))
    assert result.ask_agent
    assert "daily API limit" in str(result.why)
    with pytest.raises(RequestLimitExceeded):
        await me.source.reconcile()
    await sandbox.fault("salesforce", "api_limit", on=False)
    assert (await me.source.set_status(await status_id(sandbox, "Busy"))).done


async def test_slow_link_fault(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop(ack_timeout=0.2)
    await me.started()
    await sandbox.fault("salesforce", "slow_link", seconds=0.6)
    result = await me.source.set_status(await status_id(sandbox, "Break"))
    assert result.ask_agent
    assert me.source.link.health is LinkHealth.SILENT
    me.seen.items.clear()
    await me.seen.wait_for(status_named("Break", Cause.APP))  # the late answer still counts
    await me.seen.wait_for(capability(True))
    assert me.source.link.health is LinkHealth.ANSWERING


async def test_streaming_survives_a_dropped_client(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop()
    await me.started()
    await sandbox.fault("salesforce", "drop_cometd")
    await sandbox.post("/control/salesforce/status", {"status": "Transition"})
    await me.seen.wait_for(status_named("Transition"))
    assert me.source.cometd.handshakes == 2
    # The link's subscription went on from its replay id, so the reports missed while away are
    # replayed: no reconcile (three queries before), and the link was still answering (no ping).
    assert me.rest_calls() == START_BUDGET


async def test_a_reconnect_that_cannot_resume_reads_once(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop()
    await me.started()
    await sandbox.fault("salesforce", "lose_replay")  # the desktop's replay id is too old now
    await sandbox.fault("salesforce", "drop_cometd")
    await sandbox.post("/control/salesforce/status", {"status": "Transition"})
    await me.seen.wait_for(status_named("Transition"))
    assert me.source.cometd.handshakes == 2
    # One reconcile for the gap, not one for the gap and another for the reconnect.
    assert me.rest_calls() == START_BUDGET + 3


async def test_streaming_survives_an_expired_session(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop()
    await me.started()
    await sandbox.fault("salesforce", "expire_session")
    # 401, refresh, new handshake:
    await asyncio.wait_for(me.source.cometd.wait_for_handshakes(2), 5)
    await sandbox.post("/control/salesforce/status", {"status": "Break"})
    await me.seen.wait_for(status_named("Break"))
    calls = (await sandbox.state())["apiCalls"]["salesforce"]
    assert calls["oauthRefreshes"] == 1


async def test_short_token_life_and_resume_from_the_store(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop()
    resumed = await SalesforceAccount.resume(
        me.account.config, me.http, me.store, me.account.identity
    )
    assert resumed is not None
    assert resumed.user_id == me.account.user_id
    await sandbox.post("/control/clock", {"advance": 601})  # past access_token_lifetime
    rest = SalesforceRest(me.http, resumed.keeper)
    rows = await rest.query("SELECT Id FROM ServicePresenceStatus")
    assert len(rows) == 5
    assert rest.counter.rest == 2  # refused once, refreshed, retried
    calls = (await sandbox.state())["apiCalls"]["salesforce"]
    assert calls["oauthRefreshes"] == 1
    other = Identity(me.account.identity.org_id, "005SB0000000009YAA")
    assert await SalesforceAccount.resume(me.account.config, me.http, me.store, other) is None


async def test_the_identity_url_says_who_is_signed_in(sandbox: Sandbox, desktop: Any) -> None:
    me = await desktop()
    profile = await me.account.profile(me.source.rest)
    assert profile == UserProfile("Demo Agent", "agent@omnisync.sandbox")
    # An expired access token: the identity URL answers 403 Bad_OAuth_Token; refreshed, retried.
    await sandbox.post("/control/clock", {"advance": 601})
    assert await me.account.profile(me.source.rest) == profile
    calls = (await sandbox.state())["apiCalls"]["salesforce"]
    assert calls["oauthRefreshes"] == 1


MALFORMED_PRESENCE_EVENTS: list[Any] = [
    None,
    [],
    "row",
    {"sobject": None},
    {"sobject": []},
    {"sobject": "row"},
    {"sobject": {"Id": ["0Pf"], "IsCurrentState": True, "ServicePresenceStatusId": "0N5"}},
    {"sobject": {"Id": "0Pf", "IsCurrentState": True, "ServicePresenceStatusId": {"id": 1}}},
    {"sobject": {"Id": "0Pf", "IsCurrentState": "yes", "ServicePresenceStatusId": "0N5"}},
]


async def test_a_malformed_presence_event_is_ignored_and_loses_nothing(
    sandbox: Sandbox, desktop: Any
) -> None:
    """A presence event that is no row (or a row with ids that are no text) neither stops the
    stream's handler nor counts as Offline: the status the client knows stays, and the next real
    change is seen."""
    me = await desktop()
    await me.started()
    await sandbox.post("/control/salesforce/status", {"status": "Available"})
    await me.seen.wait_for(status_named("Available", Cause.SYSTEM))
    for data in MALFORMED_PRESENCE_EVENTS:
        mark = len(me.seen.items)
        await me.source._on_events([(me.source.presence_channel, data)])
        assert not [o for o in me.seen.items[mark:] if isinstance(o, OmniStatusObserved)], data
    await sandbox.post("/control/salesforce/status", {"status": "Available - Chat"})
    await me.seen.wait_for(status_named("Available - Chat", Cause.AGENT))


async def test_work_items_carry_channel_weight_and_the_configured_capacity(
    sandbox: Sandbox, desktop: Any
) -> None:
    """Capacity-aware blocking's inputs, from AgentWork and UserServicePresence."""
    me = await desktop()
    await me.started()
    await sandbox.post("/control/salesforce/status", {"status": "Available"})
    await me.seen.wait_for(status_named("Available", Cause.SYSTEM))
    await sandbox.post("/control/salesforce/work", {"action": "push", "channel": "Chat"})
    await sandbox.post("/control/salesforce/work", {"action": "accept"})
    await me.seen.wait_for(
        work_with(lambda items: [(i.channel, i.weight) for i in items] == [("sfdc_livechat", 1.0)])
    )
    await me.source.reconcile()
    assert me.source.capacity == 2.0  # the sandbox agent's ConfiguredCapacity


async def test_a_changed_workload_alone_reads_the_items_again(
    sandbox: Sandbox, desktop: Any
) -> None:
    """A report whose work counts are unchanged but whose load is (Omni re-weighed an item)
    costs the one AgentWork query; the same load again costs nothing."""
    me = await desktop()
    await me.started()
    await sandbox.post("/control/salesforce/status", {"status": "Available"})
    await sandbox.post("/control/salesforce/work", {"action": "push"})
    await sandbox.post("/control/salesforce/work", {"action": "accept"})
    await me.seen.wait_for(
        work_with(lambda items: [i.state for i in items] == [OmniWorkState.ACTIVE])
    )
    last, known = me.source.link.last_report, me.source._work_counts
    assert last is not None and known is not None and known[2] == 50  # 1 unit of 2
    work, offered = known[0], known[1]
    queries = me.source.counter.by_kind["query"]
    same_counts = replace(last, seq=last.seq + 100, work=work, offered=offered, load=100)
    await me.source.link.handle_text(encode(same_counts))
    assert me.source.counter.by_kind["query"] == queries + 1
    await me.source.link.handle_text(encode(replace(same_counts, seq=last.seq + 101)))
    assert me.source.counter.by_kind["query"] == queries + 1


async def test_a_call_cancelled_mid_answer_gives_its_connection_back(desktop: Any) -> None:
    """A read or upsert cancelled while its answer arrives (a superseded write, a coalesced
    read) must give its connection back to the pool: the connectors share one client, and
    httpcore kept such a connection ACTIVE for good (encode/httpcore#1093)."""
    me = await desktop()
    callers: list[asyncio.Task[Any]] = []

    async def cancel_on_answer(request: httpx.Request) -> None:
        async def trace(event: str, info: dict[str, Any]) -> None:
            if event == "http11.receive_response_headers.complete" and callers:
                callers.pop().cancel()

        request.extensions["trace"] = trace

    limits = httpx.Limits(max_connections=1)
    timeout = httpx.Timeout(10.0, pool=1.0)
    soql = "SELECT Id FROM ServicePresenceStatus"
    async with httpx.AsyncClient(
        limits=limits, timeout=timeout, event_hooks={"request": [cancel_on_answer]}
    ) as http:
        rest = SalesforceRest(http, me.account.keeper)
        for _ in range(3):
            caller = asyncio.create_task(rest.query(soql))
            callers.append(caller)
            with pytest.raises(asyncio.CancelledError):
                await caller
        rows = await rest.query(soql)  # PoolTimeout (a SalesforceError) if a slot was kept
    assert len(rows) == 5
