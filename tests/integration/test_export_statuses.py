"""``omnisync export-statuses`` against the sandbox: in-process with the real clients and sign-in
flows (the ``browser`` fixture follows the redirect), and as a real process for exit statuses."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from omnisync.auth.store import MemoryTokenStore, TokenKey
from omnisync.cli import main as cli_main
from omnisync.core.catalog import StatusCatalog
from omnisync.resources import resource_path
from omnisync.sandbox.harness import Sandbox
from omnisync.service.accounts import AccountBook
from omnisync.service.factory import Orgs
from omnisync.service.ports import ConnectorContext
from omnisync.service.status_export import export_statuses
from support.child_env import isolated_env

pytestmark = pytest.mark.integration

PROFILES = sorted(resource_path("profiles").glob("*.toml"))


@dataclass
class Exporter:
    """One machine: a keyring and an account book that outlive each export, and a browser."""

    sandbox: Sandbox
    browser: Callable[[str], Awaitable[None]]
    folder: Path
    store: MemoryTokenStore = field(default_factory=MemoryTokenStore)
    browser_opened: int = 0

    async def run(
        self, out: Path | None, *, genesys: bool = True, salesforce: bool = True
    ) -> tuple[int, str, str]:
        async def opener(url: str) -> None:
            self.browser_opened += 1
            await self.browser(url)

        orgs = Orgs.from_sandbox((await self.sandbox.control.get("/control/endpoints")).json())
        stdout, stderr = io.StringIO(), io.StringIO()
        async with httpx.AsyncClient() as http:
            accounts = AccountBook(self.folder / "accounts.json")
            context = ConnectorContext(http, self.store, accounts, opener)
            code = await export_statuses(
                orgs.genesys if genesys else None,
                orgs.salesforce if salesforce else None,
                context,
                out,
                stdout=stdout,
                stderr=stderr,
            )
        return code, stdout.getvalue(), stderr.getvalue()

    async def secrets(self) -> list[str]:
        """Every token kept for the export's accounts."""
        found: list[str] = []
        book = AccountBook(self.folder / "accounts.json")
        for product in ("genesys", "salesforce"):
            key: TokenKey | None = book.get(product)
            tokens = await self.store.load(key) if key else None
            if tokens is not None:
                found += [t for t in (tokens.access_token, tokens.refresh_token) if t]
        return found


@pytest.fixture
def exporter(sandbox: Sandbox, browser: Any, tmp_path: Path) -> Exporter:
    return Exporter(sandbox, browser, tmp_path / "data")


def _catalog_set(catalog: StatusCatalog) -> tuple[set[Any], set[Any]]:
    return set(catalog.genesys), set(catalog.omni)


async def _sandbox_calls(sandbox: Sandbox) -> tuple[int, int]:
    calls = (await sandbox.state())["apiCalls"]
    return calls["genesys"]["total"], calls["salesforce"]["rest"]


