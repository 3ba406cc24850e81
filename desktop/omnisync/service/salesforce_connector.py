"""Salesforce for the service: sign-in, the Omni reads and streaming, and writes via the link."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from omnisync.auth.errors import AuthError, SignInRequired
from omnisync.auth.flow import OAuthClientConfig
from omnisync.auth.keeper import TokenState
from omnisync.core.catalog import OrgFacts
from omnisync.core.message import NOTHING, Message, SaidError, error_field, say, verbatim
from omnisync.core.model import Observation, OmniStatus, Product, WriteCapabilityObserved
from omnisync.salesforce.errors import SalesforceError
from omnisync.salesforce.link_route import Route
from omnisync.salesforce.login_hosts import DEFAULT_REDIRECT_PORT
from omnisync.salesforce.signin import PRODUCT as PRODUCT_KEY
from omnisync.salesforce.signin import Identity, SalesforceAccount, oauth_config
from omnisync.salesforce.source import SalesforceSource
from omnisync.service.org_facts import salesforce_facts
from omnisync.service.ports import NOT_SIGNED_IN, ConnectorContext, Sink, WriteRejected
from omnisync.service.state import Account, Channel, Health, LinkRoute, SignIn

log = logging.getLogger(__name__)

WAITING_FOR_LINK = say("service", "waiting for the Salesforce console link")
"""Until the console link answers: the link's health detail and why Omni writes wait."""
STREAMING_NOT_NEEDED = say("service", "not needed while the console link is direct")
"""The streaming channel's detail while the console link carries the status."""


async def saved_account(
    context: ConnectorContext, config: OAuthClientConfig
) -> SalesforceAccount | None:
    """The account kept from an earlier sign-in; whether its refresh token still works shows at
    the first call (``SignInRequired``)."""
    key = context.accounts.get(PRODUCT_KEY)
    if key is None:
        return None
    identity = Identity(org_id=key.tenant, user_id=key.user)
    return await SalesforceAccount.resume(
        config, context.http, context.store, identity, clock=context.clock
    )


async def new_account(context: ConnectorContext, config: OAuthClientConfig) -> SalesforceAccount:
    """The browser sign-in; the account is kept (keyring and account book) for the next start."""
    account = await SalesforceAccount.sign_in(
        config, context.http, context.store, context.opener, clock=context.clock
    )
    context.accounts.remember(account.identity.key())
    return account


