"""``omnisync tray`` (also ``omnisync app``): the tray app, for a given sync service.

The service is passed in, so this module does not decide how the service is built: the wiring
(real clouds or the sandbox) calls :func:`add_tray_command` with its factory. Qt is imported only
when the command runs, so the headless commands never load it.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from omnisync.ui.autostart.command import AUTOSTART_ARGS

if TYPE_CHECKING:
    from omnisync.ui.app import ServiceFactory

COMMAND = AUTOSTART_ARGS[0]
BACKGROUND_FLAG = AUTOSTART_ARGS[1]


def add_tray_command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    service_factory: ServiceFactory,
) -> argparse.ArgumentParser:
    """Add ``tray``/``app``: the tray app around the service ``service_factory`` builds."""
    parser = subparsers.add_parser(
        COMMAND,
        aliases=["app"],
        help="run the tray app (what starts at login)",
        description="Run OmniSync Companion in the system tray until Quit.",
    )
    add_tray_arguments(parser)
    parser.set_defaults(func=lambda args: run_tray(args, service_factory))
    return parser


def add_tray_arguments(parser: argparse.ArgumentParser) -> None:
    """The tray's options; also for a parser that runs the tray when no command is given."""
    parser.add_argument(
        BACKGROUND_FLAG,
        action="store_true",
        help="do not open the status window at start (used by start at login)",
    )


def run_tray(args: argparse.Namespace, service_factory: ServiceFactory) -> int:
    from omnisync.ui.app import AppOptions, run

    return run(service_factory, AppOptions(background=bool(getattr(args, "background", False))))
