"""What the tray imports before its full menu shows: nothing that only later work needs.

Start-up is budgeted (docs/performance.md): websockets is first needed when a connection opens
and the status window's widgets when it is first opened, both after the tray is up; and PySide6
must not read the source of every module imported after it (its ``__feature__`` scan).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support.child_env import REAL_ORG_SETTINGS

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


LATE = (
    "websockets", "omnisync.ui.status_window", "omnisync.sandbox", "httpx", "keyring", "anyio",
    "omnisync.service.genesys_connector", "omnisync.service.salesforce_connector",
    "omnisync.ui.system_signals", "PySide6.QtDBus",
    "uuid", "platform", "plistlib", "pyexpat", "html", "difflib",
)  # fmt: skip
"""Imported after the full tray is up: the network side, the OS's sleep signals (QtNetwork
itself is the single-instance lock's), the status window, the sandbox; and standard modules
only a later or rarer path needs (uuid and the platform module it imports: the client id is
checked without them; plistlib and expat: macOS's policy and start-at-login files; html and its
entity table: tooltips escape three characters; difflib: "did you mean" hints)."""


def test_the_tray_path_imports_neither_the_network_side_nor_the_status_window():
    result = _run(
        f"{TRAY_PATH}\n"
        f"late = {LATE!r}\n"
        "found = sorted(m for m in sys.modules if m.split('.')[0] in late or m in late)\n"
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


def test_the_tray_service_is_built_before_the_network_side_is_imported(tmp_path):
    """``real_service`` returns the service (state, profiles, commands) without httpx, the
    keyring or the clients; its start, right after the tray is shown, imports and builds them."""
    code = (
        "import asyncio, contextlib, os\n"
        f"os.environ.update(XDG_CONFIG_HOME={str(tmp_path / 'config')!r},\n"
        f"    XDG_DATA_HOME={str(tmp_path / 'data')!r},\n"
        "    PYTHON_KEYRING_BACKEND='keyring.backends.null.Keyring')\n"
        f"{REAL_ORG_SETTINGS}"
        "from omnisync.service.wiring import real_service\n"
        "from omnisync.service.state import SignIn\n"
        "NETWORK = ('httpx', 'keyring', 'anyio', 'omnisync.service.genesys_connector')\n"
        "def network(): return sorted(m for m in NETWORK if m in sys.modules)\n"
        "async def main():\n"
        "    async with contextlib.AsyncExitStack() as resources:\n"
        "        service = await real_service(resources)\n"
        "        before = network()\n"
        "        assert service.state.profiles and service.state.profile_id, service.state\n"
        "        await service.start()\n"
        "        after = network()\n"
        "        signed = (service.state.genesys.sign_in, service.state.salesforce.sign_in)\n"
        "        await service.shutdown()\n"
        "    print(before, after, signed)\n"
        "    assert before == [] and after == sorted(NETWORK), (before, after)\n"
        "    assert signed == (SignIn.SIGNED_OUT, SignIn.SIGNED_OUT), signed\n"
        "asyncio.run(main())\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stdout + result.stderr


BEFORE_THE_LOOP = (
    "asyncio", "qasync", "ssl", "omnisync.core.engine", "omnisync.service.sync_service",
    "omnisync.ui.bridge", "omnisync.ui.preferences", "logging.handlers", "omnisync.core.model",
    "omnisync.core.catalog", "omnisync.service.audit", "subprocess",
)  # fmt: skip
"""What the tray's first step draws the full tray without (docs/performance.md): the event loop
and its ``ssl``, the engine and the service, the audit log and its file's writer, the
observations' dataclasses (``core.model``; the state's enums are in ``core.kinds``), stage two of
the profiles (``core.catalog``), and ``subprocess``."""


def test_the_first_step_draws_the_full_tray_before_the_loop_and_the_qt_namespace(tmp_path):
    """Its icon, tooltip and menu need neither asyncio, qasync, the engine nor the service; and
    not Qt's ``Qt`` namespace either, whose first use builds all its enums (about 125 M
    instructions): the colour of the panel comes from the palette."""
    code = (
        "import os\n"
        f"os.environ.update(XDG_CONFIG_HOME={str(tmp_path / 'config')!r},\n"
        f"    XDG_DATA_HOME={str(tmp_path / 'data')!r}, QT_QPA_PLATFORM='offscreen')\n"
        "from omnisync.ui.early_tray import build_first_tray\n"
        "from omnisync.service.profile_store import ProfileDirs\n"
        "from omnisync.settings.policy import load_policy\n"
        "from omnisync.settings.user import SettingsStore\n"
        "from omnisync.ui.autostart import autostart_for_platform\n"
        "from PySide6 import QtCore\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "first = build_first_tray(app, SettingsStore(), ProfileDirs.default(), load_policy(),\n"
        "    autostart_for_platform())\n"
        "first.menu.aboutToShow.emit()\n"
        "names = [a.objectName() for a in first.menu.actions()]\n"
        "assert 'profiles' in names and 'quit' in names, names\n"
        f"early = {BEFORE_THE_LOOP!r}\n"
        "found = sorted(m for m in early if m in sys.modules)\n"
        "print(found, 'Qt' in vars(QtCore))\n"
        "sys.exit(1 if found or 'Qt' in vars(QtCore) else 0)\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stdout + result.stderr
