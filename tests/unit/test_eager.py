"""start_now: a task whose first step has run before it is returned (omnisync.eager).

Each test counts turns of the loop with a ticker task that notes every turn, so "no turn of its
own" is a count, not a time.
"""

from __future__ import annotations

import asyncio
import contextvars

import pytest

from omnisync.eager import start_now

marker: contextvars.ContextVar[str] = contextvars.ContextVar("marker", default="caller")


class Turns:
    """Counts the loop's turns from now on (one step of a task that yields every turn)."""

    def __init__(self) -> None:
        self.count = 0
        self._task = asyncio.get_running_loop().create_task(self._tick())

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(0)
            self.count += 1

    def stop(self) -> None:
        self._task.cancel()


async def test_the_first_step_runs_before_it_returns_as_its_own_task() -> None:
    seen: list[object] = []

    async def body() -> str:
        seen.append(asyncio.current_task())
        marker.set("task")
        seen.append(marker.get())
        await asyncio.sleep(0.001)
        seen.append(asyncio.current_task())
        return "done"

    caller = asyncio.current_task()
    task = start_now(body(), name="eager-body")
    assert seen == [task, "task"], "the first step ran at once, with the task current"
    assert asyncio.current_task() is caller, "the caller is the current task again"
    assert marker.get() == "caller", "the task's context is its own"
    assert await task == "done"
    assert seen[-1] is task
    assert task.get_name() == "eager-body"


async def test_a_bare_yield_goes_on_at_the_tasks_first_turn() -> None:
    steps: list[int] = []
    turns = Turns()

    async def body() -> None:
        steps.append(turns.count)
        await asyncio.sleep(0)  # anyio's checkpoint
        steps.append(turns.count)

    await start_now(body())
    eager_steps = list(steps)
    steps.clear()
    await asyncio.get_running_loop().create_task(body())
    turns.stop()
    assert eager_steps[1] - eager_steps[0] == 0, "the eager task went on at its first turn"
    assert steps[1] - steps[0] == 1, "a plain task's yield takes a turn of its own"


async def test_a_future_done_by_the_first_turn_costs_no_turn_of_its_own() -> None:
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    got: list[int] = []

    async def body() -> None:
        got.append(await future)

    task = start_now(body())
    future.set_result(7)
    await asyncio.sleep(0)  # the task's first turn
    assert got == [7]
    assert task.done()


async def test_a_future_it_waits_on_wakes_it_later() -> None:
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    async def body() -> int:
        return await future + 1

    task = start_now(body())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert not task.done()
    future.set_result(1)
    assert await task == 2


async def test_a_coroutine_that_ends_in_its_first_step_gives_its_result_or_error() -> None:
    async def answer() -> int:
        return 42

    async def fails() -> None:
        raise ValueError("broken")

    assert await start_now(answer()) == 42
    with pytest.raises(ValueError, match="broken"):
        await start_now(fails())


async def test_a_cancel_before_the_first_turn_reaches_the_coroutine_and_its_wait() -> None:
    future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    cleaned: list[str] = []

    async def body() -> None:
        try:
            await future
        finally:
            cleaned.append("finally")

    task = start_now(body())
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert cleaned == ["finally"]
    assert future.cancelled(), "what it waited on is cancelled, as for any task"


async def test_a_cancel_while_it_waits_later_works_as_for_any_task() -> None:
    future: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    async def body() -> None:
        await future

    task = start_now(body())
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert future.cancelled()


async def test_started_inside_another_eager_step_each_task_is_current_in_turn() -> None:
    seen: list[object] = []

    async def inner() -> None:
        seen.append(("inner", asyncio.current_task()))
        await asyncio.sleep(0)

    async def outer() -> None:
        child = start_now(inner())
        seen.append(("outer", asyncio.current_task()))
        await child

    caller = asyncio.current_task()
    task = start_now(outer())
    assert asyncio.current_task() is caller
    await task
    assert seen[1] == ("outer", task)
    assert seen[0][1] is not task and seen[0][1] is not caller


async def test_started_from_a_plain_callback_no_task_is_current_after() -> None:
    loop = asyncio.get_running_loop()
    made: asyncio.Future[asyncio.Task[None]] = loop.create_future()

    async def body() -> None:
        await asyncio.sleep(0)

    def callback() -> None:
        task = start_now(body())
        assert asyncio.current_task() is None
        made.set_result(task)

    loop.call_soon(callback)
    await (await made)


async def test_asyncio_timeout_in_the_first_step_cancels_the_task_itself() -> None:
    async def body() -> None:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(5)

    with pytest.raises(TimeoutError):
        await start_now(body())
