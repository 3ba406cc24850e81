"""The sandbox's Salesforce ids carry the real case-safe suffix."""

from __future__ import annotations

import pytest

from omnisync.sandbox.salesforce_ids import case_safe_id
from omnisync.sandbox.salesforce_org import AGENT_ID, ORG_ID, OTHER_AGENT_ID, Org


@pytest.mark.parametrize(
    ("id15", "id18"),
    [
        # Ids published with their 18-character form (Salesforce docs and community articles).
        ("001D000000IqhSL", "001D000000IqhSLIAZ"),
        ("0015000000VALDt", "0015000000VALDtAAP"),
        ("0019000000B98de", "0019000000B98deAAB"),
        ("005SB0000000001", "005SB0000000001YAA"),
        ("zzzzzZZZZZzzzzz", "zzzzzZZZZZzzzzzA5A"),
    ],
)
def test_the_suffix_is_the_case_safe_checksum(id15, id18):
    assert case_safe_id(id15) == id18


@pytest.mark.parametrize(
    "bad", ["", "005SB000000000", "005SB00000000012", "005SB000000000é", "005SB00000000-1"]
)
def test_anything_but_fifteen_letters_and_digits_is_refused(bad):
    with pytest.raises(ValueError, match="15 letters and digits"):
        case_safe_id(bad)


def test_every_sandbox_id_is_a_valid_eighteen_character_id():
    org = Org(clock=lambda: 0.0)
    ids = [AGENT_ID, OTHER_AGENT_ID, ORG_ID]
    ids += [record["Id"] for rows in org.records.values() for record in rows.values()]
    assert AGENT_ID == "005SB0000000001YAA"
    for record_id in ids:
        assert len(record_id) == 18 and case_safe_id(record_id[:15]) == record_id
