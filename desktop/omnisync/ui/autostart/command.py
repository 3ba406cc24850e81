"""The command line that starts the tray app at login, for source, venv and frozen installs."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

AUTOSTART_ARGS: tuple[str, ...] = ("tray", "--background")
"""Start the tray without opening the status window (no fork: see the design notes)."""


def launch_command(
    args: Sequence[str] = AUTOSTART_ARGS,
    *,
    executable: str | None = None,
    frozen: bool | None = None,
    platform: str | None = None,
) -> list[str]:
    """Absolute argv that starts OmniSync; PATH is not trusted at login.

    - A frozen app (PyInstaller) is its own executable.
    - On Windows, ``pythonw.exe -m omnisync`` so no console window opens at login.
    - Elsewhere the ``omnisync`` script installed beside the interpreter, else
      ``python -m omnisync``.
    """
    exe = Path(executable if executable is not None else sys.executable).absolute()
    is_frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    plat = sys.platform if platform is None else platform
    if is_frozen:
        return [str(exe), *args]
    if plat == "win32":
        pythonw = exe.with_name("pythonw.exe")
        runner = pythonw if pythonw.is_file() else exe
        return [str(runner), "-m", "omnisync", *args]
    script = exe.with_name("omnisync")
    if script.is_file():
        return [str(script), *args]
    return [str(exe), "-m", "omnisync", *args]
