"""Memory of the app alone over a shift: RSS and Python heap per phase of agent events.

Run with ``make bench``. Two processes: the demo's sandbox (``apps/demo_sandbox.py``) and the
app (``apps/headless_shift.py``: the demo's service wiring as ``omnisync demo --headless`` builds
it, on that sandbox), so the app's figures hold none of the sandbox's fake org. The agent plays
the loop of ``bench.shift`` (nine events, each awaited until synced) through the control API, in
phases of a few hundred events after a warm-up; the app reports its RSS, Python's allocated
blocks, objects and tasks after each phase, then its heap growth under tracemalloc. Baseline:
the same process after the warm-up. The service's audit ring is shrunk to 40 entries first, so
its one-off filling does not pass for a leak (at its real 1000 it fills once and stays).
Budget: memory flat over a shift. Asserts only that tasks and Python objects do not pile up.
"""

from __future__ import annotations

import itertools
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
    rss_kib,
    scaled,
    start_demo_sandbox,
    verdict,
)
from bench.shift import RING

APPS = Path(__file__).parent / "apps"
WARM_UP = scaled(10, 2)
PHASES = [scaled(23, 2)] * 3
"""Loops of nine events per phase: 207 events each."""
FLAT = 100.0
"""KiB per 1000 events we still call flat: an 8-hour shift is a few thousand events."""


def _per_1000(after: dict[str, Any], before: dict[str, Any], key: str) -> float:
    return (after[key] - before[key]) / (after["events"] - before["events"]) * 1000


def _slopes(phases: list[dict[str, Any]], key: str) -> list[float]:
    """Per 1000 events, phase by phase."""
    return [_per_1000(after, before, key) for before, after in itertools.pairwise(phases)]


def _malloc(phases: list[dict[str, Any]]) -> str:
    if any(p["malloc_kib"] is None for p in phases):
        return "not readable here (needs glibc 2.33 or later)"
    used = [p["malloc_kib"][0] for p in phases]
    free = [p["malloc_kib"][1] for p in phases]
    return (
        f"in use {' -> '.join(map(str, used))} KiB, free but kept {' -> '.join(map(str, free))} "
        f"KiB, after warm-up and each phase"
    )


@pytest.mark.timeout(240)  # about 85 s here: the suite-wide 120 s leaves little room
def test_bench_app_memory_over_a_shift(tmp_path: Path) -> None:
    need_proc()
    served = start_demo_sandbox(bench_env(tmp_path / "sandbox"))
    sandbox, url = served.child, served.url
    app: Child | None = None
    try:
        app = Child(
            [PYTHON, str(APPS / "headless_shift.py"), url, served.link, str(WARM_UP)]
            + [str(loops) for loops in PHASES],
            bench_env(tmp_path / "app"),
        )
        phases: list[dict[str, Any]] = []
        sandbox_rss: list[int] = []
        for number in range(len(PHASES) + 1):
            line = app.wait_for(lambda s: s.startswith("PHASE "), 90, f"phase {number}")
            phases.append(json.loads(line[6:]))
            sandbox_rss.append(rss_kib(sandbox.proc.pid))
        trimmed = json.loads(app.wait_for(lambda s: s.startswith("TRIMMED "), 30, "trim")[8:])
        heap = json.loads(app.wait_for(lambda s: s.startswith("HEAP "), 60, "heap")[5:])
        assert app.proc.wait(30) == 0, "the app did not end cleanly"
    finally:
        for child in (app, sandbox):
            if child is not None:
                child.stop()
    base, end = phases[0], phases[-1]
    slopes = _slopes(phases, "rss_kib")
    blocks = _slopes(phases, "blocks")
    whole = _per_1000(end, base, "rss_kib")
    events = end["events"]
    live = (trimmed["rss_kib"] - base["rss_kib"]) / events * 1000
    said = verdict(live < FLAT, "flat", "GROWING")
    print(
        f"\napp alone over a shift (sandbox in its own process): {events} agent events in "
        f"{len(PHASES)} phases of {PHASES[0] * 9} ({end['seconds']:.0f} s, "
        f"{events / end['seconds']:.0f} events/s, every one synced) after {WARM_UP} warm-up "
        f"loops; app RSS after warm-up (baseline) {base['rss_kib'] / 1024:.1f} MiB, at the end "
        f"{end['rss_kib'] / 1024:.1f} MiB"
        f"\n  app RSS per phase: {', '.join(f'{s:+.0f}' for s in slopes)} KiB per 1000 events; "
        f"whole run {whole:+.0f}"
        f"\n  of which anonymous (the process's own memory) "
        f"{', '.join(f'{s:+.0f}' for s in _slopes(phases, 'anon_kib'))} and file-backed "
        f"(library code paged in) {', '.join(f'{s:+.0f}' for s in _slopes(phases, 'file_kib'))}"
        f"\n  Python heap: allocated blocks per phase {', '.join(f'{b:+.0f}' for b in blocks)} "
        f"per 1000 events; objects after gc {base['objects']} -> {end['objects']}; asyncio "
        f"tasks {base['tasks']} -> {end['tasks']}; under tracemalloc ({heap['events']} more "
        f"events) {heap['app'] / heap['events']:+.0f} B per event (the app and this bench's "
        f"driver; audit ring shrunk to {RING})"
        f"\n  glibc heap (large strings and buffers, C libraries): {_malloc(phases)}"
        f"\n  app RSS at the end once glibc gave back the memory it kept free (malloc_trim): "
        f"{trimmed['rss_kib'] / 1024:.1f} MiB, {trimmed['rss_kib'] - base['rss_kib']:+} KiB "
        f"against the baseline, {live:+.0f} KiB per 1000 events (we call under {FLAT:.0f} "
        f"flat: {said})"
        f"\n  sandbox process RSS (not the app's): {sandbox_rss[0] / 1024:.1f} -> "
        f"{sandbox_rss[-1] / 1024:.1f} MiB "
        f"({(sandbox_rss[-1] - sandbox_rss[0]) / events * 1000:+.0f} KiB per 1000 events)"
    )
    assert end["tasks"] <= base["tasks"] + 2, "tasks pile up"
    if not SMOKE:  # a few events: the first ones still fill caches
        assert end["objects"] - base["objects"] < events, "Python objects grow with the events"
