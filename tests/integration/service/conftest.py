"""The whole service (connectors, engine, writes) against the sandbox, signed in for real."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from omnisync.auth.store import MemoryTokenStore
from omnisync.core.decision import SyncMode
from omnisync.core.model import Product
from omnisync.resources import resource_path
from omnisync.sandbox.harness import Sandbox
from omnisync.service.audit import AuditEntry, Outcome
from omnisync.service.factory import Orgs, Places, Timing, build_service
from omnisync.service.profile_store import ProfileDirs
from omnisync.service.state import Channel, Health, ServiceState
from omnisync.service.sync_service import SyncService

WAIT = 8.0


@pytest.fixture
def sandbox_settings(sandbox_settings: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    sandbox_settings["salesforce"] = {"cometd_timeout": 0.5, "cometd_max_interval": 30.0}
    return sandbox_settings


@dataclass
class Running:
    service: SyncService
    sandbox: Sandbox
    store: MemoryTokenStore
    changed: asyncio.Condition

    async def until(self, check: Callable[[ServiceState], bool], what: str) -> ServiceState:
        async def wait() -> ServiceState:
            async with self.changed:
                while not check(self.service.state):
                    await self.changed.wait()
                return self.service.state

        try:
            return await asyncio.wait_for(wait(), WAIT)
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

    async def ready(self) -> None:
        """Both products known, the profile resolved, and the console link answering."""

        def ready(s: ServiceState) -> bool:
            link = s.channels.get(Channel.CONSOLE_LINK)
            return (
                s.view.mode is not SyncMode.OFF
                and s.omni_status is not None
                and s.genesys_presence is not None
                and link is not None
                and link.health is Health.UP
            )

        await self.until(ready, "the service to be ready")

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


ServiceFactory = Callable[..., Awaitable[Running]]


@pytest.fixture
async def running_service(
    sandbox: Sandbox, browser: Any, tmp_path: Path
) -> AsyncIterator[ServiceFactory]:
    made: list[SyncService] = []
    async with httpx.AsyncClient() as http:
        store = MemoryTokenStore()  # one keyring for the test: a restart resumes from it

        async def make(
            profile: str, *, sign_in: tuple[Product, ...] = (Product.GENESYS, Product.OMNI)
        ) -> Running:
            endpoints = (await sandbox.control.get("/control/endpoints")).json()
            places = Places(
                tmp_path / "data",
                ProfileDirs(resource_path("profiles"), tmp_path / "machine", tmp_path / "user"),
            )
            service = build_service(
                Orgs.from_sandbox(endpoints),
                places,
                http,
                store,
                browser,
                wanted_profile=profile,
                timing=Timing(
                    genesys={"heartbeat_timeout": 5.0},
                    salesforce={"ack_timeout": 3.0},
                    confirm_timeout=4.0,
                ),
            )
            made.append(service)
            changed = asyncio.Condition()

            def on_state(_change: object) -> None:
                async def notify() -> None:
                    async with changed:
                        changed.notify_all()

                asyncio.get_running_loop().create_task(notify())

            service.on_state(on_state)
            service.on_audit(on_state)  # a write's outcome changes no state, but is awaited
            await service.start()
            for product in sign_in:
                await service.sign_in(product)
            return Running(service, sandbox, store, changed)

        yield make
        for service in made:
            await service.shutdown()
