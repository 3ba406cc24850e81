"""The app whose sync latency is measured: headless, or the full tray with its status window open.

``hop_app.py headless <folder> <sandbox url> <link port>``: the demo's service wiring on the
sandbox at that URL, as ``omnisync demo --headless`` builds it, no Qt, its direct-link listener on
``<link port>`` (the sandbox's console knows only the record, so nothing dials it; on the
registered range a running demo's console would). ``hop_app.py tray <folder> <sandbox url> <link
port>``:
the same inside ``omnisync.ui.app.run`` (QApplication, qasync loop, tray, status window open as
``omnisync demo`` opens it). Both print ``READY`` once signed in to both products and synced
(Genesys On Queue, Omni Available, the console link answering), then run until terminated; the
benchmark plays the agent through the sandbox's control API.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from pathlib import Path

from bench.apps.tray_under_shift import tray_app
from bench.shift import begin_shift, start_shift
from bench.synced_demo import remote_demo
from support.running import Running

PROFILE = "both-block-while-working"
"""Genesys Break writes Omni's transition status (R3), Genesys On Queue writes Available (R1)."""
GRACE = 0.5
"""Seconds start waits for a direct link the record-only console never opens (the app's own
10 s is start-up time only, which this benchmark does not measure)."""


async def _ready(run_: Running) -> None:
    await begin_shift(run_)
    print("READY", flush=True)


async def headless(base_url: str, link_ports: tuple[int, ...]) -> None:
    async with contextlib.AsyncExitStack() as resources:
        service, run_ = await remote_demo(resources, base_url, PROFILE, link_ports, GRACE)
        try:
            await start_shift(run_)
            print("READY", flush=True)
            await asyncio.Event().wait()
        finally:
            await service.shutdown()


if __name__ == "__main__":
    mode, folder, url, ports = sys.argv[1], Path(sys.argv[2]), sys.argv[3], (int(sys.argv[4]),)
    if mode == "tray":
        raise SystemExit(tray_app(folder, url, _ready, False, ports, PROFILE, GRACE))
    asyncio.run(headless(url, ports))
