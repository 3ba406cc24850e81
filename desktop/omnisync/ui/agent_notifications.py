"""Which service events become desktop notifications, and in what words.

- The app changed a status: an ``enforce`` audit entry, told once per write (when it is sent,
  or when it is confirmed if the UI missed the sending). The agent can turn these off.
- The agent must act: every new task in ``ServiceState.must_do`` (set a status yourself, sign in
  now or soon, the console link is lost, the profile cannot be used). Always shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from omnisync.core.decision import ActionKind
from omnisync.core.model import Product
from omnisync.service.audit import AuditEntry, Outcome
from omnisync.service.state import AgentTask, Remedy, ServiceState
from omnisync.ui.bridge import ServiceBridge
from omnisync.ui.i18n import translate
from omnisync.ui.notifications import Notification, NotificationKind, Notifier
from omnisync.ui.preferences import Preferences
from omnisync.ui.wording import (
    change_sentence,
    omni_name,
    product_name,
    said,
    task_text,
    task_title,
)


def task_notification(task: AgentTask) -> Notification:
    # One subject per kind of task, except "set it yourself", which differs by what to set.
    subject = task.text if task.remedy is Remedy.SET_STATUS_YOURSELF else task.remedy.value
    return Notification(
        NotificationKind.ACTION_NEEDED, task_title(task), task_text(task), subject=subject
    )


def status_change_notification(entry: AuditEntry) -> Notification:
    """The rule's sentence says what changed and why, once; a rule without one: the status."""
    text = change_sentence(entry)
    if text == said(entry.said):
        try:
            product = Product(entry.product)
        except ValueError:
            where = entry.product
        else:
            where = omni_name() if product is Product.OMNI else product_name(product)
        text = translate("notifications", "{product} is now {status}.").format(
            product=where, status=entry.status
        )
    return Notification(
        NotificationKind.STATUS_CHANGED,
        translate("notifications", "OmniSync changed your status"),
        text,
        subject=f"{entry.product}-status",
    )


class AgentNotifications(QObject):
    def __init__(
        self,
        bridge: ServiceBridge,
        notifier: Notifier,
        preferences: Preferences,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self._preferences = preferences
        self._tasks: set[AgentTask] = set()
        self._writes_told: set[tuple[str, str, str, str]] = set()
        notifier.set_status_changes_enabled(preferences.notify_status_changes)
        preferences.changed.connect(self._preferences_changed)
        bridge.audit_added.connect(self.on_audit)
        bridge.state_changed.connect(self.on_state)
        self.on_state(bridge.state)

    def _preferences_changed(self) -> None:
        self._notifier.set_status_changes_enabled(self._preferences.notify_status_changes)

    def on_audit(self, entry: AuditEntry) -> None:
        if entry.kind != ActionKind.ENFORCE.value:
            return
        write = (entry.trigger, entry.product, entry.status, entry.rule)
        if entry.outcome is Outcome.PENDING:
            self._writes_told.add(write)
            self._notifier.notify(status_change_notification(entry))
        elif entry.outcome in (Outcome.CONFIRMED, Outcome.FAILED):
            told = write in self._writes_told
            self._writes_told.discard(write)  # this write is over
            if entry.outcome is Outcome.CONFIRMED and not told:  # the UI missed the sending
                self._notifier.notify(status_change_notification(entry))

    def on_state(self, state: ServiceState) -> None:
        current = set(state.must_do)
        for task in state.must_do:
            if task not in self._tasks:
                self._notifier.notify(task_notification(task))
        self._tasks = current
