"""The built artifacts of ``make package``: the tests here run after it (``make package-test``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = Path(os.environ.get("OMNISYNC_DIST", ROOT / "dist"))


@pytest.fixture(scope="session")
def dist() -> Path:
    if not (DIST / "omnisync" / "omnisync").exists():
        pytest.fail(f"no frozen build in {DIST}: run `make package` first")
    return DIST
