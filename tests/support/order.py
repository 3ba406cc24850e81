"""What the service believed, in order, against what happened: for the event-order tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from omnisync.service.state import ServiceState
from support.running import Running


class History:
    """Every value of one field of the service's state, each time it changed."""

    def __init__(self, run: Running, field: Callable[[ServiceState], Any]) -> None:
        self.values: list[Any] = []
        self._field = field
        run.service.on_state(self._seen)
        self._seen(run.service.state)

    def _seen(self, state: ServiceState) -> None:
        value = self._field(state)
        if not self.values or self.values[-1] != value:
            self.values.append(value)

    def since(self, value: Any) -> list[Any]:
        """The values from the last time ``value`` was reached (the start of the test)."""
        index = len(self.values) - 1 - self.values[::-1].index(value)
        return self.values[index:]


def in_order(seen: list[Any], truth: list[Any]) -> bool:
    """``seen`` is ``truth`` with some values skipped, never one going back."""
    position = 0
    for value in seen:
        while position < len(truth) and truth[position] != value:
            position += 1
        if position == len(truth):
            return False
    return True
