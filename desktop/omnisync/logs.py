"""Application logging: a rotating file in the user's log folder, with secrets redacted."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

from omnisync.appinfo import APP_AUTHOR, APP_NAME
from omnisync.auth.redact import install_redaction


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def configure_logging(*, verbose: bool = False, to_stderr: bool = True) -> Path:
    """Log to ``omnisync.log`` (rotated) and stderr; every handler redacts tokens and codes."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "omnisync.log"
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    ]
    if to_stderr:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(fmt)
        root.addHandler(handler)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    install_redaction(root)
    return path
