"""One measured agent-shift multiplied out to an org-day, against the published limits.

Faithful because every cost the shift measures is the agent's own: the desktop and the console
component subscribe to PushTopics filtered to the agent (``?UserId=`` / ``?Agent_Id__c=``), so
an agent's deliveries do not grow with the number of colleagues; REST calls and Genesys calls
are made with the agent's own session, one streaming client per desktop or console, and nothing
polls. N agents cost N times one agent. What the multiplication cannot show is when the calls
happen: a shift change where everyone signs in at once is a burst (see ``burst``).

Limits: Salesforce's published per-edition allocations as docs/salesforce.md lists them (the
Streaming API's "Streaming API Allocations" page; "API Request Limits and Allocations"), and
Genesys's figures from reference/genesys.md (its section on rate limits, which found no official
Genesys page: the per-minute figure is third-party; notification channels per user and app from
Genesys's SDK documentation).
"""

from __future__ import annotations

from dataclasses import dataclass

from support.agent_shift import ShiftCost

SHIFT_MINUTES = 8 * 60
"""One 8-hour shift per agent per day (a 24-hour centre has three agents per seat, each one
shift: per agent the figures are the same)."""
ORG_SIZES = (1_000, 10_000)


@dataclass(frozen=True, slots=True)
class Edition:
    name: str
    concurrent_clients: int
    """Streaming API (CometD) clients at once, whole org."""
    daily_deliveries: int
    """PushTopic event notifications delivered per rolling 24 h, shared by all clients."""
    api_base: int
    api_per_licence: int
    """Daily REST allocation: base + per Salesforce licence (each agent has one)."""


EDITIONS = (
    Edition("Enterprise", 1_000, 200_000, 100_000, 1_000),
    Edition("Unlimited", 2_000, 1_000_000, 100_000, 5_000),
)
GENESYS_PER_MINUTE = 300
"""Requests a minute per OAuth token: the default of Genesys's Platform API limits
(https://developer.genesys.cloud/organization/organization/limits#platform-api, as Genesys's
developer forum quotes it: per token, not per organization; reference/genesys.md has it only
from a third-party page). Each agent signs in with their own token (authorization code with
PKCE); the pessimistic reading, one limit for our one OAuth client, would make it org-wide,
and ``genesys_lines`` prints that case too."""
GENESYS_CHANNELS = 20
"""Notification channels per user and app (a 21st evicts the oldest)."""


@dataclass(frozen=True, slots=True)
class AgentCost:
    """One agent-shift, as measured."""

    rest: int
    deliveries: int
    streaming_clients: int
    genesys_api: int
    genesys_channels: int
    genesys_sign_in: int
    """Genesys calls of the sign-in alone (the burst at a shift change)."""
    record_commands: int = 0
    """Commands written to the agent's record (each one upsert of ``To_Console__c``)."""

    @classmethod
    def of(cls, shift: ShiftCost) -> AgentCost:
        total = shift.total
        return cls(
            total.rest,
            total.deliveries,
            shift.streaming_clients,
            total.genesys_api,
            shift.genesys_channels,
            shift.phase("sign-in").cost.genesys_api,
            total.rest_by_target[COMMAND_UPSERT],
        )


COMMAND_UPSERT = "upsert OmniSync_Link__c To_Console__c"


def record_floor(cost: AgentCost) -> tuple[int, int]:
    """(REST calls, deliveries) that the record transport cannot go below for the shift's
    commands: each one upsert, and two deliveries (the command to the console, its answer)."""
    return cost.record_commands, 2 * cost.record_commands


@dataclass(frozen=True, slots=True)
class Budget:
    max_rest: int
    max_deliveries: int
    max_clients: int | None = None


BUDGETS = {
    "direct": Budget(max_rest=10, max_deliveries=0, max_clients=0),
    "record": Budget(max_rest=25, max_deliveries=150),
}
"""Issue 10's budgets per agent: the direct link up, and the record fallback."""


