"""One running app per user: a second launch asks the first to show its status window and exits.

Two instances would fight over the agent's statuses, so this runs before anything else starts.
A ``QLockFile`` decides who is first (Qt frees the lock of a crashed process because the PID is
gone); the first then listens on a ``QLocalServer``, removing any socket a crash left behind.
Later launches connect to that server and send one line.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
import warnings
from pathlib import Path

import platformdirs
from PySide6.QtCore import QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from omnisync.appinfo import APP_AUTHOR, APP_NAME
from omnisync.core.message import SaidError, say

log = logging.getLogger(__name__)

SHOW_STATUS_WINDOW = "show-status-window"
_MAX_LINE = 1024
_MAX_UNIX_SOCKET_PATH = 100
"""sockaddr_un allows 104 bytes on macOS, 108 on Linux."""


class SingleInstanceError(SaidError, RuntimeError):
    """The instance check itself failed; the message says what to do (``str()`` in English for
    the terminal and the log, :attr:`said` translated in the start-up dialog)."""


def instance_key(user: str | None = None) -> str:
    """A per-user name, hashed so it is safe in pipe and file names and reveals no user name."""
    who = user if user is not None else _current_user()
    digest = hashlib.sha256(who.encode("utf-8")).hexdigest()[:16]
    return f"{APP_NAME}-{digest}"


def _current_user() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        name = str(os.getuid()) if hasattr(os, "getuid") else "unknown"
    domain = os.environ.get("USERDOMAIN", "") if sys.platform == "win32" else ""
    return f"{domain}\\{name}" if domain else name


def _default_runtime_dir() -> Path:
    """``$XDG_RUNTIME_DIR/omnisync`` on Linux, the per-user temp folder elsewhere."""
    try:
        with warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always", platformdirs.RuntimeDirWarning)
            path = platformdirs.user_runtime_path(APP_NAME, APP_AUTHOR)
    except OSError as exc:  # platformdirs refuses a runtime folder another user could replace
        raise SingleInstanceError(
            say(
                "app",
                "No safe per-user runtime folder for the single-instance lock ({error}); "
                "set XDG_RUNTIME_DIR to a folder only you can write (mode 700).",
            ).fill(error=str(exc))
        ) from exc
    for warning in said:  # a safe fallback (no XDG_RUNTIME_DIR): for the log, not stderr
        log.info("Single-instance lock folder: %s", warning.message)
    return path


class SingleInstance(QObject):
    """Call ``acquire()`` first thing; if it returns False, exit: the first instance was told."""

    message_received = Signal(str)
    """Any line another launch sent."""
    show_status_window_requested = Signal()

    def __init__(
        self,
        key: str | None = None,
        *,
        runtime_dir: Path | None = None,
        connect_attempts: int = 10,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key or instance_key()
        self.runtime_dir = runtime_dir or _default_runtime_dir()
        self.connect_attempts = connect_attempts
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    @property
    def server_name(self) -> str:
        """A socket path in the per-user runtime folder on Unix; a named pipe on Windows."""
        if sys.platform != "win32":
            path = str(self.runtime_dir / f"{self.key}.sock")
            if len(path.encode()) <= _MAX_UNIX_SOCKET_PATH:
                return path
        return self.key

    @property
    def is_primary(self) -> bool:
        return self._server is not None

    def acquire(self, message: str = SHOW_STATUS_WINDOW) -> bool:
        """True when this is the first instance (now listening); False once ``message`` is sent.

        Blocks only at start-up, before any event loop runs: about a second when the first
        instance is still starting, a few seconds at worst.
        """
        if self._server is not None:
            return True
        try:
            self.runtime_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise SingleInstanceError(
                say("app", "Cannot create {folder} for the single-instance lock ({error}).").fill(
                    folder=str(self.runtime_dir), error=str(exc)
                )
            ) from exc
        lock = QLockFile(str(self.runtime_dir / f"{self.key}.lock"))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if lock.tryLock(0):
            self._lock = lock
            self._listen()
            return True
        if lock.error() != QLockFile.LockError.LockFailedError:
            raise SingleInstanceError(
                say(
                    "app",
                    "Cannot use the single-instance lock {file} ({error}); "
                    "check that its folder is writable.",
                ).fill(file=lock.fileName(), error=lock.error().name)
            )
        if self._send(message):
            return False
        pid, _host, _app = lock.getLockInfo()
        raise SingleInstanceError(
            say(
                "app",
                "OmniSync is already running for you (process {pid}) but does not answer. "
                "Quit it from its tray menu, or end that process, then start OmniSync again.",
            ).fill(pid=str(pid))
        )

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _listen(self) -> None:
        # We hold the lock, so a socket still there was left by a crashed instance.
        QLocalServer.removeServer(self.server_name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.server_name):
            error = server.errorString()
            self.release()
            raise SingleInstanceError(
                say("app", "Cannot listen on {name} for later launches ({error}).").fill(
                    name=self.server_name, error=error
                )
            )
        server.newConnection.connect(self._on_new_connection)
        self._server = server

    def _send(self, message: str) -> bool:
        payload = (message.replace("\n", " ") + "\n").encode("utf-8")
        for attempt in range(self.connect_attempts):
            socket = QLocalSocket()
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(500):
                socket.write(payload)
                sent = socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                    socket.waitForDisconnected(1000)
                return sent
            # The first instance holds the lock but may not be listening yet: it is starting.
            log.debug("instance not answering yet (attempt %d): %s", attempt, socket.errorString())
            QThread.msleep(100)
        return False

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # Bound slots and C++ deleteLater only: lambdas holding the socket's wrapper
            # outlive the C++ object and crash at exit.
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            raw = bytes(socket.readLine(_MAX_LINE).data())
            self._dispatch(raw.decode("utf-8", errors="replace").strip())
        if socket.bytesAvailable() > _MAX_LINE:
            log.warning("dropping an over-long message from another launch")
            socket.abort()

    def _dispatch(self, line: str) -> None:
        if not line:
            return
        self.message_received.emit(line)
        if line == SHOW_STATUS_WINDOW:
            self.show_status_window_requested.emit()
        else:
            log.warning("ignoring unknown message from another launch: %r", line[:80])
