"""Long-lived tasks by name, restarted with backoff, their failures kept and shown.

A connection loop that dies must never vanish silently: its error is logged, reported to the
state the tray shows, and the loop is started again after an exponential, jittered delay. A task
that ran healthy for a while starts its backoff from scratch.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace

from omnisync.auth.errors import AuthError
from omnisync.genesys.errors import GenesysError
from omnisync.salesforce.errors import SalesforceError
from omnisync.timing import Clock, Sleep, real_sleep, wall_clock

log = logging.getLogger(__name__)

EXPECTED = (OSError, TimeoutError, AuthError, GenesysError, SalesforceError)
"""Failures the world causes (networks, servers, sessions): logged without a traceback."""


class TaskState(enum.Enum):
    RUNNING = "running"
    BACKING_OFF = "backing off"
    FINISHED = "finished"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class TaskReport:
    name: str
    state: TaskState
    failures: int = 0
    last_error: str = ""
    retry_in: float = 0.0


Factory = Callable[[], Awaitable[None]]
OnReport = Callable[[TaskReport], None]


class Supervisor:
    def __init__(
        self,
        on_report: OnReport | None = None,
        *,
        sleep: Sleep = real_sleep,
        clock: Clock = wall_clock,
        jitter: Callable[[], float] = random.random,
        base_delay: float = 1.0,
        max_delay: float = 60.0,
        healthy_after: float = 120.0,
    ) -> None:
        self._on_report = on_report
        self._sleep = sleep
        self._clock = clock
        self._jitter = jitter
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.healthy_after = healthy_after
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self.reports: dict[str, TaskReport] = {}
        self._retiring: set[asyncio.Task[None]] = set()
        """Replaced tasks, cancelled but not yet ended."""

    def _report(self, report: TaskReport) -> None:
        self.reports[report.name] = report
        if self._on_report is not None:
            self._on_report(report)

    def delay_for(self, failures: int) -> float:
        """Exponential in the number of failures in a row, capped, with up to 50 % jitter."""
        delay: float = min(self.max_delay, self.base_delay * 2.0 ** max(0, failures - 1))
        return delay * (0.5 + 0.5 * self._jitter())

    def start(self, name: str, factory: Factory) -> None:
        """Run ``factory()`` under ``name``; a task of the same name is replaced."""
        old = self._tasks.pop(name, None)
        if old is not None:
            old.cancel()
            if not old.done():
                # It may take a moment to end (a socket closing): a stop must still wait for it.
                self._retiring.add(old)
                old.add_done_callback(self._retiring.discard)
        self._tasks[name] = asyncio.get_running_loop().create_task(
            self._run(name, factory), name=f"omnisync:{name}"
        )

    async def _run(self, name: str, factory: Factory) -> None:
        failures = 0
        while True:
            self._report(TaskReport(name, TaskState.RUNNING, failures))
            started = self._clock()
            try:
                await factory()
            except asyncio.CancelledError:
                self._report(TaskReport(name, TaskState.STOPPED, failures))
                raise
            except Exception as exc:
                if self._clock() - started >= self.healthy_after:
                    failures = 0
                failures += 1
                error = f"{type(exc).__name__}: {exc}"
                # A traceback only for what no one expects: a network or product error (or a
                # session that ended) is said in one line, a bug in full.
                trace = None if isinstance(exc, EXPECTED) else exc
                log.warning(
                    "task %s failed (%d in a row): %s", name, failures, error, exc_info=trace
                )
                delay = self.delay_for(failures)
                self._report(TaskReport(name, TaskState.BACKING_OFF, failures, error, delay))
                await self._sleep(delay)
                continue
            report = self.reports.get(name, TaskReport(name, TaskState.FINISHED))
            self._report(replace(report, state=TaskState.FINISHED, retry_in=0.0))
            return

    async def stop(self, name: str) -> None:
        task = self._tasks.pop(name, None)
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def shutdown(self) -> None:
        """Cancel every task and wait for all of them: nothing keeps running after Quit."""
        tasks = [*self._tasks.values(), *self._retiring]
        self._tasks.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    @property
    def running(self) -> list[str]:
        return [name for name, task in self._tasks.items() if not task.done()]
