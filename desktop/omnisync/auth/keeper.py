"""Token life for one account: when it expires, one refresh at a time, and "sign in again".

Products that give a refresh token (Salesforce) are refreshed on use, shortly before expiry or
after a 401, with a single refresh in flight: racing callers wait on the lock and share its
result. Products that give none (Genesys with PKCE) enter ``SIGN_IN_SOON`` well before expiry so
the agent can sign in again at a convenient moment instead of being cut off.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from omnisync.auth.errors import SignInRequired, TokenRequestFailed
from omnisync.auth.tokens import TokenSet
from omnisync.core.message import Message, say
from omnisync.timing import Clock, Sleep, real_sleep, wall_clock

log = logging.getLogger(__name__)

Refresher = Callable[[TokenSet], Awaitable[TokenSet]]
Persist = Callable[[TokenSet], Awaitable[None]]


class TokenState(enum.Enum):
    SIGNED_OUT = "signed_out"
    VALID = "valid"
    SIGN_IN_SOON = "sign_in_soon"
    """Not refreshable and close to expiry: ask the agent to sign in again now."""
    EXPIRED = "expired"


class TokenKeeper:
    def __init__(
        self,
        product: str,
        tokens: TokenSet | None = None,
        *,
        refresher: Refresher | None = None,
        persist: Persist | None = None,
        clock: Clock = wall_clock,
        refresh_margin: float = 60.0,
        sign_in_margin: float = 1800.0,
    ) -> None:
        self.product = product
        self._tokens = tokens
        self._refresher = refresher
        self._persist = persist
        self._clock = clock
        self.refresh_margin = refresh_margin
        self.sign_in_margin = sign_in_margin
        self._lock = asyncio.Lock()
        self._changed = asyncio.Event()
        self._why_signed_out: Message = say("service", "you are not signed in")

    @property
    def tokens(self) -> TokenSet | None:
        return self._tokens

    @property
    def refreshable(self) -> bool:
        return bool(self._tokens and self._tokens.refresh_token and self._refresher)

    def state(self) -> TokenState:
        tokens = self._tokens
        if tokens is None:
            return TokenState.SIGNED_OUT
        now = self._clock()
        if self.refreshable:
            return TokenState.VALID
        if tokens.is_expired(now):
            return TokenState.EXPIRED
        if tokens.is_expired(now, self._sign_in_margin(tokens)):
            return TokenState.SIGN_IN_SOON
        return TokenState.VALID

    def sign_in_due_at(self) -> float | None:
        """When to ask for a new sign-in (never for a refreshable or lifetime-less token)."""
        tokens = self._tokens
        if tokens is None or tokens.expires_at is None or self.refreshable:
            return None
        return tokens.expires_at - self._sign_in_margin(tokens)

    def _sign_in_margin(self, tokens: TokenSet) -> float:
        # A short-lived token (the sandbox, a HIPAA org) gets a margin of a fifth of its life.
        if tokens.expires_at is None:
            return 0.0
        lifetime = max(0.0, tokens.expires_at - tokens.issued_at)
        return min(self.sign_in_margin, lifetime / 5)

    def replace(self, tokens: TokenSet) -> None:
        """A fresh sign-in succeeded."""
        self._tokens = tokens
        self._notify()

    def sign_out(self, why: Message | None = None) -> None:
        self._tokens = None
        self._why_signed_out = why or say("service", "you signed out")
        self._notify()

    def _notify(self) -> None:
        # Wake every current waiter, then start a fresh event for the next change.
        self._changed.set()
        self._changed = asyncio.Event()

    async def changed(self) -> None:
        """Return at the next change of tokens (a sign-in, a refresh, a sign-out)."""
        await self._changed.wait()

    async def signed_in(self) -> None:
        """Return once there are tokens (after the agent signs in again)."""
        while self._tokens is None:
            await self._changed.wait()

    async def access_token(self) -> str:
        """A usable access token, refreshing first when it is about to expire."""
        tokens = self._require()
        if tokens.is_expired(self._clock(), self.refresh_margin) and self.refreshable:
            tokens = await self.refresh(stale=tokens.access_token)
        elif tokens.is_expired(self._clock()):
            self.sign_out(say("service", "your session expired"))
            raise SignInRequired(self.product, self._why_signed_out)
        return tokens.access_token

    async def unauthorized(self, rejected: str) -> str:
        """The server refused ``rejected`` (HTTP 401): refresh once, or ask for a sign-in."""
        if self.refreshable:
            return (await self.refresh(stale=rejected)).access_token
        current = self._tokens
        if current is not None and current.access_token != rejected:
            return current.access_token  # a new sign-in already replaced it
        self.sign_out(
            say("service", "the server no longer accepts your session (expired or revoked)")
        )
        raise SignInRequired(self.product, self._why_signed_out)

    async def refresh(self, stale: str | None = None) -> TokenSet:
        """Refresh unless another caller already did; ``stale`` is the token seen as bad."""
        async with self._lock:
            tokens = self._require()
            if stale is not None and tokens.access_token != stale:
                return tokens
            if not (tokens.refresh_token and self._refresher):
                self.sign_out(say("service", "your session cannot be renewed without signing in"))
                raise SignInRequired(self.product, self._why_signed_out)
            try:
                fresh = await self._refresher(tokens)
            except TokenRequestFailed as exc:
                if exc.error in {"invalid_grant", "invalid_client", "unauthorized_client"}:
                    self.sign_out(
                        say("service", "the session was ended ({error})").fill(error=exc.error)
                    )
                    raise SignInRequired(self.product, self._why_signed_out) from exc
                raise
            self._tokens = fresh
            if self._persist is not None:
                await self._persist(fresh)
            self._notify()
            return fresh

    def _require(self) -> TokenSet:
        if self._tokens is None:
            raise SignInRequired(self.product, self._why_signed_out)
        return self._tokens

    async def wait_until_sign_in_needed(self, sleep: Sleep = real_sleep) -> TokenState:
        """Return once the agent must sign in again (soon, expired or signed out).

        Sleeps until the due time computed from the token, waking early when tokens change.
        """
        while True:
            changed_event = self._changed
            state = self.state()
            if state is not TokenState.VALID:
                return state
            due = self.sign_in_due_at()
            changed = asyncio.ensure_future(changed_event.wait())
            waiters: set[asyncio.Future[Any]] = {changed}
            if due is not None:
                waiters.add(asyncio.ensure_future(sleep(due - self._clock())))
            try:
                await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for waiter in waiters:
                    if not waiter.done():
                        waiter.cancel()
                        with contextlib.suppress(BaseException):
                            await waiter
