"""The fake Salesforce org's data: the Omni objects, the link object, PushTopics and users.

Records are plain dicts keyed by canonical field names; every insert and update is announced to
listeners (the CometD server turns them into PushTopic events, the console emulator watches its
link field). Sharing is applied where the real org applies it: ``OmniSync_Link__c`` is private,
so a user sees only records they own.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from omnisync.sandbox.salesforce_ids import case_safe_id
from omnisync.sandbox.salesforce_pushtopics import push_topics
from omnisync.sandbox.salesforce_soql import ObjectSchema, Record

ORG_ID = case_safe_id("00DSB0000000001")
AGENT_ID = case_safe_id("005SB0000000001")
OTHER_AGENT_ID = case_safe_id("005SB0000000002")
AGENT_USERNAME = "agent@omnisync.sandbox"
LINK_OBJECT = "OmniSync_Link__c"
LINK_FIELD_MAX = 255

SCHEMAS: dict[str, ObjectSchema] = {
    s.name: s
    for s in (
        ObjectSchema("User", ("Id", "Name", "Username", "Email", "IsActive"), {}),
        ObjectSchema(
            "ServicePresenceStatus", ("Id", "DeveloperName", "MasterLabel", "Language"), {}
        ),
        ObjectSchema("ServiceChannel", ("Id", "DeveloperName", "MasterLabel", "RelatedEntity"), {}),
        ObjectSchema(
            "ServiceChannelStatus",
            ("Id", "ServicePresenceStatusId", "ServiceChannelId"),
            {
                "ServicePresenceStatus": ("ServicePresenceStatusId", "ServicePresenceStatus"),
                "ServiceChannel": ("ServiceChannelId", "ServiceChannel"),
            },
        ),
        ObjectSchema(
            "UserServicePresence",
            (
                "Id",
                "Name",
                "UserId",
                "OwnerId",
                "ServicePresenceStatusId",
                "IsCurrentState",
                "IsAway",
                "StatusStartDate",
                "StatusEndDate",
                "StatusDuration",
                "ConfiguredCapacity",
                "AverageCapacity",
                "AtCapacityDuration",
                "IdleDuration",
            ),
            {
                "ServicePresenceStatus": ("ServicePresenceStatusId", "ServicePresenceStatus"),
                "User": ("UserId", "User"),
            },
        ),
        ObjectSchema(
            "PendingServiceRouting",
            ("Id", "RoutingType", "WorkItemId", "ServiceChannelId", "IsPushed"),
            {},
        ),
        ObjectSchema(
            "AgentWork",
            (
                "Id",
                "Name",
                "UserId",
                "OwnerId",
                "WorkItemId",
                "ServiceChannelId",
                "Status",
                "CapacityWeight",
                "CapacityPercentage",
                "AssignedDateTime",
                "AcceptDateTime",
                "DeclineDateTime",
                "CloseDateTime",
                "PendingServiceRoutingId",
            ),
            {
                "PendingServiceRouting": ("PendingServiceRoutingId", "PendingServiceRouting"),
                "ServiceChannel": ("ServiceChannelId", "ServiceChannel"),
                "User": ("UserId", "User"),
            },
        ),
        ObjectSchema(
            LINK_OBJECT,
            (
                "Id",
                "Name",
                "OwnerId",
                "Agent_Id__c",
                "To_Console__c",
                "To_Desktop__c",
                "Link_Key__c",
                "CreatedDate",
                "LastModifiedDate",
            ),
            {},
        ),
        ObjectSchema(
            "PushTopic",
            (
                "Id",
                "Name",
                "Query",
                "ApiVersion",
                "IsActive",
                "NotifyForFields",
                "NotifyForOperationCreate",
                "NotifyForOperationUpdate",
                "NotifyForOperationDelete",
                "NotifyForOperationUndelete",
                "Description",
            ),
            {},
        ),
    )
}

_PREFIX = {
    "User": "005",
    "ServicePresenceStatus": "0N5",
    "ServiceChannel": "0N1",
    "ServiceChannelStatus": "0N4",
    "UserServicePresence": "0Hn",
    "PendingServiceRouting": "0JR",
    "AgentWork": "0Bz",
    LINK_OBJECT: "a0S",
    "PushTopic": "0IF",
    "Case": "500",
    "LiveChatTranscript": "570",
}

Listener = Callable[[str, str, Record, Record | None], None]
"""(object name, "created" | "updated", record after, record before or None)."""


def sf_datetime(seconds: float) -> str:
    """Salesforce's REST datetime format: ``2026-11-25T12:49:10.000+0000``."""
    stamp = datetime.fromtimestamp(seconds, UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}+0000"


@dataclass(slots=True)
class StatusDef:
    label: str
    api_name: str
    channels: tuple[str, ...]


DEFAULT_STATUSES = (
    StatusDef("Available", "Available", ("Case", "Chat")),
    StatusDef("Available - Chat", "Available_Chat", ("Chat",)),
    StatusDef("Busy", "Busy", ()),
    StatusDef("Transition", "Transition", ()),
    StatusDef("Break", "Break", ()),
)
CHANNELS = (("Case", "Case", "Case"), ("Chat", "sfdc_livechat", "LiveChatTranscript"))


