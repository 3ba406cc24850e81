"""The baseline: the least a PySide6 app does to show an icon in the system tray, then exit.

Prints ``TRAY_SHOWN <epoch seconds> available=<bool>`` right after ``QSystemTrayIcon.show()``.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon


def main() -> int:
    app = QApplication(sys.argv)
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("#2a7d4f"))
    icon = QSystemTrayIcon(QIcon(pixmap), app)
    available = QSystemTrayIcon.isSystemTrayAvailable()
    icon.show()
    print(f"TRAY_SHOWN {time.time():.6f} available={available and icon.isVisible()}", flush=True)
    icon.hide()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
