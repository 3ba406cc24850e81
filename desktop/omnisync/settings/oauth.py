"""The OAuth client of each product: which one to use, and checks for each value.

Both the machine policy (defaults) and the user settings (overrides) hold these; every field is
optional so that an override can change one value and inherit the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any, Self, TypeVar
from urllib.parse import urlsplit

from omnisync.core.message import say
from omnisync.genesys.regions import REGIONS
from omnisync.settings.reader import BadValue, TableReader, bounded_number, text, text_list

GENESYS_REGIONS: dict[str, str] = {
    name: api.removeprefix("https://api.") for name, api in REGIONS.items()
}
"""Region id -> region domain (login is ``login.<domain>``), from the Genesys SDKs' host table."""

_HOST_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_SALESFORCE_KEY = re.compile(r"[\x21-\x7e]{10,256}")
_GUID_DIGITS = re.compile(r"[0-9a-fA-F]{32}")


def canonical_guid(raw: str) -> str:
    """``raw`` as a lower-case hyphenated GUID; ValueError if it is none. The forms
    ``uuid.UUID`` takes (hyphens or not, braces, ``urn:uuid:``), without importing ``uuid``:
    it imports ``platform``, about 4 ms of the start before the tray (docs/performance.md)."""
    digits = raw.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
    if not _GUID_DIGITS.fullmatch(digits):
        raise ValueError(f"not a GUID: {raw!r}")
    d = digits.lower()
    return f"{d[:8]}-{d[8:12]}-{d[12:16]}-{d[16:20]}-{d[20:]}"


def _hostname(value: str) -> bool:
    labels = value.split(".")
    return len(value) <= 253 and len(labels) >= 2 and all(_HOST_LABEL.fullmatch(x) for x in labels)


def _bare_host(raw: str, example: str) -> str:
    value = raw.strip().lower()
    if "://" in value or "/" in value or ":" in value:
        raise BadValue(
            say("settings", "must be a host name only, got {value}").fill(value=repr(raw)),
            say("settings", "leave out https://, any port and any path, e.g. {example}").fill(
                example=example
            ),
        )
    if not _hostname(value):
        raise BadValue(
            say("settings", "is not a valid host name: {value}").fill(value=repr(raw)),
            say("settings", "write a host name, e.g. {example}").fill(example=example),
        )
    return value


def genesys_region(value: Any) -> str:
    """A region domain (``mypurecloud.ie``) or region id (``eu_west_1``), as the domain."""
    raw = text(value)
    key = raw.lower().replace("-", "_")
    if key in GENESYS_REGIONS:
        return GENESYS_REGIONS[key]
    domain = _bare_host(raw, "mypurecloud.ie")
    for prefix in ("login.", "api.", "apps."):
        if domain.startswith(prefix):
            raise BadValue(
                say("settings", "is a Genesys host, not a region: {value}").fill(value=repr(raw)),
                say("settings", "write the region domain only: {domain}").fill(
                    domain=domain.removeprefix(prefix)
                ),
            )
    if domain in GENESYS_REGIONS.values() or domain.endswith(".pure.cloud"):
        return domain
    raise BadValue(
        say("settings", "is not a Genesys Cloud region: {value}").fill(value=repr(raw)),
        say(
            "settings",
            "write a region domain such as mypurecloud.com or euw2.pure.cloud "
            "(see Admin > Organization Settings in Genesys Cloud)",
        ),
    )


def salesforce_login_host(value: Any) -> str:
    """``login.salesforce.com``, ``test.salesforce.com`` or the org's My Domain host."""
    return _bare_host(text(value), "login.salesforce.com, mycompany.my.salesforce.com")


def link_origin(value: Any) -> str:
    """An origin a Salesforce console page is served from, ``https://host[:port]``, lower case;
    plain ``http`` only for 127.0.0.1 (the sandbox)."""
    raw = text(value)
    parts = urlsplit(raw.strip().lower())
    local = parts.scheme == "http" and parts.hostname == "127.0.0.1"
    if parts.scheme != "https" and not local:
        raise BadValue(
            say("settings", "is not an https origin: {value}").fill(value=repr(raw)),
            say("settings", "write the console's origin, e.g. https://acme.lightning.force.com"),
        )
    try:
        port = parts.port
    except ValueError:
        port = -1
    if parts.path not in ("", "/") or parts.query or parts.fragment or port == -1:
        raise BadValue(
            say("settings", "is not an origin (scheme and host only): {value}").fill(
                value=repr(raw)
            ),
            say("settings", "leave out any path, e.g. https://acme.lightning.force.com"),
        )
    if not local and not _hostname(parts.hostname or ""):
        raise BadValue(
            say("settings", "has no valid host name: {value}").fill(value=repr(raw)),
            say("settings", "e.g. https://acme.lightning.force.com"),
        )
    return f"{parts.scheme}://{parts.netloc}"


def link_origins(value: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(link_origin(item) for item in text_list(value)))


def genesys_client_id(value: Any) -> str:
    raw = text(value)
    try:
        return canonical_guid(raw)
    except ValueError:
        raise BadValue(
            say("settings", "is not a Genesys OAuth client id: {value}").fill(value=repr(raw)),
            say(
                "settings",
                "copy the Client ID (a GUID like 6f1c2a3b-...) from Admin > Integrations > OAuth",
            ),
        ) from None


def salesforce_client_id(value: Any) -> str:
    raw = text(value)
    if not _SALESFORCE_KEY.fullmatch(raw):
        raise BadValue(
            say("settings", "is not a Salesforce consumer key (10 to 256 characters, no spaces)"),
            say("settings", "copy the Consumer Key of the connected app from Setup > App Manager"),
        )
    return raw


def redirect_port(value: Any) -> int:
    return bounded_number(
        value,
        1024,
        65535,
        say("settings", "use the port of the redirect URI registered for the OAuth client"),
    )


@dataclass(frozen=True, slots=True)
class GenesysClient:
    region: str | None = None
    """Region domain, e.g. ``mypurecloud.ie``; sign-in goes to ``login.<region>``."""
    client_id: str | None = None
    redirect_port: int | None = None

    @classmethod
    def read(cls, table: TableReader) -> Self:
        return cls(
            region=table.get("region", genesys_region, None),
            client_id=table.get("client_id", genesys_client_id, None),
            redirect_port=table.get("redirect_port", redirect_port, None),
        )


@dataclass(frozen=True, slots=True)
class SalesforceClient:
    login_host: str | None = None
    client_id: str | None = None
    redirect_port: int | None = None

    @classmethod
    def read(cls, table: TableReader) -> Self:
        return cls(
            login_host=table.get("login_host", salesforce_login_host, None),
            client_id=table.get("client_id", salesforce_client_id, None),
            redirect_port=table.get("redirect_port", redirect_port, None),
        )


C = TypeVar("C", GenesysClient, SalesforceClient)


def as_table(client: GenesysClient | SalesforceClient) -> dict[str, str | int]:
    """The fields that are set, for writing back to TOML."""
    return {f.name: value for f in fields(client) if (value := getattr(client, f.name)) is not None}


def overlay(base: C, override: C) -> C:
    """``override``'s set fields over ``base``'s: the user's choice over the machine default."""
    values = {f.name: getattr(base, f.name) for f in fields(base)} | as_table(override)
    return type(base)(**values)
