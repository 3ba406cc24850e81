"""The Omni-Channel reads, in SOQL, turned into core model types.

Routable means "has service channels" (rows in ``ServiceChannelStatus``); no current
``UserServicePresence`` row means Offline; open work is ``AgentWork`` Assigned (offered) or
Opened (active), externally routed when its PendingServiceRouting says ``ExternalRouting``.
Each method is one query (the status list two), and none of them runs on a timer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from omnisync.core.model import (
    OMNI_OFFLINE,
    OmniStatus,
    OmniWorkItem,
    OmniWorkState,
    ServiceChannel,
)
from omnisync.salesforce.errors import QueryFailed
from omnisync.salesforce.rest import SalesforceRest

log = logging.getLogger(__name__)

LINK_OBJECT = "OmniSync_Link__c"
EXTERNAL_ROUTING = "ExternalRouting"


def soql_literal(value: str) -> str:
    """A quoted SOQL string literal (ids come from the identity URL, but escape anyway)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


@dataclass(frozen=True, slots=True)
class Presence:
    status: OmniStatus
    row_id: str | None
    """The current UserServicePresence row (None when Offline)."""
    capacity: float | None = None
    """The agent's ConfiguredCapacity in this status period (None when Offline)."""


@dataclass(frozen=True, slots=True)
class LinkRecord:
    to_console: str | None
    to_desktop: str | None


class OmniReader:
    def __init__(self, rest: SalesforceRest) -> None:
        self.rest = rest

    async def statuses(self) -> dict[str, OmniStatus]:
        """Every ServicePresenceStatus, routable when it has at least one service channel.

        ``DeveloperName`` needs "View DeveloperName" since Winter '22; without it the label
        stands in for the API name.
        """
        try:
            rows = await self.rest.query(
                "SELECT Id, MasterLabel, DeveloperName FROM ServicePresenceStatus"
            )
        except QueryFailed as exc:
            if exc.code != "INVALID_FIELD":
                raise
            log.info("DeveloperName is not readable with this user's permissions; using labels")
            rows = await self.rest.query("SELECT Id, MasterLabel FROM ServicePresenceStatus")
        channels = await self.rest.query("SELECT ServicePresenceStatusId FROM ServiceChannelStatus")
        routable = {row["ServicePresenceStatusId"] for row in channels}
        return {
            row["Id"]: OmniStatus(
                id=row["Id"],
                label=row["MasterLabel"],
                api_name=row.get("DeveloperName") or row["MasterLabel"],
                routable=row["Id"] in routable,
            )
            for row in rows
        }

    async def channels(self) -> tuple[ServiceChannel, ...]:
        """The org's service channels (one query), for capacity-aware blocking's names."""
        rows = await self.rest.query("SELECT DeveloperName, MasterLabel FROM ServiceChannel")
        return tuple(ServiceChannel(row["DeveloperName"], row["MasterLabel"]) for row in rows)

    async def statuses_on_decline(self) -> tuple[str, ...]:
        """The statuses (DeveloperNames) the org's presence configurations set on decline.

        Only the Tooling API shows it (``PresenceUserConfig`` metadata ``presenceStatusOnDecline``)
        and returns ``Metadata`` for one record at a time: one query, then one call each.
        """
        listing = await self.rest.request(
            "GET",
            "tooling/query",
            "tooling",
            params={"q": "SELECT Id, DeveloperName FROM PresenceUserConfig"},
        )
        body = listing.json()
        found: list[str] = []
        for row in body.get("records") or [] if isinstance(body, dict) else []:
            record_id = row.get("Id") if isinstance(row, dict) else None
            if not isinstance(record_id, str) or not record_id.isalnum():
                continue
            config = await self.rest.request(
                "GET", f"tooling/sobjects/PresenceUserConfig/{record_id}", "tooling"
            )
            data = config.json()
            metadata = data.get("Metadata") if isinstance(data, dict) else None
            name = metadata.get("presenceStatusOnDecline") if isinstance(metadata, dict) else None
            if isinstance(name, str) and name and name not in found:
                found.append(name)
        return tuple(found)

    async def presence(self, user_id: str, statuses: dict[str, OmniStatus]) -> Presence:
        rows = await self.rest.query(
            "SELECT Id, ServicePresenceStatusId, StatusStartDate, ConfiguredCapacity "  # noqa: S608 - SOQL, quoted literal
            "FROM UserServicePresence "
            f"WHERE UserId = {soql_literal(user_id)} AND IsCurrentState = true "
            "ORDER BY StatusStartDate DESC LIMIT 1"
        )
        if not rows:
            return Presence(OMNI_OFFLINE, None)
        status_id = rows[0]["ServicePresenceStatusId"]
        capacity = _number(rows[0].get("ConfiguredCapacity"))
        return Presence(status_of(status_id, statuses), rows[0]["Id"], capacity or None)

    async def open_work(self, user_id: str) -> tuple[OmniWorkItem, ...]:
        rows = await self.rest.query(
            "SELECT Id, Status, PendingServiceRouting.RoutingType, ServiceChannel.DeveloperName, "  # noqa: S608 - SOQL, quoted literal
            "CapacityWeight, CapacityPercentage FROM AgentWork "
            f"WHERE UserId = {soql_literal(user_id)} AND Status IN ('Assigned', 'Opened') "
            "ORDER BY Id"
        )
        return tuple(work_item(row) for row in rows)

    async def link_record(self, user_id: str) -> LinkRecord | None:
        rows = await self.rest.query(
            f"SELECT To_Console__c, To_Desktop__c FROM {LINK_OBJECT} "  # noqa: S608 - SOQL, quoted literal
            f"WHERE Agent_Id__c = {soql_literal(user_id)} LIMIT 1"
        )
        if not rows:
            return None
        return LinkRecord(rows[0].get("To_Console__c"), rows[0].get("To_Desktop__c"))


def status_of(status_id: str | None, statuses: dict[str, OmniStatus]) -> OmniStatus:
    """A status id as the engine's type; an id we do not know keeps its id and is not routable."""
    if not status_id:
        return OMNI_OFFLINE
    known = statuses.get(status_id)
    if known is not None:
        return known
    return OmniStatus(id=status_id, label=status_id, api_name=status_id, routable=False)


def work_item(row: dict[str, Any]) -> OmniWorkItem:
    routing = row.get("PendingServiceRouting") or {}
    channel = row.get("ServiceChannel") or {}
    name = channel.get("DeveloperName") if isinstance(channel, dict) else None
    return OmniWorkItem(
        id=row["Id"],
        state=OmniWorkState.OFFERED if row.get("Status") == "Assigned" else OmniWorkState.ACTIVE,
        externally_routed=routing.get("RoutingType") == EXTERNAL_ROUTING,
        channel=name if isinstance(name, str) else "",
        weight=_number(row.get("CapacityWeight")),
        percent=_number(row.get("CapacityPercentage")),
    )


def _number(value: Any) -> float:
    """A capacity field (units or %): absent, null or not a number reads as 0."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    return float(value) if value >= 0 else 0.0
