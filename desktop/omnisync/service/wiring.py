"""The service for real orgs: OAuth clients from the machine policy and the user's settings.

Used by the tray app (``omnisync`` / ``omnisync tray``). The demo wires the same service to the
sandbox instead (``omnisync.demo``).
"""

from __future__ import annotations

import contextlib
import logging
import webbrowser

from omnisync.auth.store import open_token_store
from omnisync.genesys.regions import hosts_for
from omnisync.genesys.signin import DEFAULT_REDIRECT_PORT as GENESYS_PORT
from omnisync.net import http_client
from omnisync.salesforce.signin import login_host
from omnisync.service.factory import GenesysOrg, Orgs, Places, SalesforceOrg, build_service
from omnisync.service.salesforce_connector import DEFAULT_REDIRECT_PORT as SALESFORCE_PORT
from omnisync.service.sync_service import SyncService
from omnisync.settings.oauth import GenesysClient, SalesforceClient
from omnisync.settings.policy import PolicyState, effective_clients, load_policy
from omnisync.settings.user import SettingsStore, UserSettings

log = logging.getLogger(__name__)


class NotConfigured(Exception):
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
        "OmniSync does not know which Genesys Cloud and Salesforce orgs to sign in to: "
        f"{', '.join(missing)} not set. Your administrator sets them in the machine policy "
        "file (see docs/admin.md), or run `omnisync demo` to try the app on the sandbox."
    )


def genesys_org(client: GenesysClient) -> GenesysOrg:
    if not (client.region and client.client_id):
        raise not_configured(missing_settings(client, None))
    return GenesysOrg(
        hosts_for(client.region), client.client_id, client.redirect_port or GENESYS_PORT
    )


def salesforce_org(client: SalesforceClient) -> SalesforceOrg:
    if not (client.login_host and client.client_id):
        raise not_configured(missing_settings(None, client))
    host = client.login_host
    login = login_host(host if "://" in host else f"https://{host}")
    return SalesforceOrg(login, client.client_id, client.redirect_port or SALESFORCE_PORT)


def orgs_from(policy: PolicyState, user: UserSettings) -> Orgs:
    genesys, salesforce = effective_clients(policy, user)
    missing = missing_settings(genesys, salesforce)
    if missing:
        raise not_configured(missing)
    return Orgs(genesys_org(genesys), salesforce_org(salesforce))


async def real_service(resources: contextlib.AsyncExitStack) -> SyncService:
    """The tray app's service factory: raises NotConfigured with what to do when unset."""
    policy = load_policy()
    settings_store = SettingsStore()
    loaded = settings_store.load()
    if loaded.problems:
        log.warning("%s", loaded.message())
    orgs = orgs_from(policy, loaded.settings)
    http = await resources.enter_async_context(http_client())
    store = open_token_store()

    def remember(profile_id: str) -> None:
        current = settings_store.load().settings
        try:
            settings_store.save(current.replace(active_profile=profile_id))
        except OSError as exc:
            log.warning("the chosen profile was not saved (%s)", exc)

    service = build_service(
        orgs,
        Places.default(),
        http,
        store,
        webbrowser.open,
        wanted_profile=loaded.settings.active_profile,
        policy=policy,
    )
    service.on_profile_chosen(remember)
    if store.notice:
        service.note(store.notice)
    if policy.error is not None:
        service.note(policy.message())
    return service
