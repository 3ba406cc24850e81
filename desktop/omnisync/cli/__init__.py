"""Command-line entry: one module per subcommand, each exposing ``register(subparsers)``.

Without a command, ``omnisync`` runs the tray app (what starts at login). A subcommand's
``register`` adds its parser and sets ``func`` to a callable taking the parsed
namespace and returning the exit status. Exit status 2 means unusable arguments (argparse's own).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

from omnisync import __version__
from omnisync.cli import check_profile, demo, export_statuses, policy, sandbox
from omnisync.cli.display import NO_DISPLAY, explain_no_display, no_display_reason
from omnisync.cli.tray import add_tray_arguments, add_tray_command, run_tray

SUBCOMMANDS: tuple[ModuleType, ...] = (check_profile, demo, export_statuses, policy, sandbox)


def _tray(args: argparse.Namespace) -> int:
    """The tray app on the real orgs (``omnisync``, ``omnisync tray``)."""
    reason = no_display_reason()
    if reason is not None:
        return _cannot_show(reason)
    from omnisync.ui.early_tray import show_first_tray

    show_first_tray()  # the full tray before the heavy imports below (docs/performance.md)
    from omnisync.logs import configure_logging
    from omnisync.service.wiring import real_service

    configure_logging(to_stderr=False)
    return run_tray(args, real_service)


def _cannot_show(reason: str) -> int:
    """One clear line on stderr and in the log, before Qt could abort the process."""
    import logging

    from omnisync.logs import configure_logging

    message = explain_no_display(reason)
    print(message, file=sys.stderr)
    configure_logging(to_stderr=False)
    logging.getLogger(__name__).error("%s", message)
    return NO_DISPLAY


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="omnisync",
        description="OmniSync Companion: Genesys Cloud and Salesforce Omni-Channel status sync.",
    )
    parser.add_argument("--version", action="version", version=f"omnisync {__version__}")
    add_tray_arguments(parser)
    parser.set_defaults(func=_tray)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    tray = add_tray_command(subparsers, _service_factory)
    tray.set_defaults(func=_tray)
    for module in SUBCOMMANDS:
        module.register(subparsers)
    return parser


async def _service_factory(resources: contextlib.AsyncExitStack) -> Any:
    from omnisync.service.wiring import real_service

    return await real_service(resources)


def main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    return func(args)
