"""Each soak invariant can fail: the service or engine broken on purpose, and the soak's checker
catches it (docs/soak.md). The runs are short and quiet (no faults) so that the one break is
what the checker sees; the same seeds and plans replay the same runs."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from typing import Any

import pytest

from omnisync.core.decision import Decision, RuleId
from omnisync.core.engine import SyncEngine, _Target
from omnisync.core.model import Observation, OmniStatusObserved, Product
from omnisync.genesys.client import GenesysClient
from omnisync.sandbox.genesys_org import find_presence
from omnisync.service.sync_service import SyncService
from soak.harness import SoakPlan, soak

pytestmark = pytest.mark.integration

PROFILE = "both-block-while-working"
GO_MAPPED = (("omni", "/control/salesforce/status", {"status": "Available"}),)
"""Omni-Channel Available: R2 puts Genesys On Queue, both in the mapped pair."""
BLOCKED = (
    *GO_MAPPED,
    ("omni", "/control/salesforce/work", {"action": "push", "channel": "Case"}),
)


def quiet(seed: int, steps: int = 12, script: Any = GO_MAPPED) -> SoakPlan:
    return SoakPlan(
        PROFILE, seed, steps=steps, faults=False, restarts=False, sleeps=False, script=script
    )


def caught(violations: list[str], *words: str) -> bool:
    return any(all(w in v for w in words) for v in violations)


async def test_a_clean_quiet_run_holds_every_invariant() -> None:
    """The baseline the breaks below are measured against: the same plans pass unbroken."""
    result = await soak(quiet(7, script=BLOCKED))
    assert not result.violations, result.report()


async def test_a_write_loop_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    handle = SyncEngine.handle

    def looping(self: SyncEngine, observation: Observation) -> Decision:
        decision = handle(self, observation)
        current = self.genesys
        if decision.confirms is Product.GENESYS and current is not None:
            # Every echo of our own Genesys write triggers another write: a chain.
            target = "Busy" if current.label != "Busy" else "Available"
            presence = find_presence(target)
            assert presence is not None
            loop = self._write_now(  # the engine's own write: tracked like any rule's
                RuleId.R2, Product.GENESYS, _Target(presence.id, target), "a loop", "loop"
            )
            decision = replace(decision, actions=(*decision.actions, loop))
        return decision

    monkeypatch.setattr(SyncEngine, "handle", looping)
    result = await soak(quiet(11, steps=4))
    assert caught(result.violations, "write loop", "genesys"), result.report()


async def test_overwriting_the_agents_choice_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    handle = SyncEngine.handle

    def stubborn(self: SyncEngine, observation: Observation) -> Decision:
        before = self.omni
        decision = handle(self, observation)
        if (
            isinstance(observation, OmniStatusObserved)
            and not observation.baseline
            and decision.confirms is None
            and before is not None
            and not before.offline
            and not observation.status.offline
            and before.id != observation.status.id
            and observation.status.label == "Break"
        ):
            # The agent's scripted Break: the broken engine puts the old status back. Only that
            # one: a put-back while the script goes mapped can land before the decision's audit
            # time reads as after the agent's change, and the checker then takes it for a late
            # write it must forgive once put back.
            back = self._write_now(
                RuleId.R1, Product.OMNI, _Target(before.id, before.label), "stubborn", "back"
            )
            decision = replace(decision, actions=(*decision.actions, back))
        return decision

    monkeypatch.setattr(SyncEngine, "handle", stubborn)
    script = (*GO_MAPPED, ("omni", "/control/salesforce/status", {"status": "Break"}))
    result = await soak(quiet(12, steps=0, script=script))
    # Either wording of the same violation: the put-back's decision carries the time of the
    # agent's change it reacts to, which the checker may read as a write decided just before it.
    overwritten = caught(result.violations, "overwrote the agent's choice", "omni") or caught(
        result.violations, "landed on omni", "after the agent chose Break", "not put back"
    )
    assert overwritten, result.report()


async def test_a_dropped_restore_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    handle = SyncEngine.handle

    def forgetful(self: SyncEngine, observation: Observation) -> Decision:
        decision = handle(self, observation)
        kept = tuple(a for a in decision.actions if a.rule is not RuleId.R5_END)
        return replace(decision, actions=kept)

    monkeypatch.setattr(SyncEngine, "handle", forgetful)
    script = (*BLOCKED, ("omni", "/control/salesforce/work", {"action": "accept"}))
    result = await soak(quiet(13, steps=0, script=script))
    assert caught(result.violations, "R5-end due"), result.report()


async def test_a_stale_view_after_the_faults_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    on_event = GenesysClient._on_event

    def deaf(self: GenesysClient, topic: str, body: Any) -> None:
        if not topic.endswith(".routingStatus"):
            on_event(self, topic, body)

    monkeypatch.setattr(GenesysClient, "_on_event", deaf)
    script = (*GO_MAPPED, ("genesys", "/control/genesys/presence", {"presence": "Break"}))
    result = await soak(quiet(14, steps=0, script=script))
    assert caught(result.violations, "not consistent within 2.0 s", "routing"), result.report()


async def test_an_unhandled_task_error_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    observe = SyncService.observe

    async def boom() -> None:
        raise RuntimeError("nobody awaits this task")

    def careless(self: SyncService, observation: Observation) -> None:
        observe(self, observation)
        asyncio.get_running_loop().create_task(boom())

    monkeypatch.setattr(SyncService, "observe", careless)
    result = await soak(quiet(15, steps=3))
    assert caught(result.violations, "unhandled task error", "nobody awaits"), result.report()


async def test_a_traceback_in_the_log_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    observe = SyncService.observe

    def noisy(self: SyncService, observation: Observation) -> None:
        observe(self, observation)
        try:
            raise KeyError("broken on purpose")
        except KeyError:
            logging.getLogger("omnisync.service").exception("a bug")

    monkeypatch.setattr(SyncService, "observe", noisy)
    result = await soak(quiet(16, steps=3))
    assert caught(result.violations, "traceback in the log", "KeyError"), result.report()


async def test_memory_growth_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    observe = SyncService.observe
    hoard: list[object] = []

    def leaky(self: SyncService, observation: Observation) -> None:
        observe(self, observation)
        hoard.extend(object() for _ in range(20_000))

    monkeypatch.setattr(SyncService, "observe", leaky)
    result = await soak(quiet(17, steps=12))
    assert caught(result.violations, "memory grew"), result.report()


async def test_a_slow_or_unclean_stop_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    shutdown = SyncService.shutdown

    async def sloppy(self: SyncService) -> None:
        await shutdown(self)
        # A task of the service's that nothing stops, and a stop that takes too long.
        self.supervisor.start("stray", _forever)
        await asyncio.sleep(1.2)

    monkeypatch.setattr(SyncService, "shutdown", sloppy)
    result = await soak(quiet(18, steps=0))
    assert caught(result.violations, "did not stop within"), result.report()
    assert caught(result.violations, "tasks still running after the stop"), result.report()
    for task in asyncio.all_tasks():
        if task.get_name() == "omnisync:stray":
            task.cancel()


async def _forever() -> None:
    await asyncio.Event().wait()
