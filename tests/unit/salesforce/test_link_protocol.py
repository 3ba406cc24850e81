"""The link codec against every shared contract example (the console component uses the same)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from omnisync import link_protocol as lp
from omnisync.resources import resource_path

EXAMPLES = json.loads(resource_path("link", "examples.json").read_text(encoding="utf-8"))
SCHEMA = json.loads(
    resource_path("link", "omnisync-link-v1.schema.json").read_text(encoding="utf-8")
)
MESSAGES: list[dict[str, Any]] = EXAMPLES["messages"]


def _ids(items: list[dict[str, Any]]) -> list[str]:
    return [item["name"] for item in items]


def test_example_names_are_unique() -> None:
    names = _ids(MESSAGES)
    assert len(names) == len(set(names))


@pytest.mark.parametrize("example", MESSAGES, ids=_ids(MESSAGES))
def test_example(example: dict[str, Any]) -> None:
    direction = lp.Direction(example["direction"])
    if example["valid"]:
        message = lp.parse(example["raw"], direction)
        assert message.to_dict() == example["parsed"]
        if example["canonical"]:
            assert lp.encode(message) == example["raw"]
        assert lp.parse(lp.encode(message), direction) == message
    else:
        with pytest.raises(lp.LinkMessageError) as caught:
            lp.parse(example["raw"], direction)
        assert (caught.value.code, caught.value.field) == (example["error"], example["field"])


@pytest.mark.parametrize("sequence", EXAMPLES["sequences"], ids=_ids(EXAMPLES["sequences"]))
def test_sequence(sequence: dict[str, Any]) -> None:
    guard = lp.SeqGuard(sequence["last"])
    assert [guard.accept(seq).value for seq in sequence["seqs"]] == sequence["verdicts"]


def test_schema_agrees_with_codec() -> None:
    defs = SCHEMA["$defs"]
    assert SCHEMA["x-omnisync-max-length"] == lp.MAX_LENGTH == EXAMPLES["max_length"]
    assert tuple(SCHEMA["x-omnisync-key-order"]["command"]) == lp.COMMAND_KEYS
    assert tuple(SCHEMA["x-omnisync-key-order"]["report"]) == lp.REPORT_KEYS
    reasons = {r for r in defs["report"]["properties"]["reason"]["enum"] if r is not None}
    assert reasons == {r.value for r in lp.Reason}
    ops = {defs["command"]["oneOf"][0]["properties"]["op"]["const"]}
    ops |= set(defs["command"]["oneOf"][1]["properties"]["op"]["enum"])
    assert ops == {o.value for o in lp.Op}
    codes = {e["code"] for e in SCHEMA["x-omnisync-errors"]}
    assert codes == {m["error"] for m in MESSAGES if not m["valid"]}


def test_every_reason_and_op_has_a_valid_example() -> None:
    parsed = [m["parsed"] for m in MESSAGES if m["valid"]]
    assert {p["op"] for p in parsed if "op" in p} == {o.value for o in lp.Op}
    assert {p["reason"] for p in parsed if "reason" in p} == {r.value for r in lp.Reason} | {None}


def test_encode_refuses_what_the_reader_would_reject() -> None:
    with pytest.raises(lp.LinkMessageError) as caught:
        lp.encode(lp.Command(seq=0, op=lp.Op.PING))
    assert caught.value.code == "bad_field"
    with pytest.raises(lp.LinkMessageError):
        lp.encode(lp.Command(seq=1, op=lp.Op.SET_STATUS, status=None))


def test_error_message_names_the_problem() -> None:
    with pytest.raises(lp.LinkMessageError, match=r"bad console-link message: bad_field \(seq\)"):
        lp.parse_command('{"v":1,"seq":"x","op":"ping"}')
