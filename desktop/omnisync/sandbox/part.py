"""The contract between the sandbox framework and each fake cloud (a "part").

A part plays one or more real hosts (Genesys ``login``, ``api``, ``streaming``; Salesforce
``login``, ``instance``), each served at the root of its own loopback origin as the real cloud
serves it, so any client works against it unchanged. It also owns its control routes (mounted
under ``/control`` on the main port), its state, faults and API call counts. The framework knows
nothing else about it, so a product is added without touching the others.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from starlette.routing import BaseRoute
from starlette.types import ASGIApp

from omnisync.sandbox.clock import SandboxClock
from omnisync.sandbox.events import EventLog


@dataclass(slots=True)
class SandboxContext:
    """What the parts share: one clock, one event log, and each part's settings by name."""

    clock: SandboxClock = field(default_factory=SandboxClock)
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    """E.g. ``{"genesys": {"heartbeat_interval": 0.2}}``; each part documents its keys."""
    events: EventLog = field(init=False)
    origins: dict[str, str] = field(default_factory=dict)
    """Each served host's origin by ``<part>.<host>`` (``genesys.api``), filled in by the server
    once it listens: a part that names one of its other hosts (an ``instance_url``, a
    ``connectUri``) reads it here."""

    def __post_init__(self) -> None:
        self.events = EventLog(self.clock)

    def settings_for(self, name: str) -> dict[str, Any]:
        return dict(self.settings.get(name, {}))

    def origin(self, part: str, host: str) -> str:
        key = f"{part}.{host}"
        try:
            return self.origins[key]
        except KeyError:
            raise LookupError(f"the sandbox host {key} is not listening") from None


class FaultError(ValueError):
    """A fault spec the part recognises but cannot apply; the message says what to fix."""


class SandboxPart(Protocol):
    name: str
    """``genesys`` or ``salesforce``; the key of its half of ``GET /control/state``."""

    def hosts(self) -> dict[str, ASGIApp]:
        """The real hosts this part plays, by role (``login``, ``api``...): each app is served
        at the root of its own origin, and answers unknown paths as that cloud does."""
        ...

    def control_routes(self) -> list[BaseRoute]:
        """Mounted under ``/control``; paths start with ``/<name>/``."""
        ...

    def state(self) -> dict[str, Any]: ...

    def reset(self) -> None:
        """Back to the initial state; cancel timers, drop sockets and sessions."""
        ...

    def endpoints(self, origins: Mapping[str, str]) -> dict[str, Any]:
        """Hosts (``origins``: this part's, by role), demo OAuth client ids and redirect URIs,
        for pointing any client at us."""
        ...

    def fault(self, spec: dict[str, Any]) -> bool:
        """Apply the fault and return True if it is this part's; raise FaultError if malformed."""
        ...

    def api_calls(self) -> dict[str, Any]:
        """Counts of API calls made by clients since the last reset."""
        ...

    def clear_faults(self) -> None:
        """Disarm every armed fault (``POST /control/faults/clear``); state stays as it is."""
        ...


@runtime_checkable
class ListsStatuses(Protocol):
    """Optional for a part: its org's status list, for ``GET /control/statuses``.

    The value is this part's half of the statuses file in ``docs/profiles.md`` (for example
    ``{"presences": [...]}``); the framework puts it under the part's name.
    """

    def statuses(self) -> dict[str, Any]: ...
