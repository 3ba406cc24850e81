"""Tokens in the OS keyring, keyed by product, org-or-region and user, and nowhere else.

Only real OS secret stores are used (macOS Keychain, Windows Credential Manager, Secret Service,
KWallet). Plaintext or "fail" backends are refused: the tokens then stay in memory for this run
only, and :attr:`TokenStore.notice` tells the agent why and what to do. Keyring calls can block
(an unlock prompt), so they run in a worker thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import keyring
import keyring.backend
import keyring.core
import keyring.errors
from keyring.backends import chainer, fail

from omnisync.auth.tokens import TokenSet
from omnisync.core.message import Message, joined, say

log = logging.getLogger(__name__)

SERVICE_PREFIX = "OmniSync Companion"


def in_memory_only(reason: Message) -> Message:
    """The notice when tokens cannot be kept safely: why (the keyring's words), what to do."""
    return say(
        "service",
        "Sign-in is kept in memory for this run only: {reason}. Unlock or install your "
        "system's password store (Keychain, Credential Manager, GNOME Keyring or KWallet) and "
        "restart OmniSync; until then you will be asked to sign in again after every restart.",
    ).fill(reason=reason)


@dataclass(frozen=True, slots=True)
class TokenKey:
    product: str
    """``genesys`` or ``salesforce``."""
    tenant: str
    """The org id, My Domain host or region the account belongs to."""
    user: str

    @property
    def service(self) -> str:
        return f"{SERVICE_PREFIX}/{self.product}/{self.tenant}"


class TokenStore(Protocol):
    notice: Message | None
    """Set when tokens are not kept safely across restarts: show it to the agent."""

    async def load(self, key: TokenKey) -> TokenSet | None: ...
    async def save(self, key: TokenKey, tokens: TokenSet) -> None: ...
    async def delete(self, key: TokenKey) -> None: ...


class MemoryTokenStore:
    """Holds tokens for this run only; the fallback when no safe keyring exists."""

    def __init__(self, notice: Message | None = None) -> None:
        self.notice = notice
        self._tokens: dict[TokenKey, TokenSet] = {}

    async def load(self, key: TokenKey) -> TokenSet | None:
        return self._tokens.get(key)

    async def save(self, key: TokenKey, tokens: TokenSet) -> None:
        self._tokens[key] = tokens

    async def delete(self, key: TokenKey) -> None:
        self._tokens.pop(key, None)


NO_STORE = say("service", "no system password store was found")


def refusal_reason(backend: keyring.backend.KeyringBackend) -> Message | None:
    """Why a backend is not safe for tokens, or ``None`` when it is a real OS store."""
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring) or type(backend).__module__.startswith(
        "keyring.backends.null"
    ):
        return NO_STORE
    if type(backend).__module__.startswith("keyrings.alt") or "plaintext" in name.lower():
        return say("service", "the password store {name} keeps secrets in a plain file").fill(
            name=name
        )
    if not keyring.core.recommended(backend):
        return say("service", "the password store {name} is not a recommended system store").fill(
            name=name
        )
    return None


def choose_backend(
    backend: keyring.backend.KeyringBackend | None = None,
) -> tuple[keyring.backend.KeyringBackend | None, Message | None]:
    """The safest usable backend, or ``None`` and the reasons none is usable."""
    chosen = backend if backend is not None else keyring.get_keyring()
    candidates = list(chosen.backends) if isinstance(chosen, chainer.ChainerBackend) else [chosen]
    reasons: list[Message] = []
    for candidate in sorted(candidates, key=lambda b: b.priority, reverse=True):
        reason = refusal_reason(candidate)
        if reason is None:
            return candidate, None
        reasons.append(reason)
    return None, joined(reasons, "; ") if reasons else NO_STORE


class KeyringTokenStore:
    """The OS keyring; switches itself to memory if the keyring fails mid-run (locked)."""

    def __init__(self, backend: keyring.backend.KeyringBackend) -> None:
        self._backend = backend
        self._memory: MemoryTokenStore | None = None
        self._lock = asyncio.Lock()
        self.notice: Message | None = None

    async def load(self, key: TokenKey) -> TokenSet | None:
        if self._memory is not None:
            return await self._memory.load(key)
        text = await self._call(self._backend.get_password, key.service, key.user)
        if self._memory is not None:
            return await self._memory.load(key)
        if not text:
            return None
        try:
            return TokenSet.from_json(text)
        except (ValueError, TypeError):
            log.warning("Ignored an unreadable stored token for %s; sign in again", key.service)
            return None

    async def save(self, key: TokenKey, tokens: TokenSet) -> None:
        if self._memory is None:
            await self._call(self._backend.set_password, key.service, key.user, tokens.to_json())
        if self._memory is not None:
            await self._memory.save(key, tokens)

    async def delete(self, key: TokenKey) -> None:
        if self._memory is None:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                await self._call(self._backend.delete_password, key.service, key.user)
        if self._memory is not None:
            await self._memory.delete(key)

    async def _call(self, func: Callable[..., object], *args: str) -> str | None:
        async with self._lock:
            try:
                result = await asyncio.to_thread(func, *args)
            except keyring.errors.PasswordDeleteError:
                raise
            except keyring.errors.KeyringError as exc:
                self._fall_back(
                    say("service", "the password store failed ({error})").fill(
                        error=f"{type(exc).__name__}: {exc}"
                    )
                )
                return None
        return result if isinstance(result, str) else None

    def _fall_back(self, reason: Message) -> None:
        self.notice = in_memory_only(reason)
        log.warning("%s", self.notice)
        self._memory = MemoryTokenStore(self.notice)


def open_token_store(backend: keyring.backend.KeyringBackend | None = None) -> TokenStore:
    """The keyring store when a real OS store exists; otherwise memory, with a notice."""
    usable, reason = choose_backend(backend)
    if usable is None:
        notice = in_memory_only(reason or NO_STORE)
        log.warning("%s", notice)
        return MemoryTokenStore(notice)
    return KeyringTokenStore(usable)
