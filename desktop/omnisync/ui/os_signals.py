"""Ctrl+C and SIGTERM end the app like Quit does, without a polling timer.

Python runs signal handlers only between bytecodes, and the Qt loop sits in C++ while idle, so
a plain handler would wait for the next event. Instead the signal's number is written to a
socket pair (``signal.set_wakeup_fd``) that a ``QSocketNotifier`` watches: the loop wakes at once.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable, Iterator

from PySide6.QtCore import QSocketNotifier

QUIT_SIGNALS = tuple(
    s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None)) if s
)


@contextlib.contextmanager
def quit_on_signals(on_quit: Callable[[], None]) -> Iterator[None]:
    """While inside, SIGINT and SIGTERM call ``on_quit`` on the Qt thread."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        old_fd = signal.set_wakeup_fd(writer.fileno())
    except ValueError:  # not the main thread: leave signals alone
        reader.close()
        writer.close()
        yield
        return
    old_handlers = {s: signal.signal(s, lambda _sig, _frame: None) for s in QUIT_SIGNALS}
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def woken() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        on_quit()

    notifier.activated.connect(woken)
    try:
        yield
    finally:
        notifier.setEnabled(False)
        signal.set_wakeup_fd(old_fd)
        for sig, handler in old_handlers.items():
            signal.signal(sig, handler)
        reader.close()
        writer.close()
