"""Genesys Cloud client: REST and the Notifications API, emitting the core's observations.

- :mod:`.regions`: region hosts; :mod:`.signin`: OAuth settings and the token keeper;
- :mod:`.rest`: authenticated calls with 429/5xx/401 handling;
- :mod:`.parse`: JSON to core types; :mod:`.notifications`: one WebSocket with its watchdog;
- :mod:`.client`: :class:`~omnisync.genesys.client.GenesysClient`, the public entry point.
"""
