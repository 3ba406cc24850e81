"""Ours: the tray app as ``omnisync tray --background`` starts it, until its tray icon is shown.

It runs what the entry point runs (``omnisync.cli`` imported, logging configured, then
``omnisync.ui.app.run``'s body: the QApplication, the single-instance lock, the cycle collector
on the Qt thread and ``main`` on the app's qasync loop) with the real-org service factory
``omnisync.service.wiring.real_service``, whose OAuth clients come from a settings file the
benchmark wrote. ``main``'s ``started`` hook runs right after the shell showed the tray icon: it
prints ``TRAY_SHOWN <epoch seconds> available=<bool>`` and asks the app to quit. No network:
there are no tokens, and the service only starts after the tray is up anyway.
"""

from __future__ import annotations

import sys
import time

# The development venv has click (uvicorn's, for the sandbox) and pygments (pytest's); an installed
# app has neither (not dependencies of ours; the frozen build excludes them), and httpx imports
# its optional command line from them when they are there. Start as the installed app does.
for _dev_only in ("click", "pygments"):
    sys.modules.setdefault(_dev_only, None)  # type: ignore[assignment]

_began = time.perf_counter()
from omnisync.ui.early_tray import show_early_tray  # noqa: E402  (what ``_tray`` does first)

_early_icon = show_early_tray()
EARLY = time.time()
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
        shown = shell.tray.icon.isVisible()
        print(
            f"TRAY_SHOWN {time.time():.6f} available={shown} cli_import={CLI_IMPORT:.6f} "
            f"early={EARLY:.6f} early_shown={int(_early_icon is not None)}",
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
