"""``omnisync export-statuses [--out FILE] [--only genesys|salesforce] [--sandbox URL]``.

Writes the status lists that ``omnisync check-profile --statuses`` reads, from the orgs the tray
app signs in to. Exit status: 0 written, 1 a product failed (nothing written), 2 unusable
arguments.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from omnisync.service.factory import GenesysOrg, SalesforceOrg
    from omnisync.service.ports import ConnectorContext

PRODUCTS = ("genesys", "salesforce")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export-statuses",
        help="write both orgs' status lists as JSON, for check-profile --statuses",
        description="Sign in to Genesys Cloud and Salesforce as you (a saved session is used "
        "when it is still valid, otherwise your browser opens), read both orgs' statuses and "
        "write them in the format that `omnisync check-profile --statuses` reads. Uses the "
        "orgs and OAuth clients of the machine policy and your settings (docs/admin.md).",
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="the JSON file to write (default: standard output); only written when every "
        "product was read",
    )
    parser.add_argument(
        "--only",
        choices=PRODUCTS,
        help="read one product only (the other's list is written empty)",
    )
    parser.add_argument(
        "--sandbox",
        metavar="URL",
        help="read the orgs of a running `omnisync sandbox` at URL instead (to try the command)",
    )
    parser.set_defaults(func=run)


def _usage_error(message: str) -> int:
    print(f"omnisync export-statuses: error: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    out: Path | None = args.out
    if out is not None and out.is_dir():
        return _usage_error(f"--out {out} is a folder; name a file")
    from omnisync.logs import configure_logging

    configure_logging(to_stderr=False)
    try:
        return asyncio.run(_export(args))
    except KeyboardInterrupt:
        print("Interrupted: nothing was written.", file=sys.stderr)
        return 1


async def _export(args: argparse.Namespace) -> int:
    from omnisync.service.status_export import export_statuses

    wanted = (args.only,) if args.only else PRODUCTS
    async with contextlib.AsyncExitStack() as resources:
        try:
            if args.sandbox:
                genesys, salesforce, context = await _sandbox(resources, args.sandbox, wanted)
            else:
                genesys, salesforce, context = await _configured(resources, wanted)
        except Unprepared as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        return await export_statuses(
            genesys, salesforce, context, args.out, stdout=sys.stdout, stderr=sys.stderr
        )


class Unprepared(Exception):
    """The orgs to read are not known (missing settings, no sandbox): nothing was read."""


Prepared = tuple["GenesysOrg | None", "SalesforceOrg | None", "ConnectorContext"]
"""The orgs wanted (None for the other) and the context to sign in with."""


async def _configured(resources: contextlib.AsyncExitStack, wanted: tuple[str, ...]) -> Prepared:
    """The tray app's real orgs: machine policy and user settings, the keyring, the browser."""
    from omnisync.auth.store import open_token_store
    from omnisync.net import http_client
    from omnisync.service.accounts import AccountBook
    from omnisync.service.factory import Places
    from omnisync.service.ports import ConnectorContext
    from omnisync.service.wiring import (
        genesys_org,
        missing_settings,
        not_configured,
        salesforce_org,
    )
    from omnisync.settings.policy import effective_clients, load_policy
    from omnisync.settings.user import SettingsStore

    policy = load_policy()
    if policy.error is not None:
        print(policy.message(), file=sys.stderr)
    loaded = SettingsStore().load()
    if loaded.problems:
        print(loaded.message(), file=sys.stderr)
    genesys_client, salesforce_client = effective_clients(policy, loaded.settings)
    want_genesys, want_salesforce = "genesys" in wanted, "salesforce" in wanted
    missing = missing_settings(
        genesys_client if want_genesys else None, salesforce_client if want_salesforce else None
    )
    if missing:
        raise Unprepared(
            f"{not_configured(missing)} To try this command, pass the URL of a running "
            "`omnisync sandbox` with --sandbox."
        )
    try:
        genesys = genesys_org(genesys_client) if want_genesys else None
        salesforce = salesforce_org(salesforce_client) if want_salesforce else None
    except ValueError as exc:
        raise Unprepared(f"{exc} (see docs/admin.md)") from None
    http = await resources.enter_async_context(http_client())
    store = open_token_store()
    if store.notice:
        print(store.notice, file=sys.stderr)
    accounts = AccountBook(Places.default().accounts_file)
    return genesys, salesforce, ConnectorContext(http, store, accounts, _open_browser)


def _open_browser(url: str) -> None:
    import webbrowser

    print(
        f"Sign in in the browser window that opens. If none opens, open this address:\n  {url}",
        file=sys.stderr,
    )
    webbrowser.open(url)


async def _sandbox(
    resources: contextlib.AsyncExitStack, base_url: str, wanted: tuple[str, ...]
) -> Prepared:
    """A running sandbox's orgs; tokens stay in memory, as in the demo."""
    import httpx

    from omnisync.auth.store import MemoryTokenStore
    from omnisync.net import skip_sniffio_search
    from omnisync.service.accounts import AccountBook
    from omnisync.service.factory import Orgs, sandbox_sign_in_page
    from omnisync.service.ports import ConnectorContext

    skip_sniffio_search()
    http = await resources.enter_async_context(httpx.AsyncClient())
    browser = await resources.enter_async_context(httpx.AsyncClient(follow_redirects=True))
    try:
        answer = await http.get(f"{base_url.rstrip('/')}/control/endpoints")
        answer.raise_for_status()
        orgs = Orgs.from_sandbox(answer.json())
    except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
        raise Unprepared(
            f"no sandbox answers at {base_url} ({type(exc).__name__}): start one with "
            "`omnisync sandbox` and pass the URL it prints"
        ) from None
    folder = Path(resources.enter_context(tempfile.TemporaryDirectory(prefix="omnisync-")))
    accounts = AccountBook(folder / "accounts.json")
    context = ConnectorContext(http, MemoryTokenStore(), accounts, sandbox_sign_in_page(browser))
    return (
        orgs.genesys if "genesys" in wanted else None,
        orgs.salesforce if "salesforce" in wanted else None,
        context,
    )
