"""The sandbox's SOQL evaluator on a small in-memory object, corner cases included."""

from __future__ import annotations

from typing import Any

import pytest

from omnisync.sandbox.salesforce_soql import (
    ObjectSchema,
    SoqlError,
    matches,
    parse_query,
    run_query,
)

SCHEMAS = {
    "Thing": ObjectSchema(
        "Thing", ("Id", "Name", "Size", "ParentId"), {"Parent": ("ParentId", "Box")}
    ),
    "Box": ObjectSchema("Box", ("Id", "Label"), {}),
}
ROWS: dict[str, list[dict[str, Any]]] = {
    "Thing": [
        {"Id": "t1", "Name": "It's", "Size": 3, "ParentId": "b1"},
        {"Id": "t2", "Name": "beta", "Size": None, "ParentId": None},
        {"Id": "t3", "Name": "Gamma", "Size": 1, "ParentId": "b2"},
    ],
    "Box": [{"Id": "b1", "Label": "red"}, {"Id": "b2", "Label": "blue"}],
}


def run(soql: str) -> list[dict[str, Any]]:
    return run_query(parse_query(soql, SCHEMAS), lambda name: ROWS[name], SCHEMAS, "/v")


def ids(soql: str) -> list[str]:
    return [row["attributes"]["url"].rsplit("/", 1)[-1] for row in run(soql)]


def test_where_forms() -> None:
    assert ids("SELECT Id FROM Thing WHERE Name = 'it\\'s'") == ["t1"]
    assert ids("SELECT Id FROM Thing WHERE Name <> 'BETA' AND Size != null") == ["t1", "t3"]
    assert ids("SELECT Id FROM Thing WHERE NOT (Size = 3 OR Size = 1)") == ["t2"]
    assert ids("SELECT Id FROM Thing WHERE Name NOT IN ('beta', 'gamma')") == ["t1"]
    assert ids("SELECT Id FROM Thing WHERE Parent.Label IN ('blue')") == ["t3"]


def test_order_nulls_and_limit() -> None:
    assert ids("SELECT Id FROM Thing ORDER BY Size") == ["t2", "t3", "t1"]
    assert ids("SELECT Id FROM Thing ORDER BY Size DESC") == ["t1", "t3", "t2"]
    assert ids("SELECT Id FROM Thing ORDER BY Size ASC NULLS LAST LIMIT 2") == ["t3", "t1"]


def test_relationship_fields_are_nested_or_null() -> None:
    rows = run("SELECT Name, Parent.Label FROM Thing ORDER BY Name")
    assert rows[0]["Parent"] is None
    assert rows[1]["Parent"]["Label"] == "blue"
    assert rows[1]["Parent"]["attributes"]["type"] == "Box"


@pytest.mark.parametrize(
    ("soql", "code"),
    [
        ("SELECT Id FROM Nothing", "INVALID_TYPE"),
        ("SELECT Colour FROM Thing", "INVALID_FIELD"),
        ("SELECT Owner.Name FROM Thing", "INVALID_FIELD"),
        ("SELECT Id FROM Thing WHERE Size > 1", "MALFORMED_QUERY"),
        ("SELECT Id FROM Thing LIMIT x", "MALFORMED_QUERY"),
        ("SELECT Id, FROM Thing", "MALFORMED_QUERY"),
        ("SELECT Id FROM Thing WHERE (Size = 1", "MALFORMED_QUERY"),
        ("SELECT Id FROM Thing ORDER BY Size NULLS MIDDLE", "MALFORMED_QUERY"),
        ('SELECT Id FROM Thing WHERE Name = "x"', "MALFORMED_QUERY"),
        ("DELETE FROM Thing", "MALFORMED_QUERY"),
    ],
)
def test_refusals(soql: str, code: str) -> None:
    with pytest.raises(SoqlError) as caught:
        run(soql)
    assert caught.value.error_code == code


def test_matches_one_record() -> None:
    query = parse_query("SELECT Id FROM Thing WHERE Parent.Label = 'red'", SCHEMAS)
    assert matches(query, ROWS["Thing"][0], lambda name: ROWS[name], SCHEMAS)
    assert not matches(query, ROWS["Thing"][2], lambda name: ROWS[name], SCHEMAS)
