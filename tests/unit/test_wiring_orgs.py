"""Settings and policy to the orgs to sign in to, for the tray app and export-statuses."""

from __future__ import annotations

import pytest

from omnisync.genesys.signin import DEFAULT_REDIRECT_PORT
from omnisync.service.wiring import (
    NotConfigured,
    genesys_org,
    missing_settings,
    orgs_from,
    salesforce_org,
)
from omnisync.settings.oauth import GenesysClient, SalesforceClient
from omnisync.settings.policy import Policy, PolicyState
from omnisync.settings.user import UserSettings

GENESYS = GenesysClient(region="mypurecloud.ie", client_id="6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b")
SALESFORCE = SalesforceClient(login_host="acme.my.salesforce.com", client_id="3MVG9abcdefghij")


def test_both_orgs_from_the_policy_with_the_users_override() -> None:
    policy = PolicyState(Policy(genesys=GENESYS, salesforce=SALESFORCE))
    user = UserSettings(salesforce=SalesforceClient(redirect_port=1717))
    orgs = orgs_from(policy, user)
    assert orgs.genesys.hosts.login == "https://login.mypurecloud.ie"
    assert orgs.genesys.redirect_port == DEFAULT_REDIRECT_PORT
    assert orgs.salesforce.login == "https://acme.my.salesforce.com"
    assert orgs.salesforce.redirect_port == 1717


def test_missing_keys_are_named_for_the_products_wanted_only() -> None:
    empty_g, empty_s = GenesysClient(), SalesforceClient()
    assert missing_settings(empty_g, empty_s) == [
        "genesys.region",
        "genesys.client_id",
        "salesforce.login_host",
        "salesforce.client_id",
    ]
    assert missing_settings(None, empty_s) == ["salesforce.login_host", "salesforce.client_id"]
    assert missing_settings(GENESYS, None) == []
    with pytest.raises(NotConfigured, match=r"salesforce\.client_id not set.*docs/admin\.md"):
        salesforce_org(SalesforceClient(login_host="login.salesforce.com"))
    with pytest.raises(NotConfigured, match=r"genesys\.region, genesys\.client_id not set"):
        orgs_from(PolicyState(Policy(salesforce=SALESFORCE)), UserSettings())
    assert genesys_org(GENESYS).client_id == GENESYS.client_id
