"""The profile sections beyond the Genesys panel: ``[[mapping]]`` rows, ``[away]``, ``[master]``
and ``[salesforce_work]``.

Kept apart from :mod:`omnisync.core.profile` so that the six Genesys settings read as they are
documented; both stages follow the same pattern (collect every problem, stop none). The format
is documented in docs/profiles.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from omnisync.core.kinds import Product
from omnisync.core.message import say
from omnisync.core.problems import Severity, did_you_mean, known_keys
from omnisync.core.profile_words import (
    OFFLINE_BY_RULE,
    ProblemAt,
    on_queue_loop,
    section_expected,
    unknown_key,
)

if TYPE_CHECKING:  # stage two's: imported when a profile is resolved against the orgs, not by
    # the tray's first step, which reads the profiles' files (stage one) before anything else
    from omnisync.core.catalog import Found, S, StatusCatalog
    from omnisync.core.model import GenesysPresence, OmniStatus
    from omnisync.core.settings import AwayRule, MappingRow, WorkBlock

    Check = Callable[[Found[S], str, str, str, ProblemAt], S | None]
    """The caller's check of a found status (ambiguous, unknown, with suggestions)."""

SECTIONS = ("mapping", "away", "master", "salesforce_work")
WORK_KEYS = ("capacity_percent", "channels")
MASTER_SIDES: dict[str, Product | None] = {
    "both": None,
    "genesys": Product.GENESYS,
    "salesforce": Product.OMNI,
}
FOLLOWER_CHANGES = ("allow", "undo")
MAPPING_KEYS = ("omni", "genesys_on_leaving")
# [away]: the product that goes away -> (its seconds key, the other product's status key)
AWAY_KEYS: dict[Product, tuple[str, str]] = {
    Product.OMNI: ("omni_offline_seconds", "genesys_on_omni_offline"),
    Product.GENESYS: ("genesys_offline_seconds", "omni_on_genesys_offline"),
}
REFRESH_SECONDS = 10
"""Shorter than this, a console refresh (Omni Offline for a few seconds) could flip Genesys."""


@dataclass(frozen=True, slots=True)
class Extensions:
    """The sections as written: statuses still as names."""

    mappings: tuple[tuple[str, str], ...] = ()
    """(Omni status, Genesys status on leaving it) per row after [mapped]."""
    away: tuple[tuple[Product, float, str], ...] = ()
    """(product that goes away, seconds, the other product's status) per rule switched on."""
    master: Product | None = None
    undo_follower_changes: bool = False
    capacity_percent: float = 0.0
    """[salesforce_work]: block Genesys from this share of Omni capacity (0: any work)."""
    channels: tuple[str, ...] = ()
    """[salesforce_work]: only these service channels' work blocks (names as written)."""


def parse_extensions(data: dict[str, Any], problem: ProblemAt) -> Extensions:
    master, undo = _parse_master(data.get("master"), problem)
    percent, channels = _parse_work(data.get("salesforce_work"), problem)
    return Extensions(
        _parse_mappings(data.get("mapping"), problem),
        _parse_away(data, problem),
        master,
        undo,
        percent,
        channels,
    )


def _parse_work(table: object, problem: ProblemAt) -> tuple[float, tuple[str, ...]]:
    """Capacity-aware blocking: a threshold of 1-100 % and a list of service channels."""
    if table is None:
        return 0.0, ()
    if not isinstance(table, dict):
        section_expected(problem, "salesforce_work")
        return 0.0, ()
    for name in table:
        if name not in WORK_KEYS:
            unknown_key(problem, "salesforce_work", name, WORK_KEYS)
    percent = table.get("capacity_percent", 0)
    if "capacity_percent" in table and (
        isinstance(percent, bool) or not isinstance(percent, int | float) or not 1 <= percent <= 100
    ):
        problem(
            "salesforce_work.capacity_percent",
            say(
                "profile",
                "capacity_percent must be a number from 1 to 100 (a percentage of the agent's "
                "Omni-Channel capacity)",
            ),
            say(
                "profile", "Write capacity_percent = 80, or remove it to block on any accepted work"
            ),
        )
        percent = 0
    channels = table.get("channels", [])
    if not isinstance(channels, list) or not all(
        isinstance(c, str) and c.strip() for c in channels
    ):
        problem(
            "salesforce_work.channels",
            say("profile", "channels must be a list of service channel names in quotes"),
            say(
                "profile", 'Write channels = ["sfdc_livechat"], or remove it to count every channel'
            ),
        )
        channels = []
    return float(percent), tuple(c.strip() for c in channels)


