"""The service's state before anything is connected, from the profile files and the policy alone.

Two places need it: :class:`omnisync.service.sync_service.SyncService`, whose first state it is,
and the tray's first step (:mod:`omnisync.ui.early_tray`), which draws the full tray from it
before the event loop, the engine and the service are imported (start-up, docs/performance.md).
So the pieces of that state are computed here, once, and the service builds its own state from
the same functions: the profile menu's entries, the sign-in tasks, and why sync is off while
the profile waits for both products' status lists. Nothing here imports the engine or asyncio.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from omnisync.core.decision import SyncMode, SyncView
from omnisync.core.kinds import Product
from omnisync.service.profile_store import ProfileEntry
from omnisync.service.state import (
    GENESYS_SIGNED_OUT,
    SALESFORCE_SIGNED_OUT,
    STARTING,
    AgentTask,
    ProductState,
    ProfileChoice,
    Remedy,
    ServiceState,
    SignIn,
)
from omnisync.settings.policy import PolicyState, ProfileMenu, profile_menu

DEFAULT_PROFILE = "one-product-at-a-time"
"""The profile in force when the agent chose none (or one that is not installed)."""
WAITING_FOR_STATUSES = "waiting for both products' status lists"
"""Why sync is off while the profile in force is not resolved against the orgs yet."""
PROFILE_UNFIT = "the profile does not fit the org's statuses"
"""Why sync is off when the profile in force cannot be resolved against the orgs' statuses."""


def unresolved_view(view: SyncView, *, unfit: bool) -> SyncView:
    """The engine's view while its profile is not resolved: off, and why."""
    return replace(view, mode=SyncMode.OFF, why=PROFILE_UNFIT if unfit else WAITING_FOR_STATUSES)


def installed(profiles: Mapping[str, ProfileEntry]) -> list[tuple[str, str]]:
    """(id, name) of each installed profile, as the policy's menu takes them."""
    return [(entry.id, _name(entry)) for entry in profiles.values()]


def _name(entry: ProfileEntry) -> str:
    return entry.spec.name if entry.spec else entry.id


def menu_of(
    profiles: Mapping[str, ProfileEntry], wanted: str | None, policy: PolicyState, default: str
) -> ProfileMenu:
    """The policy's menu for these profiles and the choice wanted (None: ``default``)."""
    return profile_menu(installed(profiles), wanted, policy, default=default)


def profile_choices(
    profiles: Mapping[str, ProfileEntry], menu: ProfileMenu
) -> tuple[ProfileChoice, ...]:
    """The tray's profile entries: each installed profile, usable or not, and its lock."""
    locks = {c.profile_id: c for c in menu.choices}
    return tuple(
        ProfileChoice(
            id=entry.id,
            name=_name(entry),
            description=entry.spec.description if entry.spec else entry.problems[0].brief(),
            origin=entry.origin.value,
            usable=entry.usable,
            locked_reason=locks[entry.id].reason,
        )
        for entry in profiles.values()
    )


def english_name(product: Product) -> str:
    """The product's name in the service's English (the log, a task's identity)."""
    return "Genesys Cloud" if product is Product.GENESYS else "Salesforce"


def sign_in_tasks(products: Iterable[ProductState]) -> list[AgentTask]:
    """What each product's session asks of the agent: sign in (again, soon)."""
    tasks: list[AgentTask] = []
    for p in products:
        genesys = p.product is Product.GENESYS
        remedy = Remedy.SIGN_IN_GENESYS if genesys else Remedy.SIGN_IN_SALESFORCE
        name = english_name(p.product)
        idle = round(p.idle_timeout / 60) if p.idle_timeout else 0
        if p.sign_in in (SignIn.SIGNED_OUT, SignIn.EXPIRED):
            why = f": your organization ended the session after {idle} minutes without activity"
            tasks.append(
                AgentTask(
                    f"Sign in to {name}{why if idle else ''}",
                    remedy,
                    urgent=True,
                    product=p.product,
                    idle_minutes=idle,
                )
            )
        elif p.sign_in is SignIn.SIGN_IN_SOON:
            from datetime import datetime  # only for a session about to end

            when = (
                datetime.fromtimestamp(p.token_expires_at).strftime("%H:%M")
                if p.token_expires_at
                else "soon"
            )
            why = f" (after {idle} minutes without activity)" if idle else ""
            tasks.append(
                AgentTask(
                    f"Your {name} session ends at {when}{why}: sign in again",
                    remedy,
                    product=p.product,
                    until=p.token_expires_at,
                    idle_minutes=idle,
                )
            )
    return tasks


def first_state(
    profiles: Mapping[str, ProfileEntry], wanted: str | None, policy: PolicyState, default: str
) -> ServiceState:
    """The state :class:`SyncService` publishes when it is built from the same profiles,
    saved choice and policy: both products signed out, sync off until both status lists are
    read, the profile in force (the one the policy's menu picks, when its file is usable)."""
    entry = profiles.get(menu_of(profiles, wanted, policy, default).active)
    active = entry.id if entry is not None and entry.spec is not None else ""
    products = (GENESYS_SIGNED_OUT, SALESFORCE_SIGNED_OUT)
    return ServiceState(
        view=unresolved_view(STARTING, unfit=False),
        profile_id=active,
        profile_name=_name(entry) if entry is not None and active else "",
        profiles=profile_choices(profiles, menu_of(profiles, active, policy, default)),
        must_do=tuple(sign_in_tasks(products)),
    )
