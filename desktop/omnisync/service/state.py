"""The read-only state the UI shows, and the service's face towards the UI.

The UI never talks to the clients: it reads :class:`ServiceState` snapshots, listens for
changes and audit entries, and calls the few commands of :class:`ServiceControl`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from omnisync.core.decision import SyncMode, SyncView
from omnisync.core.kinds import GenesysWork, Product, RoutingStatus
from omnisync.core.message import NOTHING, Message
from omnisync.core.problems import Problem

if TYPE_CHECKING:  # the entries' and the observations' modules: the tray's first step shows a
    # state (nobody signed in yet, nothing observed) and no entry
    from omnisync.core.model import GenesysPresence, OmniStatus, OmniWorkItem
    from omnisync.service.audit import AuditEntry


class Channel(enum.Enum):
    GENESYS_API = "genesys-api"
    GENESYS_NOTIFICATIONS = "genesys-notifications"
    SALESFORCE_API = "salesforce-api"
    SALESFORCE_STREAMING = "salesforce-streaming"
    CONSOLE_LINK = "console-link"

    @property
    def product(self) -> Product:
        return Product.GENESYS if self.value.startswith("genesys") else Product.OMNI

    @property
    def title(self) -> str:
        return {
            Channel.GENESYS_API: "Genesys Cloud API",
            Channel.GENESYS_NOTIFICATIONS: "Genesys notifications",
            Channel.SALESFORCE_API: "Salesforce API",
            Channel.SALESFORCE_STREAMING: "Salesforce streaming",
            Channel.CONSOLE_LINK: "Salesforce console link",
        }[self]


class Health(enum.Enum):
    UP = "up"
    CONNECTING = "connecting"
    DEGRADED = "degraded"
    """Working with a limitation (e.g. the console link present but silent)."""
    DOWN = "down"
    SIGNED_OUT = "signed out"


@dataclass(frozen=True, slots=True)
class LinkRoute:
    """Which transport carries the Salesforce console link: the direct link on this computer,
    or the agent's Salesforce record (the fallback), and why the fallback."""

    direct: bool
    why: str | Message = ""
    """Why the record carries the link, as the desktop found it (empty while direct)."""


@dataclass(frozen=True, slots=True)
class ChannelHealth:
    channel: Channel
    health: Health
    detail: str | Message = ""
    """Our sentence (a :class:`Message`, translated) or another part's words (a ``str``)."""
    since: float = 0.0

    @property
    def ok(self) -> bool:
        return self.health is Health.UP


class Remedy(enum.Enum):
    """The button next to a problem in the status window."""

    SIGN_IN_GENESYS = "sign-in-genesys"
    SIGN_IN_SALESFORCE = "sign-in-salesforce"
    RETRY = "retry"
    OPEN_CONSOLE = "open-console"
    """The console link is missing: the agent opens their Salesforce console (no button: the
    app does not know which tab or org URL the agent uses)."""
    SET_STATUS_YOURSELF = "set-status-yourself"
    CHOOSE_PROFILE = "choose-profile"
    LOG_IN_OMNI = "log-in-omni"
    """Salesforce logged Omni-Channel out and said why (another tab, a supervisor,
    maintenance): the agent logs in again in the console when ready (no button)."""


@dataclass(frozen=True, slots=True)
class AgentTask:
    """Something the agent must do now, in words, with the button that does it."""

    text: str
    """In English, for the log and as the task's identity; the UI never shows it: it words the
    task from the fields below, in the agent's language (``omnisync.ui.wording.task_text``)."""
    remedy: Remedy
    urgent: bool = False
    product: Product | None = None
    """The product the task is about (sign in, set a status, a write that failed)."""
    status: str = ""
    """The status to set yourself, as the org names it."""
    until: float | None = None
    """When the session ends, for a sign in again soon."""
    idle_minutes: int = 0
    """The session ends (or ended) by the org's idle timeout of this many minutes."""
    detail: str | Message = ""
    """Why, as the product or the checker said it (an error, a profile problem); a
    :class:`~omnisync.core.message.Message` is translated, a ``str`` shown as it is."""