def _parse_master(table: object, problem: ProblemAt) -> tuple[Product | None, bool]:
    if table is None:
        return None, False
    if not isinstance(table, dict):
        section_expected(problem, "master")
        return None, False
    known = ("side", "follower_change")
    for name in table:
        if name not in known:
            unknown_key(problem, "master", name, known)
    side = table.get("side", "both")
    change = table.get("follower_change", "allow")
    if side not in MASTER_SIDES:
        problem(
            "master.side",
            say("profile", "side must be one of {sides}").fill(sides=", ".join(MASTER_SIDES)),
            say(
                "profile",
                'Write side = "genesys" (Genesys leads), "salesforce", or "both" (two-way)',
            ),
        )
        return None, False
    if change not in FOLLOWER_CHANGES:
        problem(
            "master.follower_change",
            say("profile", 'follower_change must be "allow" or "undo"'),
            say("profile", 'Write follower_change = "undo" to put the follower back, or "allow"'),
        )
        return None, False
    master = MASTER_SIDES[side]
    if master is None and change == "undo":
        problem(
            "master.follower_change",
            say(
                "profile",
                'follower_change = "undo" does nothing while both sides lead (side = "both")',
            ),
            say(
                "profile",
                'Name the side that leads, e.g. side = "genesys", or remove follower_change',
            ),
        )
    return master, change == "undo"


def _parse_mappings(rows: object, problem: ProblemAt) -> tuple[tuple[str, str], ...]:
    if rows is None:
        return ()
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        problem(
            "mapping",
            say("profile", "mapping must be a list of rows"),
            say("profile", "Write each row as [[mapping]]"),
        )
        return ()
    out: list[tuple[str, str]] = []
    for number, row in enumerate(rows, start=1):
        key = f"mapping.{number}"
        for name in row:
            if name not in MAPPING_KEYS:
                problem(
                    f"{key}.{name}",
                    say("profile", 'unknown key "{key}" in mapping row {number}').fill(
                        key=name, number=str(number)
                    ),
                    known_keys(name, MAPPING_KEYS),
                )
        omni = row.get("omni")
        leaving = row.get("genesys_on_leaving", "")
        if not isinstance(omni, str) or not omni.strip():
            problem(
                f"{key}.omni",
                say("profile", "mapping row {number} needs the Omni-Channel status it maps").fill(
                    number=str(number)
                ),
                say("profile", 'Add omni = "<status name>" to that [[mapping]] row'),
            )
            continue
        if not isinstance(leaving, str):
            problem(
                f"{key}.genesys_on_leaving",
                say("profile", "{key} must be a status name in quotes").fill(
                    key="genesys_on_leaving"
                ),
                say(
                    "profile", 'Write genesys_on_leaving = "Away", or "" to leave Genesys as it is'
                ),
            )
            continue
        out.append((omni.strip(), leaving.strip()))
    return tuple(out)


def _parse_away(data: dict[str, Any], problem: ProblemAt) -> tuple[tuple[Product, float, str], ...]:
    table = data.get("away")
    if table is None:
        return ()
    if not isinstance(table, dict):
        section_expected(problem, "away")
        return ()
    known = [k for pair in AWAY_KEYS.values() for k in pair]
    for name in table:
        if name not in known:
            unknown_key(problem, "away", name, known)
    out: list[tuple[Product, float, str]] = []
    for gone, (seconds_key, status_key) in AWAY_KEYS.items():
        seconds = table.get(seconds_key, 0)
        status = table.get(status_key, "")
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
            problem(
                f"away.{seconds_key}",
                say("profile", "{key} must be a number of seconds, 0 or more").fill(
                    key=seconds_key
                ),
                say("profile", "Write {key} = {example}").fill(key=seconds_key, example="30"),
            )
            continue
        if not isinstance(status, str):
            problem(
                f"away.{status_key}",
                say("profile", "{key} must be a status name in quotes").fill(key=status_key),
                say("profile", 'Write {key} = "Away", or "" to switch this off').fill(
                    key=status_key
                ),
            )
            continue
        if status.strip():
            out.append((gone, float(seconds), status.strip()))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class ResolvedExtensions:
    mappings: tuple[MappingRow, ...]
    away: tuple[AwayRule, ...]
    work_block: WorkBlock


