"""The audit log as a table for the status window: newest first, in plain words.

A change the app makes is one row whose outcome updates in place (setting…, retrying, done,
failed): the service records each step as its own entry (the audit file keeps them all), but
three rows for one change buried what happened.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from omnisync.service.audit import AuditEntry, Outcome
from omnisync.ui.i18n import translate
from omnisync.ui.wording import audit_explanation, audit_time, outcome_text

COLUMN_COUNT = 4


def column_titles() -> tuple[str, ...]:
    return (
        translate("audit", "Time"),
        translate("audit", "Rule"),
        translate("audit", "What happened"),
        translate("audit", "Outcome"),
    )


_ATTENTION = (Outcome.FAILED, Outcome.ASKED, Outcome.RETRIED)
_UNDER_WAY = (Outcome.PENDING, Outcome.RETRIED)
_STEPS = (Outcome.RETRIED, Outcome.CONFIRMED, Outcome.FAILED)
_SEARCH = 20
"""How many of the newest rows a step looks through for its change (a change ends in seconds)."""


def _change(entry: AuditEntry) -> tuple[str, ...]:
    """What identifies one change across its steps: everything but the time and the outcome."""
    return (entry.trigger, entry.rule, entry.product, entry.kind, entry.status, entry.explanation)


Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    def __init__(self, entries: Iterable[AuditEntry] = (), *, keep: int = 500) -> None:
        super().__init__()
        self.keep = keep
        self._rows: list[AuditEntry] = []
        for entry in entries:
            if not self._step(entry, notify=False):
                self._rows.insert(0, entry)
        del self._rows[keep:]
        self._bold = QFont()
        self._bold.setBold(True)

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    def add(self, entry: AuditEntry) -> None:
        """Put a new entry on top (the oldest falls off the bottom past ``keep``), or, for a
        step of a change already shown, update that row."""
        if self._step(entry, notify=True):
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, entry)
        self.endInsertRows()
        if len(self._rows) > self.keep:
            self.beginRemoveRows(QModelIndex(), self.keep, len(self._rows) - 1)
            del self._rows[self.keep :]
            self.endRemoveRows()

    def _step(self, entry: AuditEntry, *, notify: bool) -> bool:
        """Update the row of the change ``entry`` is a later step of; False when there is none."""
        if entry.outcome not in _STEPS:
            return False
        key = _change(entry)
        for row, shown in enumerate(self._rows[:_SEARCH]):
            if shown.outcome in _UNDER_WAY and _change(shown) == key:
                self._rows[row] = replace(entry, at=shown.at)  # the time the change was made
                if notify:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
                return True
        return False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                filter(None, [entry.when, entry.trigger, audit_explanation(entry), entry.detail])
            )
        if role == Qt.ItemDataRole.FontRole and entry.outcome in _ATTENTION:
            return self._bold
        return None

    @staticmethod
    def _cell(entry: AuditEntry, column: int) -> str:
        if column == 0:
            return audit_time(entry)
        if column == 1:
            return entry.rule or "—"
        if column == 2:
            return audit_explanation(entry)
        return outcome_text(entry)
