"""A simulated shift on the demo's wiring: the loop of agent events, bounded rings, heap growth.

Used by test_bench_shift_memory.py and by ``python tests/bench/heap_growth.py``, the longer
diagnostic run that does not fit in ``make bench``.
"""

from __future__ import annotations

import gc
import tracemalloc
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from omnisync.salesforce.source import DIRECT_GRACE
from omnisync.service.audit import AuditLog
from support.agent_shift import genesys_call, status_pair, work_item
from support.running import WAIT, Running

RING = 40
"""Entries the filling rings are shrunk to, so that they are full before any baseline."""


async def one_loop(run: Running) -> int:
    """From Genesys On Queue and Omni Available, back to the same; the agent events it took."""
    await work_item(run)
    await genesys_call(run)
    await status_pair(run)
    return 9


@dataclass
class Rings:
    """The rings that fill as events come: the service's audit ring and, since the sandbox
    shares the process, its event log and its CometD replay logs (one per PushTopic)."""

    audit: AuditLog
    sandbox_log: Any
    cometd: Any

    @classmethod
    def shrink(cls, run: Running, size: int = RING) -> Rings:
        audit = shrink_audit(run, size)
        log = run.sandbox.context.events
        log._events = deque(log._events, maxlen=size)
        cometd = run.sandbox.part("salesforce").cometd  # type: ignore[attr-defined]
        cometd.retention = size  # for topics made later
        for topic in cometd.topics.values():
            topic.events = deque(topic.events, maxlen=size)
        return cls(audit, log, cometd)

    def sizes(self) -> dict[str, int]:
        replay = {name: len(topic.events) for name, topic in self.cometd.topics.items()}
        return {"audit": len(self.audit.entries), "sandbox log": len(self.sandbox_log._events)} | {
            f"replay {name}": n for name, n in replay.items()
        }


def shrink_audit(run: Running, size: int = RING) -> AuditLog:
    """The service's audit ring (1000 entries) shrunk, so it is full before any baseline."""
    audit = run.service.audit
    assert audit.entries.maxlen == AuditLog.keep, "the audit ring is not bounded"
    audit.entries = deque(audit.entries, maxlen=size)
    return audit


async def start_shift(run: Running) -> None:
    await run.service.start()
    await begin_shift(run)


async def begin_shift(run: Running) -> None:
    """Once the service runs (started here or by the tray app): the agent logs in to Omni. A
    console that knows only the record is found after the desktop's direct-link grace."""
    await run.ready(DIRECT_GRACE + WAIT)
    await run.omni("Available")
    await run.statuses("On Queue", "Available")


@dataclass
class Growth:
    app: int
    """Bytes the heap grew by in allocations with no frame in the sandbox's code."""
    sandbox: int
    events: int
    top: list[str]
    """The app's largest growing allocation sites, one line each."""


async def heap_growth(run: Running, phases: Sequence[int], depth: int = 20) -> list[Growth]:
    """Under tracemalloc: one loop to settle, then for each phase that many loops."""
    tracemalloc.start(depth)
    ignore = tracemalloc.Filter(False, tracemalloc.__file__)
    sandbox = tracemalloc.Filter(False, "*/omnisync/sandbox/*", all_frames=True)
    found: list[Growth] = []
    try:
        await one_loop(run)
        gc.collect()
        before = tracemalloc.take_snapshot().filter_traces([ignore])
        for loops in phases:
            events = 0
            for _ in range(loops):
                events += await one_loop(run)
            gc.collect()
            after = tracemalloc.take_snapshot().filter_traces([ignore])
            app_after = after.filter_traces([sandbox])
            app_diff = app_after.compare_to(before.filter_traces([sandbox]), "traceback")
            app = sum(stat.size_diff for stat in app_diff)
            total = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
            top = [
                f"{stat.size_diff:+} B in {stat.count_diff:+} blocks at "
                + " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}" for f in stat.traceback)
                for stat in app_diff[:5]
            ]
            found.append(Growth(app, total - app, events, top))
            before = after
    finally:
        tracemalloc.stop()
    return found
