"""Salesforce sandbox timings shrunk for speed, and a raw signed-in HTTP helper for its tests."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
import pytest

from omnisync.auth.store import MemoryTokenStore
from omnisync.core.model import Observation, WriteCapabilityObserved
from omnisync.salesforce.signin import SalesforceAccount, oauth_config
from omnisync.salesforce.source import SalesforceSource
from omnisync.sandbox.harness import Sandbox
from omnisync.sandbox.salesforce_oauth import CLIENT_ID
from support.oauth_by_hand import sign_in_by_hand

T = TypeVar("T")

SALESFORCE_SETTINGS: dict[str, Any] = {
    "cometd_timeout": 0.5,
    "cometd_max_interval": 30.0,
    "access_token_lifetime": 600.0,
}


@pytest.fixture
def sandbox_settings(sandbox_settings: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    sandbox_settings["salesforce"] |= SALESFORCE_SETTINGS
    return sandbox_settings


async def _raw_sign_in(
    http: httpx.AsyncClient, base_url: str, login_hint: str | None = None
) -> dict[str, Any]:
    """The authorization-code + PKCE exchange done by hand, to test the login host itself."""
    endpoints = (await http.get(f"{base_url}/control/endpoints")).json()["salesforce"]
    tokens = await sign_in_by_hand(http, endpoints, login_hint)
    return {**tokens, "_endpoints": endpoints}


RawSignIn = Callable[..., Awaitable[dict[str, Any]]]


@pytest.fixture
def raw_sign_in() -> RawSignIn:
    return _raw_sign_in


class Recorder:
    """Collects observations and lets a test wait for one, woken by each new observation."""

    def __init__(self) -> None:
        self.items: list[Observation] = []
        self._changed = asyncio.Condition()

    def __call__(self, item: Observation) -> None:
        self.items.append(item)
        asyncio.get_running_loop().create_task(self._notify())

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_for(
        self, predicate: Callable[[Observation], bool], seconds: float = 5.0
    ) -> Observation:
        async def find() -> Observation:
            async with self._changed:
                while True:
                    for item in self.items:
                        if predicate(item):
                            return item
                    await self._changed.wait()

        return await asyncio.wait_for(find(), seconds)

    def of(self, kind: type[T]) -> list[T]:
        return [item for item in self.items if isinstance(item, kind)]


@dataclass
class Desktop:
    """The real client, signed in to the sandbox through the real loopback flow."""

    account: SalesforceAccount
    source: SalesforceSource
    seen: Recorder
    http: httpx.AsyncClient
    store: MemoryTokenStore

    def rest_calls(self) -> int:
        return self.source.counter.rest

    async def started(self) -> None:
        await self.source.start()
        await self.seen.wait_for(lambda o: isinstance(o, WriteCapabilityObserved))


DesktopFactory = Callable[..., Awaitable[Desktop]]


@pytest.fixture
async def desktop(sandbox: Sandbox, browser: Any) -> AsyncIterator[DesktopFactory]:
    made: list[Desktop] = []
    async with httpx.AsyncClient() as http:

        async def make(
            ack_timeout: float = 2.0, login_hint: str | None = None, **source_options: Any
        ) -> Desktop:
            config = oauth_config(
                sandbox.origin("salesforce", "login"), CLIENT_ID, login_hint=login_hint
            )
            store = MemoryTokenStore()
            account = await SalesforceAccount.sign_in(config, http, store, browser, wait_seconds=10)
            seen = Recorder()
            source = SalesforceSource(
                http,
                account.keeper,
                account.user_id,
                seen,
                ack_timeout=ack_timeout,
                cometd_options={"network_margin": 5.0, "backoff_base": 0.05},
                # Streaming and the first ping at once, unless a test waits for the direct link.
                **{"direct_grace": 0.0, **source_options},
            )
            made.append(Desktop(account, source, seen, http, store))
            return made[-1]

        yield make
        for item in made:
            await item.source.close()


@pytest.fixture
def reconfigure(sandbox: Sandbox) -> Callable[..., None]:
    """Change the Salesforce part's settings for one test and start it again with them."""

    def apply(**settings: Any) -> None:
        part: Any = sandbox.part("salesforce")
        part.settings.update(settings)
        part.reset()

    return apply
