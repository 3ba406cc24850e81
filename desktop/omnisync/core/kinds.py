"""Which product, and what each product says it is doing: the enums the UI's state is made of.

Part of :mod:`omnisync.core.model` (which re-exports them, so either name works) in a module of
their own, so that the tray's first step can build the service's first state without creating
the model's observation dataclasses (start-up time, docs/performance.md).
"""

from __future__ import annotations

import enum


class Product(enum.Enum):
    GENESYS = "genesys"
    OMNI = "omni"

    @property
    def title(self) -> str:
        return "Genesys Cloud" if self is Product.GENESYS else "Omni-Channel"


class RoutingStatus(enum.Enum):
    OFF_QUEUE = "OFF_QUEUE"
    IDLE = "IDLE"
    INTERACTING = "INTERACTING"
    NOT_RESPONDING = "NOT_RESPONDING"
    COMMUNICATING = "COMMUNICATING"
    UNKNOWN = "UNKNOWN"

    @classmethod
    def parse(cls, raw: str | None) -> RoutingStatus:
        try:
            return cls((raw or "").strip().upper())
        except ValueError:
            return cls.UNKNOWN


class GenesysWork(enum.Enum):
    """What the agent is doing in Genesys, from the conversation summary."""

    UNKNOWN = "unknown"
    NONE = "none"
    ALERTING = "alerting"
    ACTIVE = "active"
    AFTER_CALL_WORK = "acw"


class OmniWorkState(enum.Enum):
    OFFERED = "offered"
    ACTIVE = "active"
