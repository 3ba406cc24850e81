"""``omnisync policy``: an administrator checks a policy file before deploying it."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

import pytest

from omnisync.cli import main

ROOT = Path(__file__).resolve().parents[2]

GOOD = """
[profiles]
allowed = ["both-block-while-working", "one-product-at-a-time"]
[genesys]
region = "eu_west_1"
redirect_port = 53682
"""


def test_good_file_is_ok_and_summarised(tmp_path, capsys):
    path = tmp_path / "candidate.toml"
    path.write_text(GOOD)
    assert main(["policy", "--file", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"{path}: OK" in out
    assert "profiles allowed: both-block-while-working, one-product-at-a-time" in out
    assert "genesys OAuth client: region=mypurecloud.ie, redirect_port=53682" in out
    assert "salesforce OAuth client: not set" in out


def test_bad_file_lists_its_problems_and_fails(tmp_path, capsys):
    path = tmp_path / "candidate.toml"
    path.write_text('[profiles]\nlocked = "x y"\n[genesys]\nredirect_port = 99999\n')
    assert main(["policy", "--file", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path} [profiles.locked]: error: is not a profile id" in out
    assert f"{path} [genesys.redirect_port]: error: must be between 1024 and 65535" in out
    assert f"{path}: 2 error(s): not valid. Deployed like this, the app ignores it" in out


def test_missing_file_fails(tmp_path, capsys):
    assert main(["policy", "--file", str(tmp_path / "nope.toml")]) == 1
    assert "no such file" in capsys.readouterr().out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout")
def test_without_file_checks_the_machine_policy(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path))
    assert main(["policy"]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "omnisync" / "policy.toml") in out
    assert "No machine policy: agents may choose any installed profile." in out
    (tmp_path / "omnisync").mkdir()
    (tmp_path / "omnisync" / "policy.toml").write_text(
        '[profiles]\nlocked = "one-product-at-a-time"\n'
    )
    assert main(["policy"]) == 0
    out = capsys.readouterr().out
    assert "(found: in force)" in out
    assert "profile locked to: one-product-at-a-time" in out


def test_profile_ids_must_be_installed_or_shipped_beside_the_policy(tmp_path, capsys):
    path = tmp_path / "candidate.toml"
    path.write_text('[profiles]\nallowed = ["night-shift", "one-product-at-a-time"]\n')
    assert main(["policy", "--file", str(path)]) == 1
    out = capsys.readouterr().out
    assert (
        f'{path} [profiles.allowed]: error: your policy names the profile "night-shift", which '
        "is not installed on this machine." in out
    )
    assert f"{path}: 1 error(s): not valid" in out
    assert "both-block-while-working" in out  # the fix names what is installed
    shipped = tmp_path / "profiles"
    shipped.mkdir()
    builtin = ROOT / "resources" / "profiles" / "one-product-at-a-time.toml"
    (shipped / "night-shift.toml").write_text(builtin.read_text(encoding="utf-8"))
    assert main(["policy", "--file", str(path), "--profiles", str(shipped)]) == 0


def test_a_broken_shipped_profile_does_not_count_as_installed(tmp_path, capsys):
    path = tmp_path / "candidate.toml"
    path.write_text('[profiles]\nlocked = "night-shift"\n')
    shipped = tmp_path / "profiles"
    shipped.mkdir()
    (shipped / "night-shift.toml").write_text("enabled = maybe\n")
    assert main(["policy", "--file", str(path), "--profiles", str(shipped)]) == 1
    assert 'profile "night-shift", which is not installed' in capsys.readouterr().out


def test_managed_preferences_plist_is_checked(tmp_path, capsys):
    path = tmp_path / "com.omnisync.companion.plist"
    path.write_bytes(plistlib.dumps({"profiles": {"locked": "both-external-routing"}}))
    assert main(["policy", "--file", str(path)]) == 0
    assert "profile locked to: both-external-routing" in capsys.readouterr().out


def test_suggestions_are_only_ids_that_exist(tmp_path, capsys):
    path = tmp_path / "candidate.toml"
    path.write_text('[profiles]\nlocked = "one-product-at-time"\n')
    assert main(["policy", "--file", str(path)]) == 1
    out = capsys.readouterr().out
    assert 'Fix: Did you mean "one-product-at-a-time"?' in out
    assert 'one-product-at-time"?' not in out


def test_a_missing_file_says_what_to_do(tmp_path, capsys):
    assert main(["policy", "--file", str(tmp_path / "nope.toml")]) == 1
    out = capsys.readouterr().out
    assert "nope.toml: error: there is no such file. Fix: give the path of the policy" in out
    assert "without --file" in out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout")
def test_no_oauth_clients_warns_that_the_app_will_refuse_to_start(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "machine"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user"))
    assert main(["policy"]) == 0
    out = capsys.readouterr().out
    assert "warning: genesys.region, genesys.client_id, salesforce.login_host, " in out
    assert "the app will refuse to start for real orgs" in out
    good = tmp_path / "good.toml"
    good.write_text(
        '[genesys]\nregion = "eu_west_1"\nclient_id = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"\n'
        '[salesforce]\nlogin_host = "acme.my.salesforce.com"\n'
        'client_id = "3MVG9abcdefghijklmnop.QRSTUVWXYZ"\n'
    )
    assert main(["policy", "--file", str(good)]) == 0
    assert "warning" not in capsys.readouterr().out
