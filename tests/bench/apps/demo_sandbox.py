"""The demo's sandbox alone in its own process, so a bench's app process holds the app only.

Serves ``running_sandbox`` with the demo's settings (``omnisync.demo.SANDBOX_SETTINGS``: the
agent starts logged in to Omni-Channel) on a free port of 127.0.0.1, prints
``SANDBOX <base url>`` and serves until SIGTERM or SIGINT. ``demo_sandbox.py <port>``: its console
dials the app's direct link on that port only (the bench picks a free one and tells the app the
same), not on the registered range, where a running demo or another checkout's tests listen and
dial. ``demo_sandbox.py --machine-pace <port>``: for a shift played as fast as the app syncs
(hundreds of events a second), the limits that count per second, minute or day are lifted, as a
shift's pace never reaches them: Genesys's 300 API calls a minute (``rate_limit``), Salesforce's
15,000 API calls a day (``daily_api_limit``: 100,000 events, many shifts' worth, cost some 37,000
calls, all of them in one sandbox "day"), and the direct link, whose limit of 5 messages a second
would send the app to the record and back over and over (its console knows only the record link,
``direct_link`` off).
"""

from __future__ import annotations

import asyncio
import signal
import sys

from omnisync.demo import demo_sandbox_settings
from omnisync.sandbox.harness import running_sandbox


async def main(link_ports: tuple[int, ...], machine_pace: bool) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    settings = demo_sandbox_settings(link_ports)
    if machine_pace:
        settings["salesforce"]["direct_link"] = False
        settings["salesforce"]["daily_api_limit"] = 10**9
        settings["genesys"] = {"rate_limit": 10**9}
    async with running_sandbox(settings, port=0) as sandbox:
        print(f"SANDBOX {sandbox.base_url}", flush=True)
        await stop.wait()


if __name__ == "__main__":
    fast = sys.argv[1:2] == ["--machine-pace"]
    asyncio.run(main(tuple(int(p) for p in sys.argv[2 if fast else 1 :]), fast))
