"""Qt tests run headless (offscreen) unless a real display is available."""

from __future__ import annotations

import os

import pytest

from omnisync.ui.qt_gc import collect_on_qt_thread


def pytest_configure() -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def collect_on_the_qt_thread(qapp):
    """As in the app: Python's cycle collector never runs on a worker thread (see qt_gc)."""
    with collect_on_qt_thread(qapp):
        yield
