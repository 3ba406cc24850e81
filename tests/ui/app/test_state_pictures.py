"""Pictures of every main state of a shift, in English and in French: the status window with the
tray menu beside it and the tray's tooltip text under it, each drawn by the real widgets.

They land in a temporary folder; with ``OMNISYNC_SCREENSHOTS=1`` they replace
``docs/images/states/`` (look at them after changing what the UI shows). The texts are asserted
too, so a picture never shows words the tests did not check.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QToolTip

from omnisync.ui.wording import headline
from support.qt_ui import flush, open_menu
from support.ui_states import SHIFT, audit_entries

pytestmark = pytest.mark.ui

STATES = Path(__file__).resolve().parents[3] / "docs" / "images" / "states"

HEADLINES = {
    "en": {
        "in-sync": "You are On Queue in Genesys Cloud; Omni-Channel follows as Busy.",
        "write-failed": "You are working in Omni-Channel, so Genesys Cloud is held at On Queue.",
    },
    "fr": {
        "in-sync": "Vous êtes sur On Queue dans Genesys Cloud\u00a0; Omni-Channel suit sur Busy.",
        "signed-out": (
            "Connectez-vous à Genesys Cloud et à Salesforce pour lancer la synchronisation."
        ),
    },
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    if os.environ.get("OMNISYNC_SCREENSHOTS") == "1":
        STATES.mkdir(parents=True, exist_ok=True)
        return STATES
    return tmp_path


@pytest.fixture
def speak(qapp):
    from omnisync.ui.i18n import install_language

    yield install_language
    install_language("en")


def _tooltip_image(text: str) -> QImage:
    """Qt's own tooltip widget showing the tray's tooltip text (the tray host draws its own,
    with the same text)."""
    QToolTip.showText(QPoint(0, 0), text)
    tips = [w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label"]
    assert tips, "no tooltip widget"
    image = tips[0].grab().toImage()
    QToolTip.hideText()
    return image


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("name", sorted(SHIFT))
def test_state_pictures(make_shell, service, qloop, speak, folder, language, name):
    speak(language)
    for entry in audit_entries():
        service.record(entry)
    service.publish(SHIFT[name])
    shell = make_shell()
    window = shell.status_window
    window.resize(780, 600)
    window.show()
    flush(qloop)
    expected = HEADLINES[language].get(name)
    if expected is not None:
        assert window.summary.text() == expected
    assert window.summary.text() == headline(service.state)
    menu = shell.tray.menu
    open_menu(menu)
    menu.adjustSize()
    assert menu.width() < 460  # the header no longer widens the menu (it once was 648 px)
    shot, menu_shot = window.grab().toImage(), menu.grab().toImage()
    tip = _tooltip_image(shell.tray.icon.toolTip())
    sheet = QImage(
        shot.width() + max(menu_shot.width(), tip.width()) + 24,
        max(shot.height(), menu_shot.height() + tip.height() + 12) + 16,
        QImage.Format.Format_ARGB32,
    )
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.drawImage(8, 8, shot)
    painter.drawImage(shot.width() + 16, 8, menu_shot)
    painter.drawImage(shot.width() + 16, menu_shot.height() + 20, tip)
    painter.end()
    assert sheet.save(str(folder / f"{language}-{name}.png"))
    window.hide()
