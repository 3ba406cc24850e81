"""Genesys Cloud regions (the SDK's host list) and explicit hosts for the sandbox or a proxy."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from omnisync.net import origin

DEFAULT_REDIRECT_PORT = 53682
"""The loopback port administrators register for the Genesys sign-in
(``http://127.0.0.1:53682/callback``)."""

# From PureCloudRegionHosts in the official Python SDK (v257.1.0).
REGIONS: dict[str, str] = {
    "us_east_1": "https://api.mypurecloud.com",
    "eu_west_1": "https://api.mypurecloud.ie",
    "ap_southeast_2": "https://api.mypurecloud.com.au",
    "ap_northeast_1": "https://api.mypurecloud.jp",
    "eu_central_1": "https://api.mypurecloud.de",
    "us_west_2": "https://api.usw2.pure.cloud",
    "ca_central_1": "https://api.cac1.pure.cloud",
    "ap_northeast_2": "https://api.apne2.pure.cloud",
    "eu_west_2": "https://api.euw2.pure.cloud",
    "ap_south_1": "https://api.aps1.pure.cloud",
    "us_east_2": "https://api.use2.us-gov-pure.cloud",
    "sa_east_1": "https://api.sae1.pure.cloud",
    "me_central_1": "https://api.mec1.pure.cloud",
    "ap_northeast_3": "https://api.apne3.pure.cloud",
    "eu_central_2": "https://api.euc2.pure.cloud",
    "mx_central_1": "https://api.mxc1.pure.cloud",
    "ap_southeast_1": "https://api.apse1.pure.cloud",
}


@dataclass(frozen=True, slots=True)
class GenesysHosts:
    api: str
    """Base of ``/api/v2/...``, e.g. ``https://api.mypurecloud.ie``."""
    login: str
    """Base of ``/oauth/authorize`` and ``/oauth/token``."""
    name: str
    """Region name or the API host: the tenant part of the token store key."""

    @property
    def authorize_url(self) -> str:
        return f"{self.login}/oauth/authorize"

    @property
    def token_url(self) -> str:
        return f"{self.login}/oauth/token"


def hosts_for(region: str) -> GenesysHosts:
    """A region name (``eu_west_1``), a domain (``mypurecloud.ie``) or an API URL."""
    key = region.strip()
    if key.lower() in REGIONS:
        return _from_api(REGIONS[key.lower()], key.lower())
    if "://" not in key:
        domain = key.lower().removeprefix("api.").removeprefix("login.")
        for name, api in REGIONS.items():
            if api == f"https://api.{domain}":
                return _from_api(api, name)
        if domain.endswith(".pure.cloud"):  # a region newer than this table (as settings allow)
            return _from_api(f"https://api.{domain}", domain)
        raise ValueError(
            f"Unknown Genesys Cloud region {region!r}: use one of {', '.join(REGIONS)}, "
            "your org's domain (e.g. mypurecloud.ie) or an explicit https:// API URL."
        )
    return explicit_hosts(key)


def explicit_hosts(api: str, login: str | None = None) -> GenesysHosts:
    """Explicit hosts (sandbox, proxy), origins as a region's are; the login host is derived
    from ``api.`` when omitted, as the SDKs do."""
    api = origin(api, "Genesys API host")
    if login is None:
        if "//api." not in api:
            raise ValueError(f"cannot derive the login host from {api!r}: give it explicitly")
        login = api.replace("//api.", "//login.", 1)
    return GenesysHosts(api, origin(login, "Genesys login host"), urlsplit(api).netloc)


def _from_api(api: str, name: str) -> GenesysHosts:
    return GenesysHosts(api, api.replace("//api.", "//login.", 1), name)
