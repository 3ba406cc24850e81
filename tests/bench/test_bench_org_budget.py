"""Org budget: one agent's scripted shift through the real service, per transport, per org-day.

Run with ``make bench``. For each transport (the direct loopback link as the demo's sandbox
offers it, and the record fallback) a fresh sandbox and the real headless service play one
agent's shift (tests/support/agent_shift.py: sign-in, 60 status changes, 20 Omni work items,
20 Genesys calls, one reconnect of both streams, one Salesforce token refresh); the sandbox
counts every Salesforce REST call, PushTopic delivery, streaming client, Genesys API call and
notification channel, per phase. tests/support/org_budget.py multiplies the one measured agent
out to 1,000 and 10,000 agents (and says why that is faithful) and prints each figure against
Enterprise's and Unlimited's published limits and Genesys's rate limits, with the verdicts
against issue 10's budgets. The baseline is the limits themselves. Asserts nothing: the figures
are measured (the unit suite's smoke test, tests/integration/service/test_shift_cost.py,
asserts a tiny shift's counts).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from omnisync.sandbox.harness import running_sandbox
from support.agent_shift import RECORD, ShiftPlan, play_shift, shift_service
from support.org_budget import report
from support.ports import free_port

TRANSPORTS: dict[str, dict[str, Any]] = {"direct": {}, "record": RECORD}


async def test_bench_org_budget() -> None:
    for transport, options in TRANSPORTS.items():
        port = free_port()  # the direct link meets there, not on a range another app may hold
        # The demo's sandbox settings (the agent starts logged in to Omni-Channel), Salesforce's
        # own streaming timings (connects held 110 s).
        settings = {"salesforce": {"initial_status": "Transition", "link_ports": [port]}}
        async with running_sandbox(settings) as sandbox:
            with tempfile.TemporaryDirectory(prefix="omnisync-bench-") as folder:
                run_options = {**options, "link_ports": (port,)}
                async with shift_service(sandbox, Path(folder), run_options) as run:
                    shift = await play_shift(run, ShiftPlan())
        print("\n" + report(transport, shift))
