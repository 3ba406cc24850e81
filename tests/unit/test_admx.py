"""The Group Policy template shows every policy key, with help text, and what it writes to the
registry is what the app reads (through the fake registry)."""

from __future__ import annotations

import dataclasses
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from omnisync.core.problems import Problem
from omnisync.settings.policy import policy_from_data, read_policy_file
from omnisync.settings.policy_keys import POLICY_KEYS, Kind
from omnisync.settings.policy_sources import POLICY_KEY
from omnisync.settings.policy_windows import RegistryPolicy
from omnisync.settings.problems import ConfigError
from support.fake_winreg import FakeWinReg

ROOT = Path(__file__).resolve().parents[2]
ADMX = ROOT / "packaging" / "windows" / "omnisync.admx"
ADML = ROOT / "packaging" / "windows" / "en-US" / "omnisync.adml"
EXAMPLE = ROOT / "packaging" / "examples" / "policy.toml"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
ELEMENT_KINDS = {
    "text": Kind.TEXT,
    "decimal": Kind.NUMBER,
    "list": Kind.LIST,
    "boolean": Kind.SWITCH,
}
NOT_IN_GROUP_POLICY = {"version"}  # the file format's version: the registry has none


def policies() -> list[ET.Element]:
    return ET.parse(ADMX).getroot().findall("p:policies/p:policy", NS)


def element_keys() -> dict[str, tuple[str, str, str, str]]:
    """Dotted policy key -> (ADMX element tag, registry key, value name, policy name)."""
    found: dict[str, tuple[str, str, str, str]] = {}
    for policy in policies():
        for element in policy.find("p:elements", NS) or []:
            tag = element.tag.split("}")[1]
            key = element.get("key", policy.get("key"))
            assert key and key.lower().startswith(POLICY_KEY.lower() + "\\")
            table, _, rest = key[len(POLICY_KEY) + 1 :].partition("\\")
            name = rest if tag == "list" else element.get("valueName")
            assert name, element.attrib
            dotted = f"{table}.{name}"
            assert dotted not in found, f"{dotted} is set by two elements"
            found[dotted] = (tag, key, name, policy.get("name", ""))
    return found


def test_every_policy_key_is_in_the_template_with_its_kind():
    keys = element_keys()
    assert set(keys) == set(POLICY_KEYS) - NOT_IN_GROUP_POLICY
    for dotted, (tag, _key, _name, _policy) in keys.items():
        assert ELEMENT_KINDS[tag] is POLICY_KEYS[dotted], dotted


def test_every_policy_has_help_text_and_a_presentation():
    adml = ET.parse(ADML).getroot()
    strings = {s.get("id"): (s.text or "") for s in adml.iterfind(".//p:string", NS)}
    presentations = {p.get("id"): p for p in adml.iterfind(".//p:presentation", NS)}
    for policy in policies():
        assert policy.get("class") == "Both"  # computer and user policy
        for attribute in ("displayName", "explainText"):
            ref = policy.get(attribute, "")
            assert ref.startswith("$(string.") and strings.get(ref[9:-1]), (policy.get("name"), ref)
        presentation = presentations[policy.get("presentation", "")[15:-1]]
        controls = {c.get("refId") for c in presentation}
        ids = {e.get("id") for e in policy.find("p:elements", NS) or []}
        assert ids == controls, policy.get("name")
    for policy in policies():
        help_text = strings[policy.get("explainText", "")[9:-1]]
        for element in policy.find("p:elements", NS) or []:
            dotted = next(
                k
                for k, v in element_keys().items()
                if v[0:3][2]
                in (element.get("valueName"), element.get("key", "").rsplit("\\", 1)[-1])
                and v[1] == element.get("key", policy.get("key"))
            )
            assert f"({dotted})" in help_text, f"the help of {policy.get('name')} names {dotted}"


def group_policy_writes(reg: FakeWinReg, hive: str, values: dict[str, Any]) -> None:
    """What Group Policy writes for the template's elements, set to ``values`` (dotted keys)."""
    for dotted, (tag, key, name, _policy) in element_keys().items():
        if dotted not in values:
            continue
        value = values[dotted]
        if tag == "list":
            for n, item in enumerate(value, start=1):
                reg.set(hive, key, str(n), item, reg.REG_SZ)
        elif tag in ("decimal", "boolean"):
            reg.set(hive, key, name, int(value), reg.REG_DWORD)
        else:
            reg.set(hive, key, name, value, reg.REG_SZ)


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat |= flatten(value, f"{key}.")
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def test_the_example_set_through_group_policy_reads_back_the_same():
    values = flatten(tomllib.loads(EXAMPLE.read_text(encoding="utf-8")))
    reg = FakeWinReg()
    group_policy_writes(reg, reg.HKEY_LOCAL_MACHINE, values)
    state = RegistryPolicy(reg, machine=True).read()
    assert state is not None and state.error is None, state and state.message()
    from_file = read_policy_file(EXAMPLE).policy
    assert dataclasses.replace(state.policy, path=None) == dataclasses.replace(from_file, path=None)


def test_a_text_field_left_empty_in_group_policy_is_not_set():
    reg = FakeWinReg()
    group_policy_writes(reg, reg.HKEY_LOCAL_MACHINE,
                        {"genesys.region": "mypurecloud.ie", "genesys.client_id": ""})  # fmt: skip
    state = RegistryPolicy(reg, machine=True).read()
    assert state is not None and state.error is None, state and state.message()
    assert state.policy.genesys.client_id is None


def test_the_documented_policy_keys_are_the_catalogue():
    """A key added to the reader and the guide must be added to the catalogue (and so here)."""
    guide = (ROOT / "docs" / "admin.md").read_text(encoding="utf-8")
    section = guide.split("### Keys", 1)[1].split("A profile id contains", 1)[0]
    documented = {line.split("`")[1] for line in section.splitlines() if line.startswith("| `")}
    assert documented == set(POLICY_KEYS)


def test_every_catalogued_key_is_read():
    """Each key of the catalogue, with a sample value of its kind, is accepted by the reader."""
    samples = {Kind.TEXT: "both-block-while-working", Kind.NUMBER: 1, Kind.LIST: ["a-b"],
               Kind.SWITCH: True}  # fmt: skip
    for dotted, kind in POLICY_KEYS.items():
        table, _, key = dotted.rpartition(".")
        data: dict[str, Any] = {table: {key: samples[kind]}} if table else {key: samples[kind]}
        problems: tuple[Problem, ...] = ()
        try:
            policy_from_data("sample", data)
        except ConfigError as exc:
            problems = exc.problems
        assert not [p for p in problems if "not a known key" in p.message], dotted
