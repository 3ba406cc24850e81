"""A console report that needs a read after the Salesforce session ended: no traceback.

New work in a report from a component that does not name the item (an older component) makes
the desktop read the items (one query); with the session revoked that read cannot be made. It
is a read problem like any other (said once, tried again after a sign-in), not a crash of the
link's connection handler (found by the long soak, seed 700).
"""

from __future__ import annotations

from typing import Any

import pytest

from omnisync.service.state import SignIn
from support.tracebacks import no_tracebacks

pytestmark = pytest.mark.integration


@pytest.fixture
def sandbox_settings(sandbox_settings: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    # a component that names the item needs no read: the older one does
    sandbox_settings["salesforce"] = {
        **sandbox_settings.get("salesforce", {}),
        "component_names_items": False,
    }
    return sandbox_settings


async def test_new_work_reported_after_the_session_ended_leaves_no_traceback(
    running_service: Any,
) -> None:
    run = await running_service("both-block-while-working")
    await run.omni("Transition")
    await run.ready()
    await run.omni("Available")
    await run.statuses("On Queue", "Available")
    with no_tracebacks():
        await run.sandbox.fault("salesforce", "revoke_tokens")
        await run.sandbox.fault("salesforce", "expire_session")
        await run.work("push")  # the report's new work count asks for a read that cannot be made
        await run.until(
            lambda s: s.salesforce.sign_in in (SignIn.EXPIRED, SignIn.SIGNED_OUT),
            "Salesforce asks for a sign-in",
        )
