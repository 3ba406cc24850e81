"""The audit log: every decision with its rule, explanation and outcome.

Each sentence is a :class:`~omnisync.core.message.Message`: the status window translates it, the
file keeps its stable English form (``trigger``, ``explanation``, ``reason``, ``detail``). Kept in
memory (bounded) for the status window, and appended as JSON lines to a rotating file in
the user's data folder. The file is written by a background thread (a logging QueueListener), so
the event loop never waits on the disk. Entries hold statuses and sentences only: no tokens, no
ids of people, nothing secret.
"""

from __future__ import annotations

import enum
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from omnisync.core.decision import Action, ActionKind, Decision
from omnisync.core.message import NOTHING, Message, english

if TYPE_CHECKING:  # the file's writer: imported when the file is opened, not by the tray's
    import logging.handlers  # first step, which shows entries' words only


class Outcome(enum.Enum):
    DECIDED = "decided"
    """Nothing to carry out (a skip, or a decision without actions)."""
    PENDING = "pending"
    CONFIRMED = "confirmed"
    RETRIED = "retried"
    FAILED = "failed"
    ASKED = "asked"


ROUTE_KIND = "link-route"
"""The kind of an entry that tells a change of the console link's transport (``status`` is
``direct`` or ``record``, ``detail`` why the record)."""


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: float
    observed: Message
    """What was observed (or what the service notes)."""
    mode: str
    rule: str = ""
    product: str = ""
    kind: str = ""
    status: str = ""
    said: Message = NOTHING
    """What the app did about it."""
    why_not: Message | None = None
    outcome: Outcome = Outcome.DECIDED
    failure: Message | None = None
    """Why a write was retried or failed."""

    @property
    def trigger(self) -> str:
        return self.observed.english()

    @property
    def explanation(self) -> str:
        return self.said.english()

    @property
    def reason(self) -> str:
        return english(self.why_not)

    @property
    def detail(self) -> str:
        return english(self.failure)

    @property
    def when(self) -> str:
        return datetime.fromtimestamp(self.at, UTC).isoformat(timespec="milliseconds")

    def to_json(self) -> str:
        """One line of the audit file, in English whatever the agent's language."""
        data = {
            "at": self.at,
            "trigger": self.trigger,
            "mode": self.mode,
            "rule": self.rule,
            "product": self.product,
            "kind": self.kind,
            "status": self.status,
            "explanation": self.explanation,
            "reason": self.reason,
            "outcome": self.outcome.value,
            "detail": self.detail,
            "when": self.when,
        }
        import json  # here: the tray's first step imports this module and writes no entry

        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def entries_for(decision: Decision) -> list[AuditEntry]:
    """One entry per action, or one for a decision that did nothing (so every one is visible)."""
    mode = decision.view.mode.value
    if not decision.actions:
        return [AuditEntry(decision.at, decision.observed, mode)]
    return [_entry(decision, action, mode) for action in decision.actions]


def _entry(decision: Decision, action: Action, mode: str) -> AuditEntry:
    outcome = {
        ActionKind.ENFORCE: Outcome.PENDING,
        ActionKind.ASK_AGENT: Outcome.ASKED,
        ActionKind.SKIP: Outcome.DECIDED,
    }[action.kind]
    return AuditEntry(
        at=decision.at,
        observed=decision.observed,
        mode=mode,
        rule=action.rule.value,
        product=action.product.value,
        kind=action.kind.value,
        status=action.status_label,
        said=action.said,
        why_not=action.why_not,
        outcome=outcome,
    )


Listener = Callable[[AuditEntry], None]


@dataclass
class AuditLog:
    """In-memory ring plus an optional rotating JSON-lines file."""

    keep: int = 1000
    entries: deque[AuditEntry] = field(init=False)
    _listeners: list[Listener] = field(default_factory=list, init=False)
    _listener_thread: logging.handlers.QueueListener | None = field(default=None, init=False)
    _logger: logging.Logger | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.entries = deque(maxlen=self.keep)

    def open_file(self, path: Path, *, max_bytes: int = 1_000_000, backups: int = 5) -> None:
        """Append to ``path`` from now on, rotating at ``max_bytes`` and keeping ``backups``."""
        import logging.handlers
        import queue

        from omnisync.logs import PrivateRotatingFileHandler

        path.parent.mkdir(parents=True, exist_ok=True)
        handler = PrivateRotatingFileHandler(
            path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(message)s"))
        lines: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
        self._listener_thread = logging.handlers.QueueListener(lines, handler)
        self._listener_thread.start()
        logger = logging.getLogger(f"omnisync.audit.{id(self)}")
        logger.propagate = False
        logger.setLevel(logging.INFO)
        logger.handlers = [logging.handlers.QueueHandler(lines)]
        self._logger = logger

    def close(self) -> None:
        """Flush the file; safe to call twice."""
        if self._listener_thread is not None:
            self._listener_thread.stop()
            for handler in self._listener_thread.handlers:
                handler.close()
            self._listener_thread = None
        if self._logger is not None:
            self._logger.handlers = []
            self._logger = None

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def record(self, entry: AuditEntry) -> None:
        self.entries.append(entry)
        if self._logger is not None:
            self._logger.info(entry.to_json())
        for listener in self._listeners:
            listener(entry)

    def record_decision(self, decision: Decision) -> list[AuditEntry]:
        entries = entries_for(decision)
        for entry in entries:
            self.record(entry)
        return entries
