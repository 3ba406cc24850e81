"""Which console link the service uses, shown in its state and told in the audit log, over real
sockets: the sandbox's console component dials the desktop's direct link, is refused by its
browser mid-session, and is let through again."""

from __future__ import annotations

import pytest

from omnisync.core.message import Message
from omnisync.service.audit import ROUTE_KIND
from omnisync.service.state import ServiceState

pytestmark = pytest.mark.integration


def _direct(state: ServiceState) -> bool:
    return state.console_route is not None and state.console_route.direct


def _record(state: ServiceState) -> bool:
    return state.console_route is not None and not state.console_route.direct


async def test_the_route_and_each_change_of_it_are_shown_with_why(running_service) -> None:
    run = await running_service("one-product-at-a-time")
    await run.until(_direct, "the console link goes direct")
    await run.ready()
    await run.sandbox.post("/control/salesforce/direct", {"allowed": False})
    state = await run.until(_record, "the console link falls back to the record")
    assert state.console_route is not None
    assert str(state.console_route.why) == "the console component disconnected"
    await run.omni("Available")  # still followed, now over the record
    await run.until(
        lambda s: s.omni_status is not None and s.omni_status.label == "Available",
        "Omni-Channel seen Available over the record",
    )
    await run.sandbox.post("/control/salesforce/direct", {"allowed": True})
    await run.until(_direct, "the console link is direct again")
    routes = [(e.status, e.detail) for e in run.audit() if e.kind == ROUTE_KIND]
    assert routes == [  # (the record is not told before anything answers on it)
        ("direct", ""),
        ("record", "the console component disconnected"),
        ("direct", ""),
    ]
    shown = [e.trigger for e in run.audit() if e.kind == ROUTE_KIND]
    assert shown[0] == "Salesforce console link: direct, on this computer"
    assert shown[1] == (
        "Salesforce console link: through the Salesforce record "
        "(the console component disconnected)"
    )


async def test_an_org_that_does_not_allow_the_console_origin_stays_on_the_record(
    running_service,
) -> None:
    run = await running_service("one-product-at-a-time", salesforce={"link_origins": ()})
    await run.ready()
    state = await run.until(_record, "the record told as the route once the link answers")
    assert state.console_route is not None
    assert str(state.console_route.why) == (
        "the desktop refused the console component's connection (origin not allowed)"
    )
    assert isinstance(state.console_route.why, Message)  # the status window translates it
    refusals = dict(state.console_route.why.fields)["why"]  # the short tags too, each a message
    assert isinstance(refusals, Message), f"English, not translatable: {refusals!r}"
    assert [type(value) for _name, value in refusals.fields] == [Message]
    link = (await run.sandbox.state())["salesforce"]["link"]
    assert link["transport"] == "record" and "does not answer" in link["fallbackWhy"]
