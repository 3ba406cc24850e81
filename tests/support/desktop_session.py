"""A virtual screen with a system tray (Xvfb + trayer), and what X11 shows on it."""

from __future__ import annotations

import contextlib
import os
import select
import subprocess
import time
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def xvfb_with_tray() -> Iterator[str]:
    """Yields the DISPLAY of a fresh Xvfb (on a free display number) with trayer running."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1024x700x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_fd)
    trayer = None
    try:
        with os.fdopen(read_fd) as ready:
            assert select.select([ready], [], [], 15)[0], "Xvfb did not start"
            display = f":{ready.readline().strip()}"
        trayer = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel",
             "--width", "160", "--height", "32"],
            env={**os.environ, "DISPLAY": display},
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
