"""Which loopback ``redirect_uri`` the fake login hosts accept, the same rule for both clouds.

RFC 8252 7.3 lets a native app's loopback redirect use any port, so the sandbox treats every
port as registered (tests bind port 0); what the real hosts refuse it refuses too: a URI that does
not parse (a port that is no number, or above 65535), a fragment (RFC 6749 3.1.2) and a query.
Callers answer a refused URI with their 400 page and never redirect to it.
"""

from __future__ import annotations

from collections.abc import Collection
from urllib.parse import urlsplit

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
MAX_PORT = 65535


def loopback_redirect_allowed(uri: str, paths: Collection[str]) -> bool:
    try:
        parts = urlsplit(uri)
        port = parts.port  # raises ValueError for "abc", "-1", "99999"
    except ValueError:
        return False
    return (
        parts.scheme == "http"
        and parts.hostname in LOOPBACK_HOSTS
        and (port is None or 0 < port <= MAX_PORT)
        and parts.path in paths
        and not parts.query
        and not parts.fragment
        and "#" not in uri  # an empty fragment ("...callback#") leaves parts.fragment empty
    )
