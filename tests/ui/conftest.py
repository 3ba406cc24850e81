"""Qt tests run headless (offscreen) unless a real display is available."""

from __future__ import annotations

import os


def pytest_configure() -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
