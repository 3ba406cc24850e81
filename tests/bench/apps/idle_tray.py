"""The full tray app doing nothing, or a bare tray app doing nothing: for the idle and memory
benchmarks.

``idle_tray.py app <folder> <sandbox url> <link port>``: the tray app as ``tray_under_shift.py
app`` runs it (``omnisync.ui.app.run`` around the demo's wiring on a sandbox in another process;
the direct console link on ``<link port>``, as that sandbox was told),
started as at login (status window closed); once signed in to both products and synced it prints
``READY`` and does nothing more. ``idle_tray.py bare``: a QApplication with a shown
``QSystemTrayIcon`` on a qasync loop; prints ``READY``. ``idle_tray.py bare-clients <sandbox
url>``: the same with the libraries the app is built on in use: an ``httpx.AsyncClient`` that has
made one request to the sandbox and the OS keyring looked up (the memory baseline). All run until
they are terminated.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bench.apps.tray_under_shift import bare_tray, tray_app

if TYPE_CHECKING:  # the bare baselines import none of the app
    from support.running import Running


async def _ready(run_: Running) -> None:
    from bench.shift import begin_shift

    await begin_shift(run_)  # signed in, synced, console link answering
    print("READY", flush=True)


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
