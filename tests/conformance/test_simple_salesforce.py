"""simple-salesforce against the sandbox, unpatched: the token's ``instance_url`` is all it gets.

simple-salesforce keeps only the host and port of ``instance_url`` and builds every URL as
``https://`` + that, so it runs on ``tls_clouds``; its requests session trusts the test CA (and
ignores ``REQUESTS_CA_BUNDLE``, which would otherwise override the session's ``verify``). The
OAuth code + PKCE exchange is done by hand (``sign_in_by_hand``), as the app that hands
simple-salesforce its token does.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import requests
from simple_salesforce import Salesforce
from simple_salesforce.exceptions import (
    SalesforceExpiredSession,
    SalesforceMalformedRequest,
    SalesforceRefusedRequest,
    SalesforceResourceNotFound,
)

from conformance.conftest import Clouds
from support.oauth_by_hand import sign_in_by_hand

pytestmark = pytest.mark.integration

VERSION = "62.0"

# The reads the desktop makes (omnisync/salesforce/omni.py), each object at least once.
AGENT = "{agent}"  # the signed-in agent's id, quoted (see soql())
READS = {
    "ServicePresenceStatus": "SELECT Id, MasterLabel, DeveloperName FROM ServicePresenceStatus",
    "ServiceChannelStatus": "SELECT ServicePresenceStatusId FROM ServiceChannelStatus",
    "UserServicePresence": "SELECT Id, ServicePresenceStatusId, StatusStartDate "
    f"FROM UserServicePresence WHERE UserId = {AGENT} AND IsCurrentState = true "
    "ORDER BY StatusStartDate DESC LIMIT 1",
    "AgentWork": "SELECT Id, Status, PendingServiceRouting.RoutingType FROM AgentWork "
    f"WHERE UserId = {AGENT} AND Status IN ('Assigned', 'Opened') ORDER BY Id",
    "OmniSync_Link__c": "SELECT To_Console__c, To_Desktop__c FROM OmniSync_Link__c "
    f"WHERE Agent_Id__c = {AGENT} LIMIT 1",
    "PushTopic": "SELECT Name, Query FROM PushTopic",
}


def soql(clouds: Clouds, sobject: str) -> str:
    return READS[sobject].format(agent=f"'{clouds.endpoints['salesforce']['agent']['userId']}'")


async def _sign_in(clouds: Clouds) -> dict[str, Any]:
    async with httpx.AsyncClient(verify=clouds.verify) as http:
        return await sign_in_by_hand(http, clouds.endpoints["salesforce"])


@pytest.fixture
def session(tls_clouds: Clouds) -> Iterator[requests.Session]:
    with requests.Session() as http:
        http.verify = tls_clouds.ca_file
        http.trust_env = False
        yield http


@pytest.fixture
def tokens(tls_clouds: Clouds) -> dict[str, Any]:
    return asyncio.run(_sign_in(tls_clouds))


@pytest.fixture
def sf(tokens: dict[str, Any], session: requests.Session) -> Salesforce:
    return Salesforce(
        instance_url=tokens["instance_url"],
        session_id=tokens["access_token"],
        session=session,
        version=VERSION,
    )


def test_the_token_answer_is_what_simple_salesforce_needs(
    tls_clouds: Clouds, tokens: dict[str, Any], sf: Salesforce
) -> None:
    assert tokens["instance_url"] == tls_clouds.url("salesforce.instance")
    assert sf.base_url == f"{tokens['instance_url']}/services/data/v{VERSION}/"
    user = tls_clouds.endpoints["salesforce"]["agent"]["userId"]
    assert tokens["id"].endswith(f"/id/{tls_clouds.endpoints['salesforce']['orgId']}/{user}")


@pytest.mark.parametrize("sobject", sorted(READS))
def test_soql_on_every_object_we_read(tls_clouds: Clouds, sf: Salesforce, sobject: str) -> None:
    tls_clouds.post("/control/salesforce/status", {"status": "Available"})  # a presence row
    result = sf.query_all(soql(tls_clouds, sobject))
    assert result["done"] is True
    assert result["totalSize"] == len(result["records"])
    if sobject != "AgentWork":  # the agent has no open work at the start
        assert result["records"], sobject
    for row in result["records"]:
        attributes = row["attributes"]
        assert attributes["type"] == sobject
        assert attributes["url"].startswith(f"/services/data/v{VERSION}/sobjects/{sobject}/")


def test_relationship_fields_and_open_work(tls_clouds: Clouds, sf: Salesforce) -> None:
    tls_clouds.post("/control/salesforce/status", {"status": "Available"})
    tls_clouds.post("/control/salesforce/work", {"action": "push"})
    (row,) = sf.query(soql(tls_clouds, "AgentWork"))["records"]
    assert row["Status"] == "Assigned"
    assert row["PendingServiceRouting"]["attributes"]["type"] == "PendingServiceRouting"
    assert row["PendingServiceRouting"]["RoutingType"] == "QueueBased"


def test_link_record_upsert(tls_clouds: Clouds, sf: Salesforce) -> None:
    user = tls_clouds.endpoints["salesforce"]["agent"]["userId"]
    status = sf.OmniSync_Link__c.upsert(f"Agent_Id__c/{user}", {"To_Console__c": "hello"})
    assert status == 200  # the console's first report made the record: an update
    (row,) = sf.query(soql(tls_clouds, "OmniSync_Link__c"))["records"]
    assert row["To_Console__c"] == "hello"
    with pytest.raises(SalesforceMalformedRequest) as other:
        sf.OmniSync_Link__c.upsert(f"Agent_Id__c/{user[:-4]}X{user[-3:]}", {"To_Console__c": "x"})
    assert other.value.content[0]["errorCode"] == "FIELD_CUSTOM_VALIDATION_EXCEPTION"


def test_error_classes(tokens: dict[str, Any], session: requests.Session, sf: Salesforce) -> None:
    with pytest.raises(SalesforceMalformedRequest) as field:
        sf.query("SELECT Nope FROM ServicePresenceStatus")
    assert field.value.content[0]["errorCode"] == "INVALID_FIELD"
    with pytest.raises(SalesforceMalformedRequest) as malformed:
        sf.query("SELECT FROM WHERE")
    assert malformed.value.content[0]["errorCode"] == "MALFORMED_QUERY"
    with pytest.raises(SalesforceMalformedRequest) as create:
        sf.UserServicePresence.create({"UserId": "005000000000000AAA"})
    assert create.value.content[0]["errorCode"] == "INVALID_TYPE_FOR_OPERATION"
    with pytest.raises(SalesforceResourceNotFound):
        sf.Nothing__c.upsert("Agent_Id__c/x", {})
    stale = Salesforce(
        instance_url=tokens["instance_url"], session_id="expired", session=session, version=VERSION
    )
    with pytest.raises(SalesforceExpiredSession):
        stale.query("SELECT Id FROM User")


def test_limits_and_the_org_allowance(tls_clouds: Clouds, sf: Salesforce) -> None:
    limits = sf.limits()
    assert limits["DailyApiRequests"]["Max"] == 15000
    assert 0 < limits["DailyApiRequests"]["Remaining"] < 15000
    used = sf.api_usage["api-usage"]
    assert used.total == 15000
    assert used.used == 15000 - limits["DailyApiRequests"]["Remaining"]
    tls_clouds.post("/control/faults", {"product": "salesforce", "kind": "api_limit"})
    with pytest.raises(SalesforceRefusedRequest) as refused:
        sf.query("SELECT Id FROM User")
    assert refused.value.content[0]["errorCode"] == "REQUEST_LIMIT_EXCEEDED"
