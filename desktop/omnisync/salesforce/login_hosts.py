"""Where Salesforce sign-in starts: the login hosts and the loopback port administrators register.

Apart from :mod:`omnisync.salesforce.signin` (which needs httpx and the keyring), so the tray can
check its settings before the network side is imported.
"""

from __future__ import annotations

from omnisync.net import origin

PRODUCTION = "https://login.salesforce.com"
TEST = "https://test.salesforce.com"
DEFAULT_REDIRECT_PORT = 53683
"""The loopback port administrators register (``http://127.0.0.1:53683/callback``)."""


def login_host(kind: str, my_domain: str | None = None) -> str:
    """``production``, ``test`` (sandboxes), ``mydomain`` with a My Domain name, or a URL.

    ``acme`` gives ``https://acme.my.salesforce.com``; ``acme--uat.sandbox`` gives the sandbox
    My Domain ``https://acme--uat.sandbox.my.salesforce.com``.
    """
    if kind == "production":
        return PRODUCTION
    if kind == "test":
        return TEST
    if kind == "mydomain":
        name = (my_domain or "").strip().lower()
        if not name or not all(c.isalnum() or c in "-." for c in name):
            raise ValueError(
                f"{my_domain!r} is not a My Domain name (e.g. acme or acme--uat.sandbox)"
            )
        return f"https://{name}.my.salesforce.com"
    if "://" in kind:
        return origin(kind, "Salesforce login host")
    raise ValueError(
        f"unknown Salesforce login host {kind!r}: use production, test, mydomain or a URL"
    )
