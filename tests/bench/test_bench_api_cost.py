"""API cost: Salesforce REST calls and CometD requests for sign-in and for documented scenario 1.

Run with ``make bench``. The demo's sandbox and the real service in this process, profile
"one-product-at-a-time"; the sandbox counts every call (``GET /control/state`` ``apiCalls``).
Scenario 1 is the sequence of docs/rules.md as tests/integration/service/test_service_scenarios.py
plays it (four agent status changes). The baseline is Salesforce's REST allocation per licence
(reference/salesforce-and-peers.md: org-wide, rolling 24 h, 100,000 plus 1,000 per Enterprise
licence or 5,000 per Unlimited licence, shared by everyone in the org). CometD requests do not
draw on that allocation; the org's streaming limit is on delivered events (200,000 a day for
Enterprise, shared by all clients). Asserts nothing about counts.
"""

from __future__ import annotations

from typing import Any

from bench.synced_demo import demo_service
from omnisync.core.decision import SyncMode
from support.running import Running

SHIFT_HOURS = 8
SCENARIOS_PER_SHIFT = 60
"""Our assumption: scenario 1 sixty times is 240 agent status changes, one every two minutes."""
PER_LICENCE = {"Enterprise": 1_000, "Unlimited": 5_000}
CONNECT_HOLD = 110.0
"""Seconds Salesforce holds an idle CometD connect (its advice ``timeout``)."""


def _figures(calls: dict[str, Any]) -> dict[str, int]:
    sf = calls["salesforce"]
    return {
        "rest": sf["rest"],
        "oauth": sf["oauth"],
        "cometd": sf["cometdRequests"],
        "handshakes": sf["cometdHandshakes"],
        "deliveries": sf["streamingDeliveries"],
        "genesys": calls["genesys"]["total"],
    }


async def _counts(run: Running) -> tuple[dict[str, int], dict[str, int]]:
    calls = (await run.sandbox.control.get("/control/state", params={"events": 0})).json()[
        "apiCalls"
    ]
    return _figures(calls), dict(calls["salesforce"]["restByResource"])


def _minus(after: dict[str, int], before: dict[str, int]) -> dict[str, int]:
    return {key: after[key] - before[key] for key in after}


async def _scenario_one(run: Running) -> None:
    await run.genesys("On Queue")
    await run.statuses("On Queue", "Busy")
    await run.until(lambda s: s.view.mode is SyncMode.MAPPED, "mapped")
    await run.genesys("Break")
    await run.statuses("Break", "Transition")
    await run.omni("Busy")
    await run.statuses("On Queue", "Busy")
    await run.omni("Available")
    await run.statuses("Available", "Available")


async def test_bench_api_cost_per_scenario() -> None:
    async with demo_service("one-product-at-a-time") as run:
        zero, _ = await _counts(run)
        await run.service.start()  # signs in to both (the demo's sign-in at start)
        await run.ready()
        signed_in, start_resources = await _counts(run)
        await _scenario_one(run)
        await run.omni("Transition")  # back to the start, so the next run repeats it exactly
        await run.genesys("Available")
        await run.statuses("Available", "Transition")
        mark, _ = await _counts(run)
        await _scenario_one(run)
        done, resources = await _counts(run)
    start = _minus(signed_in, zero)
    scenario = _minus(done, mark)
    idle_connects = round(SHIFT_HOURS * 3600 / CONNECT_HOLD)
    shift_rest = start["rest"] + SCENARIOS_PER_SHIFT * scenario["rest"]
    shift_cometd = start["cometd"] + SCENARIOS_PER_SHIFT * scenario["cometd"] + idle_connects
    shift_deliveries = SCENARIOS_PER_SHIFT * scenario["deliveries"]
    shares = "; ".join(
        f"{shift_rest / allowance:.1%} of one {edition} licence's {allowance:,}"
        for edition, allowance in PER_LICENCE.items()
    )
    print(
        f"\nAPI cost, sign-in and start-up: Salesforce REST {start['rest']} "
        f"({ {k: v for k, v in start_resources.items() if v} }), OAuth {start['oauth']}, "
        f"CometD requests {start['cometd']} ({start['handshakes']} handshakes), "
        f"Genesys API {start['genesys']}"
        f"\nAPI cost, scenario 1 (4 agent status changes; the app writes Omni twice, one REST "
        f"upsert each, and Genesys twice): Salesforce "
        f"REST {scenario['rest']}, CometD requests {scenario['cometd']}, streaming deliveries "
        f"{scenario['deliveries']} (to the app and the console component), Genesys API "
        f"{scenario['genesys']}; REST by resource over the whole run "
        f"{ {k: v for k, v in resources.items() if v} }"
        f"\nper agent per {SHIFT_HOURS}-hour shift (start-up once + scenario 1 x "
        f"{SCENARIOS_PER_SHIFT} + one idle CometD connect per {CONNECT_HOLD:.0f} s): Salesforce "
        f"REST {shift_rest} against the per-licence daily allowance: {shares}; CometD requests "
        f"{shift_cometd} (not counted in the REST allowance); streaming deliveries "
        f"{shift_deliveries} (of the org's shared 200,000 a day on Enterprise)"
    )
