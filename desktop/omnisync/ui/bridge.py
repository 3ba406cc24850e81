"""The UI's one door to the service: state and audit entries as Qt signals, commands as calls.

The service calls its listeners from wherever it is (its own code on the event loop, or another
thread). The bridge re-emits on the Qt thread through queued connections, so widgets never run
inside the service's own call stack and never on a foreign thread. States that arrive faster
than the UI draws are coalesced: only the newest is delivered.

Async commands (sign in, sign out) run as tasks the bridge keeps a reference to; a failure is
reported through :attr:`ServiceBridge.command_failed`, never lost.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from omnisync.core.model import Product
from omnisync.core.problems import has_errors
from omnisync.service.audit import AuditEntry
from omnisync.service.state import ServiceControl, ServiceState
from omnisync.ui.i18n import translate
from omnisync.ui.tasks import TaskSet
from omnisync.ui.wording import error_text, product_name, said

log = logging.getLogger(__name__)


class ServiceBridge(QObject):
    state_changed = Signal(object)
    """A new :class:`ServiceState`, on the Qt thread."""
    audit_added = Signal(object)
    """An :class:`AuditEntry`, on the Qt thread, in the order the service recorded them."""
    command_failed = Signal(str, str)
    """A title and a message for the agent: a command did not do what was asked."""

    _state_in = Signal(object)
    _audit_in = Signal(object)

    def __init__(
        self,
        service: ServiceControl,
        *,
        loop: asyncio.AbstractEventLoop | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = TaskSet(loop)
        self._state = service.state
        self._latest = self._state
        self._closed = False
        queued = Qt.ConnectionType.QueuedConnection
        self._state_in.connect(self._deliver_state, queued)
        self._audit_in.connect(self._deliver_audit, queued)
        service.on_state(self._on_service_state)
        service.on_audit(self._on_service_audit)

    # ---- from the service (any thread) -----------------------------------------------------

    def _on_service_state(self, state: ServiceState) -> None:
        if self._closed:
            return
        self._latest = state
        self._state_in.emit(state)

    def _on_service_audit(self, entry: AuditEntry) -> None:
        if not self._closed:
            self._audit_in.emit(entry)

    # ---- to the widgets (Qt thread) --------------------------------------------------------

    def _deliver_state(self, state: ServiceState) -> None:
        if self._closed or state is not self._latest or state == self._state:
            return  # a newer one is queued behind it, or nothing changed
        self._state = state
        self.state_changed.emit(state)

    def _deliver_audit(self, entry: AuditEntry) -> None:
        if not self._closed:
            self.audit_added.emit(entry)

    @property
    def state(self) -> ServiceState:
        """The last state delivered on the Qt thread (what every widget shows)."""
        return self._state

    def recent_audit(self) -> list[AuditEntry]:
        return self._service.recent_audit()

    # ---- commands --------------------------------------------------------------------------

    def set_paused(self, paused: bool) -> None:
        self._call(
            translate("bridge", "Pause not changed"), lambda: self._service.set_paused(paused)
        )

    def retry(self) -> None:
        self._call(translate("bridge", "Retry failed"), self._service.retry)

    def resync(self) -> None:
        self._call(translate("bridge", "Resync failed"), self._service.resync)

    def network_changed(self, why: str) -> None:
        """The OS says the network changed or the machine woke (ui.system_signals)."""
        self._call(
            translate("bridge", "Reconnect failed"), lambda: self._service.network_changed(why)
        )

    def choose_profile(self, profile_id: str) -> bool:
        """Switch profile; False (and ``command_failed`` with every problem) when refused."""
        try:
            problems = self._service.choose_profile(profile_id)
        except Exception as exc:
            log.exception("choosing profile %s failed", profile_id)
            self.command_failed.emit(translate("bridge", "Profile not changed"), error_text(exc))
            return False
        if has_errors(problems):
            lines = "\n".join(f"• {said(p.brief())}" for p in problems)
            why = translate(
                "bridge", 'The profile "{profile}" cannot be used, so the current one stays:'
            ).format(profile=profile_id)
            self.command_failed.emit(translate("bridge", "Profile not changed"), f"{why}\n{lines}")
            return False
        return True

    def sign_in(self, product: Product) -> None:
        name = product_name(product)
        title = translate("bridge", "Sign-in to {product} failed").format(product=name)
        self._spawn(title, self._service.sign_in(product))

    def sign_out(self, product: Product) -> None:
        name = product_name(product)
        title = translate("bridge", "Sign-out of {product} failed").format(product=name)
        self._spawn(title, self._service.sign_out(product))

    async def wait_idle(self) -> None:
        """Wait for every command task started so far (tests, and Quit before shutdown)."""
        await self._tasks.wait_idle()

    async def aclose(self) -> None:
        """Stop delivering and cancel commands still running (a sign-in waiting on a browser)."""
        self._closed = True
        await self._tasks.cancel_all()

    def _call(self, title: str, command: Callable[[], None]) -> None:
        try:
            command()
        except Exception as exc:
            log.exception("%s failed", title)
            self.command_failed.emit(title, error_text(exc))

    def _spawn(self, title: str, command: Coroutine[Any, Any, None]) -> None:
        self._tasks.spawn(title, command, self._failed)

    def _failed(self, title: str, exc: BaseException) -> None:
        if not self._closed:
            self.command_failed.emit(title, error_text(exc))
