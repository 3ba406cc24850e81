"""The app's asyncio loop on Qt: qasync's, with timers that stop when their handle is cancelled.

qasync turns every ``call_later`` (``call_at``, ``call_soon``, each ``asyncio.timeout`` and
``asyncio.sleep``) into a Qt timer, and a cancelled handle kept its Qt timer until it fell due:
the idle app woke for each timeout that had long been cancelled (an HTTP request's, a
heartbeat's), a few tenths of a millisecond each (docs/performance.md, idle CPU). Here a
cancel kills the Qt timer at once.
"""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Callable
from typing import Any

import qasync
from PySide6.QtCore import QObject, QTimerEvent
from PySide6.QtWidgets import QApplication


class _Handle(asyncio.Handle):
    """A handle that tells its timer when it is cancelled."""

    __slots__ = ("_on_cancel",)

    def __init__(
        self,
        callback: Callable[..., object],
        args: tuple[Any, ...],
        loop: asyncio.AbstractEventLoop,
        context: contextvars.Context | None,
    ) -> None:
        super().__init__(callback, args, loop, context=context)
        self._on_cancel: Callable[[], None] | None = None

    def cancel(self) -> None:
        if not self.cancelled() and self._on_cancel is not None:
            self._on_cancel()
            self._on_cancel = None
        super().cancel()


class _Timers(QObject):
    """One Qt timer per pending handle, killed when it fires or its handle is cancelled."""

    def __init__(self) -> None:
        super().__init__()
        self._handles: dict[int, _Handle] = {}
        self._stopped = False

    @property
    def pending(self) -> int:
        return len(self._handles)

    def add_callback(self, handle: _Handle, delay: float = 0) -> _Handle:
        timer_id = self.startTimer(int(max(0.0, delay) * 1000))
        self._handles[timer_id] = handle
        handle._on_cancel = lambda: self._forget(timer_id)
        return handle

    def _forget(self, timer_id: int) -> None:
        if self._handles.pop(timer_id, None) is not None:
            self.killTimer(timer_id)

    def timerEvent(self, event: QTimerEvent) -> None:  # Qt calls it by this name
        timer_id = event.timerId()
        self.killTimer(timer_id)
        handle = self._handles.pop(timer_id, None)
        if handle is None or self._stopped:
            return
        handle._on_cancel = None
        if not handle.cancelled():
            handle._run()

    def stop(self) -> None:
        self._stopped = True

    def set_debug(self, enabled: bool) -> None:
        """qasync asks its timer to log; these timers log nothing."""


class QtEventLoop(qasync.QEventLoop):  # type: ignore[misc]  # qasync has no type hints
    """qasync's loop whose cancelled timers no longer wake the app."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._timer = _Timers()

    @property
    def pending_timers(self) -> int:
        """Qt timers still running for this loop's handles (for the tests)."""
        timers: _Timers = self._timer
        return timers.pending

    def call_later(
        self,
        delay: float,
        callback: Callable[..., object],
        *args: Any,
        context: contextvars.Context | None = None,
    ) -> asyncio.Handle:
        if asyncio.iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with call_later")
        if not callable(callback):
            raise TypeError(f"callback must be callable: {type(callback).__name__}")
        timers: _Timers = self._timer
        return timers.add_callback(_Handle(callback, args, self, context), delay)
