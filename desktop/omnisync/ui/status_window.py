"""The status window: both products side by side, the mode and profile, what to do, the log.

Plain widgets, redrawn from each new state; nothing here talks to anything but the bridge.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
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

from omnisync.core.model import Product
from omnisync.service.audit import AuditEntry
from omnisync.service.state import Channel, Remedy, ServiceState
from omnisync.ui.audit_model import AuditModel
from omnisync.ui.bridge import ServiceBridge
from omnisync.ui.i18n import translate
from omnisync.ui.remedies import Remedies, remedy_for_channel
from omnisync.ui.wording import (
    account_text,
    channel_line,
    channel_name,
    genesys_status,
    genesys_work,
    headline,
    health_text,
    link_route_text,
    mode_line,
    not_started,
    omni_status,
    omni_work,
    product_name,
    remedy_button,
    routing,
    sign_in_text,
    task_text,
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

_ROWS: dict[Product, tuple[tuple[str, _Read], ...]] = {
    Product.GENESYS: (
        ("account", lambda s: account_text(s.genesys)),
        ("session", lambda s: sign_in_text(s.genesys)),
        ("status", genesys_status),
        ("routing", routing),
        ("work", genesys_work),
    ),
    Product.OMNI: (
        ("account", lambda s: account_text(s.salesforce)),
        ("session", lambda s: sign_in_text(s.salesforce)),
        ("status", omni_status),
        ("work", omni_work),
        ("route", lambda s: link_route_text(s.console_route)),
    ),
}
"""Each product box's rows above its channels: the label's name (after the product's value)
and how the state reads in it."""


def _row_title(key: str) -> str:
    return {
        "account": translate("status window", "Signed in as:"),
        "session": translate("status window", "Session:"),
        "status": translate("status window", "Status:"),
        "routing": translate("status window", "Routing:"),
        "work": translate("status window", "Work:"),
        "route": translate("status window", "Console link route:"),
    }[key]


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
        rows = [(_row_title(key), f"{product.value}:{key}") for key, _ in _ROWS[product]]
        rows += [
            (
                translate("status window", "{channel}:").format(channel=channel_name(channel)),
                f"channel:{channel.value}",
            )
            for channel in self._channels()
        ]
        for title, name in rows:
            field = self.fields[name] = _label("", name, wrap=False)
            title_label = QLabel(title)
            title_label.setBuddy(field)
            field.setAccessibleName(f"{product_name(product)}: {title.rstrip(' :')}")
            self.form.addRow(title_label, field)

    def _channels(self) -> list[Channel]:
        return [channel for channel in Channel if channel.product is self.product]

    def show_state(self, state: ServiceState) -> None:
        for key, read in _ROWS[self.product]:
            self._set(f"{self.product.value}:{key}", read(state))
        for channel in self._channels():
            health = state.channels.get(channel)
            text = health_text(health) if health else not_started()
            self._set(f"channel:{channel.value}", text)

    def _set(self, name: str, text: str) -> None:
        """The value, and the same as the description a screen reader reads after the row's
        name ("Genesys Cloud: Status", then "On Queue")."""
        self.fields[name].setText(text)
        self.fields[name].setAccessibleDescription(text)


class StatusWindow(QWidget):
    def __init__(self, bridge: ServiceBridge, remedies: Remedies) -> None:
        super().__init__()
        self.setObjectName("status-window")
        # Qt adds the application's display name: "Status — OmniSync Companion".
        self.setWindowTitle(translate("status window", "Status"))
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

        self.todo_box = QGroupBox(translate("status window", "What to do now"))
        self.todo_box.setObjectName("todo")
        self.todo = QVBoxLayout(self.todo_box)
        layout.addWidget(self.todo_box)

        log_box = QGroupBox(translate("status window", "What the app did (newest first)"))
        log_layout = QVBoxLayout(log_box)
        self.audit = AuditModel(bridge.recent_audit())
        self.audit_view = QTableView()
        self.audit_view.setObjectName("audit")
        self.audit_view.setAccessibleName(log_box.title())
        self.audit_view.setTabKeyNavigation(False)  # Tab leaves the log; arrows move in it
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
        self.setAccessibleName(self.windowTitle())
        self.resize(860, 640)
        self.show_state(bridge.state)

    def add_audit(self, entry: AuditEntry) -> None:
        self.audit.add(entry)
        self.audit_view.resizeRowToContents(0)

    def show_state(self, state: ServiceState) -> None:
        self.summary.setText(headline(state))
        self.mode.setText(mode_line(state))
        profile = state.profile_name or state.profile_id or translate("status window", "none")
        self.profile.setText(translate("wording", "Profile: {profile}").format(profile=profile))
        for box in self.products.values():
            box.show_state(state)
        self._show_todo(state)

    def todo_lines(self) -> list[tuple[str, Remedy | None]]:
        """What the "What to do now" box lists: each line and the remedy of its button."""
        state = self._bridge.state
        lines = [(task_text(t), t.remedy) for t in state.must_do]
        offered = {t.remedy for t in state.must_do}
        for health in unhealthy_channels(state):
            remedy = remedy_for_channel(health)
            if remedy in offered:
                continue  # a task above already says what to do about it
            lines.append((channel_line(health), remedy))
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
                button.setAccessibleDescription(text)  # the button says what it is for
                button.clicked.connect(
                    lambda _c=False, r=remedy, b=button: self._remedies.run(r, b)
                )
                row_layout.addWidget(button)
            self.todo.addWidget(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape puts the window away, as closing does: the keyboard needs no mouse for it."""
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing only hides it: the app lives on in the tray."""
        event.ignore()
        self.hide()

    def bring_up(self) -> None:
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()
