"""Pure pieces of the Salesforce client: hosts, identity, limits, causes, and the link's intake.

The link's intake is fed every to_desktop example of the shared contract: valid reports are
taken once (duplicates and stale ones dropped), invalid ones are ignored without harm.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from omnisync.auth.errors import SignInRequired
from omnisync.auth.tokens import TokenSet
from omnisync.core.model import Cause
from omnisync.link_protocol import Reason, Report
from omnisync.resources import resource_path
from omnisync.salesforce.errors import SalesforceError
from omnisync.salesforce.limits import ApiUsage, parse_limit_info
from omnisync.salesforce.link import ConsoleLink, LinkHealth
from omnisync.salesforce.login_hosts import login_host
from omnisync.salesforce.omni import soql_literal, work_item
from omnisync.salesforce.rest import SalesforceRest
from omnisync.salesforce.signin import Identity
from omnisync.salesforce.source import cause_of

EXAMPLES = json.loads(resource_path("link", "examples.json").read_text(encoding="utf-8"))
REPORTS = [m for m in EXAMPLES["messages"] if m["direction"] == "to_desktop"]


def test_login_hosts() -> None:
    assert login_host("production") == "https://login.salesforce.com"
    assert login_host("test") == "https://test.salesforce.com"
    assert login_host("mydomain", "Acme") == "https://acme.my.salesforce.com"
    assert (
        login_host("mydomain", "acme--uat.sandbox") == "https://acme--uat.sandbox.my.salesforce.com"
    )
    assert login_host("http://127.0.0.1:8765/") == "http://127.0.0.1:8765"
    assert login_host("https://acme.my.salesforce.com") == "https://acme.my.salesforce.com"
    for bad in (
        "http://login.example.com",
        "http://127.0.0.1:8765/salesforce/login",  # a login host is an origin, never a path
        "ftp://x",
        "nowhere",
    ):
        with pytest.raises(ValueError, match=r"login host|http"):
            login_host(bad)
    with pytest.raises(ValueError, match="My Domain"):
        login_host("mydomain", "acme/../evil")


def test_identity_url_gives_org_and_user() -> None:
    identity = Identity.from_url(
        "https://login.salesforce.com/id/00Dxx0000001gEREAY/005xx000001X7ZQAA0"
    )
    assert identity == Identity("00Dxx0000001gEREAY", "005xx000001X7ZQAA0")
    assert identity.key().service.endswith("/salesforce/00Dxx0000001gEREAY")
    with pytest.raises(SignInRequired):
        Identity.from_url("https://login.salesforce.com/services/oauth2/userinfo")


def test_limit_info_header() -> None:
    assert parse_limit_info("api-usage=25/15000") == ApiUsage(25, 15000)
    assert parse_limit_info("per-app-api-usage=1/10(appName=x), api-usage=7/100") == ApiUsage(
        7, 100
    )
    assert parse_limit_info(None) is None
    assert str(ApiUsage(1, 2)) == "1/2 API calls in the last 24 h"


def test_causes_from_reasons() -> None:
    assert cause_of(Reason.TOOLKIT) is Cause.APP
    assert cause_of(Reason.MANUAL) is Cause.AGENT
    for reason in (Reason.PUSH_TIMEOUT, Reason.DECLINE, Reason.SUPERVISOR, Reason.LOGIN, None):
        assert cause_of(reason) is Cause.SYSTEM


def test_soql_literal_escapes_quotes() -> None:
    assert soql_literal("it's") == "'it\\'s'"


def test_work_item_shapes() -> None:
    offered = work_item({"Id": "0Bz1", "Status": "Assigned", "PendingServiceRouting": None})
    assert offered.state.value == "offered"
    assert not offered.externally_routed
    external = work_item(
        {
            "Id": "0Bz2",
            "Status": "Opened",
            "PendingServiceRouting": {"RoutingType": "ExternalRouting"},
        }
    )
    assert external.state.value == "active"
    assert external.externally_routed


def _link(reports: list[Report], health: list[LinkHealth]) -> ConsoleLink:
    async def on_report(report: Report) -> None:
        reports.append(report)

    async def on_health(now: LinkHealth, before: LinkHealth | None, why: str) -> None:
        health.append(now)

    return ConsoleLink(None, "005", on_report=on_report, on_health=on_health)  # type: ignore[arg-type]


def _event(raw: str) -> dict[str, Any]:
    return {"sobject": {"Id": "a0S1", "Agent_Id__c": "005", "To_Desktop__c": raw}}


@pytest.mark.parametrize("example", REPORTS, ids=[m["name"] for m in REPORTS])
async def test_link_intake_follows_the_contract(example: dict[str, Any]) -> None:
    reports: list[Report] = []
    health: list[LinkHealth] = []
    link = _link(reports, health)
    await link.handle(_event(example["raw"]))
    await link.handle(_event(example["raw"]))  # delivered twice: taken once
    if example["valid"]:
        assert [r.to_dict() for r in reports] == [example["parsed"]]
        closed = example["parsed"]["console"] == "closed"
        assert health == [LinkHealth.SILENT if closed else LinkHealth.ANSWERING]
    else:
        assert reports == []
        assert health == []


async def test_link_intake_drops_stale_reports() -> None:
    reports: list[Report] = []
    link = _link(reports, [])
    base = '{{"v":1,"seq":{},"ack":0,"status":null,"reason":null,"work":0,"console":"open"}}'
    for seq in (1, 3, 2, 3, 4):
        await link.handle(_event(base.format(seq)))
    assert [r.seq for r in reports] == [1, 3, 4]


class _Signed:
    """A token source holding one token set, as the keeper does after sign-in."""

    def __init__(self, instance_url: str) -> None:
        self.tokens = TokenSet("t", instance_url=instance_url)

    async def access_token(self) -> str:
        return "t"

    async def unauthorized(self, rejected: str) -> str:
        return "t"


async def test_instance_url_is_taken_as_an_origin_only() -> None:
    async with httpx.AsyncClient() as http:
        good = SalesforceRest(http, _Signed("https://acme.my.salesforce.com/"))
        assert good.data_url("query") == "https://acme.my.salesforce.com/services/data/v62.0/query"
        for bad in ("http://127.0.0.1:9/salesforce/instance", "http://acme.my.salesforce.com"):
            with pytest.raises(SalesforceError) as caught:
                SalesforceRest(http, _Signed(bad)).data_url("query")
            assert caught.value.code == "BAD_INSTANCE_URL"
