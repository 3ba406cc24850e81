"""The real service running against the sandbox, and waits on its state (no polling).

Shared by the integration tests (``running_service`` in tests/integration/service) and the
benchmarks, which drive the same scenarios.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from omnisync.auth.store import TokenStore
from omnisync.core.decision import SyncMode
from omnisync.sandbox.harness import Sandbox
from omnisync.service.audit import AuditEntry, Outcome
from omnisync.service.state import Channel, Health, ServiceState
from omnisync.service.sync_service import SyncService

WAIT = 8.0


@dataclass
class Running:
    service: SyncService
    sandbox: Sandbox
    store: TokenStore | None
    changed: asyncio.Condition

    async def until(
        self, check: Callable[[ServiceState], bool], what: str, wait_s: float = WAIT
    ) -> ServiceState:
        async def wait() -> ServiceState:
            async with self.changed:
                while not check(self.service.state):
                    await self.changed.wait()
                return self.service.state

        try:
            return await asyncio.wait_for(wait(), wait_s)
        except TimeoutError:
            audit = "\n".join(
                f"{e.rule} {e.kind} {e.outcome.value} {e.trigger} {e.detail}" for e in self.audit()
            )
            in_flight = self.writes_in_flight()
            raise AssertionError(
                f"timed out waiting for {what}; writes in flight: {in_flight}\n{audit}"
            ) from None

    async def statuses(self, genesys: str, omni: str) -> None:
        """Both products (in the sandbox) and the service agree on these statuses."""

        def agree(s: ServiceState) -> bool:
            g = s.genesys_presence.label if s.genesys_presence else None
            o = s.omni_status.label if s.omni_status else None
            return (g, o) == (genesys, omni) and not self.writes_in_flight()

        await self.until(agree, f"Genesys {genesys} and Omni {omni}")
        state = await self.sandbox.state()
        assert state["genesys"]["presence"]["label"] == genesys
        omni_now = state["salesforce"]["omni"]
        assert (omni_now["label"] if omni_now else "Offline") == omni

    async def ready(self, wait_s: float = WAIT) -> None:
        """Both products known, the profile resolved, and the console link answering.
        ``wait_s``: longer where the console knows only the record, so the desktop first waits
        its direct-link grace before it pings through the record."""

        def ready(s: ServiceState) -> bool:
            link = s.channels.get(Channel.CONSOLE_LINK)
            return (
                s.view.mode is not SyncMode.OFF
                and s.omni_status is not None
                and s.genesys_presence is not None
                and link is not None
                and link.health is Health.UP
            )

        await self.until(ready, "the service to be ready", wait_s)

    def writes_in_flight(self) -> bool:
        return any(not t.done() for t in self.service._writes.values())

    def written_rules(self, since: int) -> list[str]:
        """The rules that decided to write (one entry each; outcomes come as later entries)."""
        return [
            e.rule
            for e in self.audit()[since:]
            if e.kind == "enforce" and e.outcome is Outcome.PENDING
        ]

    def audit(self) -> list[AuditEntry]:
        return self.service.recent_audit()

    async def genesys(self, presence: str) -> None:
        await self.sandbox.post("/control/genesys/presence", {"presence": presence})

    async def omni(self, status: str) -> None:
        await self.sandbox.post("/control/salesforce/status", {"status": status})

    async def work(self, action: str, work_id: str | None = None, **spec: Any) -> str:
        body: dict[str, Any] = {"action": action, **spec}
        if work_id is not None:
            body["id"] = work_id
        answer = await self.sandbox.post("/control/salesforce/work", body)
        return str(answer["item"]["id"])

    async def interaction(self, action: str, media: str = "call") -> None:
        await self.sandbox.post("/control/genesys/interaction", {"action": action, "media": media})

    async def mode(self, mode: SyncMode) -> None:
        await self.until(
            lambda s: s.view.mode is mode and not self.writes_in_flight(), f"mode {mode.value}"
        )


def watch(service: SyncService) -> asyncio.Condition:
    """A condition notified on every state change and audit entry: what ``Running`` waits on."""
    changed = asyncio.Condition()

    def on_change(_change: object) -> None:
        async def notify() -> None:
            async with changed:
                changed.notify_all()

        asyncio.get_running_loop().create_task(notify())

    service.on_state(on_change)
    service.on_audit(on_change)  # a write's outcome changes no state, but is awaited
    return changed
