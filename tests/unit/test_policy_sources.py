"""Managed policy the way each OS does it: the Windows registry (Group Policy), macOS managed
preferences, and policy.toml; the first source holding a policy is used as a whole."""

from __future__ import annotations

import plistlib

import pytest

from omnisync.settings.policy_macos import ManagedPreferences
from omnisync.settings.policy_sources import POLICY_KEY, PolicyFile, policy_in_force, policy_sources
from omnisync.settings.policy_windows import RegistryPolicy
from support.fake_winreg import FakeWinReg

R = FakeWinReg


def group_policy(reg: FakeWinReg, hive: str, region: str = "eu_west_1") -> None:
    """What the ADMX template's policies write (packaging/windows/omnisync.admx)."""
    reg.set(hive, POLICY_KEY, "version", 1, R.REG_DWORD)
    reg.set(hive, rf"{POLICY_KEY}\genesys", "region", region, R.REG_SZ)
    reg.set(hive, rf"{POLICY_KEY}\genesys", "redirect_port", 53682, R.REG_DWORD)
    reg.set(hive, rf"{POLICY_KEY}\profiles", "locked", "one-product-at-a-time", R.REG_SZ)
    for n, pid in enumerate(["one-product-at-a-time", "both-external-routing"], start=1):
        reg.set(hive, rf"{POLICY_KEY}\profiles\allowed", str(n), pid, R.REG_SZ)


def windows(reg: FakeWinReg, tmp_path, files=()) -> list:
    return policy_sources("win32", winreg=reg, files=list(files) or [tmp_path / "policy.toml"])


def test_windows_group_policy_is_read_with_toml_types():
    reg = FakeWinReg()
    group_policy(reg, R.HKEY_LOCAL_MACHINE)
    state = RegistryPolicy(reg, machine=True).read()
    assert state is not None and state.error is None, state and state.message()
    policy = state.policy
    assert policy.path == r"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\OmniSync"
    assert policy.allowed_profiles == ("one-product-at-a-time", "both-external-routing")
    assert policy.locked_profile == "one-product-at-a-time"
    assert policy.genesys.region == "mypurecloud.ie"
    assert policy.genesys.redirect_port == 53682


def test_registry_names_are_case_insensitive_and_multi_strings_are_lists():
    reg = FakeWinReg()
    reg.set(R.HKEY_CURRENT_USER, rf"{POLICY_KEY}\Profiles", "Allowed",
            ["both-external-routing", ""], R.REG_MULTI_SZ)  # fmt: skip
    state = RegistryPolicy(reg, machine=False).read()
    assert state is not None and state.error is None, state and state.message()
    assert state.policy.allowed_profiles == ("both-external-routing",)


def test_registry_mistakes_name_the_key_and_value():
    reg = FakeWinReg()
    reg.set(R.HKEY_LOCAL_MACHINE, rf"{POLICY_KEY}\genesys", "regoin", "mypurecloud.ie", R.REG_SZ)
    reg.set(R.HKEY_LOCAL_MACHINE, rf"{POLICY_KEY}\genesys", "redirect_port", "53682", R.REG_SZ)
    state = RegistryPolicy(reg, machine=True).read()
    assert state is not None and state.error is not None
    text = str(state.error)
    label = r"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\OmniSync"
    assert f"{label} [genesys.regoin]: error: is not a known key. Fix: did you mean" in text
    assert f"{label} [genesys.redirect_port]: error: must be a whole number" in text


def test_no_policy_key_or_an_empty_one_is_no_policy():
    reg = FakeWinReg()
    assert RegistryPolicy(reg, machine=True).read() is None
    reg.machine[POLICY_KEY] = {}
    assert RegistryPolicy(reg, machine=True).read() is None


def test_unreadable_registry_key_is_an_error_not_no_policy():
    class Denied(FakeWinReg):
        def OpenKey(self, key, sub_key, reserved=0, access=FakeWinReg.KEY_READ):
            raise PermissionError(5, "Access is denied")

    state = RegistryPolicy(Denied(), machine=True).read()
    assert state is not None and state.error is not None
    assert "cannot be read (Access is denied)" in str(state.error)


