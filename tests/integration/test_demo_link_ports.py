"""The demo's direct console link on a port of its own, so other processes' dials miss it.

The sandbox's console dials the registered range (47615-47618) by default, as the real
component does: every test or demo on the machine that does so also reaches (and is refused by)
any other app listening there, which woke the idle benchmark's tray app dozens of times a minute
while another checkout's test suite ran. ``DemoOptions.link_ports`` puts both ends elsewhere.
"""

from __future__ import annotations

import contextlib

import pytest

from omnisync.demo import DemoOptions, build_demo
from omnisync.sandbox.salesforce_part import SalesforcePart
from support.ports import free_port
from support.running import Running, watch

pytestmark = pytest.mark.integration


async def test_demo_link_ports_put_both_ends_on_that_port() -> None:
    port = free_port()
    async with contextlib.AsyncExitStack() as resources:
        options = DemoOptions(port=0, browser=False, link_ports=(port,))
        service, sandbox = await build_demo(resources, options)
        try:
            await service.start()
            await Running(service, sandbox, None, watch(service)).ready()
            part = sandbox.part("salesforce")
            assert isinstance(part, SalesforcePart)
            assert part.component_socket.ports == (port,)
            assert part.component_socket.channel == f"ws://127.0.0.1:{port}/"
        finally:
            await service.shutdown()
