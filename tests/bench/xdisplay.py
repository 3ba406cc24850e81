"""A private X display with a real system tray, for the benchmarks about the full tray.

The tray app on Qt's offscreen platform has no system tray, so it takes its no-tray path (it
asks for a tray once a second for a minute, then shows a window): not what an agent runs. The
benchmarks about the full tray use this display instead.
"""

from __future__ import annotations

import os
import select
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator

import pytest

from bench.measure import need_proc


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
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        name = f":{_display_number(read_end, xvfb)}"
    finally:
        os.close(read_end)
    trayer = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"],
        env={**os.environ, "DISPLAY": name},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield name
    finally:
        for proc in (trayer, xvfb):
            proc.terminate()
            proc.wait(10)


def _display_number(read_end: int, xvfb: subprocess.Popen[bytes]) -> str:
    """The display number Xvfb writes to ``-displayfd``, read up to its newline.

    Xvfb writes the number and the newline in two writes and exits when the second one fails:
    a reader that closed the pipe after the first (as this one did, seen under load) killed the
    display it had just started. So read up to the newline; Xvfb closes its end after it.
    """
    text, deadline = b"", time.monotonic() + 30
    while not text.endswith(b"\n"):
        ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(read_end, 32) if ready else b""
        if not chunk:
            xvfb.kill()
            xvfb.wait()
            pytest.fail(f"Xvfb gave no display number (exit status {xvfb.returncode})")
        text += chunk
    return text.decode().strip()


def display_alive(name: str) -> bool:
    """Whether the X server still answers (its socket accepts), to blame the right thing."""
    with socket.socket(socket.AF_UNIX) as probe:
        try:
            probe.connect(f"/tmp/.X11-unix/X{name.lstrip(':')}")
        except OSError:
            return False
    return True
