"""The write goes first: what a person reads about a decision follows once its writes have left.

Recording the audit entry (JSON for the file, the status window's row) and publishing the new
state take longer than the engine's decision itself; done first, they delay the write to the
other product that the agent is waiting for. So the service hands them to :class:`FollowUp`,
which runs them once every write of the decision has left (its request is on the socket, or the
write ended), or after a short cap should a write be held up before it sends (a lock, a sign-in),
whichever comes first; and at once when something else must be recorded after them, so the
audit keeps its order. The next events wait too (the service holds them back while
:attr:`FollowUp.writes_leaving`, and :class:`FollowUp` calls it back after each flush): the
engine, the audit and the state of the event that arrived a moment later (the routing status
right after the presence, say) ran before the write had reached its socket.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

CAP = 0.05
"""Seconds the agent's view may wait for a write that has not left: well under a glance."""


class FollowUp:
    """Jobs held in order until every write they wait for has left, then run together."""

    def __init__(self, cap: float = CAP, then: Callable[[], None] | None = None) -> None:
        self._cap = cap
        self._then = then
        """Called after every flush: what waited for the writes to leave goes on."""
        self._jobs: list[Callable[[], None]] = []
        self._waiting = 0
        self._round = 0
        """Counts flushes: a write's callback from before the last one no longer counts."""
        self._timer: asyncio.TimerHandle | None = None

    def hold(self, job: Callable[[], None], writes: int) -> list[Callable[[], None]]:
        """Run ``job`` once ``writes`` writes have left; one callback per write to say so.

        With no writes and nothing held it runs now; otherwise after the jobs held before it.
        """
        if writes == 0 and not self._jobs:
            job()
            return []
        self._jobs.append(job)
        self._waiting += writes
        if self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self._cap, self.flush)
        return [self._left_once(self._round) for _ in range(writes)]

    def flush(self) -> None:
        """Run the held jobs now (before anything that must come after them); safe to repeat."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        jobs, self._jobs = self._jobs, []
        self._waiting = 0
        self._round += 1
        for job in jobs:
            job()
        if self._then is not None:
            self._then()

    @property
    def writes_leaving(self) -> bool:
        """Writes held jobs wait for have not all left yet (a flush is then always due)."""
        return self._waiting > 0

    def _left_once(self, round_: int) -> Callable[[], None]:
        called = False

        def left() -> None:
            nonlocal called
            if called or round_ != self._round:
                return
            called = True
            self._waiting -= 1
            if self._waiting == 0:  # the write reads its answer first, then the jobs run
                asyncio.get_running_loop().call_soon(self._flush_round, round_)

        return left

    def _flush_round(self, round_: int) -> None:
        if round_ == self._round:
            self.flush()
