from __future__ import annotations

from typing import Any

import pytest

from omnisync.core.model import GenesysWork, RoutingStatus, SystemPresence
from omnisync.genesys import parse
from omnisync.genesys.errors import MalformedMessage


def test_definition_normalises_system_presence_and_keeps_secondaries() -> None:
    on_queue = parse.presence_definition(
        {"id": "q", "languageLabels": {"en_US": "On Queue"}, "systemPresence": "OnQueue",
         "type": "System", "deactivated": False}
    )  # fmt: skip
    assert on_queue.system_presence is SystemPresence.ON_QUEUE
    assert on_queue.label == "On Queue"
    assert on_queue.primary
    secondary = parse.presence_definition(
        {"id": "c", "name": "Case", "systemPresence": "Busy", "type": "User",
         "deactivated": True}
    )  # fmt: skip
    assert (secondary.label, secondary.primary, secondary.deactivated) == ("Case", False, True)
    older = parse.presence_definition({"id": "o", "systemPresence": "On Queue", "primary": True})
    assert older.system_presence is SystemPresence.ON_QUEUE
    future = parse.presence_definition({"id": "n", "systemPresence": "Hovering"})
    assert future.system_presence is SystemPresence.UNKNOWN


@pytest.mark.parametrize("raw", [None, [], {"name": "x"}, {"id": ""}, {"id": 5}])
def test_definition_without_id_is_malformed(raw: Any) -> None:
    with pytest.raises(MalformedMessage):
        parse.presence_definition(raw)


def test_catalog_resolves_unknown_ids_without_failing() -> None:
    catalog = parse.PresenceCatalog(
        [parse.presence_definition({"id": "a", "name": "Available", "systemPresence": "Available"})]
    )
    assert catalog.resolve("a", "AVAILABLE").label == "Available"
    stranger = catalog.resolve("zzz", "On Queue")
    assert stranger.is_on_queue
    assert stranger.id == "zzz"
    assert catalog.find("available") is catalog.get("a")
    assert catalog.find("nothing") is None


def test_presence_and_routing_events() -> None:
    seen = parse.user_presence(
        {"presenceDefinition": {"id": "p", "systemPresence": "ON_QUEUE"}, "modifiedDate": "t"}
    )
    assert (seen.id, seen.system_presence, seen.modified) == ("p", "ON_QUEUE", "t")
    event = parse.routing_status({"id": "u", "routingStatus": {"status": "IDLE", "startTime": "s"}})
    assert event.status is RoutingStatus.IDLE
    rest = parse.routing_status({"userId": "u", "status": "SOMETHING_NEW"})
    assert rest.status is RoutingStatus.UNKNOWN
    with pytest.raises(MalformedMessage):
        parse.user_presence({"presenceDefinition": {}})
    with pytest.raises(MalformedMessage):
        parse.routing_status({"routingStatus": {}})


def _summary(**media: tuple[int, int]) -> dict[str, Any]:
    body: dict[str, Any] = {"userId": "u"}
    for name, (active, acw) in media.items():
        body[name] = {
            "contactCenter": {"active": active, "acw": acw},
            "enterprise": {"active": 1, "acw": 0},
        }
    return body


@pytest.mark.parametrize(
    ("summary", "alerting", "work"),
    [
        (_summary(call=(0, 0)), False, GenesysWork.NONE),
        (_summary(call=(0, 0)), True, GenesysWork.ALERTING),
        (_summary(call=(1, 0), chat=(0, 1)), True, GenesysWork.ACTIVE),
        (_summary(call=(0, 1)), True, GenesysWork.AFTER_CALL_WORK),
        (_summary(email=(0, 2), message=(0, 0)), False, GenesysWork.AFTER_CALL_WORK),
    ],
)
def test_work_from_the_summary(summary: dict[str, Any], alerting: bool, work: GenesysWork) -> None:
    assert parse.work_from(parse.conversation_summary(summary), alerting) is work


def test_enterprise_counts_only_when_asked() -> None:
    summary = _summary(call=(0, 0))
    assert parse.conversation_summary(summary).active == 0
    assert parse.conversation_summary(summary, count_enterprise=True).active == 1


@pytest.mark.parametrize(
    "raw",
    [
        [],
        {"userId": "u"},
        {"call": "three"},
        {"call": {"contactCenter": {"active": -1}}},
        {"call": {"contactCenter": {"active": True}}},
        {"call": {"contactCenter": {"active": 1.5}}},
    ],
)
def test_malformed_summaries(raw: Any) -> None:
    with pytest.raises(MalformedMessage):
        parse.conversation_summary(raw)


def test_stages_are_read_from_this_agents_participants_only() -> None:
    conversation = {
        "id": "c1",
        "participants": [
            {"id": "p0", "purpose": "customer", "calls": [{"state": "alerting"}]},
            {"id": "p1", "purpose": "agent", "userId": "me", "calls": [{"state": "connected"}]},
        ],
    }
    assert parse.agent_stages(conversation, "me") == ("c1", {"p1": parse.CONNECTED_STAGE})
    conversation["participants"][1]["calls"] = [{"state": "alerting"}]  # type: ignore[index]
    assert parse.agent_stages(conversation, "me") == ("c1", {"p1": parse.ALERTING_STAGE})
    conversation["participants"][1]["calls"] = [{"state": "disconnected"}]  # type: ignore[index]
    assert parse.agent_stages(conversation, "me") == ("c1", {"p1": parse.ENDED_STAGE})
    assert parse.agent_stages(conversation, "someone else") == ("c1", {})
    with pytest.raises(MalformedMessage):
        parse.agent_stages({"participants": []}, "me")
    with pytest.raises(MalformedMessage):
        parse.agent_stages({"id": "c", "participants": "x"}, "me")


@pytest.mark.parametrize(
    ("older", "newer"),
    [
        ("2026-12-03T06:00:00.100Z", "2026-12-03T06:00:00.200Z"),
        ("2026-12-03T06:00:00Z", "2026-12-03T06:00:00.001Z"),  # precision differs
        ("2026-12-03T06:00:00.100", "2026-12-03T06:00:00.200Z"),  # no zone: UTC
        ("2026-12-03T07:00:00.100+02:00", "2026-12-03T06:00:00.000Z"),  # another zone
    ],
)
def test_event_times_compare_whatever_their_spelling(older: str, newer: str) -> None:
    from omnisync.genesys.client import GenesysClient

    assert GenesysClient._older(older, newer)
    assert not GenesysClient._older(newer, older)
