"""The service for real orgs: OAuth clients from the machine policy and the user's settings.

Used by the tray app (``omnisync`` / ``omnisync tray``). The demo wires the same service to the
sandbox instead (``omnisync.demo``). Built in two steps, so the full tray is up before the
network side is imported: first the service around stand-in connectors (its state, profiles and
commands, from the settings files), then, once the service first needs them (its start, right
after the tray is shown), the HTTP client, the keyring and both connectors
(:mod:`omnisync.service.late_connector`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from omnisync.core.message import Message, SaidError, said_of, say
from omnisync.genesys.regions import DEFAULT_REDIRECT_PORT as GENESYS_PORT
from omnisync.genesys.regions import hosts_for
from omnisync.salesforce.login_hosts import DEFAULT_REDIRECT_PORT as SALESFORCE_PORT
from omnisync.salesforce.login_hosts import login_host
from omnisync.service.factory import (
    GenesysOrg,
    Orgs,
    Places,
    SalesforceOrg,
    Timing,
    assemble_service,
    build_connectors,
)
from omnisync.service.late_connector import NetworkSide
from omnisync.service.ports import ProductConnector
from omnisync.service.sync_service import SyncService
from omnisync.settings.oauth import GenesysClient, SalesforceClient
from omnisync.settings.policy import PolicyState, effective_clients, load_policy
from omnisync.settings.user import SettingsStore, UserSettings

if TYPE_CHECKING:
    import httpx

    from omnisync.auth.store import TokenStore

log = logging.getLogger(__name__)


class NotConfigured(SaidError):
    """The OAuth clients are not set: the message tells the administrator what to add."""


def missing_settings(
    genesys: GenesysClient | None, salesforce: SalesforceClient | None
) -> list[str]:
    """The keys that must be set to sign in to each product given (None: not wanted)."""
    wanted: list[tuple[str, str | None]] = []
    if genesys is not None:
        wanted += [("genesys.region", genesys.region), ("genesys.client_id", genesys.client_id)]
    if salesforce is not None:
        wanted += [
            ("salesforce.login_host", salesforce.login_host),
            ("salesforce.client_id", salesforce.client_id),
        ]
    return [key for key, value in wanted if not value]


def not_configured(missing: list[str]) -> NotConfigured:
    return NotConfigured(
        say(
            "service",
            "OmniSync does not know which Genesys Cloud and Salesforce orgs to sign in to: "
            "{keys} not set. Your administrator sets them in the machine policy "
            "file (see docs/admin.md), or run `omnisync demo` to try the app on the sandbox.",
        ).fill(keys=", ".join(missing))
    )


def genesys_org(client: GenesysClient) -> GenesysOrg:
    if not (client.region and client.client_id):
        raise not_configured(missing_settings(client, None))
    return GenesysOrg(
        hosts_for(client.region), client.client_id, client.redirect_port or GENESYS_PORT
    )


def salesforce_org(client: SalesforceClient, link_origins: tuple[str, ...] = ()) -> SalesforceOrg:
    if not (client.login_host and client.client_id):
        raise not_configured(missing_settings(None, client))
    host = client.login_host
    login = login_host(host if "://" in host else f"https://{host}")
    port = client.redirect_port or SALESFORCE_PORT
    return SalesforceOrg(login, client.client_id, port, link_origins)


def orgs_from(policy: PolicyState, user: UserSettings) -> Orgs:
    genesys, salesforce = effective_clients(policy, user)
    missing = missing_settings(genesys, salesforce)
    if missing:
        raise not_configured(missing)
    return Orgs(genesys_org(genesys), salesforce_org(salesforce, policy.policy.link_origins))


async def real_service(resources: contextlib.AsyncExitStack) -> SyncService:
    """The tray app's service factory: raises NotConfigured with what to do when unset.

    Returns the service around stand-in connectors; the network side is built when the
    service first needs it, off the Qt thread where it can (imports, the client, the keyring).
    """
    policy = await asyncio.to_thread(load_policy)
    settings_store = SettingsStore()
    loaded = await asyncio.to_thread(settings_store.load)
    if loaded.problems:
        log.warning("%s", loaded.message())
    orgs = orgs_from(policy, loaded.settings)
    places, timing = Places.default(), Timing()

    async def connectors() -> tuple[ProductConnector, ProductConnector]:
        http, store = await asyncio.to_thread(_open_network)
        await resources.enter_async_context(http)
        if store.notice:
            service.note(store.notice)
        import webbrowser

        return build_connectors(orgs, places, http, store, webbrowser.open, policy, timing)

    network = NetworkSide(connectors)
    resources.push_async_callback(network.aclose)
    service = assemble_service(
        network.genesys,
        network.salesforce,
        places,
        wanted_profile=loaded.settings.active_profile,
        policy=policy,
        timing=timing,
    )
    service.on_profile_chosen(
        ProfileMemory(settings_store, asyncio.get_running_loop(), on_failure=service.note)
    )
    if policy.error is not None:
        service.note(policy.said())
    return service


def _open_network() -> tuple[httpx.AsyncClient, TokenStore]:
    """In a worker thread: importing httpx, the keyring and both clients, and making the HTTP
    client (its transport builds anyio's import map) take a few hundred ms of CPU."""
    import omnisync.service.genesys_connector
    import omnisync.service.salesforce_connector  # noqa: F401  (imported here, not on the Qt thread)
    from omnisync.auth.store import open_token_store
    from omnisync.net import http_client

    return http_client(), open_token_store()  # finding the OS keyring may talk to D-Bus


class ProfileMemory:
    """Saves the chosen profile off the Qt thread; a failure is told (``on_failure``, the
    audit log) and the choice still holds for this run."""

    def __init__(
        self,
        settings_store: SettingsStore,
        loop: asyncio.AbstractEventLoop,
        on_failure: Callable[[Message], None] = log.warning,
    ) -> None:
        self._store = settings_store
        self._loop = loop
        self._on_failure = on_failure
        self._saving: set[asyncio.Future[UserSettings]] = set()
        self._wanted: str | None = None

    def __call__(self, profile_id: str) -> None:
        self._wanted = profile_id

        def change(settings: UserSettings) -> UserSettings:
            # The newest choice, whichever save runs last: the workers may take them out of order.
            return settings.replace(active_profile=self._wanted)

        future = self._loop.run_in_executor(None, self._store.update, change)
        self._saving.add(future)
        future.add_done_callback(self._saved)

    async def wait_idle(self) -> None:
        """Until every save started so far has ended (tests)."""
        await asyncio.gather(*self._saving, return_exceptions=True)

    def _saved(self, future: asyncio.Future[UserSettings]) -> None:
        self._saving.discard(future)
        if not future.cancelled() and (exc := future.exception()) is not None:
            self._on_failure(
                say(
                    "service",
                    "The chosen profile applies now but was not saved for the next start: {error}",
                ).fill(error=said_of(exc))
            )
