"""What the OS says about the network and sleep, handed to the service as "reconnect now".

- Every platform with a Qt network backend (Linux: NetworkManager/glib/connman, Windows: the
  Network List Manager, macOS: SCNetworkReachability): ``QNetworkInformation``'s
  ``reachabilityChanged``; a change to a reachable state asks the service to drop its sockets
  and read again.
- Linux with systemd: logind's ``PrepareForSleep(false)`` on the system bus, through QtDBus,
  when the machine wakes.
- Windows and macOS sleep: Qt gives no resume signal; the heartbeat watchdog and the CometD
  timeout find the dead sockets (docs/rules.md).

Only the decision's entry point, :meth:`SyncService.network_changed`, is in the service.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtNetwork import QNetworkInformation

log = logging.getLogger(__name__)

Reconnect = Callable[[str], None]
LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")


class SystemSignals(QObject):
    def __init__(self, reconnect: Reconnect, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reconnect = reconnect
        self.network: QNetworkInformation | None = None
        self.sleep_watched = False
        if QNetworkInformation.loadDefaultBackend():
            self.network = QNetworkInformation.instance()
        if self.network is not None:
            self.network.reachabilityChanged.connect(self.on_reachability)
        else:
            log.info("No network information backend: the heartbeat watchdog finds dead sockets")
        if sys.platform.startswith("linux"):
            self.sleep_watched = self._watch_logind()

    def _watch_logind(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # PySide6 without QtDBus
            return False
        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return False
        service, path, interface = LOGIND
        slot = b"1on_prepare_for_sleep(bool)"  # Qt's SLOT() form
        return bool(bus.connect(service, path, interface, "PrepareForSleep", self, slot))

    @Slot(QNetworkInformation.Reachability)
    def on_reachability(self, reachability: QNetworkInformation.Reachability) -> None:
        if reachability in (
            QNetworkInformation.Reachability.Online,
            QNetworkInformation.Reachability.Site,
            QNetworkInformation.Reachability.Local,
        ):
            self._reconnect(f"the network changed ({reachability.name})")

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self._reconnect("the computer woke from sleep")
