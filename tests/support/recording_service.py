"""An in-memory ServiceControl for UI tests: it holds a state you set and records commands.

It is not the sync service and does not pretend to be: there is no engine and no connection.
Commands have only their plain, visible effect on the state (pause sets ``paused``, a sign-in
marks the product signed in, a profile choice switches the profile unless it was set up to be
refused), so a test can check both what the UI asked and what it shows afterwards.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

from omnisync.core.message import verbatim
from omnisync.core.model import Product
from omnisync.core.problems import Problem, Severity
from omnisync.service.audit import AuditEntry
from omnisync.service.state import (
    AuditListener,
    ServiceState,
    SignIn,
    StateListener,
)


def refusal(message: str, fix: str = "Ask your administrator") -> tuple[Problem, ...]:
    """A refusal in words the test writes (data, not our catalogue's sentences)."""
    return (Problem(Severity.ERROR, "profile", "", verbatim(message), verbatim(fix)),)


@dataclass
class RecordingService:
    state: ServiceState = field(default_factory=ServiceState)
    audit: list[AuditEntry] = field(default_factory=list)
    calls: list[tuple[Any, ...]] = field(default_factory=list)
    refused_profiles: dict[str, tuple[Problem, ...]] = field(default_factory=dict)
    sign_in_error: Exception | None = None
    sign_in_gate: asyncio.Event | None = None
    """When set, sign_in waits for it (a browser sign-in in progress)."""
    shutdown_delay: float = 0.0
    _state_listeners: list[StateListener] = field(default_factory=list)
    _audit_listeners: list[AuditListener] = field(default_factory=list)

    # ---- what a test does ------------------------------------------------------------------

    def publish(self, state: ServiceState | None = None, **changes: Any) -> ServiceState:
        """Set the state (whole, or some fields) and tell the listeners, like the service."""
        self.state = replace(state or self.state, **changes)
        for listener in list(self._state_listeners):
            listener(self.state)
        return self.state

    def record(self, entry: AuditEntry) -> None:
        self.audit.append(entry)
        for listener in list(self._audit_listeners):
            listener(entry)

    def commands(self) -> list[str]:
        return [call[0] for call in self.calls]

    # ---- ServiceControl --------------------------------------------------------------------

    def on_state(self, listener: StateListener) -> None:
        self._state_listeners.append(listener)

    def on_audit(self, listener: AuditListener) -> None:
        self._audit_listeners.append(listener)

    def recent_audit(self) -> list[AuditEntry]:
        return list(self.audit)

    def set_paused(self, paused: bool) -> None:
        self.calls.append(("set_paused", paused))
        self.publish(paused=paused)

    def choose_profile(self, profile_id: str) -> tuple[Problem, ...]:
        self.calls.append(("choose_profile", profile_id))
        if profile_id in self.refused_profiles:
            return self.refused_profiles[profile_id]
        name = next((p.name for p in self.state.profiles if p.id == profile_id), profile_id)
        self.publish(profile_id=profile_id, profile_name=name)
        return ()

    async def sign_in(self, product: Product) -> None:
        self.calls.append(("sign_in", product))
        self._session(product, SignIn.SIGNING_IN)
        if self.sign_in_gate is not None:
            await self.sign_in_gate.wait()
        if self.sign_in_error is not None:
            self._session(product, SignIn.SIGNED_OUT)
            raise self.sign_in_error
        self._session(product, SignIn.SIGNED_IN)

    async def sign_out(self, product: Product) -> None:
        self.calls.append(("sign_out", product))
        self._session(product, SignIn.SIGNED_OUT)

    def retry(self) -> None:
        self.calls.append(("retry",))

    def resync(self) -> None:
        self.calls.append(("resync",))

    def network_changed(self, why: str) -> None:
        self.calls.append(("network_changed", why))

    # ---- ManagedService --------------------------------------------------------------------

    async def start(self) -> None:
        self.calls.append(("start",))

    async def shutdown(self) -> None:
        self.calls.append(("shutdown",))
        await asyncio.sleep(self.shutdown_delay)
        self.calls.append(("shutdown done",))

    def _session(self, product: Product, sign_in: SignIn) -> None:
        if product is Product.GENESYS:
            self.publish(genesys=replace(self.state.genesys, sign_in=sign_in))
        else:
            self.publish(salesforce=replace(self.state.salesforce, sign_in=sign_in))


def factory_of(
    service: RecordingService,
) -> Callable[[contextlib.AsyncExitStack], Awaitable[RecordingService]]:
    """A service factory for ``omnisync.ui.app``; it notes when its resources are closed."""

    async def build(resources: contextlib.AsyncExitStack) -> RecordingService:
        resources.callback(service.calls.append, ("resources closed",))
        return service

    return build
