"""The machine policy: validation messages, the profile menu it produces, OAuth defaults."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from omnisync.settings import (
    GenesysClient,
    Policy,
    PolicyState,
    SalesforceClient,
    UserSettings,
    effective_clients,
    load_policy,
    policy_candidates,
    policy_path,
    profile_menu,
)

GENESYS_ID = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"
SF_KEY = "3MVG9abcdefghijklmnop.QRSTUVWXYZ"
INSTALLED = [("default", "Default"), ("strict", "Strict blocking"), ("relaxed", "Relaxed")]

FULL = f"""
version = 1

[profiles]
allowed = ["default", "strict"]
locked = "strict"

[genesys]
region = "mypurecloud.de"
client_id = "{GENESYS_ID.upper()}"
redirect_port = 8765

[salesforce]
login_host = "Acme.my.salesforce.com"
client_id = "{SF_KEY}"
redirect_port = 1717
"""


def write(tmp_path: Path, text: str) -> Path:
    path = policy_path(tmp_path)
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(state: PolicyState) -> dict[str, str]:
    assert state.error is not None
    return {p.key: str(p) for p in state.error.problems}


def test_no_policy_file_means_no_restrictions(tmp_path):
    state = load_policy(tmp_path)
    assert state.error is None
    assert state.policy == Policy()
    assert state.message() == ""


def test_full_policy_is_read_and_normalised(tmp_path):
    path = write(tmp_path, FULL)
    state = load_policy(tmp_path)
    assert state.error is None
    assert state.policy == Policy(
        path=path,
        allowed_profiles=("default", "strict"),
        locked_profile="strict",
        genesys=GenesysClient("mypurecloud.de", GENESYS_ID, 8765),
        salesforce=SalesforceClient("acme.my.salesforce.com", SF_KEY, 1717),
    )


def test_every_problem_is_listed_with_file_key_and_fix(tmp_path):
    path = write(
        tmp_path,
        """
        [profiles]
        allowed = ["default", "strict"]
        locked = "relaxed"
        [genesys]
        region = "api.mypurecloud.ie"
        client_id = "not-a-guid"
        redirect_port = "8765"
        [salesforce]
        login_host = "https://login.salesforce.com/"
        client_id = "short"
        [oauth]
        """,
    )
    found = problems_of(load_policy(tmp_path))
    assert set(found) == {
        "profiles.locked",
        "genesys.region",
        "genesys.client_id",
        "genesys.redirect_port",
        "salesforce.login_host",
        "salesforce.client_id",
        "oauth",
    }
    assert found["profiles.locked"].startswith(f"{path} [profiles.locked]: error: locks 'relaxed'")
    assert "Fix: add 'relaxed' to profiles.allowed" in found["profiles.locked"]
    assert "Fix: write the region domain only: mypurecloud.ie" in found["genesys.region"]
    assert "Admin > Integrations > OAuth" in found["genesys.client_id"]
    assert "must be a whole number, got '8765'" in found["genesys.redirect_port"]
    assert "leave out https://" in found["salesforce.login_host"]
    assert "Consumer Key" in found["salesforce.client_id"]
    assert "is not a known key" in found["oauth"]


@pytest.mark.parametrize(
    ("text", "key", "snippet"),
    [
        ("[profiles]\nallowed = []\n", "profiles.allowed", "allow no profile"),
        ('[profiles]\nallowed = "default"\n', "profiles.allowed", "must be a list"),
        ('[profiles]\nlocked = "a b"\n', "profiles.locked", "not a profile id"),
        ("profiles = 3\n", "profiles", "must be a table"),
        ('[genesys]\nregion = "mypurecloud.con"\n', "genesys.region", "not a Genesys Cloud"),
        ('[genesys]\nregoin = "x"\n', "genesys.regoin", "did you mean 'genesys.region'"),
        ("[salesforce]\nredirect_port = true\n", "salesforce.redirect_port", "whole number"),
        ("version = 3\n", "version", "newer OmniSync"),
        (
            "[genesys]\nidle_timeout_minutes = 2\n",
            "genesys.idle_timeout_minutes",
            "must be between 5 and 480, got 2. Fix: copy the idle timeout from Admin",
        ),
        (
            "[salesforce]\nredirect_port = 80\n",
            "salesforce.redirect_port",
            "must be between 1024 and 65535, got 80. Fix: use the port of the redirect URI",
        ),
    ],
)
def test_single_problems(tmp_path, text, key, snippet):
    write(tmp_path, text)
    found = problems_of(load_policy(tmp_path))
    assert key in found, found
    assert snippet in found[key]


def test_syntax_error_names_the_file_and_line(tmp_path):
    path = write(tmp_path, '[profiles]\nallowed = ["a"\n')
    state = load_policy(tmp_path)
    [problem] = state.error.problems
    assert problem.file == str(path)
    assert "not valid TOML" in problem.message
    assert "profile switching is disabled" in state.message()
    assert path.exists(), "the admin's file is never moved"


def test_unreadable_policy_is_reported(tmp_path):
    policy_path(tmp_path).mkdir()  # a folder where the file should be: reading fails
    state = load_policy(tmp_path)
    assert "policy.toml: error: cannot be read" in str(state.error)
    assert "profile switching is disabled" in state.message()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout")
def test_default_location_follows_xdg_config_dirs(monkeypatch, tmp_path):
    first, second = tmp_path / "corp", tmp_path / "xdg"
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{first}:{second}")
    assert policy_candidates() == [
        first / "omnisync" / "policy.toml",
        second / "omnisync" / "policy.toml",
    ]
    assert policy_path() == first / "omnisync" / "policy.toml"  # none yet: the preferred one
    (second / "omnisync").mkdir(parents=True)
    (second / "omnisync" / "policy.toml").write_text(FULL)
    assert policy_path() == second / "omnisync" / "policy.toml"
    assert load_policy().policy.locked_profile == "strict"
    (first / "omnisync").mkdir(parents=True)
    (first / "omnisync" / "policy.toml").write_text('[profiles]\nlocked = "default"\n')
    assert load_policy().policy.locked_profile == "default"


def test_default_location_without_xdg_is_etc_xdg(monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
    if sys.platform.startswith("linux"):
        assert policy_candidates() == [Path("/etc/xdg/omnisync/policy.toml")]
    else:
        assert policy_path().name == "policy.toml"


# ---- profile menu -------------------------------------------------------------------------------


def state(**kwargs) -> PolicyState:
    return PolicyState(Policy(path=Path("/etc/xdg/omnisync/policy.toml"), **kwargs))


def entries(menu):
    return {c.profile_id: (c.checked, c.enabled, c.reason.english()) for c in menu.choices}


def test_menu_without_policy_offers_everything():
    menu = profile_menu(INSTALLED, "strict", PolicyState(Policy()), default="default")
    assert menu.active == "strict"
    assert entries(menu) == {
        "default": (False, True, ""),
        "strict": (True, True, ""),
        "relaxed": (False, True, ""),
    }
    assert not menu.notice


def test_menu_uninstalled_choice_falls_back_to_default():
    menu = profile_menu(INSTALLED, "gone", PolicyState(Policy()), default="default")
    assert menu.active == "default"


def test_locked_profile_disables_every_entry_with_the_reason():
    menu = profile_menu(INSTALLED, "relaxed", state(locked_profile="strict"), default="default")
    assert menu.active == "strict"
    reason = "Locked to Strict blocking by your administrator"
    assert entries(menu) == {
        "default": (False, False, reason),
        "strict": (True, False, reason),
        "relaxed": (False, False, reason),
    }


def test_allowed_list_disables_the_others_and_moves_off_a_forbidden_choice():
    menu = profile_menu(
        INSTALLED, "relaxed", state(allowed_profiles=("strict", "default")), default="default"
    )
    assert menu.active == "strict"  # the first allowed, in the policy's order
    assert "'relaxed' is not allowed" in menu.notice.english()
    assert entries(menu)["relaxed"] == (
        False,
        False,
        "Not allowed on this machine by your administrator",
    )
    assert entries(menu)["default"] == (False, True, "")


def test_lock_to_a_missing_profile_keeps_the_current_one_and_says_so():
    menu = profile_menu(INSTALLED, "relaxed", state(locked_profile="night"), default="default")
    assert menu.active == "relaxed"
    assert "'night', which is not installed" in menu.notice.english()
    assert all(not c.enabled for c in menu.choices)


def test_allowed_list_matching_nothing_installed_keeps_the_current_one():
    menu = profile_menu(INSTALLED, None, state(allowed_profiles=("night",)), default="default")
    assert menu.active == "default"
    assert "allows none of the installed" in menu.notice.english()
    assert all(not c.enabled for c in menu.choices)


def test_broken_policy_fails_closed_for_switching(tmp_path):
    write(tmp_path, "[profiles]\nlocked = 1\n")
    broken = load_policy(tmp_path)
    menu = profile_menu(INSTALLED, "relaxed", broken, default="default")
    assert menu.active == "relaxed"
    assert all(
        not c.enabled and "policy file has errors" in c.reason.english() for c in menu.choices
    )
    assert "profiles.locked" in menu.notice.english()


# ---- OAuth clients ------------------------------------------------------------------------------


def test_user_overrides_win_field_by_field():
    policy = state(
        genesys=GenesysClient("mypurecloud.de", GENESYS_ID, 8765),
        salesforce=SalesforceClient("login.salesforce.com", SF_KEY, 1717),
    )
    user = UserSettings(
        genesys=GenesysClient(region="mypurecloud.ie"),
        salesforce=SalesforceClient(redirect_port=1718),
    )
    genesys, salesforce = effective_clients(policy, user)
    assert genesys == GenesysClient("mypurecloud.ie", GENESYS_ID, 8765)
    assert salesforce == SalesforceClient("login.salesforce.com", SF_KEY, 1718)


def test_no_policy_no_overrides_leaves_clients_unset():
    assert effective_clients(PolicyState(Policy()), UserSettings()) == (
        GenesysClient(),
        SalesforceClient(),
    )
