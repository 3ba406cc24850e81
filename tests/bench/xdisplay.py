"""A private X display with a real system tray, for the benchmarks about the full tray.

The tray app on Qt's offscreen platform has no system tray, so it takes its no-tray path (it
asks for a tray once a second for a minute, then shows a window): not what an agent runs. The
benchmarks about the full tray use this display instead.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from bench.measure import need_proc
from support.desktop_session import display_alive, xvfb_with_tray

__all__ = ["display", "display_alive", "xcb_env"]


def xcb_env(display: str) -> dict[str, str]:
    """What a child needs to use the display: Qt's xcb platform on it."""
    return {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private X display with a system tray on it (Xvfb and trayer)."""
    need_proc()
    missing = [tool for tool in ("Xvfb", "trayer") if shutil.which(tool) is None]
    if missing:
        pytest.skip(
            f"this bench needs a real system tray, {' and '.join(missing)} missing: "
            "apt-get install -y xvfb trayer libxcb-cursor0"
        )
    with xvfb_with_tray(
        "1280x800x24", ("--edge", "top", "--align", "right", "--widthtype", "request")
    ) as name:
        yield name
