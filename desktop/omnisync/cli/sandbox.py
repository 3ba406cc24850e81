"""``omnisync sandbox``: serve the fake clouds and the control API until interrupted."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import sys
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sandbox",
        help="serve local fakes of Genesys Cloud and Salesforce with a control API",
        description="Serve local fakes of Genesys Cloud and Salesforce (real protocols over "
        "real sockets) and the control API described in docs/sandbox.md.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument(
        "--port", type=int, default=8765, help="port to bind; 0 picks a free one (default 8765)"
    )
    parser.add_argument(
        "--heartbeat",
        type=float,
        default=None,
        metavar="SECONDS",
        help="Genesys notification heartbeat interval (default 30)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from omnisync.cli.needs_sandbox import require_sandbox

    missing = require_sandbox("sandbox")
    if missing is not None:
        return missing
    if not 0 <= args.port <= 65535:
        print(f"omnisync sandbox: --port must be 0..65535, not {args.port}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        asyncio.run(_serve(args))
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        print(f"omnisync sandbox: {exc}", file=sys.stderr)
        return 1
    return 0


async def _serve(args: argparse.Namespace) -> None:
    from omnisync.sandbox.part import SandboxContext
    from omnisync.sandbox.parts import build_sandbox_app
    from omnisync.sandbox.server import SandboxServer

    settings: dict[str, dict[str, Any]] = {}
    if args.heartbeat is not None:
        settings["genesys"] = {"heartbeat_interval": args.heartbeat}
    app = build_sandbox_app(SandboxContext(settings=settings))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    async with SandboxServer(app, host=args.host, port=args.port) as server:
        print(f"Sandbox running at {server.base_url}  (Ctrl+C to stop)", flush=True)
        print(f"Control page: {server.base_url}/", flush=True)
        print(f"Endpoints: {server.base_url}/control/endpoints", flush=True)
        for name, origin in server.origins.items():
            print(f"  {name:<20} {origin}", flush=True)
        print(json.dumps({"baseUrl": server.base_url, "hosts": server.origins}), flush=True)
        await stop.wait()
