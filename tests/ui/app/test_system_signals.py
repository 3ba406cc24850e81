"""The OS's network and sleep signals reach the service's "reconnect now" entry point."""

from __future__ import annotations

import pytest
from PySide6.QtNetwork import QNetworkInformation

from support.qt_ui import flush

pytestmark = pytest.mark.ui


def test_a_reachability_change_asks_the_service_to_reconnect(shell, service, qloop):
    signals = shell.system_signals
    network = signals.network
    if network is not None:  # a Qt network backend exists here: the signal is connected
        meta = network.metaObject()
        index = meta.indexOfSignal("reachabilityChanged(QNetworkInformation::Reachability)")
        assert index >= 0 and network.isSignalConnected(meta.method(index))
        network.reachabilityChanged.emit(QNetworkInformation.Reachability.Online)
    else:
        signals.on_reachability(QNetworkInformation.Reachability.Online)
    flush(qloop)
    assert ("network_changed", "the network changed (Online)") in service.calls
    calls = len(service.calls)
    signals.on_reachability(QNetworkInformation.Reachability.Disconnected)
    flush(qloop)
    assert len(service.calls) == calls  # going offline: nothing to reconnect to yet


def test_waking_from_sleep_asks_the_service_to_reconnect(shell, service, qloop):
    signals = shell.system_signals
    signals.on_prepare_for_sleep(True)  # going to sleep: nothing yet
    flush(qloop)
    assert not [c for c in service.calls if c[0] == "network_changed"]
    signals.on_prepare_for_sleep(False)
    flush(qloop)
    assert ("network_changed", "the computer woke from sleep") in service.calls
