"""For every person: what a screen reader says for each widget, and the status window by
keyboard alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTableView, QWidget

from omnisync.core.model import Product
from omnisync.ui.wording import task_text
from support.qt_ui import flush
from support.ui_states import CONSOLE_LINK_LOST, SHIFT, SIGNED_OUT

pytestmark = pytest.mark.ui


def spoken(widget: QWidget, what: QAccessible.Text = QAccessible.Text.Name) -> str:
    """What assistive technology reads, through Qt's real accessibility interface."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(what)


@pytest.mark.parametrize("name", sorted(SHIFT))
def test_every_widget_a_person_reaches_has_a_name(make_shell, service, qloop, name):
    service.publish(SHIFT[name])
    shell = make_shell()
    window = shell.status_window
    window.show()
    flush(qloop)
    reachable = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and (w.focusPolicy() != Qt.FocusPolicy.NoFocus or (isinstance(w, QLabel) and w.text()))
    ]
    assert reachable
    nameless = [w.objectName() or type(w).__name__ for w in reachable if not spoken(w).strip()]
    assert nameless == []
    assert spoken(window) == "Status"
    assert spoken(window.audit_view) == "What the app did (newest first)"
    window.hide()


def test_product_values_say_which_product_and_row(make_shell, service, qloop):
    shell = make_shell()
    genesys = shell.status_window.products[Product.GENESYS]
    status = genesys.fields["genesys:status"]
    assert spoken(status) == "Genesys Cloud: Status"
    assert spoken(status, QAccessible.Text.Description) == "On Queue"  # the value, read after
    omni = shell.status_window.products[Product.OMNI]
    assert spoken(omni.fields["channel:console-link"]) == "Salesforce: Salesforce console link"


def test_each_remedy_button_says_what_it_is_for(make_shell, service, qloop):
    service.publish(SIGNED_OUT)
    shell = make_shell()
    flush(qloop)
    buttons = shell.status_window.todo_box.findChildren(QAbstractButton)
    assert [spoken(b, QAccessible.Text.Description) for b in buttons] == [
        task_text(t) for t in SIGNED_OUT.must_do
    ]


def test_the_status_window_works_by_keyboard_alone(make_shell, service, qloop, qtbot):
    """Tab reaches every button and the log, in reading order; Escape puts the window away."""
    service.publish(CONSOLE_LINK_LOST)
    shell = make_shell()
    window = shell.status_window
    window.bring_up()
    qtbot.waitExposed(window)
    window.activateWindow()
    flush(qloop)
    buttons = window.todo_box.findChildren(QAbstractButton)
    assert buttons
    wanted = [*buttons, window.audit_view]
    reached: list[QWidget] = []
    for _ in range(len(wanted) + 3):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is not None and focused not in reached:
            reached.append(focused)
    assert [w for w in reached if w in wanted] == wanted
    QTest.keyClick(window.audit_view, Qt.Key.Key_Space)  # a button by Space is Qt's own
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert isinstance(window.audit_view, QTableView)
