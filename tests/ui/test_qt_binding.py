"""Guards against a Qt binding release that would crash the app in a long shift."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.ui


class _Emitter(QObject):
    fired = Signal()


def test_signal_emit_returns_a_counted_reference(qapp):
    """PySide6 6.12.0 returns ``True`` from ``emit()`` without counting the reference. On Python
    3.11 (where True is not immortal) every emit then lowers True's count by one, and after a few
    thousand emits the interpreter aborts ("bool_dealloc: deallocating True"). pyproject.toml
    excludes that release; this fails if a broken one is installed again."""
    emitter = _Emitter()
    kept = []
    before = sys.getrefcount(True)
    for _ in range(100):
        kept.append(emitter.fired.emit())
    assert all(result is True for result in kept)
    assert sys.getrefcount(True) - before >= 100
