"""The tray's first step draws the service's first state without the service: the same state.

``first_state`` is computed from the same profile files, saved choice and policy as the
``SyncService`` that ``real_service`` builds; if the two ever differ, the menu the agent sees
first is not the one the live tray shows a moment later.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from omnisync.resources import resource_path
from omnisync.service.factory import Places, Timing, assemble_service
from omnisync.service.first_state import DEFAULT_PROFILE, first_state
from omnisync.service.late_connector import NetworkSide
from omnisync.service.profile_store import ProfileDirs, load_profiles
from omnisync.service.state import ServiceState, SignIn
from omnisync.settings.policy import Policy, PolicyState, read_policy_file

BROKEN = 'id = "broken"\nname = [1, 2\n'


def _service_state(places: Places, wanted: str | None, policy: PolicyState) -> ServiceState:
    async def never() -> tuple[object, object]:
        raise AssertionError("the first state needs no connector")

    network = NetworkSide(never)  # type: ignore[arg-type]
    service = assemble_service(
        network.genesys,
        network.salesforce,
        places,
        wanted_profile=wanted,
        policy=policy,
        timing=Timing(),
        write_audit_file=False,
    )
    return service.state


def _places(tmp_path: Path, user_files: dict[str, str]) -> Places:
    user = tmp_path / "user-profiles"
    user.mkdir()
    for name, text in user_files.items():
        (user / f"{name}.toml").write_text(text, encoding="utf-8")
    dirs = ProfileDirs(built_in=resource_path("profiles"), machine=tmp_path / "none", user=user)
    return Places(data=tmp_path / "data", profiles=dirs)


def _policy(tmp_path: Path, text: str) -> PolicyState:
    if not text:
        return PolicyState(Policy())
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return read_policy_file(path)


@pytest.mark.parametrize(
    ("wanted", "policy", "user_files"),
    [
        (None, "", {}),
        ("both-external-routing", "", {}),
        ("not-installed", "", {}),
        ("broken", "", {"broken": BROKEN}),
        (None, "", {"broken": BROKEN}),
        (None, 'version = 1\n[profiles]\nlocked = "both-block-while-working"\n', {}),
        (
            "both-external-routing",
            'version = 1\n[profiles]\nallowed = ["one-product-at-a-time"]\n',
            {},
        ),
        (None, "version = 1\n[profiles]\nlocked = 3\n", {}),  # a policy with errors
    ],
    ids=["default", "chosen", "not-installed", "broken-chosen", "broken-other", "locked",
         "not-allowed", "policy-errors"],
)  # fmt: skip
def test_the_first_state_is_the_services_first_state(tmp_path, wanted, policy, user_files):
    places = _places(tmp_path, user_files)
    policy_state = _policy(tmp_path, policy)
    first = first_state(load_profiles(places.profiles), wanted, policy_state, DEFAULT_PROFILE)
    assert first == _service_state(places, wanted, policy_state)
    assert first.profiles, first
    assert (first.genesys.sign_in, first.salesforce.sign_in) == (SignIn.SIGNED_OUT,) * 2


def test_the_first_state_checks_the_profile_in_force(tmp_path):
    places = _places(tmp_path, {})
    policy = _policy(tmp_path, 'version = 1\n[profiles]\nlocked = "both-block-while-working"\n')
    first = first_state(load_profiles(places.profiles), "both-external-routing", policy, "x")
    assert first.profile_id == "both-block-while-working"
    assert all(c.locked_reason for c in first.profiles), "locked: no other choice"
    assert first.problem, "the sign-in tasks badge the first icon"
