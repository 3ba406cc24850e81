"""``omnisync policy``: check a machine policy before deploying it, or the one in force."""

from __future__ import annotations

import argparse
from pathlib import Path

from omnisync.service.profile_store import ProfileDirs, load_profiles
from omnisync.service.wiring import missing_settings
from omnisync.settings import PolicyState, read_policy_file
from omnisync.settings.oauth import as_table
from omnisync.settings.policy import Policy, effective_clients, profile_problems
from omnisync.settings.policy_macos import ManagedPreferences, profile_payload
from omnisync.settings.policy_sources import PolicySource, policy_sources
from omnisync.settings.user import SettingsStore


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "policy",
        help="check the machine-wide policy (see docs/admin.md)",
        description=(
            "Check a policy and print what it sets. Without --file, lists the places this "
            "machine looks (registry, managed preferences, policy.toml), says which one is in "
            "force and checks it. The profile ids it names must be installed here or in a "
            "--profiles folder. Exit status 1 when the policy has problems."
        ),
    )
    parser.add_argument(
        "--file",
        type=Path,
        help="a policy to check before deploying it: policy.toml, a managed preferences "
        ".plist, or a .mobileconfig configuration profile",
    )
    parser.add_argument(
        "--profiles",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="a folder of profiles you will ship with the policy (may be repeated)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    state: PolicyState | None
    if args.file is not None:
        if not args.file.is_file():
            print(
                f"{args.file}: error: there is no such file. Fix: give the path of the policy "
                "you mean to deploy (policy.toml, a .plist or a .mobileconfig), or run "
                "`omnisync policy` without --file to check the policy in force on this machine"
            )
            return 1
        state = _read_file(args.file)
    else:
        state = _in_force(policy_sources())
    if state is None:
        print("No machine policy: agents may choose any installed profile.")
        _warn_if_the_app_cannot_start(PolicyState(Policy()))
        return 0
    if state.error is not None:  # to the administrator: the problems, then what the app does
        lines = str(state.error).splitlines()
        print("\n".join(lines))
        print(
            f"{state.path}: {len(lines)} error(s): not valid. Deployed like this, the app "
            "ignores it and disables profile switching until it is fixed"
        )
        return 1
    installed = installed_profile_ids(args.profiles)
    problems = profile_problems(state.policy, installed)
    if problems:
        print("\n".join(str(problem) for problem in problems))
        print(f"{state.path}: {len(problems)} error(s): not valid")
        return 1
    print(f"{state.path}: OK")
    print(describe(state))
    _warn_if_the_app_cannot_start(state)
    return 0


def _warn_if_the_app_cannot_start(state: PolicyState) -> None:
    """The tray app on a real org refuses to start without both OAuth clients: say so now,
    from this policy and the settings of the user running the check."""
    genesys, salesforce = effective_clients(state, SettingsStore().load().settings)
    missing = missing_settings(genesys, salesforce)
    if missing:
        print(
            f"warning: {', '.join(missing)} not set, so the app will refuse to start for "
            "real orgs (it does not know which orgs to sign in to). Fix: set them in the "
            "machine policy (docs/admin.md, section 1), or in each agent's settings.toml"
        )


def installed_profile_ids(extra: list[Path]) -> set[str]:
    """Profiles that can be chosen here: built-in, machine-wide, the user's, and ``extra``."""
    dirs = [ProfileDirs.default()]
    dirs += [ProfileDirs(built_in=folder, machine=folder, user=folder) for folder in extra]
    return {pid for d in dirs for pid, entry in load_profiles(d).items() if entry.usable}


def _read_file(path: Path) -> PolicyState | None:
    if path.suffix == ".plist":
        return ManagedPreferences(path).read()
    if path.suffix == ".mobileconfig":
        return profile_payload(path)
    return read_policy_file(path)


def _in_force(sources: list[PolicySource]) -> PolicyState | None:
    """Print every place looked at; the first that holds a policy is used."""
    print("Looked for the machine policy in (the first found is used, as a whole):")
    chosen: PolicyState | None = None
    for source in sources:
        state = source.read()
        if state is None:
            mark = ""
        elif chosen is None:
            chosen, mark = state, "  (found: in force)"
        else:
            mark = "  (found: ignored, a place above wins)"
        print(f"  {source.label}{mark}")
    return chosen


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
