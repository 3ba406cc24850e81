"""What the service needs from each product: the only seam between it and the clients.

Each product has one connector (``omnisync.service.genesys_connector``,
``omnisync.service.salesforce_connector``) that wraps its client. The service supervises
``run``, feeds what it reports to the engine, and calls ``write`` for the engine's actions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from omnisync.core.message import Message, SaidError, say
from omnisync.core.model import GenesysPresence, Observation, OmniStatus, Product
from omnisync.service.state import Account, Channel, Health, LinkRoute, SignIn
from omnisync.timing import Clock, Sleep, real_sleep, wall_clock

if TYPE_CHECKING:  # the network side: the service and the tray import this module before it
    import httpx

    from omnisync.auth.flow import Opener
    from omnisync.auth.store import TokenStore
    from omnisync.core.catalog import OrgFacts
    from omnisync.service.accounts import AccountBook


@dataclass(frozen=True, slots=True)
class ConnectorContext:
    """What every connector shares: the HTTP client, where tokens and accounts are kept, how the
    browser is opened for a sign-in, and time."""

    http: httpx.AsyncClient
    store: TokenStore
    accounts: AccountBook
    opener: Opener
    clock: Clock = wall_clock
    sleep: Sleep = real_sleep


NOT_SIGNED_IN = say("service", "not signed in")
"""Why a product could not be read again (the Resync): no session."""


class Sink(Protocol):
    """Where a connector reports; every method is cheap and never blocks."""

    def observe(self, observation: Observation) -> None: ...

    def health(self, channel: Channel, health: Health, detail: str | Message = "") -> None: ...

    def session(
        self,
        product: Product,
        state: SignIn,
        expires_at: float | None = None,
        *,
        idle_timeout: float | None = None,
    ) -> None:
        """``idle_timeout``: the session ends (or ended) by the org's idle timeout (seconds)."""
        ...

    def account(self, product: Product, account: Account) -> None:
        """Who the product says is signed in; kept until a sign-out or a new sign-in."""
        ...

    def link_route(self, route: LinkRoute | None) -> None:
        """The console link's transport changed (None: no Salesforce session)."""
        ...


class WriteRejected(SaidError):
    """The product refused the write; the message says why in words for the agent."""


class ProductConnector(Protocol):
    product: Product

    @property
    def channels(self) -> tuple[Channel, ...]: ...

    async def restore_session(self, sink: Sink) -> bool:
        """Resume from the keyring without a browser; False when a sign-in is needed."""
        ...

    async def sign_in(self, sink: Sink) -> None:
        """The interactive OAuth sign-in (browser, loopback)."""
        ...

    async def sign_out(self, sink: Sink) -> None:
        """Revoke where the product allows, and forget the tokens."""
        ...

    async def statuses(self) -> Sequence[GenesysPresence] | Sequence[OmniStatus]:
        """The org's status list, for resolving profiles."""
        ...

    async def org_facts(self) -> OrgFacts:
        """What the org says beyond its statuses (channels, routing and decline settings), for
        the profile checks; what cannot be read is left out (``unread``), never raised."""
        ...

    async def run(self, sink: Sink) -> None:
        """Connect, report a snapshot, then live changes, until cancelled.

        Raise on a failure: the supervisor restarts it with backoff. Every (re)connect reports a
        fresh snapshot, so that a change made during a gap is observed.
        """
        ...

    async def write(self, status_id: str) -> None:
        """Set the status; raise WriteRejected (or any error) when it did not happen."""
        ...

    def retry_now(self) -> None:
        """End any back-off under way inside the run (the agent pressed Retry)."""
        ...

    async def reread(self, sink: Sink) -> str | Message | None:
        """Read the product's current state again now and report what changed to ``sink``
        before returning (the agent's Resync now); the reason when it could not be read."""
        ...

    def reconnect_now(self) -> None:
        """The network changed or the machine woke: drop what may be dead, read again."""
        ...
