"""FollowUp: what a person reads waits for the writes to leave, keeps its order, and is capped."""

from __future__ import annotations

import asyncio

from omnisync.service.write_first import FollowUp


async def _turns(n: int = 3) -> None:
    for _ in range(n):
        await asyncio.sleep(0)


async def test_without_writes_the_job_runs_at_once() -> None:
    ran: list[str] = []
    assert FollowUp().hold(lambda: ran.append("a"), 0) == []
    assert ran == ["a"]


async def test_jobs_wait_for_every_write_and_keep_their_order() -> None:
    follow, ran = FollowUp(cap=60), []
    (left_a,) = follow.hold(lambda: ran.append("a"), 1)
    follow.hold(lambda: ran.append("b"), 0)  # after a, though it has no write
    left_c1, left_c2 = follow.hold(lambda: ran.append("c"), 2)
    left_a()
    left_a()  # said twice: counts once
    left_c1()
    await _turns()
    assert ran == []
    left_c2()
    assert ran == []  # not inside the write's own step: on the next turn of the loop
    await _turns()
    assert ran == ["a", "b", "c"]


async def test_flush_runs_them_now_and_late_callbacks_are_ignored() -> None:
    follow, ran = FollowUp(cap=60), []
    (left,) = follow.hold(lambda: ran.append("a"), 1)
    follow.flush()
    assert ran == ["a"]
    (later,) = follow.hold(lambda: ran.append("b"), 1)
    left()  # from the round already flushed: b still waits for its own write
    await _turns()
    assert ran == ["a"]
    later()
    await _turns()
    assert ran == ["a", "b"]


async def test_a_write_that_never_leaves_is_waited_for_no_longer_than_the_cap() -> None:
    follow, ran = FollowUp(cap=0), []
    follow.hold(lambda: ran.append("a"), 1)
    await _turns()
    assert ran == ["a"]
