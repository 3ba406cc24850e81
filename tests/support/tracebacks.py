"""Catching what bad input must never cause: a traceback in a log, text on stderr, an error no
task handled. Used by the fuzz tests and the soak (tests/soak/harness.py).

``with no_tracebacks() as seen:`` (inside a running event loop) fails at the end of the block
when anything of the kind happened; ``watching()`` only collects, for a caller that reports.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import io
import logging
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

WATCHED_LOGGERS = ("", "uvicorn", "uvicorn.error", "asyncio")


class _TracebackRecords(logging.Handler):
    def __init__(self, found: list[str]) -> None:
        super().__init__(logging.DEBUG)
        self.found = found

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if not (record.exc_info or "Traceback (most recent call last)" in text):
            return
        where = ""
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            frames = traceback.extract_tb(error.__traceback__)[-3:]
            path = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in frames)
            where = f" [{type(error).__name__}: {str(error)[:120]} at {path}]"
        self.found.append(f"traceback in the log: {record.name}: {text.strip()[:300]}{where}")


class _Tee(io.TextIOBase):
    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.text: list[str] = []

    def write(self, text: str) -> int:
        self.text.append(text)
        return int(self.inner.write(text))

    def flush(self) -> None:
        self.inner.flush()


@dataclass
class Seen:
    problems: list[str] = field(default_factory=list)


@contextlib.contextmanager
def watching() -> Iterator[Seen]:
    """Collect every traceback logged, every unhandled task error and any traceback written
    to stderr while the block runs (in ``seen.problems``)."""
    seen = Seen()
    loop = asyncio.get_running_loop()
    previous = loop.get_exception_handler()

    def on_error(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        seen.problems.append(
            f"unhandled task error: {context.get('exception') or context.get('message')}"
        )

    loop.set_exception_handler(on_error)
    handler = _TracebackRecords(seen.problems)
    loggers = [logging.getLogger(name) for name in WATCHED_LOGGERS]
    root = loggers[0]
    old_level = root.level
    root.setLevel(min(old_level, logging.INFO) if old_level else logging.INFO)
    for logger in loggers:
        logger.addHandler(handler)
    tee = _Tee(sys.stderr)
    old_stderr, sys.stderr = sys.stderr, tee  # type: ignore[assignment]
    try:
        yield seen
    finally:
        gc.collect()  # an unretrieved task error is reported when its task is collected
        sys.stderr = old_stderr
        for logger in loggers:
            logger.removeHandler(handler)
        root.setLevel(old_level)
        loop.set_exception_handler(previous)
        stderr = "".join(tee.text)
        if "Traceback" in stderr:
            seen.problems.append(f"traceback on stderr: {stderr[-500:]}")


@contextlib.contextmanager
def no_tracebacks() -> Iterator[Seen]:
    with watching() as seen:
        yield seen
    assert not seen.problems, "\n".join(seen.problems)
