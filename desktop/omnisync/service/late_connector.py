"""Stand-ins for both products' connectors while the network side is still being imported.

httpx, the keyring and both clients take a few hundred milliseconds to import; the tray and its
menu need none of them. So the tray app builds its service around these stand-ins (its state,
profiles and commands are all there at once), and the real connectors are built the first time
the service needs one: ``start`` right after the tray is shown, or a command the agent gave
before that. Each call waits for them, then goes to the real connector.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence

from omnisync.core.catalog import OrgFacts
from omnisync.core.message import Message
from omnisync.core.model import GenesysPresence, OmniStatus, Product
from omnisync.service.ports import ProductConnector, Sink
from omnisync.service.state import Channel

log = logging.getLogger(__name__)

BuildConnectors = Callable[[], Awaitable[tuple[ProductConnector, ProductConnector]]]
"""Builds the real (Genesys, Salesforce) connectors, on the running loop."""


class NetworkSide:
    """Builds both real connectors once, on first need, and hands them to the stand-ins."""

    def __init__(self, build: BuildConnectors) -> None:
        self._build = build
        self._task: asyncio.Task[None] | None = None
        self.genesys = LateConnector(Product.GENESYS, self)
        self.salesforce = LateConnector(Product.OMNI, self)

    async def ready(self) -> None:
        """Until both real connectors are attached; raises what building them raised."""
        if self._task is None:
            loop = asyncio.get_running_loop()
            self._task = loop.create_task(self._attach(), name="omnisync:network-side")
        await asyncio.shield(self._task)  # a cancelled caller leaves the build to the others

    async def aclose(self) -> None:
        """At Quit: a build still under way is stopped."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def _attach(self) -> None:
        try:
            genesys, salesforce = await self._build()
        except Exception:
            log.exception("the network side (HTTP client, keyring, clients) could not be built")
            raise
        self.genesys.attach(genesys)
        self.salesforce.attach(salesforce)


class LateConnector:
    """A :class:`ProductConnector` whose calls wait for the real one, then go to it."""

    def __init__(self, product: Product, side: NetworkSide) -> None:
        self.product = product
        self._side = side
        self._real: ProductConnector | None = None

    def attach(self, real: ProductConnector) -> None:
        if real.product is not self.product:
            raise ValueError(f"a {real.product.title} connector for {self.product.title}")
        self._real = real

    async def _connector(self) -> ProductConnector:
        await self._side.ready()
        if self._real is None:  # ready() attached it or raised
            raise RuntimeError(f"no {self.product.title} connector")
        return self._real

    @property
    def channels(self) -> tuple[Channel, ...]:
        return () if self._real is None else self._real.channels

    async def restore_session(self, sink: Sink) -> bool:
        return await (await self._connector()).restore_session(sink)

    async def sign_in(self, sink: Sink) -> None:
        await (await self._connector()).sign_in(sink)

    async def sign_out(self, sink: Sink) -> None:
        await (await self._connector()).sign_out(sink)

    async def statuses(self) -> Sequence[GenesysPresence] | Sequence[OmniStatus]:
        return await (await self._connector()).statuses()

    async def org_facts(self) -> OrgFacts:
        return await (await self._connector()).org_facts()

    async def run(self, sink: Sink) -> None:
        await (await self._connector()).run(sink)

    async def write(self, status_id: str) -> None:
        await (await self._connector()).write(status_id)

    async def reread(self, sink: Sink) -> str | Message | None:
        return await (await self._connector()).reread(sink)

    def retry_now(self) -> None:
        """Before the real one exists nothing waits to be retried: nothing to do."""
        if self._real is not None:
            self._real.retry_now()

    def reconnect_now(self) -> None:
        """Before the real one exists nothing is connected: nothing to drop."""
        if self._real is not None:
            self._real.reconnect_now()