@dataclass
class Org:
    clock: Callable[[], float]
    link_deployed: bool = True
    """False plays an org where the administrator has not set up the console link."""
    listeners: list[Listener] = field(default_factory=list)
    records: dict[str, dict[str, Record]] = field(default_factory=dict)
    _counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def __post_init__(self) -> None:
        self.seed()

    @property
    def schemas(self) -> dict[str, ObjectSchema]:
        if self.link_deployed:
            return SCHEMAS
        return {name: schema for name, schema in SCHEMAS.items() if name != LINK_OBJECT}

    def seed(self) -> None:
        self.records = {name: {} for name in SCHEMAS}
        self._counter = itertools.count(10)
        for user_id, name, username in (
            (AGENT_ID, "Demo Agent", AGENT_USERNAME),
            (OTHER_AGENT_ID, "Other Agent", "other@omnisync.sandbox"),
        ):
            self.records["User"][user_id] = {
                "Id": user_id,
                "Name": name,
                "Username": username,
                "Email": username,
                "IsActive": True,
            }
        channel_ids: dict[str, str] = {}
        for label, api_name, entity in CHANNELS:
            channel = self.insert(
                "ServiceChannel",
                {"DeveloperName": api_name, "MasterLabel": label, "RelatedEntity": entity},
                announce=False,
            )
            channel_ids[label] = channel["Id"]
        for status in DEFAULT_STATUSES:
            row = self.insert(
                "ServicePresenceStatus",
                {
                    "DeveloperName": status.api_name,
                    "MasterLabel": status.label,
                    "Language": "en_US",
                },
                announce=False,
            )
            for channel_label in status.channels:
                self.insert(
                    "ServiceChannelStatus",
                    {
                        "ServicePresenceStatusId": row["Id"],
                        "ServiceChannelId": channel_ids[channel_label],
                    },
                    announce=False,
                )
        for topic in push_topics():
            if not self.link_deployed and LINK_OBJECT in topic["Query"]:
                continue
            self.insert("PushTopic", topic, announce=False)

    def new_id(self, object_name: str) -> str:
        return case_safe_id(f"{_PREFIX[object_name]}SB{next(self._counter):010d}")

    def now(self) -> str:
        return sf_datetime(self.clock())

    def insert(self, object_name: str, values: Record, *, announce: bool = True) -> Record:
        record: Record = dict.fromkeys(SCHEMAS[object_name].fields)
        record.update(values)
        record["Id"] = self.new_id(object_name)
        if "CreatedDate" in record:
            record["CreatedDate"] = record["LastModifiedDate"] = self.now()
        self.records[object_name][record["Id"]] = record
        if announce:
            self._announce(object_name, "created", record, None)
        return record

    def update(self, object_name: str, record_id: str, changes: Record) -> Record:
        record = self.records[object_name][record_id]
        before = dict(record)
        record.update(changes)
        if "LastModifiedDate" in record:
            record["LastModifiedDate"] = self.now()
        self._announce(object_name, "updated", record, before)
        return record

    def _announce(self, object_name: str, kind: str, record: Record, before: Record | None) -> None:
        for listener in list(self.listeners):
            listener(object_name, kind, dict(record), before)

    def visible(self, object_name: str, user_id: str) -> list[Record]:
        """What ``user_id`` may read: private sharing on the link object, all else public."""
        rows = list(self.records.get(object_name, {}).values())
        if object_name == LINK_OBJECT:
            rows = [r for r in rows if r["OwnerId"] == user_id]
        return rows

    # ---- lookups the console emulator and control API share --------------------------------

    def statuses(self) -> list[Record]:
        return list(self.records["ServicePresenceStatus"].values())

    def status_channels(self, status_id: str) -> set[str]:
        """Labels of the service channels a status routes (empty: not routable)."""
        channels = self.records["ServiceChannel"]
        return {
            channels[row["ServiceChannelId"]]["MasterLabel"]
            for row in self.records["ServiceChannelStatus"].values()
            if row["ServicePresenceStatusId"] == status_id
        }

    def find_status(self, name: str) -> Record | None:
        """By id, label or API name, ignoring case."""
        wanted = name.strip().lower()
        for row in self.statuses():
            keys = (row["Id"].lower(), row["MasterLabel"].lower(), row["DeveloperName"].lower())
            if wanted in keys:
                return row
        return None

    def channel_by_label(self, label: str) -> Record | None:
        wanted = label.strip().lower()
        return next(
            (
                c
                for c in self.records["ServiceChannel"].values()
                if wanted in (c["MasterLabel"].lower(), c["DeveloperName"].lower())
            ),
            None,
        )

    def link_record(self, agent_id: str) -> Record | None:
        return next(
            (r for r in self.records[LINK_OBJECT].values() if r["Agent_Id__c"] == agent_id), None
        )

    def topic(self, name: str) -> Record | None:
        return next(
            (t for t in self.records["PushTopic"].values() if t["Name"] == name and t["IsActive"]),
            None,
        )

    def describe(self) -> dict[str, Any]:
        return {name: len(rows) for name, rows in self.records.items()}
