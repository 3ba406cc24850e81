"""A QObject with a running timer, caught in a reference cycle, while a worker thread allocates:
the scene that crashed CI. For test_qt_gc.py; ``--guarded`` runs it inside the app's guard.

Prints where the object was destroyed ("qt-thread" or "worker") and exits 0 when the timer
went on firing safely until the end. Unguarded, Qt warns that the timers "cannot be stopped
from another thread", and the process usually dies when the orphaned timer fires.
"""

from __future__ import annotations

import contextlib
import sys
import threading

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer

from omnisync.ui.qt_gc import collect_on_qt_thread

destroyed_in: list[str] = []


class Ticking(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.myself = self  # the cycle: only the collector can free it
        self.startTimer(5)

    def timerEvent(self, event: object) -> None:
        pass

    def __del__(self) -> None:
        on_qt_thread = threading.current_thread() is threading.main_thread()
        destroyed_in.append("qt-thread" if on_qt_thread else "worker")


def allocate_in_a_worker() -> None:
    def churn() -> None:
        for _ in range(200_000):
            box: list[object] = []
            box.append(box)

    worker = threading.Thread(target=churn)
    worker.start()
    worker.join()


def spin(app: QCoreApplication, ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    guard = collect_on_qt_thread(app) if "--guarded" in sys.argv else contextlib.nullcontext()
    with guard:
        Ticking()
        allocate_in_a_worker()
        spin(app, 100)  # the Qt thread waits: the guard collects; orphaned timers would fire
    print(",".join(destroyed_in) or "alive", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
