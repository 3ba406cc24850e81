"""The status window: both products side by side, the mode and profile, what to do, the log.

Plain widgets, redrawn from each new state; nothing here talks to anything but the bridge.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omnisync.appinfo import DISPLAY_NAME
from omnisync.core.model import Product
from omnisync.service.audit import AuditEntry
from omnisync.service.state import Channel, Remedy, ServiceState
from omnisync.ui.audit_model import AuditModel
from omnisync.ui.bridge import ServiceBridge
from omnisync.ui.remedies import Remedies, remedy_for_channel
from omnisync.ui.wording import (
    account_text,
    genesys_status,
    genesys_work,
    health_text,
    mode_line,
    omni_status,
    omni_work,
    product_name,
    remedy_button,
    routing,
    sign_in_text,
    unhealthy_channels,
)


def _clear(layout: QFormLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def _label(text: str, name: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and statuses are data, never markup
    label.setWordWrap(wrap)  # not in forms: a wrapped label there is cut to one line
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


_Read = Callable[[ServiceState], str]

_ROWS: dict[Product, tuple[tuple[str, str, _Read], ...]] = {
    Product.GENESYS: (
        ("Signed in as", "account", lambda s: account_text(s.genesys)),
        ("Session", "session", lambda s: sign_in_text(s.genesys)),
        ("Status", "status", genesys_status),
        ("Routing", "routing", routing),
        ("Work", "work", genesys_work),
    ),
    Product.OMNI: (
        ("Signed in as", "account", lambda s: account_text(s.salesforce)),
        ("Session", "session", lambda s: sign_in_text(s.salesforce)),
        ("Status", "status", omni_status),
        ("Work", "work", omni_work),
    ),
}
"""Each product box's rows above its channels: the title, the label's name (after the product's
value) and how the state reads in it."""


class ProductBox(QGroupBox):
    """One product's account, session, status, work and the health of each of its channels.

    The rows are made once and their texts set in place: rebuilding them on every state change
    relaid and repainted the whole status window, about 15 ms of the Qt thread each time
    (tests/bench/test_bench_qt_thread.py)."""

    def __init__(self, product: Product) -> None:
        super().__init__(product_name(product))
        self.product = product
        self.setObjectName(f"product:{product.value}")
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        rows = [(title, f"{product.value}:{key}") for title, key, _ in _ROWS[product]]
        rows += [(channel.title, f"channel:{channel.value}") for channel in self._channels()]
        for title, name in rows:
            self.fields[name] = _label("", name, wrap=False)
            self.form.addRow(f"{title}:", self.fields[name])

    def _channels(self) -> list[Channel]:
        return [channel for channel in Channel if channel.product is self.product]

    def show_state(self, state: ServiceState) -> None:
        for _title, key, read in _ROWS[self.product]:
            self.fields[f"{self.product.value}:{key}"].setText(read(state))
        for channel in self._channels():
            health = state.channels.get(channel)
            text = health_text(health) if health else "not started"
            self.fields[f"channel:{channel.value}"].setText(text)


class StatusWindow(QWidget):
    def __init__(self, bridge: ServiceBridge, remedies: Remedies) -> None:
        super().__init__()
        self.setObjectName("status-window")
        self.setWindowTitle(f"{DISPLAY_NAME}: status")
        self._bridge = bridge
        self._remedies = remedies
        layout = QVBoxLayout(self)

        self.summary = _label("", "summary")
        font = QFont(self.summary.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.summary.setFont(font)
        self.mode = _label("", "mode")
        self.profile = _label("", "profile")
        for widget in (self.summary, self.mode, self.profile):
            layout.addWidget(widget)

        products = QHBoxLayout()
        self.products = {p: ProductBox(p) for p in (Product.GENESYS, Product.OMNI)}
        for box in self.products.values():
            products.addWidget(box, 1)
        layout.addLayout(products)

        self.todo_box = QGroupBox("What to do now")
        self.todo_box.setObjectName("todo")
        self.todo = QVBoxLayout(self.todo_box)
        layout.addWidget(self.todo_box)

        log_box = QGroupBox("What the app did (newest first)")
        log_layout = QVBoxLayout(log_box)
        self.audit = AuditModel(bridge.recent_audit())
        self.audit_view = QTableView()
        self.audit_view.setObjectName("audit")
        self.audit_view.setModel(self.audit)
        self.audit_view.setWordWrap(True)
        self.audit_view.setAlternatingRowColors(True)
        self.audit_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit_view.verticalHeader().setVisible(False)
        header = self.audit_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        log_layout.addWidget(self.audit_view)
        layout.addWidget(log_box, 1)

        bridge.state_changed.connect(self.show_state)
        bridge.audit_added.connect(self.add_audit)
        self.resize(860, 640)
        self.show_state(bridge.state)

    def add_audit(self, entry: AuditEntry) -> None:
        self.audit.add(entry)
        self.audit_view.resizeRowToContents(0)

    def show_state(self, state: ServiceState) -> None:
        self.summary.setText(state.view.summary)
        self.mode.setText(mode_line(state))
        profile = state.profile_name or state.profile_id or "none"
        self.profile.setText(f"Profile: {profile}")
        for box in self.products.values():
            box.show_state(state)
        self._show_todo(state)

    def todo_lines(self) -> list[tuple[str, Remedy | None]]:
        """What the "What to do now" box lists: each line and the remedy of its button."""
        state = self._bridge.state
        lines: list[tuple[str, Remedy | None]] = [(t.text, t.remedy) for t in state.must_do]
        offered = {t.remedy for t in state.must_do}
        for health in unhealthy_channels(state):
            remedy = remedy_for_channel(health)
            if remedy in offered:
                continue  # a task above already says what to do about it
            lines.append((f"{health.channel.title} is {health_text(health)}", remedy))
        return [(text, r if r and self._remedies.available(r) else None) for text, r in lines]

    def _show_todo(self, state: ServiceState) -> None:
        _clear(self.todo)
        lines = self.todo_lines()
        self.todo_box.setVisible(bool(lines))
        for index, (text, remedy) in enumerate(lines):
            row = QWidget()
            row.setObjectName(f"todo:{index}")
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(_label(text, "todo-text"), 1)
            if remedy is not None:
                button = QPushButton(remedy_button(remedy))
                button.setObjectName(f"remedy:{remedy.value}")
                button.clicked.connect(
                    lambda _c=False, r=remedy, b=button: self._remedies.run(r, b)
                )
                row_layout.addWidget(button)
            self.todo.addWidget(row)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing only hides it: the app lives on in the tray."""
        event.ignore()
        self.hide()

    def bring_up(self) -> None:
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()
