"""The bridge: service events cross to the Qt thread, coalesced; commands never fail silently."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import QThread

from omnisync.core.message import verbatim
from omnisync.core.model import Product
from omnisync.service.audit import AuditEntry
from omnisync.ui.bridge import ServiceBridge
from support.qt_ui import flush, run
from support.recording_service import RecordingService
from support.ui_states import AT, BLOCKED_BY_SALESFORCE, IN_SYNC, SIGNED_OUT

pytestmark = pytest.mark.ui


@pytest.fixture
def bridge(qapp, qloop, service):
    bridge = ServiceBridge(service, loop=qloop)
    yield bridge
    run(qloop, bridge.aclose())
    bridge.deleteLater()


def test_state_from_another_thread_arrives_on_the_qt_thread(qtbot, qapp, bridge, service):
    seen: list[tuple[object, bool]] = []
    bridge.state_changed.connect(
        lambda s: seen.append((s, QThread.currentThread() is qapp.thread()))
    )
    worker = threading.Thread(target=service.publish, args=(SIGNED_OUT,))
    with qtbot.waitSignal(bridge.state_changed, timeout=2000):
        worker.start()
        worker.join()
    assert seen == [(SIGNED_OUT, True)]
    assert bridge.state == SIGNED_OUT


def test_audit_from_another_thread_arrives_in_order(qtbot, bridge, service):
    entries = [AuditEntry(AT + n, verbatim(f"event {n}"), "mapped") for n in range(20)]
    seen: list[AuditEntry] = []
    bridge.audit_added.connect(seen.append)

    def record_all() -> None:
        for entry in entries:
            service.record(entry)

    worker = threading.Thread(target=record_all)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(seen) == len(entries), timeout=2000)
    assert seen == entries


def test_state_published_inside_a_task_reaches_widgets_after_the_service_returns(
    qloop, bridge, service
):
    seen: list[object] = []
    bridge.state_changed.connect(seen.append)

    async def service_work() -> list[object]:
        service.publish(BLOCKED_BY_SALESFORCE)
        return list(seen)  # what the UI had run by the time publish returned

    assert run(qloop, service_work()) == []  # never inside the service's own call stack
    flush(qloop)
    assert seen == [BLOCKED_BY_SALESFORCE]


def test_a_burst_of_states_is_drawn_once_with_the_newest(qloop, bridge, service):
    seen: list[object] = []
    bridge.state_changed.connect(seen.append)
    service.publish(SIGNED_OUT)
    service.publish(BLOCKED_BY_SALESFORCE)
    last = service.publish(replace(IN_SYNC, paused=True))
    flush(qloop)
    assert seen == [last]


def test_an_unchanged_state_is_not_sent_again(qloop, bridge, service):
    seen: list[object] = []
    bridge.state_changed.connect(seen.append)
    service.publish(IN_SYNC)  # equal to what the bridge started with
    flush(qloop)
    assert seen == []


def test_a_failing_command_is_reported_not_raised(qloop, qapp):
    class Broken(RecordingService):
        def retry(self) -> None:
            raise OSError("network is unreachable")

    bridge = ServiceBridge(Broken(), loop=qloop)
    failures: list[tuple[str, str]] = []
    bridge.command_failed.connect(lambda t, m: failures.append((t, m)))
    bridge.retry()
    assert failures == [("Retry failed", "Reason given: network is unreachable")]
    bridge.deleteLater()


def test_close_cancels_a_sign_in_still_waiting_and_stops_delivery(qloop, bridge, service):
    service.sign_in_gate = asyncio.Event()  # the browser never comes back
    seen: list[object] = []
    failures: list[object] = []
    bridge.command_failed.connect(lambda *a: failures.append(a))
    bridge.sign_in(Product.GENESYS)
    flush(qloop)
    assert service.calls == [("sign_in", Product.GENESYS)]
    bridge.state_changed.connect(seen.append)
    run(qloop, bridge.aclose())
    service.publish(SIGNED_OUT)
    flush(qloop)
    assert seen == []
    assert failures == []  # a cancel on Quit is not a failure to show