def largest_org(cost: AgentCost, edition: Edition) -> int | None:
    """Agents the edition's limits allow at this cost; None: no limit is reached."""
    bounds: list[int] = []
    if cost.streaming_clients:
        bounds.append(edition.concurrent_clients // cost.streaming_clients)
    if cost.deliveries:
        bounds.append(edition.daily_deliveries // cost.deliveries)
    if cost.rest > edition.api_per_licence:
        bounds.append(edition.api_base // (cost.rest - edition.api_per_licence))
    return min(bounds) if bounds else None


def verdicts(transport: str, cost: AgentCost) -> list[str]:
    budget = BUDGETS[transport]
    checks = [
        ("REST calls per agent-shift", cost.rest, budget.max_rest),
        ("deliveries per agent-day", cost.deliveries, budget.max_deliveries),
    ]
    if budget.max_clients is not None:
        checks.append(
            ("streaming clients held per agent", cost.streaming_clients, budget.max_clients)
        )
    floors = dict(
        zip(
            ("REST calls per agent-shift", "deliveries per agent-day"),
            record_floor(cost),
            strict=True,
        )
    )
    lines = []
    for what, got, limit in checks:
        line = f"{what} {got} (budget <= {limit}): {'met' if got <= limit else 'OVER'}"
        floor = floors.get(what, 0)
        if got > limit and floor > limit:
            line += f" (the shift's commands alone cost {floor} on the record: not reachable)"
        lines.append(line)
    return lines


def floor_lines(cost: AgentCost) -> list[str]:
    """What the record transport costs at least for this shift, and what is above that."""
    if not cost.record_commands:
        return []
    rest, deliveries = record_floor(cost)
    return [
        f"record floor: {cost.record_commands} commands through the record, each one upsert and "
        f"two deliveries (to the console, its answer): {rest} REST and {deliveries} deliveries; "
        f"above it: {cost.rest - rest} REST (reads), {cost.deliveries - deliveries} deliveries "
        "(reports of the agent's own Omni changes and of work: on the record the only way the "
        "desktop hears them)"
    ]


def org_lines(cost: AgentCost) -> list[str]:
    lines = []
    for agents in ORG_SIZES:
        for edition in EDITIONS:
            api = edition.api_base + edition.api_per_licence * agents
            lines.append(
                f"{agents:,} agents, {edition.name}: REST {cost.rest * agents:,} a day of "
                f"{api:,} ({cost.rest * agents / api:.1%}); deliveries "
                f"{cost.deliveries * agents:,} of {edition.daily_deliveries:,} "
                f"({_fits(cost.deliveries * agents, edition.daily_deliveries)}); streaming "
                f"clients {cost.streaming_clients * agents:,} at once of "
                f"{edition.concurrent_clients:,} "
                f"({_fits(cost.streaming_clients * agents, edition.concurrent_clients)})"
            )
    for edition in EDITIONS:
        most = largest_org(cost, edition)
        lines.append(
            f"largest org on {edition.name}: "
            + (f"{most:,} agents" if most is not None else "no Salesforce limit reached")
        )
    return lines


def genesys_lines(cost: AgentCost) -> list[str]:
    per_minute = cost.genesys_api / SHIFT_MINUTES
    lines = [
        f"Genesys: {cost.genesys_api} API calls per agent-shift ({per_minute:.2f} a minute over "
        f"{SHIFT_MINUTES // 60} h) against {GENESYS_PER_MINUTE} a minute per token: "
        f"{_fits(per_minute, GENESYS_PER_MINUTE)}; {cost.genesys_channels} notification "
        f"channel(s) per agent of {GENESYS_CHANNELS} per user and app: "
        f"{_fits(cost.genesys_channels, GENESYS_CHANNELS)}"
    ]
    for agents in ORG_SIZES:
        average = per_minute * agents
        burst = cost.genesys_sign_in * agents / 10
        lines.append(
            f"{agents:,} agents, pessimistic reading (the {GENESYS_PER_MINUTE}/min shared by our "
            f"one OAuth client): {average:,.0f} a minute on average "
            f"({_fits(average, GENESYS_PER_MINUTE)}), {burst:,.0f} a minute if all sign in "
            f"within 10 minutes ({_fits(burst, GENESYS_PER_MINUTE)})"
        )
    return lines


def _fits(used: float, limit: float) -> str:
    return f"{used / limit:.1%} of it" if used <= limit else f"OVER, {used / limit:.1f}x"


def report(transport: str, shift: ShiftCost) -> str:
    """The paragraph the benchmark prints for one transport."""
    cost = AgentCost.of(shift)
    routes = sorted({phase.route for phase in shift.phases})
    lines = [
        f"org budget, {transport} transport (console link carried by: {', '.join(routes)}); "
        "one agent's measured shift multiplied by the number of agents:",
        f"  per agent-shift: Salesforce REST {cost.rest}, PushTopic deliveries "
        f"{cost.deliveries}, streaming clients held {cost.streaming_clients} (the desktop's "
        f"CometD client at its peak, even briefly: {shift.desktop_clients_peak}), Genesys API "
        f"{cost.genesys_api}, Genesys notification channels {cost.genesys_channels}",
    ]
    for phase in shift.phases:
        spent = phase.cost
        lines.append(
            f"    {phase.name}: REST {spent.rest} {dict(sorted(spent.rest_by_target.items()))}; "
            f"deliveries {spent.deliveries} {dict(sorted(spent.deliveries_by_topic.items()))}; "
            f"OAuth {spent.oauth}; Genesys {spent.genesys_api}; route {phase.route}"
        )
    lines += [f"  {line}" for line in org_lines(cost)]
    lines += [f"  {line}" for line in genesys_lines(cost)]
    lines += [f"  {line}" for line in floor_lines(cost)]
    lines += [f"  verdict: {line}" for line in verdicts(transport, cost)]
    return "\n".join(lines)
