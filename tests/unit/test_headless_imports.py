"""Settings, policy and autostart stay usable without Qt (the headless service reads them)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def test_settings_and_autostart_do_not_import_qt():
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(DESKTOP)!r})\n"
        "import omnisync.settings, omnisync.ui.autostart, omnisync.cli.policy\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(qt)\n"
        "sys.exit(1 if qt else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
