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


EXAMPLES = Path(__file__).parents[2] / "docs" / "examples"


def install(tmp_path: Path, name: str, text: str | None = None) -> str:
    """Put an example into the user's profiles folder (the service fixture's), as an agent
    would; ``text`` instead of the example of that name."""
    folder = tmp_path / "user"
    folder.mkdir(parents=True, exist_ok=True)
    source = text if text is not None else (EXAMPLES / f"{name}.toml").read_text()
    (folder / f"{name}.toml").write_text(source)
    return name
