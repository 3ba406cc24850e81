"""``omnisync policy``: an administrator checks a policy file before deploying it."""

from __future__ import annotations

import sys

import pytest

from omnisync.cli import main

GOOD = """
[profiles]
allowed = ["default", "strict"]
[genesys]
region = "eu_west_1"
redirect_port = 8765
"""


def test_good_file_is_ok_and_summarised(tmp_path, capsys):
    path = tmp_path / "candidate.toml"
    path.write_text(GOOD)
    assert main(["policy", "--file", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"{path}: OK" in out
    assert "profiles allowed: default, strict" in out
    assert "genesys OAuth client: region=mypurecloud.ie, redirect_port=8765" in out
    assert "salesforce OAuth client: not set" in out


def test_bad_file_lists_its_problems_and_fails(tmp_path, capsys):
    path = tmp_path / "candidate.toml"
    path.write_text('[profiles]\nlocked = "x y"\n[genesys]\nredirect_port = 99999\n')
    assert main(["policy", "--file", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}: profiles.locked: is not a profile id" in out
    assert f"{path}: genesys.redirect_port: must be between 1024 and 65535" in out


def test_missing_file_fails(tmp_path, capsys):
    assert main(["policy", "--file", str(tmp_path / "nope.toml")]) == 1
    assert "no such file" in capsys.readouterr().out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout")
def test_without_file_checks_the_machine_policy(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path))
    assert main(["policy"]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "omnisync" / "policy.toml") in out
    assert "No policy file" in out
    (tmp_path / "omnisync").mkdir()
    (tmp_path / "omnisync" / "policy.toml").write_text('[profiles]\nlocked = "strict"\n')
    assert main(["policy"]) == 0
    out = capsys.readouterr().out
    assert "(found)" in out
    assert "profile locked to: strict" in out