class SalesforceConnector:
    product = Product.OMNI
    channels = (Channel.SALESFORCE_API, Channel.SALESFORCE_STREAMING, Channel.CONSOLE_LINK)

    def __init__(
        self,
        login_base: str,
        client_id: str,
        context: ConnectorContext,
        *,
        redirect_port: int = DEFAULT_REDIRECT_PORT,
        source_options: dict[str, Any] | None = None,
    ) -> None:
        self._config = oauth_config(login_base, client_id, redirect_port)
        self._context = context
        self._http = context.http
        self._store = context.store
        self._accounts = context.accounts
        self._opener = context.opener
        self._clock = context.clock
        self._sleep = context.sleep
        self._options = source_options or {}
        self._account: SalesforceAccount | None = None
        self._source: SalesforceSource | None = None
        self._sink: Sink | None = None
        self._runs = 0
        self._link_waiting = False
        """The sink was told the console link is awaited, and no link has spoken since."""
        self._told: SalesforceAccount | None = None
        """The account whose name the sink was last told."""

    @property
    def source(self) -> SalesforceSource:
        if self._source is None:
            raise RuntimeError("not signed in to Salesforce")
        return self._source

    def _open(self, account: SalesforceAccount, sink: Sink) -> None:
        self._account = account
        self._sink = sink
        self._source = self._new_source(account)
        sink.session(self.product, SignIn.SIGNED_IN)
        self._link_waits(sink)

    def _link_waits(self, sink: Sink) -> None:
        """Until this run's console link answers, Omni writes must go to the agent, not into
        the void: at sign-in, and again whenever a run ends or starts (a new source's link
        has not answered yet, whatever the one before it said). Said once, not per retry."""
        if self._link_waiting:
            return
        self._link_waiting = True
        sink.health(Channel.CONSOLE_LINK, Health.CONNECTING, WAITING_FOR_LINK)
        sink.observe(WriteCapabilityObserved(self.product, False, self._clock(), WAITING_FOR_LINK))

    def _new_source(self, account: SalesforceAccount) -> SalesforceSource:
        return SalesforceSource(
            self._http,
            account.keeper,
            account.user_id,
            self._emit,
            clock=self._clock,
            sleep=self._sleep,
            on_read_problem=self._on_read_problem,
            on_route=self._on_route,
            on_streaming=self._on_streaming,
            **self._options,
        )

    def _on_streaming(self, live: bool) -> None:
        if self._sink is not None:
            detail = NOTHING if live else STREAMING_NOT_NEEDED
            self._sink.health(Channel.SALESFORCE_STREAMING, Health.UP, detail)

    def _on_route(self, route: Route, why: str | Message) -> None:
        if self._sink is not None:
            self._sink.link_route(LinkRoute(route is Route.DIRECT, why))

    def _on_read_problem(self, problem: Message | None) -> None:
        """Reads failing (with a retry under way) or working again: the API channel says so."""
        if self._sink is not None:
            health = Health.UP if problem is None else Health.DOWN
            self._sink.health(Channel.SALESFORCE_API, health, problem or NOTHING)

    def _emit(self, observation: Observation) -> None:
        """The source reports link health as write capability; the UI shows it as a channel."""
        sink = self._sink
        if sink is None:
            return
        if isinstance(observation, WriteCapabilityObserved):
            self._link_waiting = False
            health = Health.UP if observation.possible else Health.DOWN
            sink.health(Channel.CONSOLE_LINK, health, observation.why)
        sink.observe(observation)

    async def restore_session(self, sink: Sink) -> bool:
        account = await saved_account(self._context, self._config)
        if account is None:
            return False
        self._open(account, sink)
        return True

    async def sign_in(self, sink: Sink) -> None:
        account = await new_account(self._context, self._config)
        self._open(account, sink)

    async def sign_out(self, sink: Sink) -> None:
        if self._source is not None:
            await self._source.close()
        if self._account is not None:
            await self._account.sign_out()
        self._accounts.forget(PRODUCT_KEY)
        self._account, self._source = None, None
        sink.link_route(None)

    async def statuses(self) -> Sequence[OmniStatus]:
        statuses = await self.source.known_statuses()
        return tuple(statuses.values())

    async def reread(self, sink: Sink) -> str | Message | None:
        """The reconcile's three queries; what changed is emitted to the sink on the way."""
        if self._source is None:
            return NOT_SIGNED_IN
        try:
            await self._source.reconcile()
        except (SalesforceError, AuthError) as exc:
            return error_field(exc)
        return None

    async def org_facts(self) -> OrgFacts:
        try:
            return await salesforce_facts(self.source.reader)
        except (SalesforceError, AuthError) as exc:
            log.info("Salesforce's channels and presence configurations were not read: %s", exc)
            return OrgFacts(unread=("the service channels and presence configurations",))

    async def run(self, sink: Sink) -> None:
        """Baseline, streaming, and the link; returns only by failing (or being cancelled).

        Each run gets a fresh source: a closed one cannot stream again, and a restart after a
        failure must start clean (handshake, reconcile, link probe).
        """
        account = self._account
        if account is None:
            raise RuntimeError("not signed in to Salesforce")
        if self._runs:
            self._source = self._new_source(account)
            self._link_waits(sink)
        self._runs += 1
        source = self.source
        sink.health(Channel.SALESFORCE_STREAMING, Health.CONNECTING)
        try:
            await source.start()
            sink.health(Channel.SALESFORCE_API, Health.UP)
            sink.health(Channel.SALESFORCE_STREAMING, Health.UP)
            await self._tell_account(account, sink)
            streaming = source.streaming_task
            if streaming is not None:
                # Until streaming ends, or a read finds the session gone (streaming may not
                # notice for a while: a held long poll needs no new token).
                ended = asyncio.ensure_future(source.session_ended.wait())
                try:
                    await asyncio.wait({streaming, ended}, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    ended.cancel()
                error = (
                    streaming.exception()
                    if streaming.done() and not streaming.cancelled()
                    else None
                )
                if error is not None:
                    raise error
            raise SaidError(source.problem or say("service", "Salesforce streaming stopped"))
        except asyncio.CancelledError:
            await source.close()
            raise
        except Exception as exc:
            sink.health(Channel.SALESFORCE_STREAMING, Health.DOWN, error_field(exc))
            await source.close()
            self._link_waits(sink)
            if account.keeper.state() in (TokenState.SIGNED_OUT, TokenState.EXPIRED):
                # The session is gone (revoked, expired): no retry can help, only the agent
                # signing in again, which starts a new run. Said once, not failed in a loop.
                sink.session(self.product, SignIn.EXPIRED)
                return
            raise

    async def _tell_account(self, account: SalesforceAccount, sink: Sink) -> None:
        """Who is signed in, read once per session: after the start-up reads succeeded, so the
        token is known good. Not knowing the name is no reason to stop syncing: the next run
        asks again."""
        if self._told is account:
            return
        try:
            profile = await account.profile(self.source.rest)
        except (SalesforceError, SignInRequired) as exc:
            log.warning("Salesforce did not say who is signed in: %s", exc)
            return
        sink.account(self.product, Account(profile.display_name, profile.username))
        self._told = account

    def retry_now(self) -> None:
        if self._source is not None:
            self._source.retry_now()

    def reconnect_now(self) -> None:
        """A network change or a wake: the long poll (maybe dead) is dropped, streaming
        handshakes at once and Omni-Channel is read again; the service has already cancelled
        the writes decided before, so the read does not race one of ours."""
        if self._source is not None:
            self._source.network_changed()

    async def write(self, status_id: str) -> None:
        result = await self.source.set_status(status_id)
        if not result.done:
            why = result.why if isinstance(result.why, Message) else verbatim(result.why)
            raise WriteRejected(
                why or say("service", "the Salesforce console did not confirm the change")
            )
