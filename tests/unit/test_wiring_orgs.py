"""Settings and policy to the orgs to sign in to, for the tray app and export-statuses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from omnisync.genesys.regions import DEFAULT_REDIRECT_PORT
from omnisync.service.wiring import (
    NotConfigured,
    genesys_org,
    missing_settings,
    orgs_from,
    salesforce_org,
)
from omnisync.settings.oauth import GenesysClient, SalesforceClient
from omnisync.settings.policy import Policy, PolicyState, policy_from_data
from omnisync.settings.problems import ConfigError
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


def test_the_policys_console_origins_reach_the_salesforce_org_and_bad_ones_are_named() -> None:
    data = {
        "salesforce": {
            "link_origins": [
                "https://Acme.Lightning.Force.com/",
                "https://acme.lightning.force.com",
            ]
        }
    }
    policy = policy_from_data("policy.toml", data)
    assert policy.link_origins == ("https://acme.lightning.force.com",)
    state = PolicyState(replace(policy, genesys=GENESYS, salesforce=SALESFORCE))
    assert orgs_from(state, UserSettings()).salesforce.link_origins == policy.link_origins
    for bad, said in [
        ("http://acme.lightning.force.com", "is not an https origin"),
        ("https://acme.lightning.force.com/console", "is not an origin"),
        ("acme.lightning.force.com", "is not an https origin"),
    ]:
        with pytest.raises(ConfigError, match=said) as caught:
            policy_from_data("policy.toml", {"salesforce": {"link_origins": [bad]}})
        assert "salesforce.link_origins" in str(caught.value)
    sandbox = policy_from_data("p", {"salesforce": {"link_origins": ["http://127.0.0.1:8766"]}})
    assert sandbox.link_origins == ("http://127.0.0.1:8766",)
