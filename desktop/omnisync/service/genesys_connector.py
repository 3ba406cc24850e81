"""Genesys Cloud for the service: sign-in, the session, observations and presence writes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from typing import Any

from omnisync.auth.errors import AuthError
from omnisync.auth.flow import sign_in
from omnisync.auth.keeper import TokenKeeper, TokenState
from omnisync.auth.store import TokenKey
from omnisync.auth.tokens import TokenSet
from omnisync.core.catalog import OrgFacts
from omnisync.core.message import Message, error_field
from omnisync.core.model import (
    Cause,
    GenesysPresence,
    GenesysPresenceObserved,
    Observation,
    Product,
)
from omnisync.genesys.client import ConnectionState, GenesysClient
from omnisync.genesys.errors import GenesysError
from omnisync.genesys.idle import IdleNotice
from omnisync.genesys.parse import UserSeen
from omnisync.genesys.regions import DEFAULT_REDIRECT_PORT, GenesysHosts
from omnisync.genesys.rest import GenesysRest
from omnisync.genesys.signin import oauth_config, token_keeper
from omnisync.service.org_facts import genesys_facts
from omnisync.service.ports import NOT_SIGNED_IN, ConnectorContext, Sink
from omnisync.service.state import Account, Channel, Health, SignIn

log = logging.getLogger(__name__)

PRODUCT_KEY = "genesys"

_HEALTH = {
    ConnectionState.CONNECTING: Health.CONNECTING,
    ConnectionState.CONNECTED: Health.UP,
    ConnectionState.RECONNECTING: Health.DOWN,
    ConnectionState.SIGN_IN_REQUIRED: Health.SIGNED_OUT,
    ConnectionState.STOPPED: Health.DOWN,
}
_SESSION = {
    TokenState.SIGN_IN_SOON: SignIn.SIGN_IN_SOON,
    TokenState.EXPIRED: SignIn.EXPIRED,
    TokenState.SIGNED_OUT: SignIn.SIGNED_OUT,
}


async def saved_session(
    context: ConnectorContext, hosts: GenesysHosts
) -> tuple[TokenKey, TokenSet] | None:
    """The session kept from an earlier sign-in to this region, unless it has (nearly) expired."""
    key = context.accounts.get(PRODUCT_KEY)
    if key is None or key.tenant != hosts.name:
        return None
    tokens = await context.store.load(key)
    if tokens is None or tokens.is_expired(context.clock(), margin=60.0):
        return None
    return key, tokens


async def keep_session(
    context: ConnectorContext, hosts: GenesysHosts, user_id: str, tokens: TokenSet
) -> TokenKey:
    """Keep a new sign-in (keyring and account book), so the next start needs no browser."""
    key = TokenKey(PRODUCT_KEY, hosts.name, user_id)
    await context.store.save(key, tokens)
    context.accounts.remember(key)
    return key


class GenesysConnector:
    product = Product.GENESYS
    channels = (Channel.GENESYS_API, Channel.GENESYS_NOTIFICATIONS)

    def __init__(
        self,
        hosts: GenesysHosts,
        client_id: str,
        context: ConnectorContext,
        *,
        redirect_port: int = DEFAULT_REDIRECT_PORT,
        client_options: dict[str, Any] | None = None,
        sign_in_margin: float = 1800.0,
    ) -> None:
        self._hosts = hosts
        self._context = context
        self._config = oauth_config(hosts, client_id, redirect_port=redirect_port)
        self._http = context.http
        self._store = context.store
        self._accounts = context.accounts
        self._opener = context.opener
        self._clock = context.clock
        self._sleep = context.sleep
        self._options = client_options or {}
        self._sign_in_margin = sign_in_margin
        self._keeper: TokenKeeper | None = None
        self._client: GenesysClient | None = None
        self._key: TokenKey | None = None
        self._sink: Sink | None = None
        self._idle_ended = False
        """The org's idle timeout ended the session: reported as such, not as a sign-out."""

    @property
    def client(self) -> GenesysClient:
        if self._client is None:
            raise RuntimeError("not signed in to Genesys Cloud")
        return self._client

    def _open(self, tokens: TokenSet, sink: Sink) -> None:
        """Start using these tokens; a running client keeps going with the new ones."""
        self._sink = sink
        self._idle_ended = False
        if self._keeper is not None and self._client is not None:
            self._keeper.replace(tokens)
        else:
            self._keeper = token_keeper(
                tokens, clock=self._clock, sign_in_margin=self._sign_in_margin
            )
            rest = GenesysRest(
                self._http, self._hosts, self._keeper, sleep=self._sleep, clock=self._clock
            )

            def on_state(state: ConnectionState, why: str | Message) -> None:
                sink.health(Channel.GENESYS_NOTIFICATIONS, _HEALTH[state], why)

            self._client = GenesysClient(
                rest,
                clock=self._clock,
                sleep=self._sleep,
                on_state=on_state,
                on_user=lambda user: _tell_account(sink, user),
                on_idle=lambda notice: self._idle(sink, notice),
                **self._options,
            )
        sink.session(self.product, SignIn.SIGNED_IN, expires_at=tokens.expires_at)

    def _idle(self, sink: Sink, notice: IdleNotice) -> None:
        """The org's idle timeout: "sign in again soon" before it ends the session, "sign in
        again" once it has, each with the timeout, so the agent is told why."""
        timeout = notice.plan.timeout
        if notice.ended:
            self._idle_ended = True
            sink.session(self.product, SignIn.EXPIRED, idle_timeout=timeout)
        elif notice.ends_at is not None:
            sink.session(self.product, SignIn.SIGN_IN_SOON, notice.ends_at, idle_timeout=timeout)
        else:
            tokens = self._keeper.tokens if self._keeper is not None else None
            sink.session(self.product, SignIn.SIGNED_IN, tokens.expires_at if tokens else None)

    async def restore_session(self, sink: Sink) -> bool:
        saved = await saved_session(self._context, self._hosts)
        if saved is None:
            return False
        self._key, tokens = saved
        self._open(tokens, sink)
        return True

    async def sign_in(self, sink: Sink) -> None:
        tokens = await sign_in(self._config, self._http, self._opener, clock=self._clock)
        self._open(tokens, sink)
        self.client.new_sign_in()
        # Only who it is: the state is read once the notification channel is live.
        user = await self.client.identify()
        _tell_account(sink, user)  # again: a sign-in starts with nobody known
        self._key = await keep_session(self._context, self._hosts, user.id, tokens)
        sink.health(Channel.GENESYS_API, Health.UP)

    async def sign_out(self, sink: Sink) -> None:
        if self._client is not None:
            await self._client.sign_out()
        if self._key is not None:
            await self._store.delete(self._key)
        self._accounts.forget(PRODUCT_KEY)
        self._client, self._keeper, self._key = None, None, None

    async def statuses(self) -> Sequence[GenesysPresence]:
        return await self.client.known_presences()

    async def reread(self, sink: Sink) -> str | Message | None:
        if self._client is None:
            return NOT_SIGNED_IN
        try:
            changed = await self._client.reread()
        except (GenesysError, AuthError) as exc:
            return error_field(exc)
        for observation in changed:
            sink.observe(observation)
        return None

    async def org_facts(self) -> OrgFacts:
        try:
            return await genesys_facts(self.client)
        except (GenesysError, AuthError) as exc:
            log.info("Genesys Cloud's routing settings were not read: %s", exc)
            return OrgFacts(unread=("the routing settings",))

    async def run(self, sink: Sink) -> None:
        """Live observations, with the session watched alongside for "sign in again"."""
        client, keeper = self.client, self._keeper
        assert keeper is not None
        watcher = asyncio.create_task(self._watch_session(keeper, sink))
        try:

            def deliver(observation: Observation) -> None:
                sink.health(Channel.GENESYS_API, Health.UP)
                sink.observe(observation)

            await client.follow(deliver)
        finally:
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher

    async def _watch_session(self, keeper: TokenKeeper, sink: Sink) -> None:
        """Report "sign in soon", "expired" or "signed out" once each, as the keeper reaches it."""
        reported: TokenState | None = None
        while True:
            state = await keeper.wait_until_sign_in_needed(self._sleep)
            if state is TokenState.SIGNED_OUT and self._idle_ended:
                reported = state  # already told, with the reason (the idle timeout)
            if state is not reported:
                tokens = keeper.tokens
                expires = tokens.expires_at if tokens else None
                sink.session(self.product, _SESSION[state], expires_at=expires)
                reported = state
            if state is TokenState.SIGN_IN_SOON:
                # Wake at expiry, or earlier when the agent signs in again.
                waiters = {
                    asyncio.ensure_future(keeper.changed()),
                    asyncio.ensure_future(self._until_expiry(keeper)),
                }
                try:
                    await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    for waiter in waiters:
                        waiter.cancel()
            else:
                await keeper.changed()
            if keeper.state() is TokenState.VALID and reported is not None:
                reported = None

    async def _until_expiry(self, keeper: TokenKeeper) -> None:
        tokens = keeper.tokens
        if tokens is not None and tokens.expires_at is not None:
            await self._sleep(tokens.expires_at - self._clock())

    def retry_now(self) -> None:
        if self._client is not None:
            self._client.retry_now()

    def reconnect_now(self) -> None:
        if self._client is not None:
            self._client.reconnect_now()

    async def write(self, status_id: str) -> None:
        """PATCH, then report the answer as the app's own change.

        The PATCH response is authoritative, so the write is confirmed even while the
        notifications socket is down; otherwise the next snapshot would show our own status as a
        change and could start a chain of rules.
        """
        presence = await self.client.set_presence(status_id)
        if self._sink is not None:
            self._sink.observe(GenesysPresenceObserved(presence, self._clock(), cause=Cause.APP))


def _tell_account(sink: Sink, user: UserSeen) -> None:
    sink.account(Product.GENESYS, Account(user.name, user.email))