async def test_export_round_trips_and_every_builtin_profile_checks(
    exporter: Exporter, sandbox: Sandbox, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    out = tmp_path / "statuses.json"
    code, stdout, stderr = await exporter.run(out)
    assert code == 0, stderr
    assert stdout == ""
    text = out.read_text(encoding="utf-8")
    exported = StatusCatalog.from_json(json.loads(text))
    served = StatusCatalog.from_json((await sandbox.control.get("/control/statuses")).json())
    assert _catalog_set(exported) == _catalog_set(served)
    assert any(p.deactivated for p in exported.genesys), "deactivated presences are exported"
    assert any(s.routable for s in exported.omni) and not all(s.routable for s in exported.omni)
    # A fresh sign-in: the presence definitions (active, deactivated), users/me to keep the
    # session, the routing settings; the two status queries, the service channels, and the
    # presence configurations (one Tooling query, one record). The counters agree with what the
    # sandbox saw.
    assert stderr.splitlines()[-1] == "API calls: Genesys Cloud 4, Salesforce 5"
    assert await _sandbox_calls(sandbox) == (4, 5)
    assert exporter.browser_opened == 2
    secrets = await exporter.secrets()
    assert len(secrets) == 3  # Genesys access; Salesforce access and refresh
    for secret in secrets:
        assert secret not in stderr and secret not in text and secret not in caplog.text
    for profile in PROFILES:
        assert cli_main(["check-profile", str(profile), "--statuses", str(out)]) == 0, profile


async def test_saved_sessions_are_reused_and_the_output_is_identical(
    exporter: Exporter, sandbox: Sandbox
) -> None:
    code, first, stderr = await exporter.run(None)
    assert code == 0, stderr
    assert exporter.browser_opened == 2
    code, second, stderr = await exporter.run(None)
    assert code == 0, stderr
    assert exporter.browser_opened == 2, "no browser: the kept sessions were used"
    assert "(saved session)" in stderr
    assert stderr.splitlines()[-1] == "API calls: Genesys Cloud 3, Salesforce 5"
    assert await _sandbox_calls(sandbox) == (4 + 3, 5 + 5)
    assert second == first
    StatusCatalog.from_json(json.loads(second))


async def test_sessions_ended_on_the_server_lead_to_a_new_sign_in(
    exporter: Exporter, sandbox: Sandbox
) -> None:
    assert (await exporter.run(None))[0] == 0
    await sandbox.fault("genesys", "revoke_token")
    await sandbox.fault("salesforce", "revoke_tokens")
    await sandbox.fault("salesforce", "expire_session")
    code, stdout, stderr = await exporter.run(None)
    assert code == 0, stderr
    assert exporter.browser_opened == 4
    assert "Genesys Cloud: 12 statuses read (signed in)" in stderr
    assert "Salesforce: 5 statuses read (signed in)" in stderr
    StatusCatalog.from_json(json.loads(stdout))


async def test_refused_sign_in_fails_and_leaves_the_file_alone(
    exporter: Exporter, sandbox: Sandbox, tmp_path: Path
) -> None:
    out = tmp_path / "statuses.json"
    out.write_text("the previous export\n", encoding="utf-8")
    await sandbox.fault("genesys", "deny_sign_in")
    code, stdout, stderr = await exporter.run(out)
    assert code == 1
    assert stdout == ""
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    assert (
        "error: Genesys Cloud: sign-in failed: Sign-in was refused (access_denied): "
        "The user denied access. What to do: run the command again" in stderr
    )
    assert f"Nothing was written ({out} was left as it was)." in stderr
    assert "Salesforce: 5 statuses read (signed in)" in stderr  # every failure is reported
    assert stderr.splitlines()[-1] == "API calls: Genesys Cloud 0, Salesforce 5"


async def test_api_error_names_the_product(exporter: Exporter, sandbox: Sandbox) -> None:
    await sandbox.fault("salesforce", "api_limit", on=True)
    code, stdout, stderr = await exporter.run(None)
    assert code == 1
    assert stdout == ""
    assert "error: Salesforce: reading the statuses failed: Salesforce refused the call: " in stderr
    assert "daily API limit is used up" in stderr


async def test_one_product_writes_an_empty_list_for_the_other(
    exporter: Exporter, tmp_path: Path
) -> None:
    out = tmp_path / "genesys-only.json"
    code, _, stderr = await exporter.run(out, salesforce=False)
    assert code == 0, stderr
    assert exporter.browser_opened == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["salesforce"] == {"statuses": []}
    assert StatusCatalog.from_json(data).genesys
    assert "salesforce.statuses is an empty list" in stderr
    assert stderr.splitlines()[-1] == "API calls: Genesys Cloud 4"
    # The file is usable, but every Omni-Channel name of a profile is then unknown.
    assert cli_main(["check-profile", str(PROFILES[0]), "--statuses", str(out)]) == 1


# ---- as a real process ---------------------------------------------------------------------


async def _omnisync(home: Path, *args: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "omnisync", "export-statuses", *args,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        env=isolated_env(home, XDG_CONFIG_DIRS=str(home / "etc")),  # no machine policy either
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_process_exports_the_sandbox(sandbox: Sandbox, tmp_path: Path) -> None:
    out = tmp_path / "statuses.json"
    code, stdout, stderr = await _omnisync(
        tmp_path, "--sandbox", sandbox.base_url, "--out", str(out)
    )
    assert code == 0, stderr
    assert stdout == ""
    assert stderr.splitlines()[-2:] == [
        f"Wrote {out}",
        "API calls: Genesys Cloud 4, Salesforce 5",
    ]
    assert "Traceback" not in stderr
    code, stdout, stderr = await _omnisync(tmp_path, "--sandbox", sandbox.base_url)
    assert code == 0, stderr
    assert stdout == out.read_text(encoding="utf-8")


async def test_process_refused_sign_in_exits_1(sandbox: Sandbox, tmp_path: Path) -> None:
    out = tmp_path / "statuses.json"
    out.write_text("kept\n", encoding="utf-8")
    await sandbox.fault("genesys", "deny_sign_in")
    code, stdout, stderr = await _omnisync(
        tmp_path, "--sandbox", sandbox.base_url, "--out", str(out), "--only", "genesys"
    )
    assert code == 1
    assert stdout == ""
    assert "error: Genesys Cloud: sign-in failed: Sign-in was refused (access_denied)" in stderr
    assert stderr.splitlines()[-1] == "API calls: Genesys Cloud 0"
    assert out.read_text(encoding="utf-8") == "kept\n"
    assert "Traceback" not in stderr


async def test_process_without_configuration_exits_1(tmp_path: Path) -> None:
    code, stdout, stderr = await _omnisync(tmp_path, "--only", "salesforce")
    assert code == 1
    assert stdout == ""
    assert "salesforce.login_host, salesforce.client_id not set" in stderr
    assert "genesys.region" not in stderr, "--only salesforce needs no Genesys settings"
    assert "docs/admin.md" in stderr
    assert "Traceback" not in stderr


async def test_process_without_a_sandbox_exits_1(tmp_path: Path) -> None:
    code, _, stderr = await _omnisync(tmp_path, "--sandbox", "http://127.0.0.1:9")
    assert code == 1
    assert "no sandbox answers at http://127.0.0.1:9" in stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--only", "genesis"), "invalid choice: 'genesis'"),
        (("--out", "."), "is a folder"),
        (("--bogus",), "unrecognized arguments: --bogus"),
    ],
)
async def test_process_usage_errors_exit_2(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    code, stdout, stderr = await _omnisync(tmp_path, *args)
    assert code == 2
    assert stdout == ""
    assert message in stderr


ORG_FACTS = {
    "genesys": {"heartbeat_interval": 0.2, "reset_score_on_presence_change": True},
    "salesforce": {"status_on_decline": "Busy"},
}
S2_PROFILE = resource_path("profiles") / "both-block-while-working.toml"


@pytest.mark.parametrize("sandbox_settings", [ORG_FACTS])
async def test_the_org_facts_are_exported_and_give_their_warnings(
    exporter: Exporter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The routing settings' score reset and the presence configuration's status on decline are
    read from the orgs, so check-profile warns about them without a hand-written file."""
    out = tmp_path / "statuses.json"
    code, _stdout, stderr = await exporter.run(out)
    assert code == 0, stderr
    exported = StatusCatalog.from_json(json.loads(out.read_text(encoding="utf-8")))
    assert exported.routing_uses_presence
    assert exported.statuses_on_decline == ("Busy",)
    assert {c.api_name for c in exported.channels} == {"Case", "sfdc_livechat"}
    capsys.readouterr()
    assert cli_main(["check-profile", str(S2_PROFILE), "--statuses", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "resets the agent's routing score" in printed
    assert "declines work" in printed


@pytest.mark.parametrize("sandbox_settings", [{"salesforce": {"status_on_decline": None}}])
async def test_an_org_without_those_facts_exports_none(exporter: Exporter, tmp_path: Path) -> None:
    out = tmp_path / "statuses.json"
    code, _stdout, stderr = await exporter.run(out)
    assert code == 0, stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "routingUsesAgentPresence" not in data["genesys"]
    assert "statusesOnDecline" not in data["salesforce"]
