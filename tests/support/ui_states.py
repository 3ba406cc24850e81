"""Service states an agent meets during a shift, for UI tests and screenshots."""

from __future__ import annotations

from dataclasses import replace

from omnisync.core.decision import SyncMode, SyncView
from omnisync.core.engine import SyncEngine
from omnisync.core.message import say
from omnisync.core.model import (
    GenesysWork,
    OmniWorkItem,
    OmniWorkState,
    Product,
    RoutingStatus,
    WriteCapabilityObserved,
)
from omnisync.link_protocol import ConsoleState, Reason, Report
from omnisync.resources import resource_path
from omnisync.salesforce.source import logout_why
from omnisync.service.audit import AuditEntry, Outcome, entries_for
from omnisync.service.state import (
    Account,
    AgentTask,
    Channel,
    ChannelHealth,
    Health,
    ProductState,
    ProfileChoice,
    Remedy,
    ServiceState,
    SignIn,
)
from support.org import GENESYS, OMNI, S1, S2, World
from support.profiles import problems_of

AT = 1_790_000_000.0  # a fixed time so texts do not depend on the clock

PROFILES = (
    ProfileChoice(
        "one-product-at-a-time",
        "One product at a time",
        "Omni follows Genesys On Queue; transition statuses in between",
        "built-in",
        usable=True,
    ),
    ProfileChoice(
        "both-block-while-working",
        "Both products, block while working",
        "Work in one product blocks the other",
        "built-in",
        usable=True,
    ),
    ProfileChoice(
        "both-external-routing",
        "Both products, external routing",
        "Omni work routed elsewhere does not block",
        "built-in",
        usable=True,
        locked_reason=say("policy", "Not allowed on this machine by your administrator"),
    ),
)

LOCKED_PROFILES = tuple(
    replace(
        p,
        locked_reason=say("policy", "Locked to {profile} by your administrator").fill(
            profile="One product at a time"
        ),
    )
    for p in PROFILES
)


PROFILE_PROBLEM = problems_of(
    (resource_path("profiles") / "one-product-at-a-time.toml")
    .read_text()
    .replace('omni = "Busy"', 'omni = "Bussy"')
)[0]
"""What resolving a profile with a typo says: a real problem, in its real words."""


def _all_up() -> dict[Channel, ChannelHealth]:
    return {c: ChannelHealth(c, Health.UP, since=AT) for c in Channel}


ADA_GENESYS = Account("Ada Lovelace", "ada@example.com")
ADA_SALESFORCE = Account("Ada Lovelace", "ada@acme.example")

SIGNED_OUT = ServiceState(
    view=SyncView(SyncMode.OFF, "not signed in", "unknown", "unknown"),
    profile_id="one-product-at-a-time",
    profile_name="One product at a time",
    profiles=PROFILES,
    must_do=(
        AgentTask(
            "Sign in to Genesys Cloud", Remedy.SIGN_IN_GENESYS, urgent=True, product=Product.GENESYS
        ),
        AgentTask(
            "Sign in to Salesforce", Remedy.SIGN_IN_SALESFORCE, urgent=True, product=Product.OMNI
        ),
    ),
)

IN_SYNC = ServiceState(
    genesys=ProductState(Product.GENESYS, SignIn.SIGNED_IN, ADA_GENESYS, AT + 8 * 3600),
    salesforce=ProductState(Product.OMNI, SignIn.SIGNED_IN, ADA_SALESFORCE),
    genesys_presence=GENESYS["On Queue"],
    routing=RoutingStatus.IDLE,
    genesys_work=GenesysWork.NONE,
    omni_status=OMNI["Busy"],
    view=SyncView(SyncMode.MAPPED, "in sync", "On Queue", "Busy"),
    profile_id="one-product-at-a-time",
    profile_name="One product at a time",
    profiles=PROFILES,
    channels=_all_up(),
)

BLOCKED_BY_SALESFORCE = replace(
    IN_SYNC,
    genesys_presence=GENESYS["Busy"],
    routing=RoutingStatus.OFF_QUEUE,
    omni_status=OMNI["Available"],
    omni_work=(OmniWorkItem("0Bz1", OmniWorkState.ACTIVE),),
    view=SyncView(
        SyncMode.BLOCKED_BY_SALESFORCE_WORK, "Salesforce work in progress", "Busy", "Available"
    ),
    profile_id="both-block-while-working",
    profile_name="Both products, block while working",
)

CONSOLE_LINK_LOST = replace(
    IN_SYNC,
    channels={
        **_all_up(),
        Channel.CONSOLE_LINK: ChannelHealth(
            Channel.CONSOLE_LINK, Health.DOWN, "the console is closed", AT
        ),
        Channel.GENESYS_NOTIFICATIONS: ChannelHealth(
            Channel.GENESYS_NOTIFICATIONS, Health.DOWN, "socket dropped; retrying in 8 s", AT
        ),
    },
    must_do=(
        AgentTask(
            "Open your Salesforce console, so the app can set your Omni-Channel status "
            "(the console is closed)",
            Remedy.OPEN_CONSOLE,
            product=Product.OMNI,
            detail="the console is closed",
        ),
        AgentTask(
            "Omni-Channel should be Busy, but the app cannot set it (the console is closed)",
            Remedy.SET_STATUS_YOURSELF,
            urgent=True,
            product=Product.OMNI,
            status="Busy",
            detail="the console is closed",
        ),
        AgentTask(
            f"The profile cannot be used: {PROFILE_PROBLEM}",
            Remedy.CHOOSE_PROFILE,
            detail=PROFILE_PROBLEM.brief(),
        ),
    ),
)


