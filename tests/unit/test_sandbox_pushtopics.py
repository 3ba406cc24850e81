"""The sandbox org's PushTopics are exactly the ones the administrator's script creates."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from omnisync.sandbox import salesforce_pushtopics
from omnisync.sandbox.salesforce_org import Org
from omnisync.sandbox.salesforce_pushtopics import PushTopicScriptError, parse_script

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "salesforce" / "scripts" / "apex" / "create-pushtopics.apex"


def test_every_topic_and_query_of_the_script_is_in_the_org_verbatim():
    text = SCRIPT.read_text(encoding="utf-8")
    topics = {t["Name"]: t for t in Org(clock=lambda: 0.0).records["PushTopic"].values()}
    assert text.count("=> 'SELECT") == len(topics) == 3
    for name, topic in topics.items():
        assert f"'{name}' => '{topic['Query']}'" in text
        assert topic["NotifyForFields"] == "Referenced" and topic["ApiVersion"] == 62.0
        assert topic["NotifyForOperationCreate"] and not topic["NotifyForOperationDelete"]
    presence = topics["OmniSyncPresence"]["Query"]
    assert "IsAway" in presence and "ConfiguredCapacity" in presence


def test_the_wheel_ships_the_script_where_the_sandbox_looks():
    build = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]
    shipped = build["targets"]["wheel"]["force-include"]
    target = shipped[str(SCRIPT.relative_to(ROOT))]
    package = ROOT / "desktop"
    assert package / target == salesforce_pushtopics.WHEEL_SCRIPT
    assert salesforce_pushtopics.CHECKOUT_SCRIPT == SCRIPT
    assert salesforce_pushtopics.script_path() == SCRIPT


def test_escapes_and_every_assignment_are_read():
    topics = parse_script(
        "Decimal v = 61.0;\n"
        "// topic.Ignored = nonsense;\n"
        "Map<String, String> q = new Map<String, String>{\n"
        "    'A' => 'SELECT Id FROM X WHERE Name = \\'it\\'\\'s\\''\n"
        "};\n"
        "    topic.Query = q.get(name);\n"
        "    topic.ApiVersion = v;\n"
        "    topic.IsActive = false;\n"
        "    topic.NotifyForFields = 'All';\n"
    )
    assert topics == (
        {
            "Name": "A",
            "Query": "SELECT Id FROM X WHERE Name = 'it''s'",
            "ApiVersion": 61.0,
            "IsActive": False,
            "NotifyForFields": "All",
        },
    )


@pytest.mark.parametrize(
    ("script", "complaint"),
    [
        ("topic.IsActive = true;", "no Map<String, String>"),
        ("Map<String, String> q = new Map<String, String>{};", "no 'name' => 'query'"),
        (
            "Map<String, String> q = new Map<String, String>{'A' => 'SELECT Id FROM X'};\n"
            "topic.ApiVersion = someCall();",
            "cannot read the value 'someCall()'",
        ),
    ],
)
def test_a_script_it_cannot_read_is_refused_loudly(script, complaint):
    with pytest.raises(PushTopicScriptError, match=re.escape(complaint)):
        parse_script(script)


def test_the_setup_guide_shows_the_same_queries():
    guide = (ROOT / "docs" / "salesforce.md").read_text(encoding="utf-8")
    for topic in salesforce_pushtopics.push_topics():
        assert f"`{topic['Name']}`: `{topic['Query']}`" in guide
