"""Tasks whose first step runs at once, in the caller's step: Python 3.12's eager tasks on 3.11.

A task asyncio makes waits a turn of the loop before its first line runs, and on the app's
qasync loop a turn is a pass of Qt's event loop. The write the agent waits for took two such
turns (its own task, then its HTTP exchange's, ``net.whole_exchange``) before httpx even began
its request (docs/performance.md, sync latency). :func:`start_now` runs the coroutine up to its
first wait before it returns the task that goes on from there: the task is the current one
meanwhile (``asyncio.current_task``, ``asyncio.timeout`` and anyio's cancel scopes see it) and
the step runs in the task's own copy of the context, as a task's steps do.

A wait the first step ends on costs no turn of its own either: a bare yield (``sleep(0)``, what
anyio's checkpoints do) or a future already done by the task's first turn goes on in that turn.
One difference from 3.12: a coroutine that finishes in its first step still ends its task at
the task's first turn, and a cancel before that turn wins.
"""

from __future__ import annotations

import asyncio
import contextvars
import sys
from collections.abc import Coroutine, Generator
from typing import Any, TypeVar

T = TypeVar("T")


def start_now(coro: Coroutine[Any, Any, T], *, name: str | None = None) -> asyncio.Task[T]:
    """A task for ``coro`` on the running loop, whose first step has already run."""
    loop = asyncio.get_running_loop()
    if sys.version_info >= (3, 12):
        return asyncio.Task(coro, loop=loop, name=name, eager_start=True)
    resumed = _Resumed(coro)
    context = contextvars.copy_context()
    task: asyncio.Task[T] = loop.create_task(resumed, name=name, context=context)
    caller = asyncio.current_task(loop)
    if caller is not None:
        asyncio.tasks._leave_task(loop, caller)
    asyncio.tasks._enter_task(loop, task)
    try:
        context.run(resumed.first_step)
    finally:
        asyncio.tasks._leave_task(loop, task)
        if caller is not None:
            asyncio.tasks._enter_task(loop, caller)
    return task


class _Resumed(Coroutine[Any, Any, T]):
    """The coroutine as its task sees it: the first step already taken, then the coroutine."""

    __slots__ = ("_coro", "_ended", "_handed", "_waits_on")

    def __init__(self, coro: Coroutine[Any, Any, T]) -> None:
        self._coro = coro
        self._waits_on: Any = None
        """What the first step yielded: a future it waits on, or None (a bare yield)."""
        self._ended: BaseException | None = None
        """How the first step ended the coroutine, if it did: StopIteration or its error."""
        self._handed = False

    def first_step(self) -> None:
        try:
            self._waits_on = self._coro.send(None)
        except BaseException as exc:  # StopIteration (its result) and errors alike
            self._ended = exc

    def send(self, value: Any) -> Any:
        if self._handed:
            return self._coro.send(value)
        self._handed = True
        if self._ended is not None:
            ended, self._ended = self._ended, None
            raise ended
        waits_on, self._waits_on = self._waits_on, None
        if waits_on is None:  # a bare yield: the turn it asked for is this one
            return self._coro.send(None)
        if asyncio.isfuture(waits_on) and waits_on.done():
            waits_on._asyncio_future_blocking = False  # as the task does before it resumes
            return self._coro.send(None)
        return waits_on  # the task waits on it, as if it had been yielded now

    def throw(self, typ: Any, val: Any = None, tb: Any = None) -> Any:
        """A cancel (or another error) thrown in by the task; before its first turn, the wait
        of the first step is cancelled as a task cancels what it waits on."""
        if not self._handed:
            self._handed = True
            waits_on, self._waits_on = self._waits_on, None
            if self._ended is not None:  # it had finished: the cancel wins
                self._ended = None
                raise typ if val is None else val
            if asyncio.isfuture(waits_on) and not waits_on.done():
                waits_on.cancel()
        if val is None and tb is None:
            return self._coro.throw(typ)
        return self._coro.throw(typ, val, tb)  # pragma: no cover - the old three-argument form

    def close(self) -> None:
        self._coro.close()

    def __await__(self) -> Generator[Any, None, T]:
        raise TypeError("a started coroutine is its task's alone")
