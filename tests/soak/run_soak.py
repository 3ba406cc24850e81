"""The long soak (``make soak``): many steps, several seeds, every built-in profile.

Settings from the environment (all optional): ``SOAK_PROFILE`` (one profile id; default every
built-in one), ``SOAK_SEED`` (first seed; default from the clock, printed), ``SOAK_RUNS`` (seeds
per profile, 3), ``SOAK_STEPS`` (steps per run, 400). Prints one line per run and, for a failing
one, its violations, the timeline's end and the command that replays it; exits 1 if any failed.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time

from omnisync.resources import resource_path
from soak.harness import SoakPlan, soak


async def main() -> int:
    profiles = (
        [os.environ["SOAK_PROFILE"]]
        if os.environ.get("SOAK_PROFILE")
        else sorted(p.stem for p in resource_path("profiles").glob("*.toml"))
    )
    first = int(os.environ.get("SOAK_SEED") or int(time.time()) % 100_000)
    runs = int(os.environ.get("SOAK_RUNS") or "3")
    steps = int(os.environ.get("SOAK_STEPS") or "400")
    failed = 0
    for profile in profiles:
        for seed in range(first, first + runs):
            started = time.monotonic()
            result = await soak(SoakPlan(profile, seed, steps=steps))
            took = time.monotonic() - started
            print(f"[{took:6.1f} s] {result.report()}", flush=True)
            failed += bool(result.violations)
    print(f"{failed} failing run(s) of {len(profiles) * runs}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
