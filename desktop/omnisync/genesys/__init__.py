"""Genesys Cloud client: REST and the Notifications API, emitting the core's observations."""