def _resolve_work(
    ext: Extensions,
    catalog: StatusCatalog,
    problem: ProblemAt,
    genesys_block: GenesysPresence | None,
) -> WorkBlock:
    """Each channel name against the org's service channels (the statuses file lists them)."""
    from omnisync.core.settings import WorkBlock

    names: list[str] = []
    known = [n for c in catalog.channels for n in (c.api_name, c.label)]
    for number, name in enumerate(ext.channels, start=1):
        channel = catalog.find_channel(name)
        if channel is None:
            if catalog.channels:
                listed = ", ".join(c.api_name for c in catalog.channels)
                where = did_you_mean(name, known) or say(
                    "profile", "Known channels: {channels}"
                ).fill(channels=listed)
            else:
                where = say(
                    "profile",
                    "The statuses file lists no service channels: export it again with "
                    "omnisync export-statuses",
                )
            problem(
                f"salesforce_work.channels.{number}",
                say("profile", 'no Omni-Channel service channel is named "{name}"').fill(name=name),
                where,
            )
        elif channel.api_name not in names:
            names.append(channel.api_name)
    block = WorkBlock(ext.capacity_percent, tuple(names))
    if (ext.capacity_percent or ext.channels) and genesys_block is None:
        problem(
            "salesforce_work",
            say(
                "profile",
                "[salesforce_work] says which work blocks Genesys, but no blocking status is set",
            ),
            say(
                "profile", "Set blocking.genesys_while_salesforce_work, or remove [salesforce_work]"
            ),
            Severity.WARNING,
        )
    return block


def resolve_extensions(
    ext: Extensions,
    catalog: StatusCatalog,
    problem: ProblemAt,
    check: Check[Any],
    *,
    mapped: OmniStatus | None,
    omni_on_leaving_on_queue: OmniStatus | None,
    genesys_block: GenesysPresence | None = None,
) -> ResolvedExtensions:
    """Names against both orgs, each row validated, and the warnings that protect the agent."""
    from omnisync.core.settings import MappingRow

    rows: list[MappingRow] = []
    seen = {mapped.id} if mapped is not None else set()
    for number, (omni_name, leaving_name) in enumerate(ext.mappings, start=1):
        key = f"mapping.{number}"
        omni: OmniStatus | None = check(
            catalog.find_omni(omni_name), f"{key}.omni", omni_name, "Omni-Channel", problem
        )
        leaving: GenesysPresence | None = None
        if leaving_name:
            leaving = check(
                catalog.find_genesys(leaving_name),
                f"{key}.genesys_on_leaving",
                leaving_name,
                "Genesys",
                problem,
            )
        if leaving is not None and leaving.is_on_queue:
            on_queue_loop(problem, f"{key}.genesys_on_leaving", leaving.label)
        if omni is None:
            continue
        if omni.offline:
            problem(
                f"{key}.omni",
                say(
                    "profile",
                    "Offline cannot be a mapped status (it logs the agent out of Omni-Channel)",
                ),
                say("profile", "Pick a status with service channels, such as Available - Chat"),
            )
            continue
        if omni.id in seen:
            problem(
                f"{key}.omni",
                say(
                    "profile",
                    '"{status}" is already mapped above; only the first row would ever match',
                ).fill(status=omni.label),
                say("profile", "Remove this row, or name another Omni-Channel status"),
            )
            continue
        if omni_on_leaving_on_queue is not None and omni_on_leaving_on_queue.id == omni.id:
            problem(
                f"{key}.omni",
                say(
                    "profile",
                    'leaving On Queue sets "{status}", which this row maps back to On Queue: '
                    "a loop",
                ).fill(status=omni.label),
                say(
                    "profile",
                    "Map another status, or pick another transition.omni_on_leaving_on_queue",
                ),
            )
            continue
        if not omni.routable:
            problem(
                f"{key}.omni",
                say(
                    "profile",
                    '"{status}" has no service channel, so no Omni-Channel work reaches the '
                    "agent in it while Genesys is On Queue",
                ).fill(status=omni.label),
                say("profile", "Map a status with service channels, or remove the row"),
                Severity.WARNING,
            )
        seen.add(omni.id)
        rows.append(MappingRow(omni, leaving))
    if ext.mappings and mapped is None:
        problem(
            "mapping",
            say(
                "profile",
                "mapping rows need [mapped] omni first (the status Genesys On Queue sets)",
            ),
            say("profile", 'Name the first mapped status under [mapped], e.g. omni = "Available"'),
        )
    return ResolvedExtensions(
        tuple(rows),
        _resolve_away(ext, catalog, problem, check),
        _resolve_work(ext, catalog, problem, genesys_block),
    )


