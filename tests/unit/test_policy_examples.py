"""The example policy administrators copy: the one in docs/admin.md is the shipped file, it passes
``omnisync policy --file``, and it names the real built-in profiles and the real OAuth ports."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from omnisync.cli import main
from omnisync.genesys.regions import DEFAULT_REDIRECT_PORT as GENESYS_PORT
from omnisync.salesforce.login_hosts import DEFAULT_REDIRECT_PORT as SALESFORCE_PORT
from omnisync.service.profile_store import ProfileDirs, load_profiles
from omnisync.settings import GENESYS_REGIONS, load_policy
from omnisync.settings.policy_macos import profile_payload

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "packaging" / "examples" / "policy.toml"
MOBILECONFIG = ROOT / "packaging" / "macos" / "omnisync.mobileconfig"
ECA_CALLBACKS = next((ROOT / "packaging" / "salesforce").rglob("*.ecaGlblOauth-meta.xml"))


def built_in_ids() -> set[str]:
    folder = ROOT / "resources" / "profiles"
    entries = load_profiles(ProfileDirs(folder, folder / "none", folder / "none"))
    return {pid for pid, entry in entries.items() if entry.usable}


def test_the_admin_guide_shows_the_shipped_example():
    guide = (ROOT / "docs" / "admin.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", guide, flags=re.S)
    assert EXAMPLE.read_text(encoding="utf-8") in blocks


def test_the_example_passes_the_policy_command(capsys):
    assert main(["policy", "--file", str(EXAMPLE)]) == 0
    assert f"{EXAMPLE}: OK" in capsys.readouterr().out


def test_the_example_names_real_profiles_ports_and_region(tmp_path):
    (tmp_path / "policy.toml").write_bytes(EXAMPLE.read_bytes())
    state = load_policy(tmp_path)
    assert state.error is None, state.message()
    policy = state.policy
    ids = built_in_ids()
    assert policy.allowed_profiles and set(policy.allowed_profiles) <= ids
    commented_lock = re.search(r'^# locked = "([^"]+)"', EXAMPLE.read_text(), flags=re.M)
    assert commented_lock and commented_lock[1] in policy.allowed_profiles
    assert policy.genesys.redirect_port == GENESYS_PORT
    assert policy.salesforce.redirect_port == SALESFORCE_PORT
    assert f"http://127.0.0.1:{SALESFORCE_PORT}/callback" in ECA_CALLBACKS.read_text()
    assert policy.genesys.region in GENESYS_REGIONS.values()


def test_the_macos_profile_deploys_the_same_policy(tmp_path):
    (tmp_path / "policy.toml").write_bytes(EXAMPLE.read_bytes())
    from_toml = load_policy(tmp_path).policy
    state = profile_payload(MOBILECONFIG)
    assert state.error is None, state.message()
    assert dataclasses.replace(state.policy, path=None) == dataclasses.replace(from_toml, path=None)


def test_the_macos_profile_passes_the_policy_command(capsys):
    assert main(["policy", "--file", str(MOBILECONFIG)]) == 0
