"""The demo as an agent runs it (``omnisync.ui.app.run`` around the real service on the sandbox)
on a real X display with a real tray, for test_real_tray.py: it plays one step of scenario 1
through the control API, takes pictures, reports what it saw as JSON, and quits with Ctrl+C."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from omnisync.core.decision import SyncMode
from omnisync.demo import build_demo
from omnisync.ui.app import AppOptions, run
from omnisync.ui.shell import ShellOptions
from omnisync.ui.single_instance import SingleInstance
from support.ports import private_demo
from support.service_waits import linked, until_state

SEEN: dict[str, Any] = {}


async def _play(service: Any, sandbox: Any, out: Path) -> None:
    await until_state(service, linked, "signed in to both and linked")
    await sandbox.post("/control/genesys/presence", {"presence": "On Queue"})
    await until_state(service, lambda s: s.view.mode is SyncMode.MAPPED, "mapped")
    await asyncio.sleep(1.5)  # the tray host embeds the icon; the window maps and paints
    windows = {w.objectName(): w for w in QApplication.topLevelWidgets() if w.isVisible()}
    SEEN.update(
        tray_available=QSystemTrayIcon.isSystemTrayAvailable(),
        visible_windows=sorted(n for n in windows if n),
        platform=QGuiApplication.platformName(),
        mode=service.state.view.mode.value,
        summary=service.state.view.summary,
        sandbox_omni=(await sandbox.state())["salesforce"]["omni"]["label"],
    )
    desktop = QGuiApplication.primaryScreen().grabWindow(0)
    desktop.save(str(out / "demo-desktop.png"))
    strip = desktop.copy(desktop.width() - 200, 0, 200, 32)
    strip.scaled(strip.width() * 3, strip.height() * 3).save(str(out / "demo-tray.png"))
    window = windows.get("status-window")
    if window is not None:
        window.grab().save(str(out / "demo-status-window.png"))
    os.kill(os.getpid(), signal.SIGINT)


def main() -> int:
    out = Path(sys.argv[1])
    tasks: list[asyncio.Task[None]] = []

    async def factory(resources: contextlib.AsyncExitStack) -> Any:
        service, sandbox = await build_demo(resources, private_demo())
        tasks.append(asyncio.get_running_loop().create_task(_play(service, sandbox, out)))
        return service

    options = AppOptions(
        settings=None,
        autostart=None,
        shell=ShellOptions(log_dir=out / "logs", setup_guide=None),
    )
    guard = SingleInstance(f"omnisync-demo-{uuid.uuid4().hex[:8]}", runtime_dir=out / "run")
    status = run(factory, options, instance=guard)
    print(json.dumps({"status": status, **SEEN}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
