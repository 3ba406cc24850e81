"""The soak's invariants over a run's timeline (tests/soak/timeline.py); docs/soak.md lists them.

Each check returns the violations it found as plain lines (empty: it holds). They read the
sandbox's structured state and the audit's structured fields (rule, product, kind, status,
outcome), never a sentence, so rewording the app changes nothing here.
"""

from __future__ import annotations

from collections.abc import Iterable

from omnisync.service.audit import Outcome
from soak.timeline import Change, Decided, Entry, Mark, Timeline

LOOP_LIMIT = 3
"""App writes to one product allowed between two things the harness did. One event makes at
most one write per product; a put-back after an overtaken write, a retry landing after the
agent's change or a timer's move can add one or two. A loop makes many more."""

RESTORES = frozenset({"R5-end", "R6-end", "T"})
"""Rules that act only while the product still shows what the app set: never after the agent."""

DELAYING = frozenset({"delay_events", "reorder_events"})
"""Faults that deliver a change late: until they are cleared, an edge the agent made in one
product before their choice in the other may reach the app after it (see docs/soak.md)."""

EXPLICIT_OVERRIDES = frozenset({"Q", "M"})
"""The only rules allowed to overwrite the agent's choice, and only when the profile asks."""


def write_loops(timeline: Timeline) -> list[str]:
    """No burst of app writes without something done by the agent (or the harness) first."""
    found = []
    counts: dict[str, int] = {}
    since = -1
    for index, item in enumerate(timeline.entries):
        if isinstance(item, Mark):
            counts, since = {}, index
        elif isinstance(item, Change) and item.by == "app":
            counts[item.product] = counts.get(item.product, 0) + 1
            if counts[item.product] == LOOP_LIMIT + 1:
                found.append(
                    f"write loop: more than {LOOP_LIMIT} app writes to {item.product} "
                    f"after entry {since} with no action in between (entry {index})"
                )
    return found


def agent_choice_overwritten(timeline: Timeline, overrides: Iterable[str] = ()) -> list[str]:
    """The agent's last choice on a product is not overwritten by the app.

    An app write to product P after the agent changed P is allowed only when something the
    harness did since could justify it (an action on the other product, a fault, a restart, a
    sleep: a reconnect reveals missed edges), when it was already decided before the agent's
    change and the app then puts the agent's choice back, when it writes the agent's choice, or
    when its rule is one the profile names as an override (``overrides``: Q, M). A restore
    (R5-end, R6-end) or the transition timer must find P as the app left it.
    """
    allowed = EXPLICIT_OVERRIDES & set(overrides)
    entries = timeline.entries
    found = []
    for index, item in enumerate(entries):
        if not (isinstance(item, Change) and item.by == "app"):
            continue
        rule, decided_at = _rule_of(entries, index, item)
        last = _last_change(entries, index, item.product)
        if rule in allowed:
            continue
        if rule in RESTORES and last is not None and last[1].by != "app":
            found.append(
                f"{rule} set {item.product} to {item.value} (entry {index}) after the "
                f"{last[1].by} had changed it to {last[1].value} (entry {last[0]})"
            )
            continue
        agent = _last_change(entries, index, item.product, by="agent")
        if agent is None or agent[1].value == item.value:
            continue
        marks = [m for m in entries[agent[0] : index] if isinstance(m, Mark)]
        if any(m.kind != "agent" or m.product != item.product for m in marks):
            continue
        if _late_edge_possible(entries, agent[0], item.product):
            continue
        if decided_at is not None and decided_at <= agent[1].at + 0.001:
            if _put_back(entries, index, item.product, agent[1].value):
                continue
            found.append(
                f"{rule or '?'} landed on {item.product} ({item.value}, entry {index}) after "
                f"the agent chose {agent[1].value} (entry {agent[0]}) and was not put back"
            )
            continue
        found.append(
            f"{rule or '?'} overwrote the agent's choice on {item.product}: "
            f"{agent[1].value} (entry {agent[0]}) -> {item.value} (entry {index}) with no "
            "action on the other product, fault, restart or sleep in between"
        )
    return found


def _late_edge_possible(entries: list[Entry], index: int, product: str) -> bool:
    """A delaying fault was armed (and not yet cleared) before ``index``, and the agent acted on
    the other product after it: that edge may be what the app only sees now."""
    armed = other_action = False
    for item in entries[:index]:
        if not isinstance(item, Mark):
            continue
        if item.kind == "clear":
            armed = other_action = False
        elif item.kind == "fault" and item.what in DELAYING:
            armed = True
        elif item.kind == "agent" and item.product != product and armed:
            other_action = True
    return other_action


def _rule_of(entries: list[Entry], index: int, change: Change) -> tuple[str | None, float | None]:
    """The rule and decision time of the audit entry that asked for this write: the nearest
    pending enforce entry for the same product and status (the write leaves before its audit
    entry is recorded, so it may come just after the change)."""
    best: tuple[int, Decided] | None = None
    low, high = max(0, index - 200), min(len(entries), index + 40)
    for other in range(low, high):
        item = entries[other]
        if (
            isinstance(item, Decided)
            and item.entry.kind == "enforce"
            and item.entry.outcome is Outcome.PENDING
            and item.entry.product == change.product
            and item.entry.status == change.value
            and (best is None or abs(other - index) < abs(best[0] - index))
        ):
            best = (other, item)
    if best is None:
        return None, None
    return best[1].entry.rule, best[1].entry.at


def _last_change(
    entries: list[Entry], index: int, product: str, by: str | None = None
) -> tuple[int, Change] | None:
    for other in range(index - 1, -1, -1):
        item = entries[other]
        if isinstance(item, Change) and item.product == product and (by is None or item.by == by):
            return other, item
    return None


def _put_back(entries: list[Entry], index: int, product: str, value: str) -> bool:
    """A later change of the product to ``value`` (the app putting it back), or a newer
    choice of the agent's, before the run ends."""
    return any(
        isinstance(item, Change)
        and item.product == product
        and (item.value == value or item.by == "agent")
        for item in entries[index + 1 :]
    )