def _resolve_away(
    ext: Extensions, catalog: StatusCatalog, problem: ProblemAt, check: Check[Any]
) -> tuple[AwayRule, ...]:
    from omnisync.core.model import GenesysPresence
    from omnisync.core.settings import AwayRule

    rules: list[AwayRule] = []
    for gone, seconds, name in ext.away:
        seconds_key, status_key = AWAY_KEYS[gone]
        key = f"away.{status_key}"
        if gone is Product.OMNI:
            target: GenesysPresence | OmniStatus | None = check(
                catalog.find_genesys(name), key, name, "Genesys", problem
            )
        else:
            target = check(catalog.find_omni(name), key, name, "Omni-Channel", problem)
            if target is not None and target.offline:
                problem(key, OFFLINE_BY_RULE, say("profile", "Pick a status such as Busy or Break"))
                continue
        if target is None:
            continue
        if isinstance(target, GenesysPresence) and target.is_on_queue:
            problem(
                key,
                say(
                    "profile",
                    "putting Genesys On Queue while Omni-Channel is closed routes calls to an "
                    "agent who may have left",
                ),
                say("profile", "Pick a status such as Away, Offline or Break"),
            )
            continue
        if gone is Product.OMNI and seconds < REFRESH_SECONDS:
            problem(
                f"away.{seconds_key}",
                say(
                    "profile",
                    "{seconds} s is shorter than a console refresh, which logs Omni-Channel out "
                    "for a few seconds: a refresh would change Genesys",
                ).fill(seconds=f"{seconds:g}"),
                say("profile", "Use at least {seconds} seconds; 30 is a good start").fill(
                    seconds=str(REFRESH_SECONDS)
                ),
                Severity.WARNING,
            )
        rules.append(AwayRule(gone, seconds, target))
    return tuple(rules)


def org_warnings(
    catalog: StatusCatalog,
    problem: ProblemAt,
    *,
    genesys_block: GenesysPresence | None,
    omni_block: OmniStatus | None,
) -> None:
    """Where a profile hurts the agent in this org: facts the status lists carry optionally."""
    if catalog.routing_uses_presence and genesys_block is not None:
        problem(
            "blocking.genesys_while_salesforce_work",
            say(
                "profile",
                "this Genesys org's routing includes agent presence, so every block and restore "
                "resets the agent's routing score",
            ),
            say(
                "profile",
                'Switch the block off ("") and let Omni-Channel capacity hold the work, or accept '
                "the reset",
            ),
            Severity.WARNING,
        )
    if omni_block is None:
        return
    for name in catalog.statuses_on_decline:
        found = catalog.find_omni(name).status
        if found is not None and found.id == omni_block.id:
            problem(
                "blocking.omni_while_genesys_interaction",
                say(
                    "profile",
                    '"{status}" is also the status Omni-Channel sets when the agent '
                    "declines work, so the app cannot tell a decline from its own block and may "
                    "restore the agent out of it",
                ).fill(status=omni_block.label),
                say(
                    "profile",
                    "Pick a blocking status of its own, such as a custom Busy - Genesys status",
                ),
                Severity.WARNING,
            )
            return
