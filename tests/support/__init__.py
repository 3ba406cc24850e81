"""Shared test helpers (importable as ``support``: pytest's pythonpath includes ``tests``)."""
