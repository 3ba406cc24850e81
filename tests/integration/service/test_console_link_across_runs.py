"""The console link belongs to one Salesforce run: a failed run's link speaks for no one.

Found by the soak (seed 1302, docs/soak.md): a run refused by the org's API limit was closed and
its retry was backing off; the agent pressed Resync now, the read on the closed run took the link
record's last report as an answer, and the app said the console link answered. The next run's
fresh link had not answered yet, and R1's write failed with "the console link has not answered
yet" after the faults had stopped.
"""

from __future__ import annotations

import pytest

from omnisync.service.state import Channel, Health, ServiceState

pytestmark = pytest.mark.integration


def _link_up(state: ServiceState) -> bool:
    link = state.channels.get(Channel.CONSOLE_LINK)
    return link is not None and link.health is Health.UP


async def test_no_link_answers_between_runs_and_the_next_run_writes(running_service) -> None:
    first = await running_service("one-product-at-a-time")
    await first.omni("Transition")
    await first.ready()
    await first.service.shutdown()
    await first.sandbox.fault("salesforce", "api_limit", on=True)
    # On the sandbox's clock: the failed run's retry waits until the test moves the clock.
    run = await running_service("one-product-at-a-time", sign_in=(), sandbox_time=True)
    await run.until(
        lambda s: s.channels[Channel.SALESFORCE_STREAMING].health is Health.DOWN,
        "the Salesforce run refused by the API limit",
    )
    await run.sandbox.fault("salesforce", "api_limit", on=False)
    mark = len(run.audit())
    run.service.resync()
    await run.until(
        lambda _s: any("(read now)" in e.observed.english() for e in run.audit()[mark:]),
        "the resync's read",
    )
    assert not _link_up(run.service.state), "no run is live: no console link can answer"
    run.sandbox.context.clock.advance(60)  # the retry's back-off ends: a new run starts
    await run.ready()
    await run.genesys("On Queue")
    await run.statuses("On Queue", "Busy")
