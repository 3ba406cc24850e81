"""The longer heap diagnostic behind docs/performance.md: does the app's heap settle or grow?

``python tests/bench/heap_growth.py [loops per phase ...]`` (from the repository root; default
10 20 20 20, about three minutes). Runs the shift of test_bench_shift_memory.py under tracemalloc
and prints, per phase, the app's and the sandbox's heap growth per event and the app's largest
growing allocation sites. Growth per event that falls from phase to phase is caches and queues
settling; growth that stays is a leak.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT / "tests")]

from bench.shift import RING, Rings, heap_growth, one_loop, start_shift  # noqa: E402
from bench.synced_demo import demo_service  # noqa: E402

WARM_UP = 14


async def main(phases: list[int]) -> None:
    async with demo_service("both-block-while-working") as run:
        Rings.shrink(run, RING)
        await start_shift(run)
        for _ in range(WARM_UP):
            await one_loop(run)
        for number, growth in enumerate(await heap_growth(run, phases), 1):
            print(
                f"phase {number}: {growth.events} events; app {growth.app / growth.events:+.0f} B "
                f"per event, sandbox {growth.sandbox / growth.events:+.0f} B per event"
            )
            for line in growth.top[:3]:
                print(f"  {line}")


if __name__ == "__main__":
    asyncio.run(main([int(arg) for arg in sys.argv[1:]] or [10, 20, 20, 20]))
