"""The Qt thread under a shift: the stall probe in the real tray app, or in a bare tray app.

``tray_under_shift.py app <folder> <sandbox url> <link port>``: ``omnisync.ui.app.run``
(QApplication, single-instance lock, the cycle collector on the Qt thread, the qasync loop, the
tray shell and its status window) around the demo's service wiring on the sandbox served by
another process (its console told to dial ``<link port>``); a driver task on the same loop
plays the agent through the sandbox's control API (the loop of ``bench.shift``), waiting for the
app to sync each step.

With ``BENCH_BACKGROUND=1`` in the environment the app starts as at login, its status window
closed (the tray only), to tell the window's share apart.

``tray_under_shift.py bare <folder>``: the baseline, a QApplication with a shown
``QSystemTrayIcon`` on a qasync loop and nothing else.

Both start ``bench.stall_probe.StallProbe`` on the Qt thread, print ``WARM`` when warmed up,
open the window on the stdin line ``go``, close it on ``stop``, print ``REPORT <json>`` and quit.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import qasync
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from bench.stall_probe import StallProbe, commands

if TYPE_CHECKING:  # imported by the app modes only: the bare baselines import none of the app
    from support.running import Running

PROFILE = "both-block-while-working"
WARM_UP = 5
"""Loops of the shift before the window opens: start-up is a separate budget."""


async def _window(
    probe: StallProbe,
    told: asyncio.Queue[str],
    play: Callable[[], Awaitable[int]] | None = None,
) -> None:
    """Wait for ``go``, measure until ``stop`` (playing loops meanwhile, if any), report."""
    print("WARM", flush=True)
    while await told.get() != "go":
        pass
    probe.reset()
    events, rows = 0, _audit_rows()
    stop = asyncio.ensure_future(_until_stop(told))
    while play is not None and not stop.done():
        events += await play()
    await stop
    found = probe.report() | {"events": events, "audit_rows": [rows, _audit_rows()]}
    print("REPORT " + json.dumps(found), flush=True)


def _audit_rows() -> int | None:
    """Rows in the status window's audit table, if it is open."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "status-window" and widget.isVisible():
            return int(widget.audit.rowCount())  # type: ignore[attr-defined]
    return None


async def _until_stop(told: asyncio.Queue[str]) -> None:
    while await told.get() != "stop":
        pass


async def _drive(run_: Running, probe: StallProbe, told: asyncio.Queue[str]) -> None:
    from bench.shift import begin_shift, one_loop, shrink_audit

    try:
        shrink_audit(run_)
        await begin_shift(run_)
        for _ in range(WARM_UP):
            await one_loop(run_)
        await _window(probe, told, lambda: one_loop(run_))
    finally:
        os.kill(os.getpid(), signal.SIGINT)  # Quit, as Ctrl+C does


def tray_app(
    folder: Path,
    base_url: str,
    drive: Callable[[Running], Awaitable[None]],
    background: bool,
    link_ports: tuple[int, ...],
    profile: str = PROFILE,
    direct_grace: float | None = None,
) -> int:
    """``omnisync.ui.app.run`` around the demo's wiring on the sandbox at ``base_url``, with
    ``drive`` as a task on its loop once the service is built; ``link_ports`` as the sandbox's."""
    # The app's modules first, as the tray imports them (omnisync.ui.app before the rest).
    from omnisync.ui.app import AppOptions, run
    from omnisync.ui.shell import ShellOptions
    from omnisync.ui.single_instance import SingleInstance

    # isort: split
    from bench.synced_demo import remote_demo

    tasks: list[asyncio.Task[None]] = []

    async def factory(resources: contextlib.AsyncExitStack) -> Any:
        service, run_ = await remote_demo(resources, base_url, profile, link_ports, direct_grace)
        tasks.append(asyncio.get_running_loop().create_task(drive(run_)))  # keep a reference
        return service

    options = AppOptions(
        background=background,
        settings=None,
        autostart=None,
        shell=ShellOptions(log_dir=folder / "logs", setup_guide=None),
    )
    guard = SingleInstance(f"omnisync-bench-{uuid.uuid4().hex[:8]}", runtime_dir=folder / "run")
    return run(factory, options, instance=guard)


def bare_tray(body: Callable[[], Awaitable[None]]) -> int:
    """A QApplication with a shown ``QSystemTrayIcon`` on a qasync loop, running ``body``."""
    qt = QApplication(["bare-tray"])
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("#2a7d4f"))
    icon = QSystemTrayIcon(QIcon(pixmap), qt)
    icon.show()
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(qt)) as runner:
        runner.run(body())
    return 0


def app(folder: Path, base_url: str, link_ports: tuple[int, ...]) -> int:
    async def drive(run_: Running) -> None:
        probe = StallProbe()
        probe.start()
        await _drive(run_, probe, commands())

    return tray_app(folder, base_url, drive, os.environ.get("BENCH_BACKGROUND") == "1", link_ports)


def bare() -> int:
    async def main() -> None:
        probe = StallProbe()
        probe.start()
        await _window(probe, commands())

    return bare_tray(main)


if __name__ == "__main__":
    mode, where = sys.argv[1], Path(sys.argv[2])
    if mode == "app":
        raise SystemExit(app(where, sys.argv[3], tuple(int(p) for p in sys.argv[4:])))
    raise SystemExit(bare())
