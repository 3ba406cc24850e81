"""A restart in the middle of a block keeps the restore: the memory file, taken back or dropped."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest

from omnisync.core.decision import SyncMode
from support.profiles import install

pytestmark = pytest.mark.integration


async def _blocked_by_omni_work(running_service: Any) -> tuple[Any, Any]:
    run = await running_service("both-block-while-working")
    await run.omni("Transition")
    await run.ready()
    await run.omni("Available")
    await run.statuses("On Queue", "Available")
    work = await run.work("push")
    await run.until(lambda s: len(s.omni_work) == 1, "an offered item")
    await run.work("accept", work)
    await run.statuses("Busy", "Available")
    await run.mode(SyncMode.BLOCKED_BY_SALESFORCE_WORK)
    return run, work


def _memory_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "sync-state.json"


async def test_a_block_survives_a_restart_and_is_restored_when_the_work_ends(
    running_service: Any, tmp_path: Path
) -> None:
    first, work = await _blocked_by_omni_work(running_service)
    await first.service.shutdown()
    saved = _memory_file(tmp_path)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    data = json.loads(saved.read_text())
    assert data["profile"] == "both-block-while-working"
    assert [b["product"] for b in data["blocks"]] == ["genesys"]
    assert "token" not in saved.read_text().lower()

    second = await running_service("both-block-while-working", sign_in=())
    await second.ready()
    await second.statuses("Busy", "Available")
    assert any("Taken back after the restart" in e.explanation for e in second.audit())
    mark = len(second.audit())
    await second.work("close", work)
    await second.statuses("On Queue", "Available")  # restored: the agent is back in queue
    assert second.written_rules(mark) == ["R5-end"]
    await second.until(lambda s: not saved.exists(), "nothing left to remember")


async def test_a_block_whose_work_ended_while_the_app_was_down_is_restored_at_start(
    running_service: Any, tmp_path: Path
) -> None:
    first, work = await _blocked_by_omni_work(running_service)
    await first.service.shutdown()
    await first.work("close", work)  # while the app is down: nobody restores Genesys

    second = await running_service("both-block-while-working", sign_in=())
    await second.statuses("On Queue", "Available")  # restored at start: back in queue
    assert second.written_rules(0) == ["R5-end"]
    restored = next(e for e in second.audit() if e.rule == "R5-end")
    assert restored.explanation.startswith(
        "Your Omni-Channel work ended while the app was not running"
    ), restored.explanation
    assert any("Taken back after the restart" in e.explanation for e in second.audit())
    await second.until(lambda s: not _memory_file(tmp_path).exists(), "nothing left to remember")


async def test_the_away_timer_survives_a_restart(running_service: Any, tmp_path: Path) -> None:
    """Rule A's timer runs on across a restart and fires at once if its time passed meanwhile."""
    name = install(tmp_path, "away")  # omni_offline_seconds = 30
    first = await running_service(name, sandbox_time=True)
    await first.omni("Transition")
    await first.ready()
    await first.omni("Available")
    await first.statuses("On Queue", "Available")
    await first.sandbox.post("/control/salesforce/console", {"open": False})
    await first.statuses("On Queue", "Offline")
    await first.until(lambda s: _memory_file(tmp_path).exists(), "the timer saved")
    await first.service.shutdown()
    data = json.loads(_memory_file(tmp_path).read_text())
    assert list(data["away_since"]) == ["omni"]
    first.sandbox.context.clock.advance(31)  # the timer's time passes while the app is down

    second = await running_service(name, sign_in=(), sandbox_time=True)
    await second.statuses("Away", "Offline")
    assert second.written_rules(0) == ["A"]
    assert any("away timer for Omni-Channel runs on" in e.explanation for e in second.audit())


async def test_a_block_the_agent_undid_while_the_app_was_down_is_dropped(
    running_service: Any, tmp_path: Path
) -> None:
    first, work = await _blocked_by_omni_work(running_service)
    await first.service.shutdown()
    await first.sandbox.post("/control/genesys/presence", {"presence": "Break"})  # while down

    second = await running_service("both-block-while-working", sign_in=())
    await second.ready()
    await second.statuses("Break", "Available")
    dropped = [e for e in second.audit() if "Dropped after the restart" in e.explanation]
    assert len(dropped) == 1
    mark = len(second.audit())
    await second.work("close", work)
    await second.until(lambda s: len(s.omni_work) == 0, "the work closed")
    await second.statuses("Break", "Available")  # the agent's Break is not overwritten
    assert second.written_rules(mark) == []


async def test_a_memory_file_it_cannot_use_is_dropped_and_the_app_starts(
    running_service: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    saved = _memory_file(tmp_path)
    saved.parent.mkdir(parents=True, exist_ok=True)
    saved.write_text('{"format": 1, "profile": "both-block-while-working", "blocks": [{"x": 1}]')
    run = await running_service("both-block-while-working")
    await run.omni("Transition")
    await run.ready()
    assert not any("restart" in e.explanation for e in run.audit())
    assert any("Ignored the saved sync state" in r.getMessage() for r in caplog.records)


async def test_switching_profile_drops_the_promises_for_the_next_start(
    running_service: Any, tmp_path: Path
) -> None:
    first, _work = await _blocked_by_omni_work(running_service)
    saved = _memory_file(tmp_path)
    assert saved.exists()
    assert first.service.choose_profile("one-product-at-a-time") == ()
    await first.until(lambda s: s.profile_id == "one-product-at-a-time", "switched")
    assert not saved.exists()  # saved at once, not at the next decision
