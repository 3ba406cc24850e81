"""Both orgs' status lists, and finding a status by id, API name or label.

The JSON form (``--statuses`` of ``check-profile``, and ``GET /control/statuses`` of the
sandbox) is documented in docs/profiles.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from omnisync.core.model import (
    OMNI_OFFLINE,
    GenesysPresence,
    OmniStatus,
    ServiceChannel,
    SystemPresence,
)
from omnisync.core.problems import closest

S = TypeVar("S", bound=GenesysPresence | OmniStatus)


class CatalogFormatError(ValueError):
    """The status list JSON is not in the documented shape."""


@dataclass(frozen=True, slots=True)
class Found(Generic[S]):
    """The result of looking a name up: one status, or why there is none."""

    status: S | None
    ambiguous: tuple[S, ...] = ()
    suggestions: tuple[str, ...] = ()
    """The nearest statuses, each by its label (the org's own spelling: "Busy", not "BUSY")."""
    valid: tuple[str, ...] = ()
    """Every status's label, to list when none is near."""


def _lookup(
    name: str,
    statuses: Sequence[S],
    api_names: Callable[[S], tuple[str, ...]],
    labels: Callable[[S], tuple[str, ...]],
) -> Found[S]:
    """Exact id first, then API name, then label (both case-insensitive)."""
    for status in statuses:
        if status.id == name:
            return Found(status)
    fold = name.strip().casefold()
    for names_of in (api_names, labels):
        hits = [st for st in statuses if fold in {n.casefold() for n in names_of(st)}]
        if len(hits) == 1:
            return Found(hits[0])
        if len(hits) > 1:
            return Found(None, ambiguous=tuple(hits))
    label_of: dict[str, str] = {}
    for status in statuses:
        for other in (*api_names(status), *labels(status)):
            label_of.setdefault(other, status.label)
    near = dict.fromkeys(label_of[n] for n in closest(name, label_of))
    valid = tuple(dict.fromkeys(s.label for s in statuses))
    return Found(None, suggestions=tuple(near), valid=valid)


def _genesys_labels(p: GenesysPresence) -> tuple[str, ...]:
    """A primary presence also answers to its system presence ("On Queue", "OnQueue")."""
    if not p.primary or p.system_presence is SystemPresence.UNKNOWN:
        return (p.label,)
    words = p.system_presence.value.replace("_", " ")
    return (p.label, words, words.replace(" ", ""))


@dataclass(frozen=True, slots=True)
class OrgFacts:
    """What an org says beyond its statuses, for check-profile's org warnings and channels."""

    routing_uses_presence: bool = False
    statuses_on_decline: tuple[str, ...] = ()
    channels: tuple[ServiceChannel, ...] = ()
    unread: tuple[str, ...] = ()
    """The facts this user may not read, in words (their checks then stay silent)."""


@dataclass(frozen=True, slots=True)
class StatusCatalog:
    genesys: tuple[GenesysPresence, ...]
    omni: tuple[OmniStatus, ...]
    routing_uses_presence: bool = False
    """The Genesys org's routing includes agent presence: a presence change resets the score."""
    statuses_on_decline: tuple[str, ...] = ()
    """Omni statuses (names or ids) that a presence configuration sets when work is declined."""
    channels: tuple[ServiceChannel, ...] = ()
    """The Salesforce org's service channels, for the profile's capacity-aware blocking."""

    @classmethod
    def of(
        cls,
        genesys: Sequence[GenesysPresence],
        omni: Sequence[OmniStatus],
        facts: Sequence[OrgFacts] = (),
    ) -> StatusCatalog:
        """Both lists with the facts both orgs gave (decline statuses and channels sorted)."""
        return cls(
            tuple(genesys),
            tuple(omni),
            any(f.routing_uses_presence for f in facts),
            tuple(sorted({name for f in facts for name in f.statuses_on_decline})),
            tuple(sorted({c for f in facts for c in f.channels}, key=lambda c: c.api_name)),
        )

    def find_channel(self, name: str) -> ServiceChannel | None:
        """By developer name or label, case-insensitive."""
        fold = name.strip().casefold()
        return next(
            (c for c in self.channels if fold in (c.api_name.casefold(), c.label.casefold())),
            None,
        )

    @property
    def on_queue(self) -> GenesysPresence | None:
        """The active primary presence whose system presence is On Queue."""
        found = [p for p in self.genesys if p.is_on_queue and not p.deactivated]
        primary = [p for p in found if p.primary]
        best = primary or found
        return best[0] if best else None

    def find_genesys(self, name: str) -> Found[GenesysPresence]:
        return _lookup(name, self.genesys, lambda p: (), _genesys_labels)

    def find_omni(self, name: str) -> Found[OmniStatus]:
        """Omni statuses, plus Offline (so that naming it gives a precise error)."""
        statuses = (*self.omni, OMNI_OFFLINE)
        return _lookup(name, statuses, lambda s: (s.api_name,), lambda s: (s.label,))

    @classmethod
    def from_json(cls, data: Any) -> StatusCatalog:
        """Build from the documented JSON shape; raise CatalogFormatError naming the bad part."""
        if not isinstance(data, dict):
            raise CatalogFormatError("the top level must be an object with genesys and salesforce")
        try:
            presences = data["genesys"]["presences"]
            statuses = data["salesforce"]["statuses"]
        except (KeyError, TypeError) as exc:
            raise CatalogFormatError(
                f"missing {exc}: expected genesys.presences and salesforce.statuses lists"
            ) from None
        if not isinstance(presences, list) or not isinstance(statuses, list):
            raise CatalogFormatError("genesys.presences and salesforce.statuses must be lists")
        genesys = tuple(_genesys(i, p) for i, p in enumerate(presences))
        omni = tuple(_omni(i, s) for i, s in enumerate(statuses))
        uses = _field("genesys", data["genesys"], "routingUsesAgentPresence", bool, False)
        decline = _field("salesforce", data["salesforce"], "statusesOnDecline", list, [])
        if not all(isinstance(name, str) for name in decline):
            raise CatalogFormatError("salesforce.statusesOnDecline must be a list of status names")
        raw_channels = _field("salesforce", data["salesforce"], "channels", list, [])
        channels = tuple(_channel(i, c) for i, c in enumerate(raw_channels))
        return cls(genesys, omni, uses, tuple(decline), channels)

    def to_json(self) -> dict[str, Any]:
        data = self._lists_json()
        if self.routing_uses_presence:
            data["genesys"]["routingUsesAgentPresence"] = True
        if self.statuses_on_decline:
            data["salesforce"]["statusesOnDecline"] = list(self.statuses_on_decline)
        if self.channels:
            data["salesforce"]["channels"] = [
                {"apiName": c.api_name, "label": c.label} for c in self.channels
            ]
        return data

    def _lists_json(self) -> dict[str, Any]:
        return {
            "genesys": {
                "presences": [
                    {
                        "id": p.id,
                        "label": p.label,
                        "systemPresence": p.system_presence.value,
                        "deactivated": p.deactivated,
                        "primary": p.primary,
                    }
                    for p in self.genesys
                ]
            },
            "salesforce": {
                "statuses": [
                    {"id": s.id, "label": s.label, "apiName": s.api_name, "routable": s.routable}
                    for s in self.omni
                ]
            },
        }


def _field(where: str, item: Any, key: str, kind: type, default: Any = None) -> Any:
    if not isinstance(item, dict):
        raise CatalogFormatError(f"{where} must be an object")
    value = item.get(key, default)
    if not isinstance(value, kind):
        raise CatalogFormatError(f"{where}.{key} must be a {kind.__name__}")
    return value


def _genesys(i: int, item: Any) -> GenesysPresence:
    where = f"genesys.presences[{i}]"
    return GenesysPresence(
        id=_field(where, item, "id", str),
        label=_field(where, item, "label", str),
        system_presence=SystemPresence.parse(_field(where, item, "systemPresence", str)),
        deactivated=_field(where, item, "deactivated", bool, False),
        primary=_field(where, item, "primary", bool, True),
    )


def _omni(i: int, item: Any) -> OmniStatus:
    where = f"salesforce.statuses[{i}]"
    return OmniStatus(
        id=_field(where, item, "id", str),
        label=_field(where, item, "label", str),
        api_name=_field(where, item, "apiName", str),
        routable=_field(where, item, "routable", bool),
    )


def _channel(i: int, item: Any) -> ServiceChannel:
    where = f"salesforce.channels[{i}]"
    return ServiceChannel(_field(where, item, "apiName", str), _field(where, item, "label", str))
