"""The fake Genesys org: presence definitions, the demo agent, and routing behaviour.

Pure state with no I/O: every change is announced through ``on_change(topic_suffix, body)`` in
the shapes of the Notifications API (``presence``, ``routingStatus``, ``conversationsummary``,
``conversations``), and the REST layer reads the same state, so both always agree.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from omnisync.sandbox.events import By, EventLog

AGENT_ID = "6a2b0f5e-3d1c-4f5e-9a6b-0c1d2e3f4a5b"
AGENT_NAME = "Dana Demo"
AGENT_EMAIL = "dana.demo@example.com"
ORG_ID = "0e5c9a1f-8b7d-4c3e-a2f1-6d5e4c3b2a10"
MEDIA = ("call", "chat", "email")
SUMMARY_MEDIA = ("call", "callback", "email", "message", "chat", "socialExpression", "video")
PARTICIPANT_LIST = {"call": "calls", "chat": "chats", "email": "emails"}


def iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.") + (
        f"{int(epoch * 1000) % 1000:03d}Z"
    )


def _id(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"omnisync-sandbox/genesys/{name}"))


@dataclass(frozen=True, slots=True)
class PresenceDefinition:
    id: str
    label: str
    system_presence: str
    """The definition model's enum spelling: ``OnQueue``, ``Available``..."""
    primary: bool = True
    deactivated: bool = False

    @property
    def display_system_presence(self) -> str:
        """The spelling user presences and events carry (``On Queue``)."""
        return "On Queue" if self.system_presence == "OnQueue" else self.system_presence

    def as_definition(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.label,
            "type": "System" if self.primary else "User",
            "languageLabels": {"en_US": self.label},
            "systemPresence": self.system_presence,
            "divisionId": "*",
            "deactivated": self.deactivated,
            "selfUri": f"/api/v2/presence/definitions/{self.id}",
        }


_SYSTEM = ("Available", "Away", "Busy", "Offline", "Idle", "OnQueue", "Meal", "Training")
_SYSTEM_MORE = ("Meeting", "Break")
# The system presence ids below are generated for the sandbox; real orgs have their own ids
# (clients must never hard-code them).
PRESENCES: tuple[PresenceDefinition, ...] = (
    *(
        PresenceDefinition(_id(sp), "On Queue" if sp == "OnQueue" else sp, sp)
        for sp in (*_SYSTEM, *_SYSTEM_MORE)
    ),
    PresenceDefinition(_id("case-management"), "Case Management", "Busy", primary=False),
    PresenceDefinition(_id("coaching"), "Coaching", "Away", primary=False, deactivated=True),
)
INITIAL_PRESENCE = "Available"


def find_presence(key: str) -> PresenceDefinition | None:
    """By id, or by label (case-insensitive), active definitions first."""
    for presence in PRESENCES:
        if presence.id == key:
            return presence
    matches = [p for p in PRESENCES if p.label.lower() == key.strip().lower()]
    matches.sort(key=lambda p: p.deactivated)
    return matches[0] if matches else None


InteractionState = Literal["alerting", "connected", "acw"]


@dataclass(slots=True)
class Interaction:
    id: str
    media: str
    state: InteractionState
    offered_at: float
    agent_participant_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    customer_participant_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    media_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    connected_at: float | None = None
    ended_at: float | None = None


class RoutingError(Exception):
    """An agent action that makes no sense in the current state (HTTP 409)."""


Change = Callable[[str, dict[str, Any]], None]


