"""What a shift costs the org, per cause, counted by the sandbox over real sockets.

A tiny version of the org budget benchmark's shift (tests/bench/test_bench_org_budget.py, same
code), so the benchmark cannot rot between bench runs; it asserts counts, never time. The
record fallback's costs are pinned per cause: each command one upsert and two deliveries (to
the console and its report back), each report one delivery, new work named in its report
no query, the work that follows from a report none, a reconnect that resumes no query, the
statuses read once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from omnisync.sandbox.harness import Sandbox
from support.agent_shift import RECORD, ShiftPlan, play_shift, shift_service
from support.org_budget import report

pytestmark = pytest.mark.integration

TINY = ShiftPlan(status_changes=6, work_items=1, calls=1)
"""Sign-in, one pair of status changes on their own, one work item, one call, the reconnect
and the token refresh (each with its pair of status changes)."""

STATUS_QUERIES = ("query ServicePresenceStatus", "query ServiceChannelStatus")


async def test_a_tiny_shift_on_the_record_costs_what_each_cause_should(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    async with shift_service(sandbox, tmp_path, RECORD) as run:
        shift = await play_shift(run, TINY)
    rest = {phase.name: phase.cost.rest for phase in shift.phases}
    deliveries = {phase.name: phase.cost.deliveries for phase in shift.phases}
    assert rest == {
        "sign-in": 9,  # statuses 2, reconcile 3, ping 1, org facts 3 (channels, on decline)
        "2 status changes": 1,  # Genesys Break: one command; Omni Available: a report
        "1 Omni work items": 0,  # pushed and accepted: the report names the item; closed: none
        "1 Genesys calls": 2,  # answered: Omni Busy; wrap-up done: Omni Available
        "reconnect (+2 status changes)": 1,  # resumed from the replay ids: no reconcile
        "token refresh (+2 status changes)": 1,  # the refresh is an OAuth call, not REST
    }
    assert deliveries == {
        "sign-in": 3,  # the ping to the console, its answer, the agent's login report
        "2 status changes": 3,
        "1 Omni work items": 3,
        "1 Genesys calls": 4,
        "reconnect (+2 status changes)": 3,
        "token refresh (+2 status changes)": 3,
    }
    total = shift.total
    # the statuses are read once, for the engine and the status catalogue alike
    assert [total.rest_by_target[query] for query in STATUS_QUERIES] == [1, 1]
    assert total.deliveries_by_topic["OmniSyncPresence"] == 0  # the link answers throughout
    assert shift.phase("token refresh (+2 status changes)").cost.oauth == 1
    assert shift.streaming_clients == 2  # the desktop's CometD client and the console's empApi
    assert shift.genesys_channels == 1
    assert "verdict: REST calls per agent-shift 14" in report("record", shift)
    # Genesys's sign-in reads each fact once: who the token is (before the notification channel,
    # whose topics need the id), the definitions (active and deactivated: two listings, shared by
    # the engine and the status catalogue), the state and the conversations once the channel is
    # live; then the channel, its topics, the routing settings, the idle timeout, one PATCH.
    sign_in = shift.phase("sign-in").cost
    assert sign_in.genesys_by_endpoint["GET /users/me"] == 2
    assert sign_in.genesys_by_endpoint["GET /presence/definitions"] == 2
    assert sign_in.genesys_by_endpoint["GET /conversations"] == 1
    assert sign_in.genesys_api == 10


async def test_a_tiny_shift_on_the_default_transport_is_costed(
    sandbox: Sandbox, tmp_path: Path, link_port: int
) -> None:
    """The benchmark's other transport: whatever carries the link, the figures are measured."""
    async with shift_service(sandbox, tmp_path, {"link_ports": (link_port,)}) as run:
        shift = await play_shift(run, TINY)
    assert shift.phases[0].name == "sign-in"
    assert shift.total.deliveries_by_topic["OmniSyncPresence"] == 0
    assert "org budget, direct transport" in report("direct", shift)
