"""The app's loop (``ui/qt_loop.py``): a cancelled timer no longer wakes the Qt thread."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QAbstractEventDispatcher
from PySide6.QtWidgets import QApplication

from omnisync.ui.qt_loop import QtEventLoop

pytestmark = pytest.mark.ui


def _wakes_while_asleep(loop: asyncio.AbstractEventLoop, app: QApplication) -> int:
    """Times the Qt thread woke while the loop slept 0.4 s with nothing to do."""
    dispatcher = QAbstractEventDispatcher.instance(app.thread())
    assert dispatcher is not None
    wakes = 0

    def woke() -> None:
        nonlocal wakes
        wakes += 1

    dispatcher.awake.connect(woke)
    try:
        loop.run_until_complete(asyncio.sleep(0.4))
    finally:
        dispatcher.awake.disconnect(woke)
    return wakes


def test_a_cancelled_timer_does_not_wake_the_app(qapp: QApplication) -> None:
    loop = QtEventLoop(qapp)
    try:
        loop.run_until_complete(asyncio.sleep(0))
        quiet = _wakes_while_asleep(loop, qapp)
        fired: list[int] = []
        # 40 timeouts, 8 ms apart, all cancelled: as the requests' and heartbeats' were. Each
        # would wake the thread once; a loaded machine adds a few wakes of its own (up to 5 seen
        # in a CI-like run), so the margin is a quarter of what the fault would add.
        handles = [loop.call_later(0.05 + 0.008 * i, fired.append, i) for i in range(40)]
        for handle in handles:
            handle.cancel()
        assert _wakes_while_asleep(loop, qapp) <= quiet + 10
        assert fired == []
    finally:
        loop.close()


def test_timers_still_fire_in_order_and_once(qapp: QApplication) -> None:
    loop = QtEventLoop(qapp)
    try:
        fired: list[str] = []
        loop.call_later(0.03, fired.append, "late")
        loop.call_soon(fired.append, "soon")
        kept = loop.call_at(loop.time() + 0.01, fired.append, "early")
        dropped = loop.call_later(0.02, fired.append, "dropped")
        dropped.cancel()
        dropped.cancel()  # a second cancel changes nothing
        loop.run_until_complete(asyncio.sleep(0.1))
        kept.cancel()  # after it fired: nothing to stop
        assert fired == ["soon", "early", "late"]
        assert loop.pending_timers == 0
    finally:
        loop.close()
