"""The engine's memory on disk: one small JSON file per user, replaced atomically.

It holds status ids, labels and a time, never a token or a name. A file this version cannot use
is dropped with a line in the log (the promise it held is lost, the app goes on); an empty
memory removes the file.
"""

from __future__ import annotations

import contextlib
import json
import logging
from pathlib import Path

from omnisync.atomicfile import write_atomic
from omnisync.core.bounded import UnsafeData, json_loads
from omnisync.core.memory import EngineMemory, MemoryFormatError
from omnisync.small_files import read_small_text

log = logging.getLogger(__name__)


def load_memory(path: Path) -> EngineMemory | None:
    try:
        text = read_small_text(path)
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("Ignored the saved sync state %s: it cannot be read (%s)", path, exc)
        return None
    try:
        return EngineMemory.from_json(json_loads(text))
    except (json.JSONDecodeError, UnsafeData, MemoryFormatError) as exc:
        log.warning("Ignored the saved sync state %s: %s", path, exc)
        return None


def save_memory(path: Path, memory: EngineMemory) -> None:
    """Replace the file (or remove it when there is nothing to keep); failures are logged."""
    try:
        if memory.empty:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            return
        write_atomic(path, json.dumps(memory.to_json(), separators=(",", ":")))
    except OSError as exc:
        log.warning("Could not save the sync state to %s: %s", path, exc)
