"""Memory growth over a long shift: 100,000 agent events, the app alone, against its warm-up.

Run with ``make bench``; long: the shift plays as fast as the app syncs, about 64 events a second
here, 100,000 events in 26 minutes (see docs/performance.md). The same two processes as the app's
memory benchmark (``test_bench_app_memory.py``): the demo's sandbox in its own process, and the app
(``apps/headless_shift.py --real-ring``: the demo's service wiring as ``omnisync demo --headless``
builds it, with its real connectors, signed in through the sandbox's OAuth, every event carried over
real sockets both ways). No part is skipped: each of the 100,000 events is an agent's change in the
sandbox (the loop of ``bench.shift``: Omni work pushed, accepted and closed; a Genesys call offered,
answered, ended and wrapped up; Genesys Break and Omni Available), and the app's decision, write and
echo are awaited before the next. At that pace the sandbox lifts its limits (``demo_sandbox.py
--machine-pace``: Genesys's 300 API calls a minute, Salesforce's 15,000 a day, and the direct link's
5 messages a second, by serving the record link only), which a real shift's pace never reaches and
which otherwise stall the shift. The audit ring keeps its real 1000 entries, filled by the warm-up
(1,350 events), which is the baseline. After each tenth of the shift the app reports its RSS (after
``gc.collect()``), Python's allocated blocks and objects, its tasks and glibc's heap; at the end its
RSS once glibc gave back the memory it kept free. Budget: at most 2 MiB of RSS growth over 100,000
events (raw RSS at the end against the baseline). Asserts only that tasks and Python objects do not
pile up.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench.measure import (
    PYTHON,
    SMOKE,
    Child,
    bench_env,
    need_proc,
    scaled,
    start_demo_sandbox,
    verdict,
)

APPS = Path(__file__).parent / "apps"
WARM_UP = scaled(150, 2)
"""Loops of nine events before the baseline: 1,350 events fill the 1000-entry audit ring."""
PHASES = [scaled(1112, 1)] * 10
"""Ten phases of 10,008 events: 100,080 in all."""
BUDGET_KIB = 2048


@pytest.mark.timeout(3600)
def test_bench_memory_growth_over_100k_events(tmp_path: Path) -> None:
    need_proc()
    served = start_demo_sandbox(bench_env(tmp_path / "sandbox"), machine_pace=True)
    app: Child | None = None
    try:
        loops = [str(WARM_UP), *(str(n) for n in PHASES)]
        script = [str(APPS / "headless_shift.py"), "--real-ring", "--record"]
        args = [*script, served.url, served.link, *loops]
        app = Child([PYTHON, *args], bench_env(tmp_path / "app"))
        phases: list[dict[str, Any]] = []
        for number in range(len(PHASES) + 1):
            line = app.wait_for(lambda s: s.startswith("PHASE "), 900, f"phase {number}")
            phases.append(json.loads(line[6:]))
        trimmed = json.loads(app.wait_for(lambda s: s.startswith("TRIMMED "), 30, "trim")[8:])
        app.wait_for(lambda s: s.startswith("HEAP "), 120, "the traced loops")
        assert app.proc.wait(30) == 0, "the app did not end cleanly"
    finally:
        for child in (app, served.child):
            if child is not None:
                child.stop()
    base, end = phases[0], phases[-1]
    events, grown = end["events"], end["rss_kib"] - base["rss_kib"]
    per_phase = ", ".join(f"{p['rss_kib'] - base['rss_kib']:+}" for p in phases[1:])
    blocks = ", ".join(f"{p['blocks'] - base['blocks']:+}" for p in phases[1:])
    print(
        f"\nmemory growth over a shift, the app alone: {events} agent events after {WARM_UP * 9} "
        f"warm-up events ({end['seconds']:.0f} s, {events / end['seconds']:.0f} events/s, every "
        f"one synced); RSS after warm-up (baseline) {base['rss_kib'] / 1024:.1f} MiB, at the end "
        f"{end['rss_kib'] / 1024:.1f} MiB: {grown:+} KiB; budget {BUDGET_KIB} KiB over 100,000 "
        f"events ({verdict(grown <= BUDGET_KIB)})"
        f"\n  RSS against the baseline after each tenth, KiB: {per_phase}"
        f"\n  once glibc gave back what it kept free (malloc_trim): "
        f"{trimmed['rss_kib'] - base['rss_kib']:+} KiB"
        f"\n  Python allocated blocks against the baseline after each tenth: {blocks}; objects "
        f"after gc {base['objects']} -> {end['objects']}; asyncio tasks {base['tasks']} -> "
        f"{end['tasks']}; glibc heap in use {base['malloc_kib']} -> {end['malloc_kib']} KiB "
        f"(in use, free but kept)"
    )
    assert end["tasks"] <= base["tasks"] + 2, "tasks pile up"
    if not SMOKE:  # a few events: the first ones still fill caches
        assert end["objects"] - base["objects"] < events // 10, "Python objects grow"
