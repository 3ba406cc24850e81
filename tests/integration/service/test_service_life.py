"""The service through a shift: no console link, the console closed, expiring sessions, faults,
a profile switched live, and a restart that never writes."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from omnisync.core.decision import SyncMode
from omnisync.core.message import Message
from omnisync.core.model import Product
from omnisync.service.state import Account, Channel, Health, Remedy, SignIn
from omnisync.timing import Backoff
from support.catalog import walk

RECORD_LINK = {"link_origins": ()}
"""The console on the record link: streaming runs all along (the direct link pauses it, and
these tests are about streaming's failures)."""

pytestmark = pytest.mark.integration


@pytest.fixture
def sandbox_settings(
    sandbox_settings: dict[str, dict[str, Any]], request: pytest.FixtureRequest
) -> dict[str, dict[str, Any]]:
    extra = dict(getattr(request, "param", {}))
    if "genesys_token_lifetime" in extra:
        sandbox_settings["genesys"]["token_lifetime"] = extra.pop("genesys_token_lifetime")
    sandbox_settings["salesforce"].update(extra)
    return sandbox_settings


@pytest.mark.parametrize("sandbox_settings", [{"component_installed": False}], indirect=True)
async def test_without_the_console_component_omni_actions_ask_the_agent(running_service) -> None:
    run = await running_service("one-product-at-a-time")
    await run.omni("Transition")
    await run.until(
        lambda s: (
            s.omni_status is not None
            and s.genesys_presence is not None
            and s.view.mode is not SyncMode.OFF
            and s.channels.get(Channel.CONSOLE_LINK) is not None
            and s.channels[Channel.CONSOLE_LINK].health is Health.DOWN
        ),
        "the link found absent",
    )
    await run.genesys("On Queue")
    state = await run.until(
        lambda s: any(t.remedy is Remedy.SET_STATUS_YOURSELF for t in s.must_do), "an ask"
    )
    ask = next(t for t in state.must_do if t.remedy is Remedy.SET_STATUS_YOURSELF)
    assert "please set Omni-Channel to Busy" in ask.text
    assert isinstance(ask.detail, Message)  # why, in words a translator reaches:
    english = [
        node.text if value is None else value
        for node, value in walk(ask.detail)
        if (value is None and node.verbatim) or (value is not None and " the " in f" {value} ")
    ]
    assert english == [], english  # no sentence of the console link's left as plain data
    assert any("console" in t.text for t in state.must_do if t.remedy is Remedy.OPEN_CONSOLE)
    await run.statuses("On Queue", "Transition")  # the app did not (could not) write it
    await run.omni("Busy")  # the agent does as asked
    await run.until(
        lambda s: not any(t.remedy is Remedy.SET_STATUS_YOURSELF for t in s.must_do),
        "the ask answered",
    )
    await run.statuses("On Queue", "Busy")
    asked = [e for e in run.audit() if e.kind == "ask"]
    assert [e.rule for e in asked] == ["R1"]


async def test_console_closed_suspends_and_says_what_to_do(running_service) -> None:
    run = await running_service("one-product-at-a-time")
    await run.omni("Busy")
    await run.ready()
    await run.genesys("On Queue")
    await run.mode(SyncMode.MAPPED)
    await run.sandbox.post("/control/salesforce/console", {"open": False})
    state = await run.until(lambda s: s.view.mode is SyncMode.SUSPENDED, "suspended")
    assert "Omni-Channel is Offline: sync is suspended" in state.view.why
    await run.until(
        lambda s: any(t.remedy is Remedy.OPEN_CONSOLE for t in s.must_do), "open console"
    )
    await run.genesys("Break")  # no rule may write while Omni-Channel is offline
    await run.statuses("Break", "Offline")
    await run.sandbox.post("/control/salesforce/console", {"open": True})
    await run.omni("Busy")
    await run.statuses("On Queue", "Busy")  # R2 once the agent is back in the mapped status


@pytest.mark.parametrize("sandbox_settings", [{"genesys_token_lifetime": 6.0}], indirect=True)
async def test_genesys_session_expiring_mid_shift(running_service) -> None:
    """Genesys gives PKCE clients no refresh token: "sign in soon", then expired, then resumed."""
    run = await running_service("one-product-at-a-time")
    await run.omni("Busy")
    await run.ready()
    await run.genesys("On Queue")
    await run.mode(SyncMode.MAPPED)
    soon = await run.until(lambda s: s.genesys.sign_in is SignIn.SIGN_IN_SOON, "sign in soon")
    assert any("session ends at" in t.text for t in soon.must_do)
    expired = await run.until(lambda s: s.genesys.sign_in is SignIn.EXPIRED, "expired")
    assert expired.view.mode is SyncMode.SUSPENDED
    assert any(t.remedy is Remedy.SIGN_IN_GENESYS and t.urgent for t in expired.must_do)
    await run.service.sign_in(Product.GENESYS)
    await run.until(lambda s: s.genesys.sign_in is SignIn.SIGNED_IN, "signed in again")
    await run.mode(SyncMode.MAPPED)
    await run.genesys("Break")
    await run.statuses("Break", "Transition")


async def test_salesforce_session_expiry_is_refreshed_silently(running_service) -> None:
    run = await running_service("one-product-at-a-time")
    await run.omni("Transition")
    await run.ready()
    await run.sandbox.fault("salesforce", "expire_session")
    await run.genesys("On Queue")
    await run.statuses("On Queue", "Busy")
    assert run.service.state.salesforce.sign_in is SignIn.SIGNED_IN


async def test_drops_on_both_sides_lose_no_change(running_service) -> None:
    run = await running_service("one-product-at-a-time")
    await run.omni("Transition")
    await run.ready()
    await run.sandbox.fault("genesys", "drop_websocket")
    await run.sandbox.fault("salesforce", "drop_cometd")
    await run.genesys("On Queue")
    await run.statuses("On Queue", "Busy")
    await run.mode(SyncMode.MAPPED)


async def test_profile_switched_live(running_service, tmp_path: Path) -> None:
    run = await running_service("one-product-at-a-time")
    await run.omni("Busy")
    await run.ready()
    await run.genesys("On Queue")
    await run.mode(SyncMode.MAPPED)

    # The one problem is the org's fact the app read: this org's presence configuration sets
    # Busy on decline, the profile's Omni blocking status too (a warning: the switch happens).
    problems = run.service.choose_profile("both-block-while-working")
    assert [(p.key, p.severity.value) for p in problems] == [
        ("blocking.omni_while_genesys_interaction", "warning")
    ]
    state = await run.until(lambda s: s.profile_id == "both-block-while-working", "switched")
    assert state.genesys_presence is not None
    assert state.genesys_presence.label == "On Queue", "switching writes nothing"
    await run.statuses("On Queue", "Busy")
    await run.omni("Available")  # now the mapped status: Genesys is already On Queue
    await run.statuses("On Queue", "Available")
    work = await run.work("push")
    await run.work("accept", work)
    await run.statuses("Busy", "Available")  # blocking only exists in the new profile

    problems = run.service.choose_profile("no-such-profile")
    assert problems[0].message == 'there is no profile "no-such-profile"'
    assert run.service.state.profile_id == "both-block-while-working"


async def test_a_profile_that_does_not_fit_the_org_is_refused(running_service, tmp_path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    good = (Path(__file__).parents[3] / "resources/profiles/one-product-at-a-time.toml").read_text()
    (user / "typo.toml").write_text(good.replace('omni = "Busy"', 'omni = "Bussy"'))
    run = await running_service("one-product-at-a-time")
    await run.omni("Transition")
    await run.ready()
    problems = run.service.choose_profile("typo")
    assert [p.message for p in problems] == ['no Omni-Channel status is named "Bussy"']
    assert run.service.state.profile_id == "one-product-at-a-time"
    await run.genesys("On Queue")
    await run.statuses("On Queue", "Busy")


async def test_a_profile_that_cannot_be_used_asks_in_words_a_translator_reaches(
    running_service, tmp_path
) -> None:
    """The "choose another profile" task carries the problem as a message (translated in the
    status window), not its English text."""
    user = tmp_path / "user"
    user.mkdir()
    good = (Path(__file__).parents[3] / "resources/profiles/one-product-at-a-time.toml").read_text()
    (user / "typo.toml").write_text(good.replace('omni = "Busy"', 'omni = "Bussy"'))
    run = await running_service("typo")
    state = await run.until(
        lambda s: any(t.remedy is Remedy.CHOOSE_PROFILE for t in s.must_do), "asked"
    )
    [task] = [t for t in state.must_do if t.remedy is Remedy.CHOOSE_PROFILE]
    assert isinstance(task.detail, Message)
    marked = task.detail.render(lambda _context, text: f"<{text}>")
    assert marked.startswith(
        '<<no {product} status is named "{name}">'.format(product="Omni-Channel", name="Bussy")
    ), marked
    assert "<Did you mean {name}?>".format(name='"Busy"') in marked


async def test_restart_reconciles_and_never_writes(running_service) -> None:
    first = await running_service("one-product-at-a-time")
    await first.omni("Available")
    await first.ready()
    await first.genesys("Break")  # the agent's own, unsynced choice: Break and Available
    await first.statuses("Break", "Available")
    await first.service.shutdown()
    second = await running_service("one-product-at-a-time", sign_in=())
    assert second.service.state.genesys.sign_in is SignIn.SIGNED_IN, "resumed from the store"
    await second.ready()
    await second.statuses("Break", "Available")
    assert [e for e in second.audit() if e.kind == "enforce"] == []


async def test_genesys_write_is_confirmed_by_its_answer_when_events_lag(running_service) -> None:
    """Notifications delayed past the confirmation timeout: the PATCH answer confirms the write,
    nothing is retried, and the late event starts no chain of rules."""
    run = await running_service("one-product-at-a-time")
    await run.omni("Busy")
    await run.ready()
    await run.genesys("On Queue")
    await run.mode(SyncMode.MAPPED)
    await run.sandbox.fault("genesys", "delay_events", seconds=6)
    mark = len(run.audit())
    await run.omni("Available")  # R4: Genesys -> Available
    await run.until(
        lambda s: s.genesys_presence is not None and s.genesys_presence.label == "Available",
        "Genesys Available",
    )
    entries = run.audit()[mark:]
    outcomes = [(e.rule, e.outcome.value) for e in entries if e.rule == "R4"]
    assert outcomes == [("R4", "pending"), ("R4", "confirmed")]
    await asyncio.sleep(7)  # the delayed notification arrives: it is no change
    assert run.written_rules(mark) == ["R4"]
    await run.statuses("Available", "Available")


async def test_salesforce_tokens_revoked_then_signed_in_again(running_service) -> None:
    """Streaming ends for good (the refresh token is revoked): the failure shows, and signing in
    again starts a fresh connection that syncs."""
    run = await running_service("one-product-at-a-time", salesforce=RECORD_LINK)
    await run.omni("Transition")
    await run.ready()
    await run.sandbox.fault("salesforce", "revoke_tokens")
    await run.sandbox.fault("salesforce", "drop_cometd")
    await run.until(
        lambda s: s.problem and s.channels[Channel.SALESFORCE_STREAMING].health is not Health.UP,
        "streaming down",
    )
    await run.service.sign_in(Product.OMNI)
    await run.ready()
    await run.genesys("On Queue")
    await run.statuses("On Queue", "Busy")


async def test_salesforce_api_limit_then_recovery_needs_no_sign_in(running_service) -> None:
    """The org's API allowance runs out while streaming must reconnect: the failure shows, the
    connection is retried with backoff, and once calls are allowed again it resumes with the
    saved session (no sign-in asked) and syncs."""
    run = await running_service("one-product-at-a-time", salesforce=RECORD_LINK)
    await run.omni("Transition")
    await run.ready()
    await run.sandbox.fault("salesforce", "api_limit", on=True)
    await run.sandbox.fault("salesforce", "lose_replay")  # so the reconnect must read again
    await run.sandbox.fault("salesforce", "drop_cometd")  # the reconnect's reconcile is refused
    down = await run.until(
        lambda s: s.channels[Channel.SALESFORCE_API].health is not Health.UP,
        "the Salesforce API shown as failing",
    )
    detail = down.channels[Channel.SALESFORCE_API].detail
    assert isinstance(detail, Message)  # our sentence, translated; the server's words a field
    assert "limit" in detail.english().lower()
    assert down.salesforce.sign_in is SignIn.SIGNED_IN
    await run.sandbox.fault("salesforce", "api_limit", on=False)
    await run.until(  # read again by itself: no reconnect, no sign-in
        lambda s: s.channels[Channel.SALESFORCE_API].health is Health.UP, "reads working again"
    )
    assert not run.service.state.problem
    await run.ready()
    await run.genesys("On Queue")
    await run.statuses("On Queue", "Busy")
    assert run.service.state.salesforce.sign_in is SignIn.SIGNED_IN


DANA = Account("Dana Demo", "dana.demo@example.com")
DEMO_AGENT = Account("Demo Agent", "agent@omnisync.sandbox")


async def test_the_state_says_who_is_signed_in_and_forgets_it_on_sign_out(running_service) -> None:
    run = await running_service("one-product-at-a-time")
    state = await run.until(
        lambda s: s.salesforce.account is not None, "the Salesforce identity read"
    )
    assert (state.genesys.account, state.salesforce.account) == (DANA, DEMO_AGENT)
    await run.service.sign_out(Product.GENESYS)
    assert run.service.state.genesys.account is None
    assert run.service.state.salesforce.account == DEMO_AGENT
    await run.service.sign_out(Product.OMNI)
    assert run.service.state.salesforce.account is None
    signing_in = asyncio.create_task(run.service.sign_in(Product.GENESYS))
    await asyncio.sleep(0)  # the sign-in runs up to its first network wait
    assert run.service.state.genesys.sign_in is SignIn.SIGNING_IN
    assert run.service.state.genesys.account is None, "nobody is known while signing in"
    await signing_in
    assert run.service.state.genesys.account == DANA


async def test_a_resumed_session_says_who_is_signed_in(running_service) -> None:
    first = await running_service("one-product-at-a-time")
    await first.until(lambda s: s.salesforce.account is not None, "the Salesforce identity read")
    await first.service.shutdown()
    second = await running_service("one-product-at-a-time", sign_in=())
    state = await second.until(
        lambda s: s.genesys.account is not None and s.salesforce.account is not None,
        "both names after a restart without a browser",
    )
    assert (state.genesys.account, state.salesforce.account) == (DANA, DEMO_AGENT)


async def test_retry_ends_the_waits_before_the_next_attempt(running_service) -> None:
    """The status window's Retry button: with back-offs of a minute under way (a Salesforce
    read refused by the API limit, a dropped Genesys socket), Retry reads and reconnects now."""
    minute = Backoff(60.0, 60.0)
    run = await running_service(
        "one-product-at-a-time",
        genesys={"backoff": minute},
        salesforce={"reread_backoff": minute, **RECORD_LINK},
    )
    await run.omni("Transition")
    await run.ready()
    await run.sandbox.fault("salesforce", "api_limit", on=True)
    await run.sandbox.fault("salesforce", "lose_replay")  # so the reconnect must read again
    await run.sandbox.fault("salesforce", "drop_cometd")
    await run.until(
        lambda s: s.channels[Channel.SALESFORCE_API].health is Health.DOWN, "the read refused"
    )
    await run.sandbox.fault("salesforce", "api_limit", on=False)
    await run.sandbox.fault("genesys", "drop_websocket")
    await run.until(
        lambda s: s.channels[Channel.GENESYS_NOTIFICATIONS].health is not Health.UP,
        "Genesys reconnecting",
    )
    run.service.retry()
    await run.until(  # well within the test's 8 s, against a minute of back-off
        lambda s: all(h.health is Health.UP for h in s.channels.values()), "everything up"
    )
    await run.genesys("On Queue")
    await run.statuses("On Queue", "Busy")


async def test_signing_out_while_reads_keep_failing_stops_them(running_service) -> None:
    """Re-reads failing every 50 ms (API limit) when the agent signs out: the sign-out ends at
    once, no re-read survives it, and nothing reports Salesforce as up afterwards."""
    run = await running_service(
        "one-product-at-a-time", salesforce={"reread_backoff": Backoff(0.05, 0.05), **RECORD_LINK}
    )
    await run.omni("Transition")
    await run.ready()
    await run.sandbox.fault("salesforce", "api_limit", on=True)
    await run.sandbox.fault("salesforce", "lose_replay")  # so the reconnect must read again
    await run.sandbox.fault("salesforce", "drop_cometd")
    await run.until(
        lambda s: s.channels[Channel.SALESFORCE_API].health is Health.DOWN, "the read refused"
    )
    await asyncio.sleep(0.2)  # a few re-reads, one of them perhaps in flight
    await asyncio.wait_for(run.service.sign_out(Product.OMNI), 5)
    await run.sandbox.fault("salesforce", "api_limit", on=False)  # a read now would succeed
    await asyncio.sleep(0.3)
    rereads = [t for t in asyncio.all_tasks() if t.get_name() == "salesforce-reread"]
    assert [t for t in rereads if not t.done()] == []
    state = run.service.state
    assert state.salesforce.sign_in is SignIn.SIGNED_OUT
    assert state.channels[Channel.SALESFORCE_API].health is not Health.UP


async def test_a_logout_salesforce_explains_is_told_and_not_blamed_on_you(running_service) -> None:
    """A supervisor's logout: a task (so a notification) that says why, a suspended reason that
    does not read as if the agent logged out; gone once Omni-Channel is back."""
    run = await running_service("one-product-at-a-time")
    await run.omni("Busy")
    await run.ready()
    await run.genesys("On Queue")
    await run.mode(SyncMode.MAPPED)
    await run.sandbox.post("/control/salesforce/status", {"status": "Offline", "by": "supervisor"})
    state = await run.until(
        lambda s: any(t.remedy is Remedy.LOG_IN_OMNI for t in s.must_do), "the logout told"
    )
    task = next(t for t in state.must_do if t.remedy is Remedy.LOG_IN_OMNI)
    assert str(task.detail) == "a supervisor logged you out"
    assert state.view.why == (
        "Omni-Channel is Offline (a supervisor logged you out): sync is suspended"
    )
    await run.omni("Busy")
    await run.until(
        lambda s: not any(t.remedy is Remedy.LOG_IN_OMNI for t in s.must_do), "the task gone"
    )
