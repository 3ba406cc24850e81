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


def test_missing_file_fails(tmp_path, capsys):
    assert main(["policy", "--file", str(tmp_path / "nope.toml")]) == 1
    assert "no such file" in capsys.readouterr().out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout")
def test_without_file_checks_the_machine_policy(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path))
    assert main(["policy"]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "omnisync" / "policy.toml") in out
    assert "No policy:" in out
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
    assert f"{path} [profiles.allowed]: error: 'night-shift' is not installed." in out
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
    assert "[profiles.locked]: error: 'night-shift' is not installed" in capsys.readouterr().out


def test_managed_preferences_plist_is_checked(tmp_path, capsys):
    path = tmp_path / "com.omnisync.companion.plist"
    path.write_bytes(plistlib.dumps({"profiles": {"locked": "both-external-routing"}}))
    assert main(["policy", "--file", str(path)]) == 0
    assert "profile locked to: both-external-routing" in capsys.readouterr().out