class SignIn(enum.Enum):
    SIGNED_OUT = "signed out"
    SIGNING_IN = "signing in"
    SIGNED_IN = "signed in"
    SIGN_IN_SOON = "sign in again soon"
    EXPIRED = "sign in again"


@dataclass(frozen=True, slots=True)
class Account:
    """Who a product is signed in as, for a person to recognise: a name and a login.

    Only what the agent would see on the product's own profile page (``name`` e.g. "Ada
    Lovelace", ``login`` the email or username): never an id or a token.
    """

    name: str = ""
    login: str = ""


@dataclass(frozen=True, slots=True)
class ProductState:
    product: Product
    sign_in: SignIn = SignIn.SIGNED_OUT
    account: Account | None = None
    """None until the product has said who is signed in (and again after a sign-out)."""
    token_expires_at: float | None = None
    idle_timeout: float | None = None
    """Set while the org's idle timeout is about to end the session, or has ended it."""


@dataclass(frozen=True, slots=True)
class ProfileChoice:
    id: str
    name: str
    description: str | Message
    """The profile's own description (data), or why it cannot be read (a message)."""
    origin: str
    usable: bool
    locked_reason: Message = NOTHING
    """Non-empty when the machine-wide policy does not let the agent pick it."""


GENESYS_SIGNED_OUT = ProductState(Product.GENESYS)
SALESFORCE_SIGNED_OUT = ProductState(Product.OMNI)
STARTING = SyncView(SyncMode.OFF, "starting", "unknown", "unknown")


@dataclass(frozen=True, slots=True)
class ServiceState:
    genesys: ProductState = GENESYS_SIGNED_OUT
    salesforce: ProductState = SALESFORCE_SIGNED_OUT
    genesys_presence: GenesysPresence | None = None
    routing: RoutingStatus = RoutingStatus.UNKNOWN
    genesys_work: GenesysWork = GenesysWork.UNKNOWN
    omni_status: OmniStatus | None = None
    omni_work: tuple[OmniWorkItem, ...] = ()
    view: SyncView = STARTING
    paused: bool = False
    profile_id: str = ""
    profile_name: str = ""
    profile_problems: tuple[Problem, ...] = ()
    profiles: tuple[ProfileChoice, ...] = ()
    channels: dict[Channel, ChannelHealth] = field(default_factory=dict)
    must_do: tuple[AgentTask, ...] = ()
    console_route: LinkRoute | None = None
    """None until the Salesforce side has chosen (and again after a sign-out)."""

    @property
    def problem(self) -> bool:
        """The tray's problem badge: a channel down or something the agent must do."""
        signed_in = {
            p.product for p in (self.genesys, self.salesforce) if p.sign_in is not SignIn.SIGNED_OUT
        }
        down = any(not h.ok and h.channel.product in signed_in for h in self.channels.values())
        return down or bool(self.must_do)

    @property
    def signed_in(self) -> bool:
        return all(
            p.sign_in in (SignIn.SIGNED_IN, SignIn.SIGN_IN_SOON)
            for p in (self.genesys, self.salesforce)
        )


StateListener = Callable[[ServiceState], None]
AuditListener = Callable[["AuditEntry"], None]


class ServiceControl(Protocol):
    """What the UI may ask of the service; every command is safe to call at any time."""

    @property
    def state(self) -> ServiceState: ...

    def on_state(self, listener: StateListener) -> None: ...

    def on_audit(self, listener: AuditListener) -> None: ...

    def recent_audit(self) -> list[AuditEntry]: ...

    def set_paused(self, paused: bool) -> None: ...

    def choose_profile(self, profile_id: str) -> tuple[Problem, ...]:
        """Switch live; an invalid profile is refused with its problems, the old one stays."""
        ...

    async def sign_in(self, product: Product) -> None: ...

    async def sign_out(self, product: Product) -> None: ...

    def retry(self) -> None:
        """Reconnect every channel that is down, now (skipping the backoff)."""
        ...

    def resync(self) -> None:
        """Apply the rules to both products' current statuses, as if they had just changed."""
        ...

    def network_changed(self, why: str) -> None:
        """The OS says the network changed or the machine woke: reconnect and read again."""
        ...
