"""Building the service: real orgs from the settings and policy, or the sandbox for the demo."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from omnisync.appinfo import APP_AUTHOR, APP_NAME
from omnisync.genesys.regions import DEFAULT_REDIRECT_PORT as GENESYS_PORT
from omnisync.genesys.regions import GenesysHosts, explicit_hosts
from omnisync.salesforce.login_hosts import DEFAULT_REDIRECT_PORT as SALESFORCE_PORT
from omnisync.service import request_sent
from omnisync.service.audit import AuditLog
from omnisync.service.first_state import DEFAULT_PROFILE
from omnisync.service.ports import ConnectorContext, ProductConnector
from omnisync.service.profile_store import ProfileDirs, load_profiles
from omnisync.service.sync_service import SyncService
from omnisync.settings.policy import Policy, PolicyState
from omnisync.timing import Clock, Sleep, real_sleep, wall_clock

if TYPE_CHECKING:  # the network side: imported by build_connectors, when first needed
    import httpx

    from omnisync.auth.flow import Opener
    from omnisync.auth.store import TokenStore


@dataclass(frozen=True, slots=True)
class GenesysOrg:
    """Where to sign in to Genesys Cloud: the region's hosts and the OAuth client."""

    hosts: GenesysHosts
    client_id: str
    redirect_port: int = GENESYS_PORT


@dataclass(frozen=True, slots=True)
class SalesforceOrg:
    """Where to sign in to Salesforce: the login host (a base URL) and the connected app."""

    login: str
    client_id: str
    redirect_port: int = SALESFORCE_PORT
    link_origins: tuple[str, ...] = ()
    """Console origins allowed on the direct link besides the org's own Lightning hosts."""


@dataclass(frozen=True, slots=True)
class Orgs:
    """Where to sign in: both products' hosts and OAuth clients."""

    genesys: GenesysOrg
    salesforce: SalesforceOrg

    @classmethod
    def from_sandbox(cls, endpoints: dict[str, Any]) -> Orgs:
        """The sandbox accepts any loopback port, so port 0 (a free one) is used. Its console
        is served from the instance's own ``http://127.0.0.1:<port>`` origin, which no real
        org's Lightning host looks like: it is allowed on the direct link by name."""
        genesys, salesforce = endpoints["genesys"], endpoints["salesforce"]
        return cls(
            GenesysOrg(explicit_hosts(genesys["api"], genesys["login"]), genesys["clientId"], 0),
            SalesforceOrg(
                salesforce["login"], salesforce["clientId"], 0, (salesforce["instance"],)
            ),
        )


def sandbox_sign_in_page(browser: httpx.AsyncClient) -> Opener:
    """The sandbox's authorize page signs its agent in without typing: following its redirect
    with ``browser`` (an HTTP client that follows redirects) stands in for a real browser."""

    async def open_page(url: str) -> None:
        answer = await browser.get(url)
        answer.raise_for_status()

    return open_page


@dataclass(frozen=True, slots=True)
class Places:
    """The folders the app writes to."""

    data: Path
    profiles: ProfileDirs

    @classmethod
    def default(cls) -> Places:
        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            profiles=ProfileDirs.default(),
        )

    @property
    def audit_file(self) -> Path:
        return self.data / "audit" / "audit.jsonl"

    @property
    def accounts_file(self) -> Path:
        return self.data / "accounts.json"

    @property
    def memory_file(self) -> Path:
        """What a restart must not forget (blocks to restore, the transition timer)."""
        return self.data / "sync-state.json"


@dataclass
class Timing:
    clock: Clock = wall_clock
    sleep: Sleep = real_sleep
    genesys: dict[str, Any] = field(default_factory=dict)
    """Extra GenesysClient options (heartbeat timeout...)."""
    salesforce: dict[str, Any] = field(default_factory=dict)
    """Extra SalesforceSource options (acknowledgement timeout...)."""
    confirm_timeout: float = 8.0


def session_options(policy: Policy) -> dict[str, Any]:
    """The Genesys client's options from the administrator's idle-timeout choices."""
    session = policy.genesys_session
    minutes = session.idle_timeout_minutes
    return {
        "keep_session_alive": session.keep_alive,
        "idle_timeout": None if minutes is None else minutes * 60.0,
    }


def build_service(
    orgs: Orgs,
    places: Places,
    http: httpx.AsyncClient,
    store: TokenStore,
    opener: Opener,
    *,
    wanted_profile: str | None = None,
    policy: PolicyState | None = None,
    timing: Timing | None = None,
    write_audit_file: bool = True,
) -> SyncService:
    """The service with its connectors, all at once (the demo, the tests)."""
    timing = timing or Timing()
    policy = policy or PolicyState(Policy())
    genesys, salesforce = build_connectors(orgs, places, http, store, opener, policy, timing)
    return assemble_service(
        genesys,
        salesforce,
        places,
        wanted_profile=wanted_profile,
        policy=policy,
        timing=timing,
        write_audit_file=write_audit_file,
    )


def build_connectors(
    orgs: Orgs,
    places: Places,
    http: httpx.AsyncClient,
    store: TokenStore,
    opener: Opener,
    policy: PolicyState,
    timing: Timing,
) -> tuple[ProductConnector, ProductConnector]:
    """Both products' connectors around one HTTP client (the network side, imported here)."""
    from omnisync.heap_policy import fix_heap_thresholds
    from omnisync.service.accounts import AccountBook
    from omnisync.service.genesys_connector import GenesysConnector
    from omnisync.service.salesforce_connector import SalesforceConnector

    fix_heap_thresholds()  # memory freed after a burst of events goes back (docs/performance.md)
    request_sent.install(http)  # the service's writes leave before the audit and the UI
    context = ConnectorContext(
        http, store, AccountBook(places.accounts_file), opener, timing.clock, timing.sleep
    )
    genesys = GenesysConnector(
        orgs.genesys.hosts,
        orgs.genesys.client_id,
        context,
        redirect_port=orgs.genesys.redirect_port,
        client_options={**session_options(policy.policy), **timing.genesys},
    )
    salesforce = SalesforceConnector(
        orgs.salesforce.login,
        orgs.salesforce.client_id,
        context,
        redirect_port=orgs.salesforce.redirect_port,
        source_options={"link_origins": orgs.salesforce.link_origins, **timing.salesforce},
    )
    return genesys, salesforce


def assemble_service(
    genesys: ProductConnector,
    salesforce: ProductConnector,
    places: Places,
    *,
    wanted_profile: str | None,
    policy: PolicyState,
    timing: Timing,
    write_audit_file: bool = True,
) -> SyncService:
    """The service around two connectors: its profiles, audit log and memory from ``places``."""
    audit = AuditLog()
    if write_audit_file:
        audit.open_file(places.audit_file)
    return SyncService(
        genesys,
        salesforce,
        load_profiles(places.profiles),
        wanted_profile,
        policy=policy,
        default_profile=DEFAULT_PROFILE,
        audit=audit,
        clock=timing.clock,
        sleep=timing.sleep,
        memory_file=places.memory_file,
        confirm_timeout=timing.confirm_timeout,
    )
