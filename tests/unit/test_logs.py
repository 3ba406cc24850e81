"""The application log holds names and e-mail addresses: only its owner may read it."""

import logging
import stat
from pathlib import Path

import pytest

from omnisync.logs import PrivateRotatingFileHandler, configure_logging


def _modes(folder: Path) -> set[int]:
    return {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}


def test_the_app_log_is_created_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("omnisync.logs.log_dir", lambda: tmp_path / "log")
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    try:
        path = configure_logging(to_stderr=False)
        logging.getLogger("omnisync.test").warning("agent ana@example.com")
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    assert "ana@example.com" in path.read_text()
    assert _modes(path.parent) == {0o600}


def test_rotated_and_inherited_logs_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "omnisync.log"
    path.write_text("from an older version\n")
    path.chmod(0o644)
    handler = PrivateRotatingFileHandler(path, maxBytes=200, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("omnisync.test.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(30):
            logger.warning("line %d for ana@example.com", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "omnisync.log",
        "omnisync.log.1",
        "omnisync.log.2",
    ]
    assert _modes(tmp_path) == {0o600}
