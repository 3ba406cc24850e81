"""``omnisync check-profile FILE --statuses STATUSES.json``: validate a profile offline.

Exit status: 0 valid (warnings allowed), 1 the profile has errors, 2 unusable arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from omnisync.core.bounded import UnsafeData, json_loads
from omnisync.core.catalog import CatalogFormatError, StatusCatalog
from omnisync.core.problems import Problem, Severity, has_errors
from omnisync.core.profile import line_of, parse_profile, resolve_profile
from omnisync.small_files import read_small_text


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check-profile",
        help="validate a settings profile against both orgs' status lists",
        description="Validate a settings profile (TOML) against a JSON file of both orgs' "
        "status lists and print every problem. See docs/profiles.md.",
    )
    parser.add_argument("file", type=Path, help="the profile (.toml)")
    parser.add_argument(
        "--statuses",
        type=Path,
        required=True,
        help="JSON with genesys.presences and salesforce.statuses (docs/profiles.md)",
    )
    parser.set_defaults(func=run)


def _usage_error(message: str) -> int:
    print(f"omnisync check-profile: error: {message}", file=sys.stderr)
    return 2


def every_problem(text: str, source: str, profile_id: str, catalog: StatusCatalog) -> list[Problem]:
    """Structure and status names in one run (a draft of a profile with errors is still
    checked against the orgs), each with its line where the key is written, in file order."""
    parsed = parse_profile(text, source, profile_id)
    problems = list(parsed.problems)
    spec = parsed.spec or parsed.draft
    if spec is not None:
        seen = {p.key for p in problems}
        problems += [p for p in resolve_profile(spec, catalog).problems if p.key not in seen]
    located = [_located(p, text) for p in problems]
    return sorted(located, key=lambda p: (p.line is None, p.line or 0))  # missing keys last


def _located(problem: Problem, text: str) -> Problem:
    if problem.line is not None or not problem.key:
        return problem
    section, _, name = problem.key.rpartition(".")
    return replace(problem, line=line_of(text, section, name))


def run(args: argparse.Namespace) -> int:
    profile_path: Path = args.file
    statuses_path: Path = args.statuses
    try:
        text = read_small_text(profile_path)
    except OSError as exc:
        return _usage_error(f"cannot read the profile {profile_path}: {exc.strerror or exc}")
    except UnicodeDecodeError:
        return _usage_error(f"{profile_path} is not UTF-8 text; save it as UTF-8")
    try:
        raw = json_loads(read_small_text(statuses_path))
        catalog = StatusCatalog.from_json(raw)
    except OSError as exc:
        return _usage_error(f"cannot read {statuses_path}: {exc.strerror or exc}")
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return _usage_error(f"{statuses_path} is not valid JSON: {exc}")
    except UnsafeData as exc:
        return _usage_error(f"{statuses_path} cannot be used: {exc}")
    except CatalogFormatError as exc:
        return _usage_error(f"{statuses_path}: {exc} (see docs/profiles.md for the format)")

    problems = every_problem(text, str(profile_path), profile_path.stem, catalog)
    for problem in problems:
        print(problem)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    if has_errors(problems):
        print(f"{profile_path}: {errors} error(s), {warnings} warning(s): not valid")
        return 1
    print(f"{profile_path}: valid" + (f" with {warnings} warning(s)" if warnings else ""))
    return 0
