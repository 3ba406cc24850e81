"""The tray app around the real service on the sandbox (as the demo builds it), on a real X
display with a real tray, for test_real_tray.py: it brings the app to one state, chooses Quit
(the tray menu's signal), and reports as JSON how long the stop took, the tasks still running
after it and every traceback or unhandled task error seen."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import uuid
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtWidgets import QApplication

from omnisync.core.decision import SyncMode
from omnisync.core.model import GenesysWork
from omnisync.demo import DemoOptions, build_demo
from omnisync.ui.app import AppOptions, main
from omnisync.ui.shell import ShellOptions, TrayApp
from omnisync.ui.single_instance import SingleInstance
from support.service_waits import linked, until_state
from support.tracebacks import watching

STATES = ("started", "console-closed", "working", "an-hour-later")


async def _reach(state: str, service: Any, sandbox: Any) -> None:
    await until_state(service, linked, "signed in to both and linked")
    if state == "console-closed":
        await sandbox.post("/control/salesforce/console", {"open": False})
        await until_state(service, lambda s: s.view.mode is SyncMode.SUSPENDED, "suspended")
    elif state == "working":
        await sandbox.post("/control/genesys/presence", {"presence": "On Queue"})
        await until_state(service, lambda s: s.view.mode is SyncMode.MAPPED, "mapped")
        await sandbox.post("/control/genesys/interaction", {"action": "offer"})
        await sandbox.post("/control/genesys/interaction", {"action": "answer"})
        await until_state(service, lambda s: s.genesys_work is GenesysWork.ACTIVE, "a call")
    elif state == "an-hour-later":
        await sandbox.post("/control/clock", {"advance": 3600})
        await sandbox.post("/control/genesys/presence", {"presence": "On Queue"})
        await until_state(service, lambda s: s.view.mode is SyncMode.MAPPED, "mapped")
    await asyncio.sleep(0.5)  # the long polls and sockets are now held open


async def _whole(state: str, out: Path) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    shell: list[TrayApp] = []
    quit_at: list[float] = []
    unreached: list[str] = []

    async def play(service: Any, sandbox: Any) -> None:
        try:
            await _reach(state, service, sandbox)
        except Exception as exc:  # the state never came: said in the report, and still quit
            unreached.append(repr(exc))
        quit_at.append(loop.time())
        shell[0].quit_requested.emit()  # what the tray menu's Quit does

    async def factory(resources: contextlib.AsyncExitStack) -> Any:
        service, sandbox = await build_demo(resources, DemoOptions(port=0, browser=False))
        player = loop.create_task(play(service, sandbox), name="test:play")
        resources.push_async_callback(lambda: asyncio.gather(player, return_exceptions=True))
        return service

    options = AppOptions(
        settings=None,
        autostart=None,
        shell=ShellOptions(log_dir=out / "logs", setup_guide=None),
    )
    guard = SingleInstance(f"omnisync-stop-{uuid.uuid4().hex[:8]}", runtime_dir=out / "run")
    guard.acquire()
    try:
        with watching() as seen:
            code = await main(factory, options, instance=guard, started=shell.append)
            stopped = loop.time() - quit_at[0] if quit_at else None
            here = asyncio.current_task()
            left = sorted(_named(t) for t in asyncio.all_tasks() if t is not here)
    finally:
        guard.release()
    return {"state": state, "status": code, "stop_s": stopped, "left": left,
            "problems": seen.problems, "unreached": unreached}  # fmt: skip


def _named(task: asyncio.Task[Any]) -> str:
    """The task's name and where it waits, so a leftover says what it is."""
    frames = task.get_stack(limit=8)
    where = " < ".join(f"{Path(f.f_code.co_filename).name}:{f.f_lineno}" for f in frames[::-1][:4])
    return f"{task.get_name()} {task.get_coro()!r} at {where}"


def run_one(state: str, out: Path) -> dict[str, Any]:
    app = QApplication.instance() or QApplication(["omnisync"])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(_whole(state, out))


if __name__ == "__main__":
    print(json.dumps(run_one(sys.argv[2], Path(sys.argv[1]))))
