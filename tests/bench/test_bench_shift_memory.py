"""Memory over a shift: resident memory while the agent works through hundreds of events.

Run with ``make bench``. In this process: the demo's sandbox and the real service (profile
"both-block-while-working", so every kind of rule fires), driven through the control API in a
loop of Omni work (push, accept, close), Genesys interactions (offer, answer, end, wrap-up) and
status changes, each step awaited until the app has synced it (``bench.shift``). RSS (VmRSS) is
sampled every few loops; the baseline is the same process after a warm-up. The rings that fill
as events come are shrunk first (``Rings.shrink``), so they are full before the baseline and
their one-off filling does not pass for a leak. A short run under tracemalloc then splits the
heap's growth between the app and the sandbox; ``tests/bench/heap_growth.py`` runs it longer.
Budget: memory flat over a shift. Asserts only that the audit ring is bounded and that tasks and
Python objects do not pile up, nothing about time or bytes.
"""

from __future__ import annotations

import asyncio
import gc
import time

from bench.measure import SMOKE, need_proc, rss_kib, scaled, seconds, verdict
from bench.shift import RING, Rings, heap_growth, one_loop, start_shift
from bench.synced_demo import demo_service
from omnisync.service.audit import AuditLog

WARM_UP = scaled(14, 2)
MAX_EVENTS = scaled(900, 27)
MAX_SECONDS = seconds(25.0, 5.0)
TRACED_LOOPS = scaled(10, 1)
FLAT = 100.0
"""KiB per 1000 events we still call flat: an 8-hour shift is a few thousand events."""


def _sample() -> tuple[int, int]:
    gc.collect()
    return rss_kib(), len(gc.get_objects())


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
        rings = Rings.shrink(run, RING)
        await start_shift(run)
        for _ in range(WARM_UP):
            await one_loop(run)
        filled = rings.sizes()
        start_rss, start_objects = _sample()
        start_tasks = len(asyncio.all_tasks())
        points = [(0, start_rss)]
        events, loops, began = 0, 0, time.monotonic()
        while events < MAX_EVENTS and time.monotonic() - began < MAX_SECONDS:
            events += await one_loop(run)
            loops += 1
            if loops % 5 == 0:
                points.append((events, _sample()[0]))
        elapsed = time.monotonic() - began
        end_rss, end_objects = _sample()
        points.append((events, end_rss))
        end_tasks = len(asyncio.all_tasks())
        writes = len(run.service._writes)
        at_end = rings.sizes()
        (growth,) = await heap_growth(run, [TRACED_LOOPS])
    slope = _slope(points) * 1000
    top = max(y for _, y in points)
    said = verdict(slope < FLAT, "flat", "GROWING")
    print(
        f"\nmemory over a shift: {events} agent events ({loops} loops of 9, {elapsed:.0f} s, "
        f"{events / elapsed:.0f} events/s, every one synced) after {WARM_UP} warm-up loops; "
        f"RSS start {start_rss / 1024:.1f} MiB, end {end_rss / 1024:.1f} MiB, "
        f"max {top / 1024:.1f} MiB; slope {slope:+.0f} KiB per 1000 events "
        f"(baseline: this process after warm-up; {said}, we call under {FLAT:.0f} flat)"
        f"\n  Python heap growth under tracemalloc ({growth.events} more events, the first "
        f"after warm-up, so caches still settle): app {growth.app / growth.events:+.0f} B per "
        f"event, sandbox {growth.sandbox / growth.events:+.0f} B per event (its fake org keeps "
        f"every UserServicePresence and AgentWork row, as a real org does)"
        f"\n  Python objects after gc: {start_objects} -> {end_objects} "
        f"({(end_objects - start_objects) / max(events, 1) * 1000:+.0f} per 1000 events); "
        f"asyncio tasks {start_tasks} -> {end_tasks}; writes tracked {writes}; "
        f"rings (shrunk to {RING}; the audit ring really keeps {AuditLog.keep}) {filled} -> "
        f"{at_end}"
    )
    assert end_tasks <= start_tasks + 2, "tasks pile up"
    if not SMOKE:  # a few events: the first ones still fill caches
        assert end_objects - start_objects < events, "Python objects grow with the events"
