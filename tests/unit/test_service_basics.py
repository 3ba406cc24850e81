"""The audit log and the task supervisor."""

from __future__ import annotations

import asyncio
import json
import stat
from pathlib import Path

from omnisync.core.engine import SyncEngine
from omnisync.service.audit import AuditLog, Outcome, entries_for
from omnisync.service.supervisor import Supervisor, TaskReport, TaskState
from support.org import S1, World


def test_every_decision_becomes_audit_entries(tmp_path: Path) -> None:
    world = World(SyncEngine(S1))
    decision = world.agent_genesys("On Queue")
    (entry,) = entries_for(decision)
    assert entry.rule == "R1"
    assert entry.outcome is Outcome.PENDING
    assert entry.explanation.startswith("You went On Queue in Genesys Cloud")
    echo = world.decisions[-1]
    assert echo.quiet, "the echo of the app's own change gets no row: its write's outcome says it"
    (quiet,) = entries_for(echo)
    assert quiet.rule == ""
    assert "the app's own change" in quiet.trigger


def test_audit_file_is_json_lines_and_rotates(tmp_path: Path) -> None:
    log = AuditLog(keep=5)
    path = tmp_path / "audit" / "audit.jsonl"
    log.open_file(path, max_bytes=2000, backups=2)
    seen = []
    log.subscribe(seen.append)
    world = World(SyncEngine(S1))
    for _ in range(20):
        log.record_decision(world.agent_genesys("On Queue"))
        log.record_decision(world.agent_genesys("Break"))
    log.close()
    log.close()
    assert len(log.entries) == 5
    assert len(seen) == 40
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["audit.jsonl", "audit.jsonl.1", "audit.jsonl.2"]
    assert {stat.S_IMODE(p.stat().st_mode) for p in path.parent.iterdir()} == {0o600}
    for line in path.read_text().splitlines():
        data = json.loads(line)
        assert {"when", "trigger", "rule", "explanation", "outcome", "mode"} <= set(data)


async def test_supervisor_restarts_with_backoff_and_reports() -> None:
    delays: list[float] = []

    async def no_sleep(seconds: float) -> None:
        delays.append(seconds)

    reports: list[TaskReport] = []
    attempts = 0

    async def flaky() -> None:
        nonlocal attempts
        attempts += 1
        if attempts < 4:
            raise ConnectionError(f"drop {attempts}")

    sup = Supervisor(reports.append, sleep=no_sleep, jitter=lambda: 1.0, base_delay=1.0)
    sup.start("genesys-notifications", flaky)
    for _ in range(50):
        await asyncio.sleep(0)
    assert attempts == 4
    assert delays == [1.0, 2.0, 4.0]
    failed = [r for r in reports if r.state is TaskState.BACKING_OFF]
    assert [r.last_error for r in failed] == [
        "ConnectionError: drop 1",
        "ConnectionError: drop 2",
        "ConnectionError: drop 3",
    ]
    assert sup.reports["genesys-notifications"].state is TaskState.FINISHED


async def test_supervisor_shutdown_cancels_everything() -> None:
    started = asyncio.Event()

    async def forever() -> None:
        started.set()
        await asyncio.Event().wait()

    sup = Supervisor()
    sup.start("a", forever)
    sup.start("b", forever)
    await started.wait()
    assert sorted(sup.running) == ["a", "b"]
    await sup.shutdown()
    assert sup.running == []
    assert sup.reports["a"].state is TaskState.STOPPED


async def test_shutdown_ends_a_replaced_task_that_is_still_ending() -> None:
    """A run replaced by a new one (a sign-in again) may still be closing its socket: the stop
    ends it too, so nothing of the app runs after Quit (found by the soak)."""
    finished: list[bool] = []

    async def slow_to_end() -> None:
        try:
            await asyncio.Event().wait()
        finally:
            try:
                await asyncio.Event().wait()  # a socket close still under way
            finally:
                finished.append(True)

    async def forever() -> None:
        await asyncio.Event().wait()

    sup = Supervisor()
    sup.start("genesys", slow_to_end)
    await asyncio.sleep(0)
    sup.start("genesys", forever)  # the old run is cancelled, and still ending
    await asyncio.sleep(0)
    await asyncio.wait_for(sup.shutdown(), 1)
    assert finished == [True]


def test_backoff_is_capped_and_jittered() -> None:
    sup = Supervisor(jitter=lambda: 0.0, base_delay=1.0, max_delay=30.0)
    assert sup.delay_for(1) == 0.5
    assert sup.delay_for(10) == 15.0
