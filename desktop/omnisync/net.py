"""HTTP and TLS for real hosts: verified against the OS trust store (truststore).

Corporate proxies and private CAs are in the OS store, not in certifi's bundle, so clients made
here work behind them. Plain ``http://`` (the local sandbox) needs no TLS at all.
"""

from __future__ import annotations

import ssl
from typing import Any

import httpx
import truststore


def ssl_context() -> ssl.SSLContext:
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def http_client(**options: Any) -> httpx.AsyncClient:
    options.setdefault("verify", ssl_context())
    options.setdefault("timeout", httpx.Timeout(20.0, connect=10.0))
    options.setdefault("headers", {"User-Agent": "OmniSync-Companion"})
    return httpx.AsyncClient(**options)
