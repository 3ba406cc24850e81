"""``omnisync demo [--headless] [--no-browser] [--port N] [--link-port N] [--profile ID]``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from typing import Any

from omnisync.cli.display import no_display_reason


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="run the app against the sandbox clouds (no account needed)",
        description="Start the sandbox clouds and the app wired to them, sign in to both "
        "through the real OAuth flows, and open the sandbox's control page to play the agent.",
    )
    parser.add_argument(
        "--headless",
        action="store_true",
        help="no tray: print each state change and audit entry to stdout",
    )
    parser.add_argument(
        "--no-browser", action="store_true", help="do not open the control page in the browser"
    )
    parser.add_argument(
        "--port",
        type=int,
        default=8765,
        help="the sandbox's port on 127.0.0.1 (0: any free port; default 8765)",
    )
    parser.add_argument(
        "--link-port",
        type=int,
        help="where the app and the sandbox's console meet for the direct link (default: the "
        "registered ports 47615-47618, as a real console dials them)",
    )
    parser.add_argument("--profile", help="the settings profile to start with")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from omnisync.cli.needs_sandbox import require_sandbox
    from omnisync.logs import configure_logging

    missing = require_sandbox("demo")
    if missing is not None:
        return missing

    reason = None if args.headless else no_display_reason()
    if reason is not None:
        print(f"The demo cannot show its tray app: {reason}. Running --headless.")
        args.headless = True
    from omnisync.demo import DemoOptions, PrinterLog  # not at import: the tray must not load

    # the sandbox
    configure_logging(to_stderr=args.headless, stderr_format=PrinterLog())

    options = DemoOptions(
        port=args.port,
        profile=args.profile,
        browser=not args.no_browser,
        link_ports=None if args.link_port is None else (args.link_port,),
    )
    if args.headless:
        from omnisync.demo import run_headless

        with contextlib.suppress(KeyboardInterrupt):
            return asyncio.run(run_headless(options))
        return 0
    from omnisync.demo import build_demo
    from omnisync.ui.app import AppOptions
    from omnisync.ui.app import run as run_app

    async def factory(resources: contextlib.AsyncExitStack) -> Any:
        service, _sandbox = await build_demo(resources, options)
        return service

    return run_app(factory, AppOptions(background=False))
