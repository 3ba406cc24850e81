"""Pictures of the status window, the tray menu and the no-tray window for docs/tray.md.

They land in a temporary folder; with ``OMNISYNC_SCREENSHOTS=1`` they replace the ones in
``docs/images/`` (run it that way after changing what the UI shows, then look at them).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from support.qt_ui import flush, open_menu
from support.ui_states import BLOCKED_BY_SALESFORCE, CONSOLE_LINK_LOST, SIGNED_OUT, audit_entries

pytestmark = pytest.mark.ui

DOCS_IMAGES = Path(__file__).resolve().parents[3] / "docs" / "images"


@pytest.fixture
def images(tmp_path: Path) -> Path:
    return DOCS_IMAGES if os.environ.get("OMNISYNC_SCREENSHOTS") == "1" else tmp_path


def save(widget: QWidget, folder: Path, name: str) -> QImage:
    image = widget.grab().toImage()
    assert image.save(str(folder / name))
    return image


def assert_not_blank(image: QImage) -> None:
    """Text and frames drew something: more than a handful of distinct colours."""
    assert image.width() > 150 and image.height() > 50
    colours = {
        QColor(image.pixel(x, y)).rgb()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert len(colours) > 8


def test_status_window_pictures(make_shell, service, qloop, images):
    for entry in audit_entries():
        service.record(entry)
    service.publish(BLOCKED_BY_SALESFORCE)
    shell = make_shell()
    window = shell.status_window
    window.resize(900, 640)
    window.show()
    flush(qloop)
    assert_not_blank(save(window, images, "status-window.png"))
    service.publish(CONSOLE_LINK_LOST)
    flush(qloop)
    assert_not_blank(save(window, images, "status-window-problems.png"))


def test_tray_menu_pictures(make_shell, service, qloop, images):
    shell = make_shell()
    menu = shell.tray.menu
    open_menu(menu)
    menu.adjustSize()
    assert_not_blank(save(menu, images, "tray-menu.png"))
    profiles = menu.actions()[[a.objectName() for a in menu.actions()].index("profiles")].menu()
    profiles.popup(menu.pos())  # sized as on screen
    assert_not_blank(save(profiles, images, "tray-menu-profiles.png"))
    service.publish(SIGNED_OUT)
    flush(qloop)
    open_menu(menu)
    menu.adjustSize()
    assert_not_blank(save(menu, images, "tray-menu-signed-out.png"))
    profiles.close()


def test_no_tray_window_picture(make_shell, service, qloop, images, tray_timer):
    shell = make_shell(tray_available=lambda: False, tray_attempts=1)
    service.publish(CONSOLE_LINK_LOST)
    shell.start(show_status_window=False)
    tray_timer.timeout.emit()
    window = shell.no_tray_window
    assert window is not None
    flush(qloop)
    window.adjustSize()
    assert_not_blank(save(window, images, "no-tray-window.png"))
