"""OAuth sign-in for a desktop app (PKCE, loopback receiver) and the keyring token store.

- :mod:`.flow`: authorization code + PKCE over httpx, with an injectable browser opener;
- :mod:`.loopback`: the 127.0.0.1 redirect receiver;
- :mod:`.tokens`: :class:`TokenSet`; :mod:`.keeper`: expiry, single-flight refresh, sign in again;
- :mod:`.store`: tokens on the OS keyring only; :mod:`.redact`: the log filter.
"""
