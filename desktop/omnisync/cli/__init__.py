"""Command-line entry: one module per subcommand, each exposing ``register(subparsers)``.

A subcommand's ``register`` adds its parser and sets ``func`` to a callable taking the parsed
namespace and returning the exit status. Exit status 2 means unusable arguments (argparse's own).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from types import ModuleType

from omnisync import __version__
from omnisync.cli import check_profile, policy, sandbox

SUBCOMMANDS: tuple[ModuleType, ...] = (check_profile, policy, sandbox)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="omnisync",
        description="OmniSync Companion: Genesys Cloud and Salesforce Omni-Channel status sync.",
    )
    parser.add_argument("--version", action="version", version=f"omnisync {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in SUBCOMMANDS:
        module.register(subparsers)
    return parser


def main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    return func(args)
