"""The demo's sandbox alone in its own process, so a bench's app process holds the app only.

Serves ``running_sandbox`` with the demo's settings (``omnisync.demo.SANDBOX_SETTINGS``: the
agent starts logged in to Omni-Channel) on a free port of 127.0.0.1, prints
``SANDBOX <base url>`` and serves until SIGTERM or SIGINT. ``demo_sandbox.py <port>``: its console
dials the app's direct link on that port only (the bench picks a free one and tells the app the
same), not on the registered range, where a running demo or another checkout's tests listen and
dial.
"""

from __future__ import annotations

import asyncio
import signal
import sys

from omnisync.demo import demo_sandbox_settings
from omnisync.sandbox.harness import running_sandbox


async def main(link_ports: tuple[int, ...]) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with running_sandbox(demo_sandbox_settings(link_ports), port=0) as sandbox:
        print(f"SANDBOX {sandbox.base_url}", flush=True)
        await stop.wait()


if __name__ == "__main__":
    asyncio.run(main(tuple(int(p) for p in sys.argv[1:])))