class GenesysAgent:
    """The one agent of the org and the ACD's view of them."""

    def __init__(self, clock: Callable[[], float], events: EventLog, on_change: Change) -> None:
        self._clock = clock
        self._events = events
        self._on_change = on_change
        self.reset(announce=False)

    def reset(self, announce: bool = True) -> None:
        now = self._clock()
        presence = find_presence(INITIAL_PRESENCE)
        assert presence is not None
        self.presence = presence
        self.presence_modified = now
        self.routing = "OFF_QUEUE"
        self.routing_since = now
        self.not_responding = False
        self.interactions: list[Interaction] = []
        if announce:
            self._announce_presence()
            self._announce_routing()
            self._announce_summary()

    # ---- shapes -------------------------------------------------------------------------

    def user_presence(self) -> dict[str, Any]:
        return {
            "id": "PURECLOUD",
            "name": "PURECLOUD",
            "source": "PURECLOUD",
            "sourceId": "PURECLOUD",
            "primary": True,
            "presenceDefinition": {
                "id": self.presence.id,
                "systemPresence": self.presence.display_system_presence,
                "selfUri": f"/api/v2/presencedefinitions/{self.presence.id}",
            },
            "message": "",
            "modifiedDate": iso(self.presence_modified),
            "selfUri": f"/api/v2/users/{AGENT_ID}/presences/PURECLOUD",
        }

    def presence_event(self) -> dict[str, Any]:
        return {
            "source": "PURECLOUD",
            "presenceDefinition": {
                "id": self.presence.id,
                "systemPresence": self.presence.display_system_presence,
            },
            "primary": True,
            "message": "",
            "modifiedDate": iso(self.presence_modified),
        }

    def routing_status(self) -> dict[str, Any]:
        return {"userId": AGENT_ID, "status": self.routing, "startTime": iso(self.routing_since)}

    def routing_event(self) -> dict[str, Any]:
        return {
            "id": AGENT_ID,
            "routingStatus": {"status": self.routing, "startTime": iso(self.routing_since)},
        }

    def conversation_summary(self) -> dict[str, Any]:
        summary: dict[str, Any] = {"userId": AGENT_ID}
        for media in SUMMARY_MEDIA:
            active = sum(
                1 for i in self.interactions if i.media == media and i.state == "connected"
            )
            acw = sum(1 for i in self.interactions if i.media == media and i.state == "acw")
            summary[media] = {
                "contactCenter": {"active": active, "acw": acw},
                "enterprise": {"active": 0, "acw": 0},
            }
        return summary

    def conversation(self, item: Interaction, final: bool = False) -> dict[str, Any]:
        """The conversation as the ``v2.users.{id}.conversations`` topic and REST show it."""
        agent_state = "disconnected" if final or item.state == "acw" else item.state
        agent_media: dict[str, Any] = {
            "id": item.media_id,
            "state": agent_state,
            "direction": "inbound",
        }
        if item.connected_at is not None:
            agent_media["connectedTime"] = iso(item.connected_at)
        if item.ended_at is not None:
            agent_media["disconnectedTime"] = iso(item.ended_at)
        agent: dict[str, Any] = {
            "id": item.agent_participant_id,
            "purpose": "agent",
            "userId": AGENT_ID,
            "wrapupRequired": True,
            PARTICIPANT_LIST[item.media]: [agent_media],
        }
        if final and item.connected_at is not None:
            agent["wrapup"] = {"code": "resolved", "endTime": iso(self._clock())}
        customer: dict[str, Any] = {
            "id": item.customer_participant_id,
            "purpose": "customer",
            PARTICIPANT_LIST[item.media]: [
                {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, item.media_id)), "state": "connected"}
            ],
        }
        return {"id": item.id, "participants": [customer, agent]}

    def active_conversations(self) -> list[dict[str, Any]]:
        return [self.conversation(i) for i in self.interactions]

    # ---- agent and app actions -----------------------------------------------------------

    def set_presence(self, presence: PresenceDefinition, by: By) -> None:
        if presence.deactivated:
            raise RoutingError(f"the presence {presence.label!r} is deactivated")
        self.presence = presence
        self.presence_modified = self._clock()
        self.not_responding = False
        self._events.record("genesys", f"presence {presence.label}", by)
        self._announce_presence()
        self._update_routing()

    def offer(self, media: str) -> Interaction:
        self._check_media(media)
        if self.presence.system_presence != "OnQueue":
            raise RoutingError("the agent is not On Queue, so nothing is routed to them")
        if self.not_responding:
            raise RoutingError("the agent is NOT_RESPONDING; they must go On Queue again")
        now = self._clock()
        item = Interaction(str(uuid.uuid4()), media, "alerting", now)
        self.interactions.append(item)
        self._events.record("genesys", f"{media} offered", "system")
        self._announce_conversation(item)
        self._update_routing()
        return item

    def answer(self, media: str, interaction_id: str | None = None) -> Interaction:
        item = self._find(media, "alerting", interaction_id)
        item.state = "connected"
        item.connected_at = self._clock()
        self._events.record("genesys", f"{item.media} answered", "agent")
        self._announce_conversation(item)
        self._announce_summary()
        self._update_routing()
        return item

    def end(self, media: str, interaction_id: str | None = None) -> Interaction:
        item = self._find(media, "connected", interaction_id)
        item.state = "acw"
        item.ended_at = self._clock()
        self._events.record("genesys", f"{item.media} ended, after-call work", "agent")
        self._announce_conversation(item)
        self._announce_summary()
        self._update_routing()
        return item

    def finish_wrapup(self, media: str, interaction_id: str | None = None) -> Interaction:
        item = self._find(media, "acw", interaction_id)
        self.interactions.remove(item)
        self._events.record("genesys", f"{item.media} wrap-up done", "agent")
        self._announce_conversation(item, final=True)
        self._announce_summary()
        self._update_routing()
        return item

    def offer_timed_out(self, interaction_id: str) -> bool:
        """The offer was not answered in time: the agent becomes NOT_RESPONDING."""
        item = next(
            (i for i in self.interactions if i.id == interaction_id and i.state == "alerting"),
            None,
        )
        if item is None:
            return False
        self.interactions.remove(item)
        item.ended_at = self._clock()
        self.not_responding = True
        self._events.record("genesys", f"{item.media} not answered in time", "system")
        self._announce_conversation(item, final=True)
        self._update_routing()
        return True

    def _check_media(self, media: str) -> None:
        if media not in MEDIA:
            raise RoutingError(f"media must be one of {', '.join(MEDIA)}, not {media!r}")

    def _find(self, media: str, state: str, interaction_id: str | None) -> Interaction:
        self._check_media(media)
        for item in reversed(self.interactions):
            if item.state == state and (
                item.id == interaction_id if interaction_id else item.media == media
            ):
                return item
        raise RoutingError(f"there is no {state} {media} interaction")

    # ---- routing -------------------------------------------------------------------------

    def _update_routing(self) -> None:
        if self.presence.system_presence != "OnQueue":
            status = "OFF_QUEUE"
        elif self.not_responding:
            status = "NOT_RESPONDING"
        elif any(i.state in ("connected", "acw") for i in self.interactions):
            status = "INTERACTING"  # after-call work counts as interacting
        else:
            status = "IDLE"
        if status != self.routing:
            self.routing = status
            self.routing_since = self._clock()
            self._events.record("genesys", f"routing status {status}", "system")
            self._announce_routing()

    def _announce_presence(self) -> None:
        self._on_change("presence", self.presence_event())

    def _announce_routing(self) -> None:
        self._on_change("routingStatus", self.routing_event())

    def _announce_summary(self) -> None:
        self._on_change("conversationsummary", self.conversation_summary())

    def _announce_conversation(self, item: Interaction, final: bool = False) -> None:
        self._on_change("conversations", self.conversation(item, final))
