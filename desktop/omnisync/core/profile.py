"""Settings profiles: the TOML format, its structural checks, and resolving it against the orgs.

Validation has two stages and reports every problem at once: :func:`parse_profile` checks the
structure (bad TOML, unknown keys, wrong types, missing settings); :func:`resolve_profile`
checks the names against both orgs' status lists and the rules' logic (loops, deactivated or
ambiguous statuses). The format is documented in docs/profiles.md.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from omnisync.core.bounded import UnsafeData, toml_loads
from omnisync.core.message import Message, say
from omnisync.core.problems import Problem, Severity, known_keys, quoted, suggestion
from omnisync.core.profile_extensions import SECTIONS as EXTENSION_SECTIONS
from omnisync.core.profile_extensions import (
    Extensions,
    org_warnings,
    parse_extensions,
    resolve_extensions,
)
from omnisync.core.profile_words import (
    OFFLINE_BY_RULE,
    example,
    on_queue_loop,
    section_expected,
    unknown_key,
    wrong_kind,
)

if TYPE_CHECKING:  # stage two's (resolving against the orgs): the tray's first step reads the
    # profiles' files (stage one) before anything else and does not import them
    from omnisync.core.catalog import Found, S, StatusCatalog
    from omnisync.core.model import GenesysPresence, OmniStatus
    from omnisync.core.settings import SyncSettings

# The five status settings: dotted key -> (product, what it means).
STATUS_KEYS: dict[str, tuple[str, Message]] = {
    "mapped.omni": (
        "omni",
        say("profile", "the Omni-Channel status mirrored with Genesys On Queue"),
    ),
    "transition.genesys_on_leaving_mapped_omni": (
        "genesys",
        say(
            "profile", "the Genesys status set when the agent leaves the mapped Omni-Channel status"
        ),
    ),
    "transition.omni_on_leaving_on_queue": (
        "omni",
        say("profile", "the Omni-Channel status set when the agent leaves On Queue"),
    ),
    "blocking.genesys_while_salesforce_work": (
        "genesys",
        say("profile", "the Genesys status while the agent works on an Omni-Channel item"),
    ),
    "blocking.omni_while_genesys_interaction": (
        "omni",
        say("profile", "the Omni-Channel status while the agent interacts in Genesys"),
    ),
}
OPTION_KEYS: dict[str, tuple[type | tuple[type, ...], Any]] = {
    "count_after_call_work_as_interacting": (bool, True),
    "ignore_externally_routed_omni_work": (bool, True),
    "restore_after_block": (bool, True),
    "apply_agent_change_after_work": (bool, False),
    "transition_timer_seconds": ((int, float), 0),
    "transition_timer_omni_status": (str, ""),
}
TOP_KEYS: dict[str, tuple[type, bool]] = {
    "name": (str, True),
    "description": (str, False),
    "enabled": (bool, True),
}
SECTIONS = ("mapped", "transition", "blocking", "options")


@dataclass(frozen=True, slots=True)
class ProfileSpec:
    """A profile as written: statuses still as names."""

    id: str
    name: str
    description: str
    enabled: bool
    statuses: dict[str, str]
    """Dotted key -> name; an empty name switches that rule off."""
    options: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    extensions: Extensions = field(default_factory=Extensions)
    """[[mapping]] rows and [away], beyond the Genesys panel."""


@dataclass(frozen=True, slots=True)
class ParseResult:
    spec: ProfileSpec | None
    problems: tuple[Problem, ...]
    draft: ProfileSpec | None = None
    """What could be read despite the problems (never used by the app): ``check-profile``
    checks its status names too, so one run reports every problem."""


def line_of(text: str, section: str, key: str) -> int | None:
    """The line a key is written on, so that a message can point at it."""
    current = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        header = re.fullmatch(r"\[\s*([A-Za-z0-9_.-]+)\s*\]", line)
        if header:
            current = header.group(1)
            if not key and current == section:
                return number
            continue
        if current == section and re.match(rf"{re.escape(key)}\s*=", line):
            return number
    return None


MAX_TIMER_SECONDS = 86_400
"""A transition status held longer than a shift is not a transition."""


def parse_profile(text: str, source: str, profile_id: str) -> ParseResult:
    """Stage one: the structure. Every problem is collected; none stops the others."""
    problems: list[Problem] = []

    def problem(
        key: str, message: Message, fix: Message, severity: Severity = Severity.ERROR
    ) -> None:
        section, _, name = key.rpartition(".")
        problems.append(Problem(severity, source, key, message, fix, line_of(text, section, name)))

    try:
        data = toml_loads(text)
    except UnsafeData as exc:
        problems.append(
            Problem(
                Severity.ERROR,
                source,
                "",
                say("profile", "this profile cannot be used: {error}").fill(error=exc.said),
                say(
                    "profile",
                    "Write only the keys docs/profiles.md lists, with values in their ranges",
                ),
            )
        )
        return ParseResult(None, tuple(problems))
    except tomllib.TOMLDecodeError as exc:
        if _is_json(text):
            problems.append(
                Problem(
                    Severity.ERROR,
                    source,
                    "",
                    say("profile", "this file is JSON, but a profile is TOML"),
                    say(
                        "profile",
                        'Write it as TOML: name = "...", enabled = true, then sections such as '
                        '[mapped] with omni = "Busy" (docs/profiles.md has a full example)',
                    ),
                    1,
                )
            )
            return ParseResult(None, tuple(problems))
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        problems.append(
            Problem(
                Severity.ERROR,
                source,
                "",
                say("profile", "this is not valid TOML ({error})").fill(error=str(exc)),
                say(
                    "profile",
                    "Fix the syntax at that line: strings need double quotes, sections [brackets]",
                ),
                line,
            )
        )
        return ParseResult(None, tuple(problems))

    known_top = [*TOP_KEYS, *SECTIONS, *EXTENSION_SECTIONS]
    for key, value in data.items():
        if key in EXTENSION_SECTIONS:
            continue  # checked by parse_extensions
        if key in SECTIONS:
            if not isinstance(value, dict):
                section_expected(problem, key)
            continue
        if key not in TOP_KEYS:
            problem(
                key,
                say("profile", 'unknown key "{key}"').fill(key=key),
                known_keys(key, known_top),
            )
    for key, (kind, required) in TOP_KEYS.items():
        if key not in data:
            if required:
                problem(
                    key,
                    say("profile", 'the setting "{key}" is missing').fill(key=key),
                    say("profile", "Add {key} = {example}").fill(key=key, example=example(kind)),
                )
        elif not isinstance(data[key], kind):
            wrong_kind(problem, key, key, kind)

    statuses: dict[str, str] = {}
    for dotted, (_product, meaning) in STATUS_KEYS.items():
        section, _, key = dotted.partition(".")
        table = data.get(section)
        if not isinstance(table, dict) or key not in table:
            problem(
                dotted,
                say("profile", 'the setting "{key}" ({meaning}) is missing').fill(
                    key=dotted, meaning=meaning
                ),
                say(
                    "profile",
                    'Add {key} = "<status name>" under [{section}], or "" to switch this rule off',
                ).fill(key=key, section=section),
            )
            continue
        value = table[key]
        if not isinstance(value, str):
            problem(
                dotted,
                say("profile", "{key} must be a status name in quotes").fill(key=dotted),
                say("profile", 'Write {key} = "Busy"').fill(key=key),
            )
            continue
        statuses[dotted] = value.strip()
    for section in ("mapped", "transition", "blocking"):
        table = data.get(section)
        if not isinstance(table, dict):
            continue
        allowed = [k.partition(".")[2] for k in STATUS_KEYS if k.startswith(section + ".")]
        for key in table:
            if key not in allowed:
                unknown_key(problem, section, key, allowed)

    options: dict[str, Any] = {}
    table = data.get("options", {})
    if isinstance(table, dict):
        for key, value in table.items():
            if key not in OPTION_KEYS:
                problem(
                    f"options.{key}",
                    say("profile", 'unknown option "{key}"').fill(key=key),
                    known_keys(key, list(OPTION_KEYS)),
                )
                continue
            option_kind, _default = OPTION_KEYS[key]
            wrong_bool = option_kind is not bool and isinstance(value, bool)
            if not isinstance(value, option_kind) or wrong_bool:
                wrong_kind(problem, f"options.{key}", key, option_kind)
                continue
            options[key] = value
        seconds = options.get("transition_timer_seconds", 0)
        if seconds < 0:
            problem(
                "options.transition_timer_seconds",
                say("profile", "the transition timer cannot be negative"),
                say("profile", "Use 0 for no timer, or the number of seconds to wait"),
            )
        elif seconds > MAX_TIMER_SECONDS:
            problem(
                "options.transition_timer_seconds",
                say("profile", "the transition timer is {seconds} seconds, longer than a day").fill(
                    seconds=f"{seconds:g}"
                ),
                say("profile", "Use at most {seconds} seconds (or 0 for no timer)").fill(
                    seconds=str(MAX_TIMER_SECONDS)
                ),
            )

    extensions = parse_extensions(data, problem)
    name, enabled = data.get("name"), data.get("enabled")
    spec = ProfileSpec(
        id=profile_id,
        name=name if isinstance(name, str) else profile_id,
        description=str(data.get("description", "")),
        enabled=enabled if isinstance(enabled, bool) else True,
        statuses=statuses,
        options=options,
        source=source,
        extensions=extensions,
    )
    if problems:
        return ParseResult(None, tuple(problems), draft=spec)
    return ParseResult(spec, ())


def _is_json(text: str) -> bool:
    import json  # only for a file that is not TOML: the hint that it looks like JSON

    try:
        json.loads(text)
    except ValueError:
        return False
    return text.lstrip().startswith(("{", "["))


@dataclass(frozen=True, slots=True)
class ResolveResult:
    settings: SyncSettings | None
    problems: tuple[Problem, ...]


def resolve_profile(spec: ProfileSpec, catalog: StatusCatalog) -> ResolveResult:
    """Stage two: names against both orgs' statuses, and the rules' logic."""
    from omnisync.core.settings import SyncOptions, SyncSettings

    problems: list[Problem] = []
    src = spec.source

    def problem(
        key: str, message: Message, fix: Message, severity: Severity = Severity.ERROR
    ) -> None:
        problems.append(Problem(severity, src, key, message, fix))

    on_queue = catalog.on_queue
    if on_queue is None:
        problem(
            "",
            say("profile", "the Genesys org has no active On Queue presence"),
            say(
                "profile",
                "Check the Genesys org's presence definitions: On Queue cannot be deactivated",
            ),
        )

    genesys: dict[str, GenesysPresence | None] = {}
    omni: dict[str, OmniStatus | None] = {}
    for dotted, (product, _meaning) in STATUS_KEYS.items():
        name = spec.statuses.get(dotted, "")
        if not name:
            if product == "genesys":
                genesys[dotted] = None
            else:
                omni[dotted] = None
            continue
        if product == "genesys":
            found_g = catalog.find_genesys(name)
            genesys[dotted] = _check_found(found_g, dotted, name, "Genesys Cloud", problem)
            presence = genesys[dotted]
            if presence is not None and presence.deactivated:
                problem(
                    dotted,
                    say("profile", 'the Genesys status "{status}" is deactivated').fill(
                        status=presence.label
                    ),
                    say("profile", "Pick an active status, or reactivate it in Genesys Cloud"),
                )
        else:
            found_o = catalog.find_omni(name)
            omni[dotted] = _check_found(found_o, dotted, name, "Omni-Channel", problem)
            status = omni[dotted]
            if status is not None and status.offline:
                problem(
                    dotted,
                    OFFLINE_BY_RULE,
                    say("profile", "Pick a status such as Busy or a custom Transition status"),
                )
                omni[dotted] = None

    timer_status: OmniStatus | None = None
    timer_name = str(spec.options.get("transition_timer_omni_status", ""))
    seconds = float(spec.options.get("transition_timer_seconds", 0))
    if timer_name:
        timer_status = _check_found(
            catalog.find_omni(timer_name),
            "options.transition_timer_omni_status",
            timer_name,
            "Omni-Channel",
            problem,
        )

    mapped = omni["mapped.omni"]
    t_omni = omni["transition.omni_on_leaving_on_queue"]
    b_omni = omni["blocking.omni_while_genesys_interaction"]
    t_gc = genesys["transition.genesys_on_leaving_mapped_omni"]
    b_gc = genesys["blocking.genesys_while_salesforce_work"]

    if spec.enabled and not spec.statuses.get("mapped.omni"):
        problem(
            "mapped.omni",
            say("profile", "sync is enabled but no mapped Omni-Channel status is set"),
            say(
                "profile", 'Name the Omni-Channel status that mirrors On Queue, e.g. omni = "Busy"'
            ),
        )
    if mapped is not None and t_omni is not None and t_omni.id == mapped.id:
        problem(
            "transition.omni_on_leaving_on_queue",
            say(
                "profile",
                'leaving On Queue would set "{status}", the mapped status itself, which puts '
                "Genesys back On Queue: a loop",
            ).fill(status=t_omni.label),
            say(
                "profile",
                "Pick a status other than the mapped one, typically a non-routable Transition",
            ),
        )
    for key, presence in (
        ("transition.genesys_on_leaving_mapped_omni", t_gc),
        ("blocking.genesys_while_salesforce_work", b_gc),
    ):
        if presence is not None and presence.is_on_queue:
            on_queue_loop(problem, key, presence.label)
    if mapped is not None and mapped.routable and t_omni is not None and t_omni.routable:
        problem(
            "transition.omni_on_leaving_on_queue",
            say(
                "profile",
                '"{status}" is routable, so Omni-Channel work arrives straight away when the '
                "agent leaves On Queue (no transition time)",
            ).fill(status=t_omni.label),
            say("profile", "Pick a non-routable status such as a custom Transition status"),
            Severity.WARNING,
        )
    if mapped is not None and mapped.routable and b_gc is None and b_omni is None:
        problem(
            "mapped.omni",
            say(
                "profile",
                '"{status}" is routable and no blocking status is set, so work can arrive in '
                "both products at once",
            ).fill(status=mapped.label),
            say(
                "profile",
                "Set blocking.genesys_while_salesforce_work and "
                "blocking.omni_while_genesys_interaction, or map a non-routable status",
            ),
            Severity.WARNING,
        )
    if seconds > 0 and timer_status is None and not timer_name:
        problem(
            "options.transition_timer_omni_status",
            say("profile", "the transition timer is on but has no status to move to"),
            say(
                "profile",
                'Name the Omni-Channel status, e.g. transition_timer_omni_status = "Available"',
            ),
        )
    if seconds > 0 and t_omni is None:
        problem(
            "options.transition_timer_seconds",
            say(
                "profile",
                "the transition timer is on but there is no Omni transition status to time",
            ),
            say("profile", "Set transition.omni_on_leaving_on_queue, or set the timer to 0"),
        )
    if timer_status is not None and t_omni is not None and timer_status.id == t_omni.id:
        problem(
            "options.transition_timer_omni_status",
            say(
                "profile",
                "the timer would move Omni-Channel to the transition status it is already in",
            ),
            say("profile", "Pick the status the agent should move on to, such as Available"),
        )
    if timer_status is not None and mapped is not None and timer_status.id == mapped.id:
        problem(
            "options.transition_timer_omni_status",
            say(
                "profile",
                "the timer moves Omni-Channel to the mapped status but Genesys will not follow "
                "(the app's own writes trigger no rule)",
            ),
            say(
                "profile",
                "Pick a status other than the mapped one, or expect Genesys to stay as it is",
            ),
            Severity.WARNING,
        )
    if timer_status is not None and timer_status.offline:
        timer_status = None
    beyond = resolve_extensions(
        spec.extensions,
        catalog,
        problem,
        _check_found,
        mapped=mapped,
        omni_on_leaving_on_queue=t_omni,
        genesys_block=b_gc,
    )
    org_warnings(catalog, problem, genesys_block=b_gc, omni_block=b_omni)

    if any(p.severity is Severity.ERROR for p in problems):
        return ResolveResult(None, tuple(problems))
    options = SyncOptions(
        count_after_call_work_as_interacting=bool(
            spec.options.get("count_after_call_work_as_interacting", True)
        ),
        ignore_externally_routed_omni_work=bool(
            spec.options.get("ignore_externally_routed_omni_work", True)
        ),
        restore_after_block=bool(spec.options.get("restore_after_block", True)),
        apply_agent_change_after_work=bool(
            spec.options.get("apply_agent_change_after_work", False)
        ),
        transition_timer_seconds=seconds,
        transition_timer_omni=timer_status,
    )
    settings = SyncSettings(
        enabled=spec.enabled,
        mapped_omni=mapped,
        on_queue=on_queue,
        genesys_on_leaving_mapped_omni=t_gc,
        omni_on_leaving_on_queue=t_omni,
        genesys_while_salesforce_work=b_gc,
        omni_while_genesys_interaction=b_omni,
        options=options,
        more_mappings=beyond.mappings,
        away_rules=beyond.away,
        master=spec.extensions.master,
        work_block=beyond.work_block,
        undo_follower_changes=spec.extensions.undo_follower_changes,
    )
    return ResolveResult(settings, tuple(problems))


def _check_found(found: Found[S], key: str, name: str, product: str, problem: Any) -> S | None:
    if found.status is not None:
        return found.status
    if found.ambiguous:
        problem(
            key,
            say("profile", '"{name}" matches {count} {product} statuses').fill(
                name=name, count=str(len(found.ambiguous)), product=product
            ),
            say("profile", "Name it by id instead: one of {ids}").fill(
                ids=quoted(s.id for s in found.ambiguous)
            ),
        )
        return None
    valid = quoted(found.valid)
    listed = (
        say("profile", "The {product} org's statuses: {valid}").fill(product=product, valid=valid)
        if valid
        else say("profile", "The org has no statuses")
    )
    hint = suggestion(found.suggestions)
    fix = say("profile", "{hint} {listed}").fill(hint=hint, listed=listed) if hint else listed
    problem(
        key,
        say("profile", 'no {product} status is named "{name}"').fill(product=product, name=name),
        fix,
    )
    return None
