"""``omnisync policy``: check a machine policy file before deploying it, or the one in force."""

from __future__ import annotations

import argparse
from pathlib import Path

from omnisync.settings import PolicyState, load_policy, policy_candidates, read_policy_file
from omnisync.settings.oauth import as_table


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "policy",
        help="check the machine-wide policy file (see docs/admin.md)",
        description=(
            "Check a policy file and print what it sets. Without --file, checks the file this "
            "machine uses. Exit status 1 when the file has problems."
        ),
    )
    parser.add_argument("--file", type=Path, help="a policy file to check before deploying it")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.file is not None:
        if not args.file.is_file():
            print(f"{args.file}: no such file")
            return 1
        state = read_policy_file(args.file)
    else:
        print("Looked for the machine policy in:")
        for candidate in policy_candidates():
            print(f"  {candidate}{'  (found)' if candidate.is_file() else ''}")
        state = load_policy()
        if state.path is None:
            print("No policy file: every installed profile may be chosen; no OAuth defaults.")
            return 0
    if state.error is not None:
        print(state.message())
        return 1
    print(f"{state.path}: OK")
    print(describe(state))
    return 0


def describe(state: PolicyState) -> str:
    policy = state.policy
    lines = []
    if policy.locked_profile is not None:
        lines.append(f"  profile locked to: {policy.locked_profile}")
    if policy.allowed_profiles is not None:
        lines.append(f"  profiles allowed: {', '.join(policy.allowed_profiles)}")
    if policy.locked_profile is None and policy.allowed_profiles is None:
        lines.append("  profiles: any installed profile")
    for name, client in (("genesys", policy.genesys), ("salesforce", policy.salesforce)):
        table = as_table(client)
        shown = ", ".join(f"{key}={value}" for key, value in table.items()) or "not set"
        lines.append(f"  {name} OAuth client: {shown}")
    return "\n".join(lines)
