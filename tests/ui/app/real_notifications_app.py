"""Run the real app on a real X display with a real tray and take a picture of each main
state's notification, for test_real_tray.py.

Under Xvfb there is no notification server, so Qt shows its own balloon beside the tray icon
(``QBalloonTip``): the picture is the real notification the app sends (title, text, icon),
drawn the way Qt draws it where no server does. Each picture is the part of the screen with the
tray icon and the balloon. What each balloon said is reported as JSON on stdout.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import signal
import sys
import uuid
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from omnisync.ui.app import AppOptions, run
from omnisync.ui.shell import ShellOptions
from omnisync.ui.single_instance import SingleInstance
from support.recording_service import RecordingService, factory_of
from support.ui_states import IN_SYNC, notified_states


def _visible(class_name: str) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.metaObject().className() == class_name
    ]


class ShowEachNotification(RecordingService):
    def __init__(self, out: Path) -> None:
        super().__init__(state=IN_SYNC)
        self.out = out
        self.seen: dict[str, object] = {}

    async def start(self) -> None:
        await super().start()
        await asyncio.sleep(1.5)  # let the tray host embed the icon
        [icon] = _visible("QSystemTrayIconSys")
        for name, (state, change) in notified_states().items():
            self.publish(state)
            if change is not None:
                self.record(change)
            await asyncio.sleep(0.5)  # the balloon maps and paints
            balloons = _visible("QBalloonTip")
            if not balloons:
                self.seen[name] = None
                continue
            balloon = balloons[-1]
            texts = [label.text() for label in balloon.findChildren(QLabel) if label.text()]
            area = balloon.frameGeometry().united(QRect(icon.mapToGlobal(icon.rect().topLeft()),
                                                        icon.size()))  # fmt: skip
            screen = QGuiApplication.primaryScreen()
            area = area.adjusted(-12, -12, 12, 12).intersected(screen.geometry())
            picture = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
            picture.save(str(self.out / f"{name}.png"))
            self.seen[name] = texts
            balloon.hide()
        os.kill(os.getpid(), signal.SIGINT)


def main() -> int:
    out = Path(sys.argv[1])
    service = ShowEachNotification(out)
    steps = itertools.count(0, 3600)  # every notification an hour after the last: none waits
    options = AppOptions(
        background=True,
        settings=None,
        autostart=None,
        shell=ShellOptions(
            log_dir=out / "logs", setup_guide=None, notify_clock=lambda: float(next(steps))
        ),
    )
    guard = SingleInstance(f"omnisync-notes-{uuid.uuid4().hex[:8]}", runtime_dir=out / "run")
    status = run(factory_of(service), options, instance=guard)
    print(json.dumps({"status": status, "balloons": service.seen}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
