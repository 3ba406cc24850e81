"""Small helpers for driving the tray app's widgets in tests."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def run(loop: asyncio.AbstractEventLoop, work: Coroutine[Any, Any, Any], timeout: float = 5.0):
    return loop.run_until_complete(asyncio.wait_for(work, timeout))


class OpenedUrls(list[QUrl]):
    def __call__(self, url: QUrl) -> bool:
        self.append(url)
        return True


class Panel:
    """The desktop's panel colour, as the tray asks for it; a test flips ``dark``."""

    def __init__(self) -> None:
        self.dark = False

    def __call__(self) -> bool:
        return self.dark


def open_menu(menu: QMenu) -> dict[str, QAction]:
    """Open it as the tray would (``aboutToShow``) and index its actions by object name."""
    menu.aboutToShow.emit()
    return {a.objectName(): a for a in menu.actions() if a.objectName()}


def headers(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.objectName() == "header"]


def submenu(action: QAction) -> dict[str, QAction]:
    menu = action.menu()
    assert isinstance(menu, QMenu)
    return {a.objectName(): a for a in menu.actions() if a.objectName()}


def flush(loop: asyncio.AbstractEventLoop) -> None:
    """Let queued signals and ready tasks run."""
    run(loop, asyncio.sleep(0.01))
