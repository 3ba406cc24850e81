"""Every key a machine policy may set, with its kind: one list for every policy source.

The TOML file carries types of its own; the Windows registry does not (a list is a subkey of
numbered values, a switch is a DWORD 0/1), so the registry reader uses this list to give each
value the type that :func:`omnisync.settings.policy.read_policy` checks. The ADMX template, the
macOS profile example and the admin guide are tested against it. A new policy key goes here, in
the reader, in ``packaging/windows/omnisync.admx`` (with its ADML text) and in docs/admin.md.
"""

from __future__ import annotations

import enum


class Kind(enum.Enum):
    TEXT = "text"
    NUMBER = "whole number"
    LIST = "list of text"
    SWITCH = "true/false"


POLICY_KEYS: dict[str, Kind] = {
    "version": Kind.NUMBER,
    "profiles.allowed": Kind.LIST,
    "profiles.locked": Kind.TEXT,
    "genesys.region": Kind.TEXT,
    "genesys.client_id": Kind.TEXT,
    "genesys.redirect_port": Kind.NUMBER,
    "genesys.keep_session_alive": Kind.SWITCH,
    "genesys.idle_timeout_minutes": Kind.NUMBER,
    "salesforce.login_host": Kind.TEXT,
    "salesforce.client_id": Kind.TEXT,
    "salesforce.redirect_port": Kind.NUMBER,
    "salesforce.link_origins": Kind.LIST,
}
"""Dotted key (``table.key``, or ``key`` at the top) -> its kind."""


def kind_of(table: str, key: str) -> Kind | None:
    return POLICY_KEYS.get(f"{table}.{key}" if table else key)
