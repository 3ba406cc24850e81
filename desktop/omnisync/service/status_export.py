"""Reading both orgs' status lists as the signed-in user, for ``omnisync export-statuses``.

Each product is read with the fewest API calls: Genesys's presence definitions (active and
deactivated, every page) and Salesforce's two status queries (statuses, and the service channel
rows that make one routable). A session kept in the keyring is tried first; only when the
product no longer accepts it does a browser sign-in run, and that new session is kept for the
next export and the tray app (for Genesys that costs one ``users/me``, to know whose it is).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Protocol, TextIO, TypeVar

import httpx

from omnisync.atomicfile import write_atomic
from omnisync.auth.errors import AuthError, SignInRequired
from omnisync.auth.flow import sign_in
from omnisync.core.catalog import OrgFacts, StatusCatalog
from omnisync.core.model import GenesysPresence, OmniStatus
from omnisync.genesys.client import GenesysClient
from omnisync.genesys.errors import GenesysError, MalformedMessage
from omnisync.genesys.rest import GenesysRest
from omnisync.genesys.signin import PRODUCT as GENESYS_TITLE
from omnisync.genesys.signin import oauth_config as genesys_oauth
from omnisync.genesys.signin import token_keeper
from omnisync.salesforce.errors import SalesforceError
from omnisync.salesforce.limits import CallCounter
from omnisync.salesforce.omni import OmniReader
from omnisync.salesforce.rest import SalesforceRest
from omnisync.salesforce.signin import TITLE as SALESFORCE_TITLE
from omnisync.salesforce.signin import SalesforceAccount
from omnisync.salesforce.signin import oauth_config as salesforce_oauth
from omnisync.service.factory import GenesysOrg, SalesforceOrg
from omnisync.service.genesys_connector import keep_session, saved_session
from omnisync.service.org_facts import genesys_facts, salesforce_facts
from omnisync.service.ports import ConnectorContext
from omnisync.service.salesforce_connector import new_account, saved_account

_SIGN_IN_ADVICE = (
    "run the command again and finish the sign-in in the browser; if it is refused again, "
    "check the OAuth client id in the policy or settings (docs/admin.md) and that this user "
    "may use that client"
)
_API_ADVICE = (
    "check that this user has API access and may read the org's statuses (for Salesforce, "
    "that Omni-Channel is enabled), then run the command again"
)


class ExportFailed(Exception):
    """One product could not be read; the message names it, what happened and what to do."""

    def __init__(self, product: str, what: str, advice: str) -> None:
        super().__init__(f"{product}: {what.rstrip('.')}. What to do: {advice}.")
        self.product = product


S = TypeVar("S", GenesysPresence, OmniStatus)


@dataclass(frozen=True, slots=True)
class ProductRead(Generic[S]):
    """What was read from one product (its reader counts the API calls)."""

    statuses: tuple[S, ...]
    signed_in: bool
    """True when a browser sign-in ran (no usable kept session)."""
    facts: OrgFacts = field(default_factory=OrgFacts)


def _failure(product: str, exc: Exception) -> ExportFailed:
    if isinstance(exc, AuthError):
        return ExportFailed(product, f"sign-in failed: {exc}", _SIGN_IN_ADVICE)
    if isinstance(exc, httpx.HTTPError):
        what = f"cannot be reached ({type(exc).__name__})"
        return ExportFailed(product, what, "check the network connection and the host settings")
    return ExportFailed(product, f"reading the statuses failed: {exc}", _API_ADVICE)


class GenesysReader:
    title = GENESYS_TITLE

    def __init__(self, org: GenesysOrg, context: ConnectorContext) -> None:
        self._org = org
        self._context = context
        self._keeper = token_keeper(clock=context.clock)
        self._rest = GenesysRest(context.http, org.hosts, self._keeper, sleep=context.sleep)
        self._client = GenesysClient(self._rest, clock=context.clock, sleep=context.sleep)

    @property
    def api_calls(self) -> int:
        return sum(self._rest.calls.values())

    async def read(self) -> ProductRead[GenesysPresence]:
        """Raise ExportFailed when the product cannot be read."""
        try:
            return await self._read()
        except (AuthError, GenesysError, httpx.HTTPError) as exc:
            raise _failure(self.title, exc) from exc

    async def _read(self) -> ProductRead[GenesysPresence]:
        saved = await saved_session(self._context, self._org.hosts)
        if saved is not None:
            self._keeper.replace(saved[1])
            try:
                found = await self._client.presence_definitions()
                return ProductRead(tuple(found), signed_in=False, facts=await self._facts())
            except SignInRequired:
                pass  # revoked or ended on the server: sign in below
        config = genesys_oauth(
            self._org.hosts, self._org.client_id, redirect_port=self._org.redirect_port
        )
        context = self._context
        tokens = await sign_in(config, context.http, context.opener, clock=context.clock)
        self._keeper.replace(tokens)
        found = await self._client.presence_definitions()
        me = await self._rest.get_json("/api/v2/users/me")
        if not isinstance(me, dict) or not isinstance(me.get("id"), str):
            raise MalformedMessage("users/me has no id")
        await keep_session(context, self._org.hosts, me["id"], tokens)
        return ProductRead(tuple(found), signed_in=True, facts=await self._facts())

    async def _facts(self) -> OrgFacts:
        return await genesys_facts(self._client)


class SalesforceReader:
    title = SALESFORCE_TITLE

    def __init__(self, org: SalesforceOrg, context: ConnectorContext) -> None:
        self._config = salesforce_oauth(org.login, org.client_id, org.redirect_port)
        self._context = context
        self.counter = CallCounter()

    @property
    def api_calls(self) -> int:
        return self.counter.rest

    async def read(self) -> ProductRead[OmniStatus]:
        """Raise ExportFailed when the product cannot be read."""
        try:
            return await self._read()
        except (AuthError, SalesforceError, httpx.HTTPError) as exc:
            raise _failure(self.title, exc) from exc

    async def _statuses(
        self, account: SalesforceAccount, signed_in: bool
    ) -> ProductRead[OmniStatus]:
        rest = SalesforceRest(self._context.http, account.keeper, counter=self.counter)
        reader = OmniReader(rest)
        statuses = tuple((await reader.statuses()).values())
        return ProductRead(statuses, signed_in=signed_in, facts=await salesforce_facts(reader))

    async def _read(self) -> ProductRead[OmniStatus]:
        account = await saved_account(self._context, self._config)
        if account is not None:
            try:
                return await self._statuses(account, signed_in=False)
            except SignInRequired:
                pass  # the refresh token was revoked or expired: sign in below
        account = await new_account(self._context, self._config)
        return await self._statuses(account, signed_in=True)


def catalog_of(
    genesys: Sequence[GenesysPresence],
    omni: Sequence[OmniStatus],
    facts: Sequence[OrgFacts] = (),
) -> StatusCatalog:
    """In a stable order, so that two exports of an unchanged org are identical files.

    Genesys: active before deactivated, primary before secondary, then by label and id;
    Salesforce: by label, then id; channels by developer name.
    """
    return StatusCatalog.of(
        sorted(
            genesys,
            key=lambda p: (p.deactivated, not p.primary, p.label.casefold(), p.label, p.id),
        ),
        sorted(omni, key=lambda s: (s.label.casefold(), s.label, s.id)),
        facts,
    )


class ExportUnreadable(Exception):
    """The export would not read back as the same statuses: it is not written."""


def export_text(catalog: StatusCatalog) -> str:
    """The JSON that ``StatusCatalog.from_json`` reads, checked by reading it back."""
    text = json.dumps(catalog.to_json(), indent=2, ensure_ascii=False) + "\n"
    data: Any = json.loads(text)
    again = StatusCatalog.from_json(data)
    if again != catalog:
        raise ExportUnreadable(
            "the exported statuses did not read back identically; nothing was written "
            "(please report this as a bug)"
        )
    return text


async def export_statuses(
    genesys: GenesysOrg | None,
    salesforce: SalesforceOrg | None,
    context: ConnectorContext,
    out: Path | None,
    *,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    """Read each product given, then write the file (or stdout) only when every read worked.

    Returns the exit status: 0 written, 1 a product failed (each failure is printed).
    """
    readers: list[Reader[Any]] = []
    presences: tuple[GenesysPresence, ...] | None = ()
    statuses: tuple[OmniStatus, ...] | None = ()
    facts: list[OrgFacts] = []
    if genesys is not None:
        genesys_reader = GenesysReader(genesys, context)
        readers.append(genesys_reader)
        presences = await _attempt(genesys_reader, stderr, facts)
    if salesforce is not None:
        salesforce_reader = SalesforceReader(salesforce, context)
        readers.append(salesforce_reader)
        statuses = await _attempt(salesforce_reader, stderr, facts)
    if presences is None or statuses is None:
        kept = f" ({out} was left as it was)" if out is not None else ""
        print(f"Nothing was written{kept}.", file=stderr)
        code = 1
    else:
        code = write_export(catalog_of(presences, statuses, facts), out, stdout, stderr)
    if code == 0 and len(readers) == 1:
        other = "salesforce.statuses" if genesys is not None else "genesys.presences"
        print(
            f"Only {readers[0].title} was exported: {other} is an empty list, so check-profile "
            "reports every status of the other product as unknown.",
            file=stderr,
        )
    calls = ", ".join(f"{reader.title} {reader.api_calls}" for reader in readers)
    print(f"API calls: {calls}", file=stderr)
    return code


class Reader(Protocol[S]):
    title: str

    @property
    def api_calls(self) -> int: ...

    async def read(self) -> ProductRead[S]: ...


async def _attempt(
    reader: Reader[S], stderr: TextIO, facts: list[OrgFacts]
) -> tuple[S, ...] | None:
    """The statuses (the org's facts go to ``facts``), or None after printing why the product
    failed."""
    try:
        read = await reader.read()
    except ExportFailed as exc:
        print(f"error: {exc}", file=stderr)
        return None
    how = "signed in" if read.signed_in else "saved session"
    print(f"{reader.title}: {len(read.statuses)} statuses read ({how})", file=stderr)
    for what in read.facts.unread:
        print(
            f"{reader.title}: {what} could not be read with this user's permissions: "
            "check-profile cannot warn about it",
            file=stderr,
        )
    facts.append(read.facts)
    return read.statuses


def write_export(catalog: StatusCatalog, out: Path | None, stdout: TextIO, stderr: TextIO) -> int:
    """Write atomically (a failure leaves an existing file as it was); 0 written, else 1."""
    try:
        text = export_text(catalog)
    except ExportUnreadable as exc:
        print(f"error: {exc}", file=stderr)
        return 1
    if out is None:
        binary = getattr(stdout, "buffer", None)
        if binary is not None:  # UTF-8 as in the file, whatever the console's code page
            stdout.flush()
            binary.write(text.encode("utf-8"))
            binary.flush()
        else:
            stdout.write(text)
            stdout.flush()
        return 0
    try:
        write_atomic(out, text)
    except OSError as exc:
        print(f"error: cannot write {out}: {exc.strerror or exc}; nothing was written", file=stderr)
        return 1
    print(f"Wrote {out}", file=stderr)
    return 0
