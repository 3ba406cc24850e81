"""Reading what each org says beyond its statuses, for the profile checks (app and export).

A fact the signed-in user may not read (a missing permission) is left out with its name in
``OrgFacts.unread``: its check then stays silent. Anything else (network, limits) is raised.
"""

from __future__ import annotations

from omnisync.core.catalog import OrgFacts
from omnisync.genesys.client import GenesysClient
from omnisync.genesys.errors import GenesysApiError
from omnisync.salesforce.errors import SalesforceError
from omnisync.salesforce.omni import OmniReader


async def genesys_facts(client: GenesysClient) -> OrgFacts:
    """The routing settings (one call) need ``routing:settings:view``."""
    try:
        return OrgFacts(routing_uses_presence=await client.resets_score_on_presence_change())
    except GenesysApiError as exc:
        if exc.status not in (403, 404):
            raise
        return OrgFacts(unread=(f"the routing settings ({exc.status})",))


async def salesforce_facts(reader: OmniReader) -> OrgFacts:
    """The service channels (one query), and the presence configurations' status on decline
    (Tooling API: one query and one call per configuration; needs "View Setup")."""
    channels = await reader.channels()
    try:
        on_decline = await reader.statuses_on_decline()
    except SalesforceError as exc:
        if exc.code in ("REQUEST_LIMIT_EXCEEDED", "NETWORK") or exc.status >= 500:
            raise
        return OrgFacts(channels=channels, unread=(f"the presence configurations ({exc})",))
    return OrgFacts(statuses_on_decline=on_decline, channels=channels)
