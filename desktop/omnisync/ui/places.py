"""Folders and documents the UI opens for the agent: the log folder and the setup guide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl

from omnisync.logs import log_dir
from omnisync.resources import resources_dir

__all__ = ["log_dir", "setup_guide_url"]

SETUP_GUIDE = "salesforce-setup.md"
"""The console component's setup guide in ``docs/``: the repository's folder in a checkout, and
``omnisync/docs`` beside ``omnisync/resources`` in a wheel (pyproject's force-include)."""


def setup_guide_url(docs_dir: Path | None = None) -> QUrl | None:
    """The setup guide as a local file, found beside the resources in both layouts; None when
    this installation lacks it, and the "open the setup guide" button then says to ask the
    administrator."""
    if docs_dir is None:
        try:
            docs_dir = resources_dir().parent / "docs"
        except FileNotFoundError:
            return None
    guide = docs_dir / SETUP_GUIDE
    return QUrl.fromLocalFile(str(guide)) if guide.is_file() else None
