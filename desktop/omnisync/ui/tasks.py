"""Fire-and-forget tasks started by clicks, kept alive and never failing silently.

The event loop holds tasks only weakly, and Qt discards whatever a slot returns, so a task
started from a menu click must be kept somewhere until it ends. Failures go to ``on_error``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)

OnError = Callable[[str, BaseException], None]


class TaskSet:
    def __init__(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self._loop = loop
        self._tasks: set[asyncio.Task[None]] = set()

    def spawn(self, title: str, work: Coroutine[Any, Any, object], on_error: OnError) -> None:
        """Run ``work``; an exception calls ``on_error(title, exc)`` (a cancel does not)."""
        loop = self._loop or asyncio.get_running_loop()
        task = loop.create_task(self._guarded(title, work, on_error))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _guarded(title: str, work: Coroutine[Any, Any, object], on_error: OnError) -> None:
        try:
            await work
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("%s: %s", title, exc)
            on_error(title, exc)

    def __len__(self) -> int:
        return len(self._tasks)

    async def wait_idle(self) -> None:
        """Wait for every task started so far, and for any they started in turn."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await self.wait_idle()
