"""A short seeded soak for every built-in profile, in `make test` (docs/soak.md)."""

from __future__ import annotations

import pytest

from omnisync.resources import resource_path
from soak.harness import SoakPlan, soak

pytestmark = pytest.mark.integration

PROFILES = sorted(p.stem for p in resource_path("profiles").glob("*.toml"))
SEEDS = {"both-block-while-working": 1301, "both-external-routing": 1304}


@pytest.mark.parametrize("profile", PROFILES)
async def test_a_short_soak_holds_every_invariant(profile: str) -> None:
    result = await soak(SoakPlan(profile, SEEDS.get(profile, 1303), steps=40))
    print(result.report())
    assert not result.violations, result.report()


KNOWN_BUGS = [
    pytest.param(
        "both-external-routing",
        1302,
        id="console-link-silent-after-sleep-and-api-limit",
    ),
]
"""Runs the soak found failing at the merge of 2026-12-03, not fixed yet (docs/soak.md, issue
13): kept here as replays so that they are seen in every run, and so that a fix shows as an
XPASS. 1302: after a console goodbye, an API-limit fault and a sleep, R1's write fails with
"the console link has not answered yet"."""


@pytest.mark.xfail(reason="open bugs found by the soak (docs/soak.md)", strict=False)
@pytest.mark.parametrize(("profile", "seed"), KNOWN_BUGS)
async def test_a_known_failing_soak_still_fails(profile: str, seed: int) -> None:
    result = await soak(SoakPlan(profile, seed, steps=40))
    assert not result.violations, result.report()


async def test_the_streaming_run_failing_as_it_is_stopped_is_no_orphan() -> None:
    """Seed 1305 found it: the Salesforce session ended while the console link was direct, the
    streaming run failed with SignInRequired just as its loop was cancelled (a pause), and the
    failure was never retrieved: an unhandled task error."""
    result = await soak(SoakPlan("both-external-routing", 1305, steps=40))
    assert not result.violations, result.report()
