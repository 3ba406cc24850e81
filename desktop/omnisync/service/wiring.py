"""The service for real orgs: OAuth clients from the machine policy and the user's settings.

Used by the tray app (``omnisync`` / ``omnisync tray``). The demo wires the same service to the
sandbox instead (``omnisync.demo``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import webbrowser
from collections.abc import Callable

from omnisync.auth.store import open_token_store
from omnisync.genesys.regions import hosts_for
from omnisync.genesys.signin import DEFAULT_REDIRECT_PORT as GENESYS_PORT
from omnisync.net import http_client
from omnisync.salesforce.signin import login_host
from omnisync.service.factory import Orgs, Places, build_service
from omnisync.service.salesforce_connector import DEFAULT_REDIRECT_PORT as SALESFORCE_PORT
from omnisync.service.sync_service import SyncService
from omnisync.settings.policy import PolicyState, effective_clients, load_policy
from omnisync.settings.user import SettingsStore, UserSettings

log = logging.getLogger(__name__)


class NotConfigured(Exception):
    """The OAuth clients are not set: the message tells the administrator what to add."""


def orgs_from(policy: PolicyState, user: UserSettings) -> Orgs:
    genesys, salesforce = effective_clients(policy, user)
    missing = [
        key
        for key, value in (
            ("genesys.region", genesys.region),
            ("genesys.client_id", genesys.client_id),
            ("salesforce.login_host", salesforce.login_host),
            ("salesforce.client_id", salesforce.client_id),
        )
        if not value
    ]
    if missing:
        raise NotConfigured(
            "OmniSync does not know which Genesys Cloud and Salesforce orgs to sign in to: "
            f"{', '.join(missing)} not set. Your administrator sets them in the machine policy "
            "file (see docs/admin.md), or run `omnisync demo` to try the app on the sandbox."
        )
    assert genesys.region is not None
    assert genesys.client_id is not None
    assert salesforce.login_host is not None
    assert salesforce.client_id is not None
    host = salesforce.login_host
    login = host if "://" in host else f"https://{host}"
    return Orgs(
        genesys=hosts_for(genesys.region),
        genesys_client_id=genesys.client_id,
        salesforce_login=login_host(login),
        salesforce_client_id=salesforce.client_id,
        genesys_redirect_port=genesys.redirect_port or GENESYS_PORT,
        salesforce_redirect_port=salesforce.redirect_port or SALESFORCE_PORT,
    )


async def real_service(resources: contextlib.AsyncExitStack) -> SyncService:
    """The tray app's service factory: raises NotConfigured with what to do when unset."""
    policy = await asyncio.to_thread(load_policy)
    settings_store = SettingsStore()
    loaded = await asyncio.to_thread(settings_store.load)
    if loaded.problems:
        log.warning("%s", loaded.message())
    orgs = orgs_from(policy, loaded.settings)
    http = await resources.enter_async_context(http_client())
    store = await asyncio.to_thread(open_token_store)  # finding the OS keyring may talk to D-Bus
    service = build_service(
        orgs,
        Places.default(),
        http,
        store,
        webbrowser.open,
        wanted_profile=loaded.settings.active_profile,
        policy=policy,
    )
    service.on_profile_chosen(
        ProfileMemory(settings_store, asyncio.get_running_loop(), on_failure=service.note)
    )
    if store.notice:
        service.note(store.notice)
    if policy.error is not None:
        service.note(policy.message())
    return service


class ProfileMemory:
    """Saves the chosen profile off the Qt thread; a failure is told (``on_failure``, the
    audit log) and the choice still holds for this run."""

    def __init__(
        self,
        settings_store: SettingsStore,
        loop: asyncio.AbstractEventLoop,
        on_failure: Callable[[str], None] = log.warning,
    ) -> None:
        self._store = settings_store
        self._loop = loop
        self._on_failure = on_failure
        self._saving: set[asyncio.Future[UserSettings]] = set()

    def __call__(self, profile_id: str) -> None:
        def change(settings: UserSettings) -> UserSettings:
            return settings.replace(active_profile=profile_id)

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
                f"The chosen profile applies now but was not saved for the next start: {exc}"
            )
