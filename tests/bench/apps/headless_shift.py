"""The app alone over a shift: the demo's service wiring, headless, on a sandbox in another process.

``headless_shift.py <sandbox url> <link port> <warm-up loops> <loops per phase> ...``: builds the
service as ``omnisync demo --headless`` does (``build_demo``, with the sandbox served elsewhere,
its console told to dial ``<link port>``), starts it,
plays the agent through the control API (``bench.shift``; the driver is in this process, since it
waits on the service's state), and prints one ``PHASE <json>`` line after the warm-up (phase 0,
the baseline) and after each phase: events so far, RSS (and its anonymous and file-backed
parts), Python's allocated blocks, objects and tasks, and glibc's heap in use and free, each
after a ``gc.collect()``. Then ``TRIMMED <json>``: RSS once glibc gave back what it kept free;
and ``HEAP <json>``: ten more loops under tracemalloc. The service's audit ring is shrunk to
``bench.shift.RING`` entries, so that it is full before the baseline; with ``--real-ring`` as the
first argument it keeps its real 1000 (the warm-up must then fill it: a long run's figures).
``--record`` (first or after it): the sandbox's console knows only the record
(``demo_sandbox.py --machine-pace``), so start waits 0.5 s for the direct link, not 10.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import sys
import time

from bench.measure import malloc_kib, rss_kib, scaled, trim_malloc
from bench.shift import heap_growth, one_loop, shrink_audit, start_shift
from bench.synced_demo import remote_demo

PROFILE = "both-block-while-working"
TRACED_LOOPS = scaled(10, 1)


def _phase(events: int, began: float) -> None:
    gc.collect()
    figures = {
        "events": events,
        "seconds": time.monotonic() - began,
        "rss_kib": rss_kib(),
        "anon_kib": rss_kib(field="RssAnon"),
        "file_kib": rss_kib(field="RssFile"),
        "blocks": sys.getallocatedblocks(),
        "objects": len(gc.get_objects()),
        "tasks": len(asyncio.all_tasks()),
        "malloc_kib": malloc_kib(),
    }
    print("PHASE " + json.dumps(figures), flush=True)


async def main(
    base_url: str, link_port: int, warm_up: int, phases: list[int], flags: set[str]
) -> None:
    async with contextlib.AsyncExitStack() as resources:
        service, run = await remote_demo(
            resources, base_url, PROFILE, (link_port,), 0.5 if "--record" in flags else None
        )
        try:
            if "--real-ring" not in flags:
                shrink_audit(run)
            await start_shift(run)
            for _ in range(warm_up):
                await one_loop(run)
            began, events = time.monotonic(), 0
            _phase(events, began)
            for loops in phases:
                for _ in range(loops):
                    events += await one_loop(run)
                _phase(events, began)
            gc.collect()
            trim_malloc()
            print("TRIMMED " + json.dumps({"rss_kib": rss_kib()}), flush=True)
            (growth,) = await heap_growth(run, [TRACED_LOOPS])
            heap = {"app": growth.app, "events": growth.events, "top": growth.top}
            print("HEAP " + json.dumps(heap), flush=True)
        finally:
            await service.shutdown()


if __name__ == "__main__":
    flags = {arg for arg in sys.argv[1:3] if arg.startswith("--")}
    url, port, warm, *per_phase = sys.argv[1 + len(flags) :]
    asyncio.run(main(url, int(port), int(warm), [int(n) for n in per_phase], flags))