def audit_entries() -> list[AuditEntry]:
    """Oldest first: a note, a change done, one that failed, one asked of the agent, in the
    real engine's and service's sentences (each change by its last step)."""
    r1 = World(SyncEngine(S1)).agent_genesys("On Queue")
    world = World(SyncEngine(S2), genesys="On Queue", omni="Available")
    r5 = world.omni_item("0Bz1", OmniWorkState.ACTIVE)
    gone = say("service", "the console component disconnected")  # as the link says it
    world.feed(WriteCapabilityObserved(Product.OMNI, False, world.t + 1, gone))
    world.omni_item("0Bz1", None)
    r6 = world.routing(RoutingStatus.INTERACTING)
    profile = say("service", 'Profile "{profile}" is active').fill(profile="One product at a time")
    failure = say("service", "the change was not confirmed in time")
    (done,), (failed,), (asked,) = entries_for(r1), entries_for(r5), entries_for(r6)
    return [
        AuditEntry(AT, profile, "off"),
        replace(done, at=AT + 60, outcome=Outcome.CONFIRMED),
        replace(failed, at=AT + 120, outcome=Outcome.FAILED, failure=failure),
        replace(asked, at=AT + 180),
    ]


TRANSITION = replace(
    IN_SYNC,
    genesys_presence=GENESYS["Break"],
    routing=RoutingStatus.OFF_QUEUE,
    omni_status=OMNI["Transition"],
    view=SyncView(SyncMode.IN_TRANSITION, "left On Queue", "Break", "Transition"),
)

BLOCKED_BY_GENESYS = replace(
    IN_SYNC,
    routing=RoutingStatus.INTERACTING,
    genesys_work=GenesysWork.ACTIVE,
    omni_status=OMNI["Break"],
    view=SyncView(SyncMode.BLOCKED_BY_GENESYS_WORK, "Genesys interaction", "On Queue", "Break"),
    profile_id="both-block-while-working",
    profile_name="Both products, block while working",
)

SUSPENDED = replace(
    IN_SYNC,
    omni_status=OMNI["Offline"],
    view=SyncView(SyncMode.SUSPENDED, "Omni-Channel is offline", "On Queue", "Offline"),
)

WRITE_FAILED = replace(
    BLOCKED_BY_SALESFORCE,
    genesys_presence=GENESYS["On Queue"],
    must_do=(
        AgentTask(
            "The app could not set Genesys Cloud to Busy (the change was not confirmed in "
            "time): please set it yourself",
            Remedy.SET_STATUS_YOURSELF,
            urgent=True,
            product=Product.GENESYS,
            status="Busy",
            detail=say("service", "the change was not confirmed in time"),
        ),
    ),
)

SHIFT = {
    "in-sync": IN_SYNC,
    "transition": TRANSITION,
    "blocked-genesys": BLOCKED_BY_GENESYS,
    "blocked-salesforce": BLOCKED_BY_SALESFORCE,
    "suspended": SUSPENDED,
    "signed-out": SIGNED_OUT,
    "paused": replace(IN_SYNC, paused=True),
    "write-failed": WRITE_FAILED,
    "problems": CONSOLE_LINK_LOST,
}
"""The main states of a shift, by the name their pictures and tests use."""


def _change(world: World, decision_of: str) -> AuditEntry:
    """The engine's one write for an event, as the audit log gets it while it is sent."""
    step = {
        "in-sync": lambda: world.agent_genesys("On Queue"),
        "transition": lambda: world.agent_genesys("Break"),
        "blocked-genesys": lambda: world.routing(RoutingStatus.INTERACTING),
        "blocked-salesforce": lambda: world.omni_item("0Bz1", OmniWorkState.ACTIVE),
    }[decision_of]
    (entry,) = entries_for(step())
    return replace(entry, at=AT)


LOGGED_OUT = replace(
    SUSPENDED,
    must_do=(
        AgentTask(
            "Omni-Channel logged you out: a supervisor logged you out",
            Remedy.LOG_IN_OMNI,
            urgent=True,
            product=Product.OMNI,
            detail=logout_why(Report(1, 0, None, Reason.SUPERVISOR, 0, ConsoleState.OPEN)) or "",
        ),
    ),
)
"""Suspended because Salesforce logged Omni-Channel out and said why (a supervisor)."""


def notified_states() -> dict[str, tuple[ServiceState, AuditEntry | None]]:
    """Each main state with what makes the app notify in it: the status change that led there
    (the engine's real write), or the state's new task for the agent."""
    return {
        "in-sync": (IN_SYNC, _change(World(SyncEngine(S1)), "in-sync")),
        "transition": (
            TRANSITION,
            _change(World(SyncEngine(S1), genesys="On Queue", omni="Busy"), "transition"),
        ),
        "blocked-genesys": (
            BLOCKED_BY_GENESYS,
            _change(World(SyncEngine(S2), genesys="On Queue", omni="Available"), "blocked-genesys"),
        ),
        "blocked-salesforce": (
            BLOCKED_BY_SALESFORCE,
            _change(
                World(SyncEngine(S2), genesys="On Queue", omni="Available"), "blocked-salesforce"
            ),
        ),
        "suspended": (LOGGED_OUT, None),
        "signed-out": (SIGNED_OUT, None),
        "write-failed": (WRITE_FAILED, None),
    }
