"""Python's cycle collector runs on the Qt thread only, when its event loop is about to wait.

Python collects reference cycles in whichever thread happens to allocate when a threshold is
crossed, and the app runs keyring and settings work in worker threads (``asyncio.to_thread``).
A QObject caught in a cycle and collected there is destroyed on the wrong thread: its timers stay
registered with the Qt thread's event dispatcher, and the next one to fire dereferences freed
memory (seen in CI as a SIGSEGV in ``QTimerInfoList::activateTimers``). So automatic collection
is turned off, and the Qt thread collects, with Python's own thresholds, each time its event loop
has finished a batch of events (``aboutToBlock``). Nothing runs while the app is idle: no timer.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication


def collect_if_due() -> int | None:
    """Collect the oldest generation whose count passed its threshold, as Python would.

    Returns the generation collected, or None when nothing was due (the common case: two
    integer comparisons).
    """
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    if thresholds[0] == 0 or counts[0] <= thresholds[0]:
        return None
    generation = 0
    for older in (2, 1):
        if counts[older] > thresholds[older]:
            generation = older
            break
    gc.collect(generation)
    return generation


def keep_start_up() -> None:
    """Once the app is up: what start-up built lives as long as the app, so collect once and
    move it all out of the collector's sight (``gc.freeze``). A full collection afterwards scans
    only what came later: on the idle tray one took 38 ms on the Qt thread before (a stall, and
    most of an idle hour's CPU budget) and scans a few thousand objects after."""
    gc.collect()
    gc.freeze()


@contextlib.contextmanager
def collect_on_qt_thread(app: QCoreApplication) -> Iterator[None]:
    """While inside, only the Qt thread (``app``'s) runs the cycle collector."""
    dispatcher = QAbstractEventDispatcher.instance(app.thread())
    if dispatcher is None:  # no event loop can run: nothing would ever collect
        yield
        return
    was_enabled = gc.isenabled()
    gc.disable()

    def about_to_block() -> None:  # its own slot: nested guards disconnect only their own
        collect_if_due()

    dispatcher.aboutToBlock.connect(about_to_block)
    try:
        yield
    finally:
        dispatcher.aboutToBlock.disconnect(about_to_block)
        if was_enabled:
            gc.enable()
