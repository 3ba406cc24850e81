"""Application logging: a rotating file in the user's log folder, with secrets redacted."""

from __future__ import annotations

import logging
import logging.handlers
import os
from io import TextIOWrapper
from pathlib import Path

import platformdirs

from omnisync.appinfo import APP_AUTHOR, APP_NAME
from omnisync.auth.redact import install_redaction


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log only its owner can read (0600): the lines hold names and e-mail addresses.

    Every file it opens, the first one and each after a rotation, is created 0600, and a file
    left readable by an older version is narrowed when opened.
    """

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def configure_logging(
    *, verbose: bool = False, to_stderr: bool = True, stderr_format: logging.Formatter | None = None
) -> Path:
    """Log to ``omnisync.log`` (rotated) and stderr; every handler redacts tokens and codes.

    ``stderr_format``: the terminal's lines in another format (the headless demo's one)."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "omnisync.log"
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [
        PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    ]
    if to_stderr:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(fmt)
        root.addHandler(handler)
    if to_stderr and stderr_format is not None:
        handlers[-1].setFormatter(stderr_format)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    install_redaction(root)
    return path
