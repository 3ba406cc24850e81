"""Memory over a shift: resident memory while the agent works through hundreds of events.

Run with ``make bench``. In this process: the demo's sandbox and the real service (profile
"both-block-while-working", so every kind of rule fires), driven through the control API in a
loop of Omni work (push, accept, close), Genesys interactions (offer, answer, end, wrap-up) and
status changes, each step awaited until the app has synced it. RSS (VmRSS) is sampled after each
loop; the baseline is the same process after a warm-up. The rings that fill as events come (the
service's audit ring, 1000 entries, and, since the sandbox shares this process, its event log, 500,
and its CometD replay logs, 1000 events per PushTopic) are shrunk to ``RING`` entries first, so
they are full before the baseline is taken and their one-off filling does not pass for a leak;
full rings at their real sizes cost that much more, once. Budget: memory flat over a shift.
Asserts only that the audit ring is bounded and that tasks and Python objects do not pile up,
nothing about time or bytes.
"""

from __future__ import annotations

import asyncio
import gc
import time
import tracemalloc
from collections import deque

from bench.measure import need_proc, rss_kib
from bench.synced_demo import demo_service
from omnisync.core.decision import SyncMode
from omnisync.service.audit import AuditLog
from support.running import Running

WARM_UP = 14
RING = 40
MAX_EVENTS = 900
MAX_SECONDS = 25.0
TRACED_LOOPS = 10
"""Then a short run under tracemalloc, to tell the app's heap growth from the sandbox's."""
FLAT = 100.0
"""KiB per 1000 events we still call flat: an 8-hour shift is a few thousand events."""


async def _one_loop(run: Running) -> int:
    """From Genesys On Queue and Omni Available, back to the same; the agent events it took."""
    work = await run.work("push")
    await run.until(lambda s: len(s.omni_work) == 1, "an offered item")
    await run.work("accept", work)
    await run.statuses("Busy", "Available")
    await run.mode(SyncMode.BLOCKED_BY_SALESFORCE_WORK)
    await run.work("close", work)
    await run.statuses("On Queue", "Available")
    await run.interaction("offer")
    await run.interaction("answer")
    await run.statuses("On Queue", "Busy")
    await run.mode(SyncMode.BLOCKED_BY_GENESYS_WORK)
    await run.interaction("end")
    await run.statuses("On Queue", "Busy")
    await run.interaction("finish-wrapup")
    await run.statuses("On Queue", "Available")
    await run.genesys("Break")
    await run.statuses("Break", "Transition")
    await run.omni("Available")
    await run.statuses("On Queue", "Available")
    return 9


def _sample() -> tuple[int, int]:
    gc.collect()
    return rss_kib(), len(gc.get_objects())


async def _traced_growth(run: Running) -> tuple[int, int, int]:
    """Bytes the Python heap grew by outside and inside the sandbox's code, and events driven.

    An allocation counts as the sandbox's when any frame of its traceback is in
    ``omnisync/sandbox``; everything else (the service, the clients, the libraries they call)
    is the app's.
    """
    tracemalloc.start(20)
    try:
        await _one_loop(run)
        gc.collect()
        before = tracemalloc.take_snapshot()
        events = 0
        for _ in range(TRACED_LOOPS):
            events += await _one_loop(run)
        gc.collect()
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    ignore = tracemalloc.Filter(False, tracemalloc.__file__)
    sandbox = tracemalloc.Filter(False, "*/omnisync/sandbox/*", all_frames=True)

    def grown(keep: list[tracemalloc.Filter]) -> int:
        diff = after.filter_traces(keep).compare_to(before.filter_traces(keep), "filename")
        return sum(stat.size_diff for stat in diff)

    app = grown([ignore, sandbox])
    return app, grown([ignore]) - app, events


def _slope(points: list[tuple[int, int]]) -> float:
    """Least-squares KiB per event."""
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    var = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / var if var else 0.0


async def test_bench_memory_over_a_shift() -> None:
    need_proc()
    async with demo_service("both-block-while-working") as run:
        audit_ring = run.service.audit
        assert audit_ring.entries.maxlen == AuditLog.keep, "the audit ring is not bounded"
        audit_ring.entries = deque(audit_ring.entries, maxlen=RING)
        sandbox_log = run.sandbox.context.events
        sandbox_log._events = deque(sandbox_log._events, maxlen=RING)
        cometd = run.sandbox.part("salesforce").cometd  # type: ignore[attr-defined]
        cometd.retention = RING  # for topics made later
        for log in cometd.topics.values():
            log.events = deque(log.events, maxlen=RING)
        await run.service.start()
        await run.ready()
        await run.omni("Available")
        await run.statuses("On Queue", "Available")
        for _ in range(WARM_UP):
            await _one_loop(run)
        filled = (len(audit_ring.entries), len(sandbox_log._events))
        replay = {name: len(log.events) for name, log in cometd.topics.items()}
        start_rss, start_objects = _sample()
        start_tasks = len(asyncio.all_tasks())
        points = [(0, start_rss)]
        events, loops, began = 0, 0, time.monotonic()
        while events < MAX_EVENTS and time.monotonic() - began < MAX_SECONDS:
            events += await _one_loop(run)
            loops += 1
            if loops % 5 == 0:
                points.append((events, _sample()[0]))
        elapsed = time.monotonic() - began
        end_rss, end_objects = _sample()
        points.append((events, end_rss))
        end_tasks = len(asyncio.all_tasks())
        audit = len(run.service.recent_audit())
        writes = len(run.service._writes)
        sandbox_events = len(sandbox_log._events)
        replay_end = {name: len(log.events) for name, log in cometd.topics.items()}
        app_heap, sandbox_heap, traced = await _traced_growth(run)
    slope = _slope(points) * 1000
    top = max(y for _, y in points)
    verdict = "flat" if slope < FLAT else "GROWING"
    print(
        f"\nmemory over a shift: {events} agent events ({loops} loops of 9, {elapsed:.0f} s, "
        f"{events / elapsed:.0f} events/s, every one synced) after {WARM_UP} warm-up loops; "
        f"RSS start {start_rss / 1024:.1f} MiB, end {end_rss / 1024:.1f} MiB, "
        f"max {top / 1024:.1f} MiB; slope {slope:+.0f} KiB per 1000 events "
        f"(baseline: this process after warm-up; {verdict}, we call under {FLAT:.0f} flat)"
        f"\n  Python heap growth under tracemalloc ({traced} more events): app "
        f"{app_heap / traced:+.0f} B per event ({app_heap / traced * 1000 / 1024:+.1f} KiB per "
        f"1000), sandbox {sandbox_heap / traced:+.0f} B per event (its fake org keeps every "
        f"UserServicePresence and AgentWork row, as a real org does)"
        f"\n  Python objects after gc: {start_objects} -> {end_objects} "
        f"({(end_objects - start_objects) / max(events, 1) * 1000:+.0f} per 1000 events); "
        f"asyncio tasks {start_tasks} -> {end_tasks}; audit ring {filled[0]} -> {audit} "
        f"(shrunk to {RING}, really {AuditLog.keep}); sandbox event log {filled[1]} -> "
        f"{sandbox_events}; CometD replay logs {replay} -> "
        f"{replay_end}; "
        f"writes tracked {writes}"
    )
    assert end_tasks <= start_tasks + 2, "tasks pile up"
    assert end_objects - start_objects < events, "Python objects grow with the events"
