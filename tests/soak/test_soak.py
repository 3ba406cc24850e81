"""A short seeded soak for every built-in profile, in `make test` (docs/soak.md)."""

from __future__ import annotations

import pytest

from omnisync.resources import resource_path
from soak.harness import SoakPlan, soak

pytestmark = pytest.mark.integration

PROFILES = sorted(p.stem for p in resource_path("profiles").glob("*.toml"))
SEEDS = {"both-block-while-working": 1301, "both-external-routing": 1302}


@pytest.mark.parametrize("profile", PROFILES)
async def test_a_short_soak_holds_every_invariant(profile: str) -> None:
    result = await soak(SoakPlan(profile, SEEDS.get(profile, 1303), steps=40))
    print(result.report())
    assert not result.violations, result.report()
