"""What the engine answers: actions with their explanation, and the sync mode for the UI."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from omnisync.core.kinds import Product
from omnisync.core.message import Message, english


class ActionKind(enum.Enum):
    ENFORCE = "enforce"
    """The app writes the status."""
    ASK_AGENT = "ask"
    """The app cannot write it now; the agent is asked to (a notification)."""
    SKIP = "skip"
    """A rule matched but does nothing; ``reason`` says why."""


class RuleId(enum.Enum):
    R1 = "R1"  # Genesys went On Queue -> Omni mapped status
    R2 = "R2"  # Omni went to the mapped status -> Genesys On Queue
    R3 = "R3"  # Genesys left On Queue -> Omni transition status
    R4 = "R4"  # Omni left the mapped status -> Genesys transition status
    R5 = "R5"  # Salesforce work started -> Genesys blocking status
    R5_END = "R5-end"  # Salesforce work ended -> Genesys restored
    R6 = "R6"  # Genesys interaction started -> Omni blocking status
    R6_END = "R6-end"  # Genesys interaction ended -> Omni restored
    TIMER = "T"  # transition timer elapsed -> Omni moves on
    AWAY = "A"  # one product stayed Offline too long -> the other one's away status
    MASTER = "M"  # the agent changed the follower -> put back (profile's master rule)
    QUEUED = "Q"  # the agent's change during work -> held until the work ends (option)
    ECHO = "echo"  # a change we caused came back
    GUARD = "guard"  # a guard (offline, user's choice, ...) stopped something


@dataclass(frozen=True, slots=True)
class Action:
    rule: RuleId
    product: Product
    kind: ActionKind
    status_id: str
    status_label: str
    said: Message
    """A sentence for the agent: what happened and what the app did about it."""
    why_not: Message | None = None
    """For SKIP and ASK_AGENT: why the status was not written."""

    @property
    def explanation(self) -> str:
        """:attr:`said` in English (the audit file, logs)."""
        return self.said.english()

    @property
    def reason(self) -> str:
        return english(self.why_not)


class SyncMode(enum.Enum):
    OFF = "off"
    MAPPED = "mapped"
    IN_TRANSITION = "transition"
    BLOCKED_BY_GENESYS_WORK = "blocked-genesys"
    BLOCKED_BY_SALESFORCE_WORK = "blocked-salesforce"
    INDEPENDENT = "independent"
    SUSPENDED = "suspended"


@dataclass(frozen=True, slots=True)
class SyncView:
    """The state at a glance, for the tray icon, tooltip and status window."""

    mode: SyncMode
    why: str
    genesys_label: str
    omni_label: str

    @property
    def summary(self) -> str:
        """``On Queue ⇄ Busy: in sync``: the tooltip line."""
        return f"{self.genesys_label} ⇄ {self.omni_label}: {self.why}"


@dataclass(frozen=True, slots=True)
class Decision:
    """The engine's answer to one observation."""

    at: float
    observed: Message
    """What was observed, in words."""
    actions: tuple[Action, ...]
    view: SyncView
    confirms: Product | None = None
    """Set when the observation was the echo of the app's pending write to that product."""
    quiet: bool = False
    """Nothing for the agent's log: a start-up snapshot, the echo of the app's own change (its
    row's outcome says it), a write becoming possible before the statuses are known."""

    @property
    def trigger(self) -> str:
        """:attr:`observed` in English."""
        return self.observed.english()

    @property
    def writes(self) -> tuple[Action, ...]:
        return tuple(a for a in self.actions if a.kind is ActionKind.ENFORCE)
