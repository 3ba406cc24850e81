"""Genesys Cloud's idle token timeout: when the app's session will end, and what to do first.

An org may revoke every access token after 5 to 480 minutes without an API call made with it
(15 at most with HIPAA), and PKCE clients get no refresh token, so the agent must sign in again.
The app's own token is idle whenever the agent is (notifications are no API call). The timeout
is read from ``GET /api/v2/tokens/timeout`` (any user may read it), else taken from the policy
(``genesys.idle_timeout_minutes``). The client then warns before the end and confirms the end
with ``GET /api/v2/tokens/me?preserveIdleTTL=true`` (a check that does not reset the timer), or,
when the administrator asked for it (``genesys.keep_session_alive``), makes one cheap call
(``HEAD /api/v2/tokens/me``) shortly before the end.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from typing import Any

from omnisync.genesys.errors import MalformedMessage

CHECK_GRACE = 2.0
"""Seconds after the expected end before the check: the server's clock may be a little late."""


class IdleStep(enum.Enum):
    WARN = "warn"
    KEEP_ALIVE = "keep alive"
    CHECK = "check"


@dataclass(frozen=True, slots=True)
class IdlePlan:
    timeout: float
    """The org's idle token timeout, in seconds."""
    source: str
    """Where it came from: "org" (the API) or "policy"."""
    keep_alive: bool = False

    @property
    def warn_margin(self) -> float:
        """How long before the end the agent is warned: 5 minutes, less for a short timeout."""
        return min(300.0, self.timeout / 3)

    @property
    def keep_alive_margin(self) -> float:
        return min(60.0, self.timeout / 10)

    @property
    def minutes(self) -> int:
        return max(1, round(self.timeout / 60))

    def end(self, last_used: float) -> float:
        return last_used + self.timeout

    def next_step(self, last_used: float, warned: bool) -> tuple[IdleStep, float]:
        """The next thing to do and when, given the last API call that reset the timer."""
        end = self.end(last_used)
        if self.keep_alive:
            return IdleStep.KEEP_ALIVE, end - self.keep_alive_margin
        if not warned:
            return IdleStep.WARN, end - self.warn_margin
        return IdleStep.CHECK, end + CHECK_GRACE


def timeout_from_answer(body: Any) -> float | None:
    """The seconds of ``GET /api/v2/tokens/timeout``'s answer; None when the org has none."""
    if not isinstance(body, dict):
        raise MalformedMessage("the idle token timeout answer is not an object")
    enabled, seconds = body.get("enableIdleTokenTimeout"), body.get("idleTokenTimeoutSeconds")
    if enabled is False:
        return None
    if (
        enabled is not True
        or isinstance(seconds, bool)
        or not isinstance(seconds, int | float)
        or not math.isfinite(seconds)
        or seconds <= 0
    ):
        raise MalformedMessage("the idle token timeout answer has no usable number of seconds")
    return float(seconds)


@dataclass(frozen=True, slots=True)
class IdleNotice:
    """What the client tells about the idle timeout: a warning, its end, or the session's end."""

    plan: IdlePlan
    ends_at: float | None = None
    """When the session will end (a warning); None: the warning no longer holds."""
    ended: bool = False
