"""Ours: the tray app as ``omnisync tray --background`` starts it, until its live tray is up.

It runs what the entry point runs: the first step (``omnisync.ui.early_tray.show_first_tray``:
the full tray, icon, tooltip and menu of the service's first state, from the policy, settings
and profile files), then ``omnisync.cli`` imported, logging configured, and
``omnisync.ui.app.run``'s body (the QApplication, the single-instance lock, the cycle collector
on the Qt thread and ``main`` on the app's qasync loop) with the real-org service factory
``omnisync.service.wiring.real_service``, whose OAuth clients come from a settings file the
benchmark wrote. No network: there are no tokens.

Prints ``TRAY_SHOWN <epoch seconds> available=<bool> ...`` right after the first step showed
the full tray, with ``menu=<its entries>`` (every action's name and check mark, the profiles'
submenu included); then, from ``main``'s ``started`` hook once the live tray took over,
``LIVE_TRAY <epoch seconds> same_icon=<bool> menu=<its entries>``, and asks the app to quit.
The benchmark checks both menus are the same and the icon the same object.
``BENCH_UNTIL=first-tray`` (for counting instructions up to the moment the full tray is shown,
as the bare app's count ends right after its icon is shown): exit right after ``TRAY_SHOWN``.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # PySide6 is first imported by the first step, as in ``omnisync tray``
    from PySide6.QtWidgets import QMenu

# The development venv has click (uvicorn's, for the sandbox) and pygments (pytest's); an installed
# app has neither (not dependencies of ours; the frozen build excludes them), and httpx imports
# its optional command line from them when they are there. Start as the installed app does.
for _dev_only in ("click", "pygments"):
    sys.modules.setdefault(_dev_only, None)  # type: ignore[assignment]


def entries(menu: QMenu) -> str:
    """Every action of ``menu`` and its submenus: name, and ``*`` when checked."""
    names = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        names.append(action.objectName() + ("*" if action.isChecked() else ""))
        if action.menu() is not None:
            names.append("[" + entries(action.menu()) + "]")
    return ",".join(names)


from omnisync.ui.early_tray import show_first_tray  # noqa: E402  (what ``_tray`` does first)

_first = show_first_tray()
print(
    f"TRAY_SHOWN {time.time():.6f} available={_first is not None and _first.icon.isVisible()} "
    f"menu={entries(_first.menu) if _first is not None else ''}",
    flush=True,
)
if os.environ.get("BENCH_UNTIL") == "first-tray":
    if _first is not None:
        _first.icon.hide()
    raise SystemExit(0)
_began = time.perf_counter()
import omnisync.cli  # noqa: E402, F401  (the entry point's own imports are part of start-up)

CLI_IMPORT = time.perf_counter() - _began

import asyncio  # noqa: E402

from PySide6.QtWidgets import QApplication  # noqa: E402

from omnisync.appinfo import APP_NAME, DISPLAY_NAME  # noqa: E402
from omnisync.logs import configure_logging  # noqa: E402
from omnisync.service.wiring import real_service  # noqa: E402
from omnisync.ui.app import AppOptions  # noqa: E402
from omnisync.ui.app import main as app_main  # noqa: E402
from omnisync.ui.qt_gc import collect_on_qt_thread  # noqa: E402
from omnisync.ui.qt_loop import QtEventLoop  # noqa: E402
from omnisync.ui.shell import TrayApp  # noqa: E402
from omnisync.ui.single_instance import SingleInstance  # noqa: E402


def main() -> int:
    configure_logging(to_stderr=False)
    app = QApplication.instance() or QApplication([APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setQuitOnLastWindowClosed(False)
    guard = SingleInstance()
    if not guard.acquire():
        raise SystemExit("another instance holds the lock")
    quit_now = asyncio.Event()

    def started(shell: TrayApp) -> None:
        same = _first is not None and shell.tray.icon is _first.icon
        print(
            f"LIVE_TRAY {time.time():.6f} same_icon={same} visible={shell.tray.icon.isVisible()} "
            f"cli_import={CLI_IMPORT:.6f} menu={entries(shell.tray.menu)}",
            flush=True,
        )
        quit_now.set()

    try:
        with (  # as omnisync.ui.app.run runs it
            collect_on_qt_thread(app),
            asyncio.Runner(loop_factory=lambda: QtEventLoop(app)) as runner,
        ):
            return runner.run(
                app_main(
                    real_service,
                    AppOptions(background=True),
                    instance=guard,
                    quit_event=quit_now,
                    started=started,
                )
            )
    finally:
        guard.release()


if __name__ == "__main__":
    raise SystemExit(main())
