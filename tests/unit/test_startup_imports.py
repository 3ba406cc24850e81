"""What the tray imports before its full menu shows: nothing that only later work needs.

Start-up is budgeted (docs/performance.md): websockets is first needed when a connection opens
and the status window's widgets when it is first opened, both after the tray is up; and PySide6
must not read the source of every module imported after it (its ``__feature__`` scan).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"

TRAY_PATH = (
    "import omnisync.ui.early_tray, omnisync.cli, omnisync.service.wiring, omnisync.ui.app, "
    "omnisync.ui.shell"
)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", f"import sys\nsys.path.insert(0, {str(DESKTOP)!r})\n{code}"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_tray_path_imports_neither_websockets_nor_the_status_window():
    result = _run(
        f"{TRAY_PATH}\n"
        "late = ('websockets', 'omnisync.ui.status_window', 'omnisync.sandbox')\n"
        "found = sorted(m for m in sys.modules if m.split('.')[0] == 'websockets' or m in late)\n"
        "print(found)\n"
        "sys.exit(1 if found else 0)\n"
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_modules_imported_after_the_starting_icon_are_not_read_as_source():
    result = _run(
        "import linecache\n"
        "import omnisync.ui.early_tray\n"
        "before = set(linecache.cache)\n"
        "import omnisync.service.wiring, omnisync.ui.app, omnisync.ui.shell\n"
        "read = sorted(set(linecache.cache) - before)\n"
        "print(len(read), read[:5])\n"
        "sys.exit(1 if read else 0)\n"
    )
    assert result.returncode == 0, result.stdout + result.stderr
