"""The demo's sandbox, timing the hop the sync-latency benchmark measures.

Like ``demo_sandbox.py``, and it prints ``HOP sent <ns>`` when the agent's Genesys presence
changes (the moment the notification is published to the subscribed sockets) and ``HOP landed
<ns>`` when an upsert of an ``OmniSync_Link__c`` record (the Omni write, as the app's console link
sends it) reaches the REST handler; both on this process's monotonic clock, so no two clocks are
compared. Whoever is connected (the app, or the bare hop script) is timed the same way. Its
console component knows only the record link (``direct_link`` off, like a component older than
the direct link), so the app's Omni write is the same REST upsert as the bare script's.

``hop_sandbox.py <one-way ms>``: above 0, every host of the sandbox (Genesys login, API and
streaming; Salesforce login and instance) is served through a delay proxy
(``bench.delay_proxy``) in this process, and the sandbox names the proxies' origins wherever it
names a host (``/control/endpoints``, the token answer's ``instance_url``, a channel's
``connectUri``), so a client that starts from the endpoints stays behind them. The control API
is not delayed.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from bench.delay_proxy import delayed_origin
from omnisync.demo import SANDBOX_SETTINGS
from omnisync.sandbox.genesys_notify import GenesysNotifier
from omnisync.sandbox.harness import running_sandbox
from omnisync.sandbox.salesforce_rest import RestServer


def _instrument() -> None:
    publish, upsert = GenesysNotifier.publish, RestServer._upsert

    def timed_publish(self: GenesysNotifier, topic: str, body: dict[str, Any]) -> None:
        stamp = time.monotonic_ns()
        publish(self, topic, body)
        if topic.endswith(".presence"):
            print(f"HOP sent {stamp}", flush=True)

    async def timed_upsert(self: RestServer, request: Request) -> Response:
        stamp = time.monotonic_ns()
        if request.path_params.get("sobject") == "OmniSync_Link__c":
            print(f"HOP landed {stamp}", flush=True)
        return await upsert(self, request)

    GenesysNotifier.publish = timed_publish  # type: ignore[method-assign]
    RestServer._upsert = timed_upsert  # type: ignore[method-assign]


async def main(delay: float) -> None:
    _instrument()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with contextlib.AsyncExitStack() as stack:
        record_only: dict[str, Any] = {**SANDBOX_SETTINGS["salesforce"], "direct_link": False}
        settings = {**SANDBOX_SETTINGS, "salesforce": record_only}  # the hop: the upsert
        sandbox = await stack.enter_async_context(running_sandbox(settings, port=0))
        if delay > 0:
            origins = sandbox.context.origins
            for role, origin in list(origins.items()):
                server, origins[role] = await delayed_origin(delay, origin)
                await stack.enter_async_context(server)
        print(f"SANDBOX {sandbox.base_url}", flush=True)
        await stop.wait()


if __name__ == "__main__":
    asyncio.run(main(float(sys.argv[1]) / 1000 if len(sys.argv) > 1 else 0.0))
