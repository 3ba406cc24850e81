"""The full tray app doing nothing, or a bare tray app doing nothing: for the idle and memory
benchmarks.

``idle_tray.py app <folder> <sandbox url> <link port>``: the tray app as ``tray_under_shift.py
app`` runs it (``omnisync.ui.app.run`` around the demo's wiring on a sandbox in another process;
the direct console link on ``<link port>``, as that sandbox was told),
started as at login (status window closed); once signed in to both products and synced, and the
balloon of that start closed, it prints ``READY`` and does nothing more. ``idle_tray.py bare``:
a QApplication with a shown ``QSystemTrayIcon`` on a qasync loop; prints ``READY``.
``idle_tray.py bare-clients <sandbox url>``: the same with the libraries the app is built on in
use: an ``httpx.AsyncClient`` that has made one request to the sandbox and the OS keyring looked
up (the memory baseline). All run until they are terminated.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bench.apps.tray_under_shift import bare_tray, tray_app

if TYPE_CHECKING:  # the bare baselines import none of the app
    from support.running import Running


BALLOON_AT_MOST = 20.0
"""Seconds the last start-up balloon may stay up (Qt's own balloon shows a status change 5 s)."""


async def _ready(run_: Running) -> None:
    from bench.shift import begin_shift

    await begin_shift(run_)  # signed in, synced, console link answering
    await _balloons_closed()
    print("READY", flush=True)


async def _balloons_closed() -> None:
    """Until no notification balloon is on screen. The shift's start changes the statuses, so
    the app shows a status-change balloon (on a desktop with no notification service, Qt's
    own ``QBalloonTip``, 5 s); its closing, in the window, looked like idle work."""
    from PySide6.QtWidgets import QApplication

    balloons = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.metaObject().className() == "QBalloonTip"
    ]
    gone = [asyncio.Event() for _ in balloons]
    for balloon, event in zip(balloons, gone, strict=True):
        balloon.destroyed.connect(event.set)  # Qt deletes a balloon once it hides
    for event in gone:
        await asyncio.wait_for(event.wait(), BALLOON_AT_MOST)


async def _forever() -> None:
    print("READY", flush=True)
    await asyncio.Event().wait()


def _with_clients(base_url: str) -> int:
    import httpx
    import keyring

    async def body() -> None:
        keyring.get_password("omnisync-bench", "nobody")
        async with httpx.AsyncClient() as http:
            (await http.get(f"{base_url}/control/endpoints")).raise_for_status()
            await _forever()

    return bare_tray(body)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "app":
        ports = tuple(int(p) for p in sys.argv[4:])  # as the sandbox was told
        folder, url = Path(sys.argv[2]), sys.argv[3]
        raise SystemExit(tray_app(folder, url, _ready, True, ports))
    if mode == "bare-clients":
        raise SystemExit(_with_clients(sys.argv[2]))
    raise SystemExit(bare_tray(_forever))
