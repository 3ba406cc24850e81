"""Genesys JSON to the core's types. Anything unexpected raises MalformedMessage."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from omnisync.core.model import GenesysPresence, GenesysWork, RoutingStatus, SystemPresence
from omnisync.genesys.errors import MalformedMessage

SUMMARY_MEDIA = ("call", "callback", "email", "message", "chat", "socialExpression", "video")
_MEDIA_LISTS = (
    "calls", "callbacks", "chats", "emails", "messages", "videos", "screenshares",
    "socialExpressions", "cobrowsesessions",
)  # fmt: skip
ALERTING_STATES = frozenset({"alerting", "offering"})


def _object(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise MalformedMessage(f"{what} is not a JSON object")
    return value


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise MalformedMessage(f"{what} is missing or not a string")
    return value


def presence_definition(raw: Any) -> GenesysPresence:
    """An OrganizationPresenceDefinition (or the older OrganizationPresence)."""
    data = _object(raw, "a presence definition")
    labels = data.get("languageLabels")
    label = None
    if isinstance(labels, Mapping):
        label = labels.get("en_US") or next(iter(labels.values()), None)
    return GenesysPresence(
        id=_text(data.get("id"), "presence definition id"),
        label=str(label or data.get("name") or data.get("systemPresence") or data["id"]),
        system_presence=SystemPresence.parse(data.get("systemPresence")),
        deactivated=bool(data.get("deactivated", False)),
        primary=data.get("type", "System") == "System" if "type" in data
        else bool(data.get("primary", True)),
    )  # fmt: skip


class PresenceCatalog:
    """The org's presence definitions by id, with labels for events that only carry ids."""

    def __init__(self, definitions: Iterable[GenesysPresence] = ()) -> None:
        self._by_id = {d.id: d for d in definitions}

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, presence_id: object) -> bool:
        return presence_id in self._by_id

    def all(self) -> list[GenesysPresence]:
        return list(self._by_id.values())

    def get(self, presence_id: str) -> GenesysPresence | None:
        return self._by_id.get(presence_id)

    def resolve(self, presence_id: str, system_presence: str | None) -> GenesysPresence:
        """The known definition, or a stand-in labelled by its system presence."""
        known = self._by_id.get(presence_id)
        if known is not None:
            return known
        system = SystemPresence.parse(system_presence)
        label = system_presence or "Unknown status"
        return GenesysPresence(presence_id, label, system)

    def find(self, key: str) -> GenesysPresence | None:
        """By id or label (case-insensitive), active definitions first."""
        if key in self._by_id:
            return self._by_id[key]
        wanted = key.strip().lower()
        matches = [d for d in self._by_id.values() if d.label.lower() == wanted]
        matches.sort(key=lambda d: d.deactivated)
        return matches[0] if matches else None


@dataclass(frozen=True, slots=True)
class UserSeen:
    """Who users/me says the token belongs to; name and email may be empty (not required)."""

    id: str
    name: str
    email: str


def user(raw: Any) -> UserSeen:
    """The ``id``, ``name`` and ``email`` of a User (users/me)."""
    data = _object(raw, "users/me")
    name, email = data.get("name"), data.get("email")
    return UserSeen(
        _text(data.get("id"), "users/me id"),
        name.strip() if isinstance(name, str) else "",
        email.strip() if isinstance(email, str) else "",
    )


@dataclass(frozen=True, slots=True)
class PresenceSeen:
    id: str
    system_presence: str | None
    modified: str
    """ISO time of the change, for ordering (may be empty)."""


def user_presence(raw: Any) -> PresenceSeen:
    """A UserPresence (users/me, PATCH answer) or a presence event body: same fields."""
    data = _object(raw, "a presence")
    definition = _object(data.get("presenceDefinition"), "presenceDefinition")
    system = definition.get("systemPresence")
    return PresenceSeen(
        _text(definition.get("id"), "presenceDefinition.id"),
        system if isinstance(system, str) else None,
        str(data.get("modifiedDate") or ""),
    )


@dataclass(frozen=True, slots=True)
class RoutingSeen:
    status: RoutingStatus
    since: str


def routing_status(raw: Any) -> RoutingSeen:
    """A RoutingStatus (``{status, startTime}``) or a routingStatus event body."""
    data = _object(raw, "a routing status")
    if "routingStatus" in data:
        data = _object(data["routingStatus"], "routingStatus")
    status = data.get("status")
    if not isinstance(status, str):
        raise MalformedMessage("routing status has no status")
    return RoutingSeen(RoutingStatus.parse(status), str(data.get("startTime") or ""))


@dataclass(frozen=True, slots=True)
class WorkCounts:
    active: int
    acw: int


def conversation_summary(raw: Any, count_enterprise: bool = False) -> WorkCounts:
    """Sum ``contactCenter`` (ACD) counts over all media; ``enterprise`` (non-ACD) optional."""
    data = _object(raw, "a conversation summary")
    if not any(media in data for media in SUMMARY_MEDIA):
        raise MalformedMessage("the conversation summary has no media counts")
    active = acw = 0
    scopes = ("contactCenter", "enterprise") if count_enterprise else ("contactCenter",)
    for media in SUMMARY_MEDIA:
        entry = data.get(media)
        if entry is None:
            continue
        entry = _object(entry, f"conversation summary {media}")
        for scope in scopes:
            counts = entry.get(scope)
            if counts is None:
                continue
            counts = _object(counts, f"{media}.{scope}")
            active += _count(counts.get("active"))
            acw += _count(counts.get("acw"))
    return WorkCounts(active, acw)


def _count(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise MalformedMessage(f"a conversation count is not a whole number: {value!r}")
    return value


ALERTING_STAGE, CONNECTED_STAGE, ENDED_STAGE = 1, 2, 3
_CONNECTED_STATES = frozenset({"connected", "dialing", "contacting"})
_ENDED_STATES = frozenset({"disconnected", "terminated"})


def agent_stages(raw: Any, user_id: str) -> tuple[str, dict[str, int]]:
    """(conversation id, how far each of this user's participants got): alerting, connected,
    ended. A participant only moves forward, so an event showing it less far along than one
    already seen is older (the conversations topic has no other order)."""
    data = _object(raw, "a conversation")
    conversation_id = _text(data.get("id"), "conversation id")
    participants = data.get("participants") or []
    if not isinstance(participants, list):
        raise MalformedMessage("conversation participants is not a list")
    stages: dict[str, int] = {}
    for participant in participants:
        if not isinstance(participant, Mapping) or participant.get("userId") != user_id:
            continue
        states = {
            media.get("state")
            for key in _MEDIA_LISTS
            for media in participant.get(key) or []
            if isinstance(media, Mapping)
        }
        if states & ALERTING_STATES:
            stage = ALERTING_STAGE
        elif states & _CONNECTED_STATES:
            stage = CONNECTED_STAGE
        elif states & _ENDED_STATES:
            stage = ENDED_STAGE
        else:
            continue
        key = str(participant.get("id") or conversation_id)
        stages[key] = max(stage, stages.get(key, 0))
    return conversation_id, stages


def work_from(counts: WorkCounts, alerting: bool) -> GenesysWork:
    """Active beats after-call work beats alerting: the most engaged state wins."""
    if counts.active > 0:
        return GenesysWork.ACTIVE
    if counts.acw > 0:
        return GenesysWork.AFTER_CALL_WORK
    if alerting:
        return GenesysWork.ALERTING
    return GenesysWork.NONE
