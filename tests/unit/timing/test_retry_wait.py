"""RetryWait: a back-off the agent's Retry cuts short; otherwise an ordinary sleep."""

from __future__ import annotations

import asyncio

import pytest

from omnisync.timing import RetryWait


async def never_ends(_seconds: float) -> None:
    await asyncio.get_running_loop().create_future()


async def test_now_ends_the_wait_under_way():
    wait = RetryWait(never_ends)
    waiting = asyncio.create_task(wait.wait(3600))
    await asyncio.sleep(0)
    assert wait.waiting
    wait.now()
    await asyncio.wait_for(waiting, 1)
    assert not wait.waiting


async def test_now_with_nothing_waiting_does_not_shorten_the_next_wait():
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    wait = RetryWait(sleep)
    wait.now()  # nothing to end: remembered by no one
    await wait.wait(5)
    assert slept == [5]


async def test_a_sleep_that_raises_ends_the_wait_with_it():
    async def cancelled(_seconds: float) -> None:
        raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        await RetryWait(cancelled).wait(1)


async def test_cancelling_the_waiter_leaves_no_task_behind():
    wait = RetryWait(never_ends)
    before = asyncio.all_tasks()
    waiting = asyncio.create_task(wait.wait(3600))
    await asyncio.sleep(0)
    started = asyncio.all_tasks() - before - {waiting}
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert started and all(t.done() for t in started)


async def test_a_cancel_that_arrives_while_the_wait_tidies_up_is_not_lost():
    """Quit while a back-off ends: the runner must stop, not carry on reconnecting."""

    async def slow_to_cancel(_seconds: float) -> None:
        try:
            await asyncio.get_running_loop().create_future()
        finally:
            for _ in range(3):
                await asyncio.sleep(0)  # its cancellation takes a few turns

    wait = RetryWait(slow_to_cancel)
    waiting = asyncio.create_task(wait.wait(3600))
    for _ in range(2):
        await asyncio.sleep(0)
    wait.now()
    for _ in range(3):
        await asyncio.sleep(0)  # the wait ended and is cancelling the sleep
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(waiting, 1)
