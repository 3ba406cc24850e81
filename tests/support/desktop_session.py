"""A virtual screen with a system tray (Xvfb + trayer), and what X11 shows on it."""

from __future__ import annotations

import contextlib
import os
import select
import socket
import subprocess
import time
from collections.abc import Callable, Iterator

TRAY_PANEL = ("--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "160",
              "--height", "32")  # fmt: skip
"""trayer's panel: top right, wide enough for a few icons."""


@contextlib.contextmanager
def xvfb_with_tray(
    screen: str = "1024x700x24", panel: tuple[str, ...] = TRAY_PANEL
) -> Iterator[str]:
    """Yields the DISPLAY of a fresh Xvfb (on a free display number) with trayer running."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_fd)
    trayer = None
    try:
        try:
            display = f":{_display_number(read_fd, xvfb)}"
        finally:
            os.close(read_fd)
        trayer = subprocess.Popen(
            ["trayer", *panel], env={**os.environ, "DISPLAY": display},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        yield display
    finally:
        for process in (trayer, xvfb):
            if process is not None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _display_number(read_end: int, xvfb: subprocess.Popen[bytes]) -> str:
    """The display number Xvfb writes to ``-displayfd``, read up to its newline.

    Xvfb writes the number and the newline in two writes and exits when the second one fails:
    a reader that closed the pipe after the first (seen under load) killed the display it had
    just started. So read up to the newline; Xvfb closes its end after it.
    """
    text, deadline = b"", time.monotonic() + 30
    while not text.endswith(b"\n"):
        ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(read_end, 32) if ready else b""
        if not chunk:
            xvfb.kill()
            xvfb.wait()
            raise AssertionError(f"Xvfb gave no display number (exit status {xvfb.returncode})")
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


def window_tree(display: str) -> list[str]:
    """Every window on the screen, as ``xwininfo -root -tree`` lines."""
    return subprocess.run(
        ["xwininfo", "-root", "-tree"], env={**os.environ, "DISPLAY": display},
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()  # fmt: skip


def windows_in_tray(display: str) -> list[str]:
    """The windows inside trayer's panel (docked icons)."""
    inside: list[str] = []
    depth = None
    for line in window_tree(display):
        indent = len(line) - len(line.lstrip())
        if depth is not None and indent <= depth:
            depth = None
        if depth is not None:
            inside.append(line.strip())
        elif '("panel" "trayer")' in line:
            depth = indent
    return inside


def wait_for_window(
    process: subprocess.Popen[bytes], windows: Callable[[], list[str]], text: str
) -> str:
    """The first of ``windows()`` containing ``text``, once there (30 s at most).

    X11 sends an outside observer no event when another client maps or docks a window, so this
    asks the X server again every 0.2 s; it returns as soon as the window is there.
    """
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        found = [w for w in windows() if text in w]
        if found:
            return found[0]
        assert process.poll() is None, f"the app exited with status {process.returncode}"
        time.sleep(0.2)
    raise AssertionError(f"no window with {text!r}: {windows()}")
