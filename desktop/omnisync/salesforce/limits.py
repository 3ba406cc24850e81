"""API usage as Salesforce reports it on every answer, and the calls we made ourselves."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_USAGE = re.compile(r"(?<![\w-])api-usage=(\d+)/(\d+)")


@dataclass(frozen=True, slots=True)
class ApiUsage:
    used: int
    max: int

    def __str__(self) -> str:
        return f"{self.used}/{self.max} API calls in the last 24 h"


def parse_limit_info(header: str | None) -> ApiUsage | None:
    """``Sforce-Limit-Info: api-usage=25/15000`` (other entries, if any, are ignored)."""
    match = _USAGE.search(header or "")
    return ApiUsage(int(match.group(1)), int(match.group(2))) if match else None


@dataclass(slots=True)
class CallCounter:
    """What this app spent, for the service's status view and the benchmarks."""

    rest: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    last_usage: ApiUsage | None = None

    def count(self, kind: str) -> None:
        self.rest += 1
        self.by_kind[kind] = self.by_kind.get(kind, 0) + 1
