"""The sync service: composes the clients and the engine and owns the state the UI shows."""
