"""Run the real app (``omnisync.ui.app.run``) on a real X display with a real tray, for
test_real_tray.py: it takes pictures, reports what it saw as JSON on stdout, and quits with
Ctrl+C as an agent would in a terminal."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import uuid
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from omnisync.ui.app import AppOptions, run
from omnisync.ui.shell import ShellOptions
from omnisync.ui.single_instance import SingleInstance
from support.recording_service import RecordingService, factory_of
from support.ui_states import CONSOLE_LINK_LOST, audit_entries


class ShowAndQuit(RecordingService):
    def __init__(self, out: Path) -> None:
        super().__init__(state=CONSOLE_LINK_LOST, audit=audit_entries())
        self.out = out
        self.seen: dict[str, object] = {}

    async def start(self) -> None:
        await super().start()
        await asyncio.sleep(1.5)  # let the tray host embed the icon and the window map
        windows = {w.objectName(): w for w in QApplication.topLevelWidgets() if w.isVisible()}
        self.seen = {
            "tray_available": QSystemTrayIcon.isSystemTrayAvailable(),
            "visible_windows": sorted(n for n in windows if n),
            "platform": QGuiApplication.platformName(),
        }
        screen = QGuiApplication.primaryScreen()
        desktop = screen.grabWindow(0)
        desktop.save(str(self.out / "xvfb-desktop.png"))
        # The tray host's strip (top right), enlarged so the icon can be read in the docs.
        strip = desktop.copy(desktop.width() - 200, 0, 200, 32)
        strip.scaled(strip.width() * 3, strip.height() * 3).save(str(self.out / "xvfb-tray.png"))
        os.kill(os.getpid(), signal.SIGINT)


def main() -> int:
    out = Path(sys.argv[1])
    service = ShowAndQuit(out)
    options = AppOptions(
        settings=None,
        autostart=None,
        shell=ShellOptions(log_dir=out / "logs", setup_guide=None),
    )
    guard = SingleInstance(f"omnisync-xvfb-{uuid.uuid4().hex[:8]}", runtime_dir=out / "run")
    status = run(factory_of(service), options, instance=guard)
    print(json.dumps({"status": status, "commands": service.commands(), **service.seen}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
