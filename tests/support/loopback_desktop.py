"""The desktop's real loopback link for the console component's Node tests.

Runs a ConsoleLink on a LoopbackLink on a free port of 127.0.0.1 and speaks JSON lines: on
stdout what the desktop sees (``listening`` with the port and key, connection ``change``,
``report``, ``health``, ``result`` of a command, ``rotated``), on stdin what the test asks it to
do (``{"op": "set_status", "status": ...}``, ``ping``, ``rotate``, ``quit``). The key is printed
because the test plays the agent's Salesforce session, which is where the component gets it.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

from omnisync.core.message import Message
from omnisync.link_protocol import Report
from omnisync.salesforce.link import CommandResult, ConsoleLink, LinkHealth
from omnisync.salesforce.link_loopback import LoopbackLink, lightning_origins, new_key

AGENT = "005Ws00000AgentAAA"


def out(**fields: Any) -> None:
    print(json.dumps(fields), flush=True)


async def main(origin_url: str) -> None:
    async def on_text(text: str) -> None:
        await link.handle_direct_text(text)

    async def on_change(connected: bool, why: str | Message) -> None:
        if connected:
            link.new_connection()  # as SalesforceSource does
        out(event="change", connected=connected, why=str(why))

    async def on_report(report: Report) -> None:
        out(event="report", report=report.to_dict())

    async def on_health(health: LinkHealth, before: LinkHealth | None, why: str | Message) -> None:
        out(event="health", health=health.value, why=str(why))

    key = new_key()
    loopback = LoopbackLink(
        origins=lightning_origins(origin_url),
        key=key,
        on_text=on_text,
        on_change=on_change,
        clock=time.monotonic,
        ports=(0,),
    )
    link = ConsoleLink(
        None,  # type: ignore[arg-type]  # the loopback carries every command
        AGENT,
        on_report=on_report,
        on_health=on_health,
        ack_timeout=5.0,
        transport=loopback,
    )
    port = await loopback.start()
    out(event="listening", port=port, key=key)
    loop = asyncio.get_running_loop()
    tasks: set[asyncio.Task[None]] = set()

    async def run(request: dict[str, Any]) -> None:
        op = request["op"]
        result: CommandResult
        if op == "rotate":
            key = new_key()
            await loopback.rotate(key)
            out(event="rotated", key=key)
            return
        if op == "set_status":
            result = await link.set_status(request["status"])
        else:
            result = await link.ping()
        report = result.report.to_dict() if result.report else None
        out(event="result", op=op, done=result.done, why=str(result.why), report=report)

    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line or json.loads(line)["op"] == "quit":
            break
        task = asyncio.create_task(run(json.loads(line)))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    await loopback.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
