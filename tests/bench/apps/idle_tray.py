"""The full tray app doing nothing, or a bare tray app doing nothing: for the idle benchmark.

``idle_tray.py app <folder> <sandbox url>``: the tray app as ``tray_under_shift.py app`` runs it
(``omnisync.ui.app.run`` around the demo's wiring on a sandbox in another process), started as at
login (status window closed); once signed in to both products and synced it prints ``READY`` and
does nothing more. ``idle_tray.py bare``: a QApplication with a shown ``QSystemTrayIcon`` on a
qasync loop; prints ``READY``. Both run until they are terminated.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from bench.apps.tray_under_shift import bare_tray, tray_app
from bench.shift import begin_shift
from support.running import Running


async def _ready(run_: Running) -> None:
    await begin_shift(run_)  # signed in, synced, console link answering
    print("READY", flush=True)


async def _forever() -> None:
    print("READY", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    if sys.argv[1] == "app":
        raise SystemExit(tray_app(Path(sys.argv[2]), sys.argv[3], _ready, background=True))
    raise SystemExit(bare_tray(_forever))
