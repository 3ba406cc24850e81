"""Read a settings-sized file, refusing a huge one before reading it into memory."""

from __future__ import annotations

import errno
from pathlib import Path

from omnisync.core.message import say

MAX_FILE_BYTES = 1_000_000
"""Profiles, policies, settings and status lists are a few kilobytes; a megabyte is a mistake."""


class FileTooLarge(OSError):
    """An ``OSError``, so every caller's "cannot read the file" handling already covers it;
    :attr:`said` is the reason the tray translates (``str()`` stays English for the CLI)."""

    def __init__(self, path: Path, limit: int) -> None:
        self.said = say(
            "problems", "it is larger than {limit} bytes, too large for a settings file"
        ).fill(limit=f"{limit:,}")
        super().__init__(errno.EFBIG, self.said.english(), path)


def read_small_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """At most ``limit`` bytes of ``path``, or :class:`FileTooLarge` (reading stops past it)."""
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(path, limit)
    return data


def read_small_text(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """The UTF-8 text of ``path``; raises :class:`FileTooLarge` or ``UnicodeDecodeError``."""
    return read_small_bytes(path, limit).decode("utf-8")
