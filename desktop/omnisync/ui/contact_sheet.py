"""Render every tray icon on light and dark panels into one PNG, to check legibility by eye.

Run ``python -m omnisync.ui.contact_sheet docs/images/icons.png`` (works headless with
``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from omnisync.ui.icons import TrayState, render_pixmap

SHEET_SIZES: tuple[int, ...] = (16, 22, 32, 64)
PANELS: tuple[tuple[str, QColor, bool], ...] = (
    ("light panel", QColor("#EDEDED"), False),
    ("dark panel", QColor("#232629"), True),
)
_LABEL_WIDTH = 150
_PAD = 8
_HEADER = 22


def render_contact_sheet() -> QImage:
    """One row per state; per panel, the sizes without and then with the problem badge."""
    block = sum(SHEET_SIZES) + _PAD * (len(SHEET_SIZES) + 1)
    row_height = max(SHEET_SIZES) + 2 * _PAD
    columns = len(PANELS) * 2
    width = _LABEL_WIDTH + columns * block
    height = _HEADER + row_height * len(TrayState)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for column in range(columns):
            name, colour, dark = PANELS[column // 2]
            badge = column % 2 == 1
            left = _LABEL_WIDTH + column * block
            painter.fillRect(QRect(left, 0, block, height), colour)
            painter.setPen(QColor("white") if dark else QColor("black"))
            title = f"{name}{' + badge' if badge else ''}"
            painter.drawText(QRect(left, 0, block, _HEADER), Qt.AlignmentFlag.AlignCenter, title)
            for row, state in enumerate(TrayState):
                top = _HEADER + row * row_height
                x = left + _PAD
                for size in SHEET_SIZES:
                    y = top + (row_height - size) // 2
                    painter.drawPixmap(x, y, render_pixmap(state, size, dark=dark, badge=badge))
                    x += size + _PAD
        painter.setPen(QColor("black"))
        for row, state in enumerate(TrayState):
            top = _HEADER + row * row_height
            label = QRect(_PAD, top, _LABEL_WIDTH - _PAD, row_height)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, state.label
            )
    finally:
        painter.end()
    return image


def write_contact_sheet(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not render_contact_sheet().save(str(path)):
        raise OSError(f"Could not write the contact sheet to {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path, help="PNG file to write")
    args = parser.parse_args(argv)
    if "DISPLAY" not in os.environ and "WAYLAND_DISPLAY" not in os.environ:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    write_contact_sheet(args.output)
    del app
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