def test_windows_precedence_machine_then_user_then_file(tmp_path):
    file = tmp_path / "policy.toml"
    file.write_text('[genesys]\nregion = "mypurecloud.de"\n', encoding="utf-8")
    reg = FakeWinReg()
    assert policy_in_force(windows(reg, tmp_path, [file])).policy.genesys.region == "mypurecloud.de"
    group_policy(reg, R.HKEY_CURRENT_USER, region="ap_southeast_2")
    user = policy_in_force(windows(reg, tmp_path, [file]))
    assert user.policy.genesys.region == "mypurecloud.com.au"
    assert user.path == rf"HKEY_CURRENT_USER\{POLICY_KEY}"
    group_policy(reg, R.HKEY_LOCAL_MACHINE, region="eu_west_1")
    machine = policy_in_force(windows(reg, tmp_path, [file]))
    assert machine.policy.genesys.region == "mypurecloud.ie"
    assert machine.path == rf"HKEY_LOCAL_MACHINE\{POLICY_KEY}"


def test_a_broken_higher_source_is_in_force_and_fails_closed(tmp_path):
    """Breaking the machine policy must not hand control to a user policy or a file."""
    reg = FakeWinReg()
    group_policy(reg, R.HKEY_CURRENT_USER)
    reg.set(R.HKEY_LOCAL_MACHINE, rf"{POLICY_KEY}\profiles", "locked", "no such id!", R.REG_SZ)
    state = policy_in_force(windows(reg, tmp_path))
    assert state.error is not None
    assert state.path == rf"HKEY_LOCAL_MACHINE\{POLICY_KEY}"


def managed(folder, name: str, data: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(plistlib.dumps(data))


def test_macos_precedence_device_then_user_then_file(tmp_path):
    prefs = tmp_path / "Managed Preferences"
    file = tmp_path / "policy.toml"
    file.write_text('[genesys]\nregion = "mypurecloud.de"\n', encoding="utf-8")

    def in_force():
        return policy_in_force(policy_sources("darwin", managed=prefs, user="agent7", files=[file]))

    assert in_force().policy.genesys.region == "mypurecloud.de"
    managed(prefs / "agent7", "com.omnisync.companion.plist", {"genesys": {"region": "eu_west_2"}})
    assert in_force().policy.genesys.region == "euw2.pure.cloud"
    managed(prefs, "com.omnisync.companion.plist",
            {"version": 1, "profiles": {"allowed": ["both-external-routing"]}})  # fmt: skip
    device = in_force()
    assert device.path == str(prefs / "com.omnisync.companion.plist")
    assert device.policy.allowed_profiles == ("both-external-routing",)
    assert device.policy.genesys.region is None  # one source as a whole, not merged


@pytest.mark.parametrize(
    ("content", "snippet"),
    [
        (b"not a plist", "is not a property list"),
        (plistlib.dumps(["a", "list"]), "does not hold a dictionary of settings"),
        (plistlib.dumps({"genesys": {"redirect_port": True}}), "must be a whole number"),
        (plistlib.dumps({"x": "y" * 1_000_001}), "too large for a settings file"),
    ],
)
def test_broken_managed_preferences_are_explained(tmp_path, content, snippet):
    path = tmp_path / "com.omnisync.companion.plist"
    path.write_bytes(content)
    state = ManagedPreferences(path).read()
    assert state is not None and state.error is not None
    assert snippet in str(state.error)
    assert str(path) in str(state.error)


def test_linux_reads_files_only(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / 'a'}:{tmp_path / 'b'}")
    sources = policy_sources("linux")
    assert all(isinstance(s, PolicyFile) for s in sources)
    assert [s.label for s in sources] == [
        str(tmp_path / "a" / "omnisync" / "policy.toml"),
        str(tmp_path / "b" / "omnisync" / "policy.toml"),
    ]
    assert policy_in_force(sources).path is None
