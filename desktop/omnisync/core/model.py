"""Normalised observations of both products, as the engine sees them.

The clients translate raw API payloads into these types; nothing downstream ever sees JSON.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from omnisync.core.kinds import GenesysWork as GenesysWork
from omnisync.core.kinds import OmniWorkState as OmniWorkState
from omnisync.core.kinds import Product as Product
from omnisync.core.kinds import RoutingStatus as RoutingStatus
from omnisync.core.message import Message


class Cause(enum.Enum):
    """Who made a status change happen."""

    AGENT = "agent"
    APP = "app"
    SYSTEM = "system"


class SystemPresence(enum.Enum):
    AVAILABLE = "AVAILABLE"
    AWAY = "AWAY"
    BUSY = "BUSY"
    OFFLINE = "OFFLINE"
    IDLE = "IDLE"
    ON_QUEUE = "ON_QUEUE"
    MEAL = "MEAL"
    TRAINING = "TRAINING"
    MEETING = "MEETING"
    BREAK = "BREAK"
    UNKNOWN = "UNKNOWN"

    @classmethod
    def parse(cls, raw: str | None) -> SystemPresence:
        """Accept every spelling the API uses (``OnQueue``, ``On Queue``, ``ON_QUEUE``).

        Unknown values map to UNKNOWN instead of failing, so a new system presence added by
        Genesys does not break the app.
        """
        if not raw:
            return cls.UNKNOWN
        key = raw.strip().upper().replace(" ", "_").replace("-", "_")
        if key == "ONQUEUE":
            key = "ON_QUEUE"
        try:
            return cls(key)
        except ValueError:
            return cls.UNKNOWN


@dataclass(frozen=True, slots=True)
class GenesysPresence:
    """A presence definition (a primary or secondary status) of the Genesys org."""

    id: str
    label: str
    system_presence: SystemPresence
    deactivated: bool = False
    primary: bool = True

    @property
    def is_on_queue(self) -> bool:
        return self.system_presence is SystemPresence.ON_QUEUE

    @property
    def is_offline(self) -> bool:
        return self.system_presence is SystemPresence.OFFLINE


OMNI_OFFLINE_ID = "0"


@dataclass(frozen=True, slots=True)
class OmniStatus:
    """A ServicePresenceStatus, or Offline (the agent is logged out of Omni-Channel)."""

    id: str
    label: str
    api_name: str
    routable: bool
    offline: bool = False

    @classmethod
    def offline_status(cls) -> OmniStatus:
        return cls(OMNI_OFFLINE_ID, "Offline", "Offline", routable=False, offline=True)


OMNI_OFFLINE = OmniStatus.offline_status()


@dataclass(frozen=True, slots=True)
class ServiceChannel:
    """An Omni-Channel service channel (the kind of work: Case, chat...)."""

    api_name: str
    """Its DeveloperName, which AgentWork items carry."""
    label: str


@dataclass(frozen=True, slots=True)
class OmniWorkItem:
    id: str
    state: OmniWorkState
    externally_routed: bool = False
    channel: str = ""
    """The service channel's developer name (AgentWork.ServiceChannel.DeveloperName)."""
    weight: float = 0.0
    """Capacity units the item takes (AgentWork.CapacityWeight; 0 when the org counts in %)."""
    percent: float = 0.0
    """Percentage of capacity it takes (AgentWork.CapacityPercentage; 0 when counted in units)."""


# ---- observations: the only inputs of the engine --------------------------------------------


@dataclass(frozen=True, slots=True)
class GenesysPresenceObserved:
    presence: GenesysPresence
    at: float
    baseline: bool = False
    """True for a start-up snapshot: it sets the starting point and fires no rule."""
    cause: Cause | None = None
    """Set when the source knows who changed it (the client matched its own PATCH)."""


@dataclass(frozen=True, slots=True)
class GenesysRoutingObserved:
    status: RoutingStatus
    at: float
    baseline: bool = False


@dataclass(frozen=True, slots=True)
class GenesysWorkObserved:
    work: GenesysWork
    at: float
    baseline: bool = False


@dataclass(frozen=True, slots=True)
class OmniStatusObserved:
    status: OmniStatus
    at: float
    baseline: bool = False
    cause: Cause | None = None
    """Set when the source knows who changed it (the console link reports the Omni reason)."""
    why: Message | None = None
    """Why Omni-Channel went Offline, when Salesforce says (a duplicate login, maintenance...)."""


@dataclass(frozen=True, slots=True)
class OmniWorkObserved:
    items: tuple[OmniWorkItem, ...]
    at: float
    baseline: bool = False
    capacity: float | None = None
    """The agent's configured capacity (UserServicePresence.ConfiguredCapacity), when known."""


@dataclass(frozen=True, slots=True)
class WriteCapabilityObserved:
    """Whether the app can write a product's status right now, and why not."""

    product: Product
    possible: bool
    at: float
    why: str | Message = ""


@dataclass(frozen=True, slots=True)
class WriteFailed:
    """A write the engine asked for did not happen; its echo will never come."""

    product: Product
    status_id: str
    at: float
    error: str | Message = ""


@dataclass(frozen=True, slots=True)
class StatusUnknown:
    """The app lost sight of a product (signed out, session expired): its status is unknown.

    The next observation of that product is a fresh starting point, not a change.
    """

    product: Product
    at: float
    why: str | Message = ""


@dataclass(frozen=True, slots=True)
class Tick:
    """Time passed; lets the transition timer fire without the engine reading a clock."""

    at: float


@dataclass(frozen=True, slots=True)
class ResyncAsked:
    """The agent asked to apply the rules to the current statuses (the tray's Resync now),
    once both products were read again."""

    at: float
    unread: tuple[Message, ...] = ()
    """The products that could not be read again, with why: their last known state is used."""


Observation = (
    GenesysPresenceObserved
    | GenesysRoutingObserved
    | GenesysWorkObserved
    | OmniStatusObserved
    | OmniWorkObserved
    | WriteCapabilityObserved
    | WriteFailed
    | StatusUnknown
    | Tick
    | ResyncAsked
)
