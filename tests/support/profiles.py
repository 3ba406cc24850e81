"""Checking profile text against the sandbox org's statuses, as check-profile does."""

from __future__ import annotations

import json
from pathlib import Path

from omnisync.core.catalog import StatusCatalog
from omnisync.core.problems import Problem
from omnisync.core.profile import parse_profile, resolve_profile

STATUSES = Path(__file__).parent / "statuses.json"
CATALOG = StatusCatalog.from_json(json.loads(STATUSES.read_text()))


def problems_of(text: str) -> list[Problem]:
    """Both stages' problems: the second only runs once the file parses."""
    parsed = parse_profile(text, "test.toml", "test")
    if parsed.spec is None:
        return list(parsed.problems)
    return list(resolve_profile(parsed.spec, CATALOG).problems)
