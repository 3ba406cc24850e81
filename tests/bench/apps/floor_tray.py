"""The floor of a full tray on this stack: the bare tray app plus only the pieces named.

Counted under callgrind against ``bare_tray.py`` (docs/performance.md, "Start-up to tray": the
floor), to tell what the start-up budget leaves for the app's own code. ``PIECES`` (comma
separated, any of): ``ssl``; ``asyncio``; ``qasync``; ``qtns`` (Qt's ``Qt`` namespace touched
once, as any queued connection or alignment does); ``net`` (a ``QLocalServer``, the
single-instance lock's); ``svg`` (an SVG icon rendered, as the tray's are); ``menu`` (a context
menu of 14 actions and a three-line tooltip). Prints ``TRAY_SHOWN`` once the icon is shown.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="22" height="22">'
    b'<circle cx="11" cy="11" r="9" fill="#2a7d4f"/></svg>'
)


def _add(pieces: set[str], app: QApplication) -> None:
    if "ssl" in pieces:
        import ssl  # noqa: F401
    if "asyncio" in pieces:
        import asyncio  # noqa: F401
    if "qasync" in pieces:
        import qasync  # noqa: F401
    if "qtns" in pieces:
        from PySide6.QtCore import Qt

        _ = Qt.ConnectionType.QueuedConnection
    if "net" in pieces:
        from PySide6.QtNetwork import QLocalServer

        QLocalServer(app)
    if "svg" in pieces:
        from PySide6.QtSvg import QSvgRenderer

        drawn = QPixmap(22, 22)
        drawn.fill(QColor(0, 0, 0, 0))
        painter = QPainter(drawn)
        QSvgRenderer(SVG).render(painter)
        painter.end()


def main() -> int:
    pieces = set(os.environ.get("PIECES", "").split(","))
    app = QApplication(sys.argv)
    _add(pieces, app)
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("#2a7d4f"))
    icon = QSystemTrayIcon(QIcon(pixmap), app)
    if "menu" in pieces:
        from PySide6.QtWidgets import QMenu

        menu = QMenu()
        for number in range(14):
            menu.addAction(f"Action number {number}").triggered.connect(lambda *_: None)
        icon.setContextMenu(menu)
        icon.setToolTip("OmniSync Companion: in sync\nGenesys: Available\nOmni: Available")
    icon.show()
    print("TRAY_SHOWN", flush=True)
    icon.hide()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
