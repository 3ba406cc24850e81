"""The service state in words and as a tray state: one place for every sentence the UI shows.

The tray tooltip, the menu header, the status window and the no-tray window all say the same
thing the same way, so they all ask this module.
"""

from __future__ import annotations

import html
import time
from datetime import datetime

from omnisync.core.decision import SyncMode
from omnisync.core.model import GenesysWork, OmniWorkState, Product, RoutingStatus
from omnisync.service.audit import AuditEntry, Outcome
from omnisync.service.state import (
    ChannelHealth,
    Health,
    ProductState,
    Remedy,
    ServiceState,
    SignIn,
)
from omnisync.ui.icons import BADGE_LABEL, TrayState

NEEDS_SIGN_IN = (SignIn.SIGNED_OUT, SignIn.SIGNING_IN, SignIn.EXPIRED)

_BY_MODE: dict[SyncMode, TrayState] = {
    SyncMode.OFF: TrayState.PAUSED,
    SyncMode.MAPPED: TrayState.MAPPED,
    SyncMode.IN_TRANSITION: TrayState.TRANSITION,
    SyncMode.BLOCKED_BY_GENESYS_WORK: TrayState.BLOCKED_GENESYS,
    SyncMode.BLOCKED_BY_SALESFORCE_WORK: TrayState.BLOCKED_SALESFORCE,
    SyncMode.INDEPENDENT: TrayState.INDEPENDENT,
    SyncMode.SUSPENDED: TrayState.SUSPENDED,
}


def tray_state(state: ServiceState) -> TrayState:
    """Signed out beats everything (nothing syncs), then paused, then the engine's mode."""
    if any(p.sign_in in NEEDS_SIGN_IN for p in (state.genesys, state.salesforce)):
        return TrayState.SIGNED_OUT
    if state.paused:
        return TrayState.PAUSED
    return _BY_MODE[state.view.mode]


def product_name(product: Product) -> str:
    """What agents call the product: "Salesforce" for the Omni side, as in the console."""
    return "Genesys Cloud" if product is Product.GENESYS else "Salesforce"


def account_text(product: ProductState) -> str:
    """``Ada Lovelace (ada@example.com)``: who the product is signed in as, for a person.

    Names are user data: show this as plain text (see :func:`plain_rich_text`).
    """
    if product.sign_in is SignIn.SIGNED_OUT:
        return "not signed in"
    if product.sign_in is SignIn.SIGNING_IN:
        return "signing in…"
    account = product.account
    if account is None or not (account.name or account.login):
        return "not known yet"
    if account.name and account.login and account.name != account.login:
        return f"{account.name} ({account.login})"
    return account.name or account.login


def account_line(state: ServiceState, product: Product) -> str:
    """``Genesys Cloud: Ada Lovelace (ada@example.com)``."""
    signed = state.genesys if product is Product.GENESYS else state.salesforce
    return f"{product_name(product)}: {account_text(signed)}"


def menu_text(text: str) -> str:
    """A menu entry that shows ``&`` as typed: Qt reads a single one as a shortcut marker, so
    "Sales & Service" would show as "Sales  Service" with the space underlined."""
    return text.replace("&", "&&")


def plain_rich_text(text: str) -> str:
    """Text for a place Qt may read as HTML (tooltips): every ``<`` and ``&`` shown as typed."""
    return f"<p style='white-space:pre'>{html.escape(text, quote=False)}</p>"


def sign_in_text(product: ProductState) -> str:
    text = product.sign_in.value
    if product.token_expires_at and product.sign_in in (SignIn.SIGNED_IN, SignIn.SIGN_IN_SOON):
        text += f" (until {clock_time(product.token_expires_at)})"
    return text


def clock_time(at: float, now: float | None = None) -> str:
    """Local wall-clock time, as the agent reads it on the taskbar; with the day when it is not
    today (a 24-hour session that ends "at 13:41" tomorrow must not read as today)."""
    when = datetime.fromtimestamp(at)
    today = datetime.fromtimestamp(now if now is not None else time.time()).date()
    if when.date() == today:
        return when.strftime("%H:%M")
    return when.strftime("%a %d %b %H:%M")


def genesys_status(state: ServiceState) -> str:
    if state.genesys.sign_in in NEEDS_SIGN_IN:
        return state.genesys.sign_in.value
    return state.genesys_presence.label if state.genesys_presence else "unknown"


def omni_status(state: ServiceState) -> str:
    if state.salesforce.sign_in in NEEDS_SIGN_IN:
        return state.salesforce.sign_in.value
    return state.omni_status.label if state.omni_status else "unknown"


_GENESYS_WORK = {
    GenesysWork.UNKNOWN: "unknown",
    GenesysWork.NONE: "no interaction",
    GenesysWork.ALERTING: "an interaction is alerting",
    GenesysWork.ACTIVE: "interacting",
    GenesysWork.AFTER_CALL_WORK: "after-call work",
}

_ROUTING = {
    RoutingStatus.OFF_QUEUE: "off queue",
    RoutingStatus.IDLE: "idle",
    RoutingStatus.INTERACTING: "interacting",
    RoutingStatus.NOT_RESPONDING: "not responding",
    RoutingStatus.COMMUNICATING: "communicating",
    RoutingStatus.UNKNOWN: "unknown",
}


def genesys_work(state: ServiceState) -> str:
    return _GENESYS_WORK[state.genesys_work]


def routing(state: ServiceState) -> str:
    return _ROUTING[state.routing]


def omni_work(state: ServiceState) -> str:
    items = state.omni_work
    if not items:
        return "no work"
    active = sum(1 for i in items if i.state is OmniWorkState.ACTIVE)
    offered = len(items) - active
    parts = [f"{n} {word}" for n, word in ((active, "active"), (offered, "offered")) if n]
    noun = "work item" if len(items) == 1 else "work items"
    return f"{len(items)} {noun} ({', '.join(parts)})"


def product_line(state: ServiceState, product: Product) -> str:
    """``Genesys Cloud: On Queue · interacting``: one header line of the menu."""
    if product is Product.GENESYS:
        status, work, signed = genesys_status(state), genesys_work(state), state.genesys
    else:
        status, work, signed = omni_status(state), omni_work(state), state.salesforce
    if signed.sign_in in NEEDS_SIGN_IN:
        return f"{product_name(product)}: {status}"
    return f"{product_name(product)}: {status} · {work}"


def mode_line(state: ServiceState) -> str:
    """``Sync: in sync, On Queue ⇄ Busy`` or ``Sync: paused``."""
    if state.paused:
        return "Sync: paused by you"
    label, why = tray_state(state).label, state.view.why
    if why.casefold() in ("", label.casefold()):
        return f"Sync: {label}"
    return f"Sync: {label} ({why})"


def header_lines(state: ServiceState) -> list[str]:
    lines = [
        product_line(state, Product.GENESYS),
        product_line(state, Product.OMNI),
        mode_line(state),
    ]
    if state.profile_name:
        lines.append(f"Profile: {state.profile_name}")
    return lines


def problem_text(state: ServiceState) -> str:
    """The first thing wrong, in a sentence (empty when nothing is)."""
    if state.must_do:
        return state.must_do[0].text
    for health in unhealthy_channels(state):
        return f"{health.channel.title}: {health_text(health)}"
    return ""


def tooltip(state: ServiceState) -> str:
    """What hovering the tray says: the summary, then the problem if there is one."""
    lines = [state.view.summary]
    if state.paused:
        lines.append("Sync is paused.")
    if state.problem:
        lines.append(f"Problem: {problem_text(state) or BADGE_LABEL}")
    return "\n".join(lines)


def health_text(health: ChannelHealth) -> str:
    return f"{health.health.value}: {health.detail}" if health.detail else health.health.value


def unhealthy_channels(state: ServiceState) -> list[ChannelHealth]:
    """Channels not up, for products the agent is signed in to (signed-out ones are expected)."""
    signed_in = {
        p.product for p in (state.genesys, state.salesforce) if p.sign_in not in NEEDS_SIGN_IN
    }
    return [
        h
        for h in state.channels.values()
        if h.health is not Health.UP and h.channel.product in signed_in
    ]


def remedy_button(remedy: Remedy) -> str:
    """The label of the button that does a task; empty when only the agent can do it."""
    return {
        Remedy.SIGN_IN_GENESYS: "Sign in to Genesys Cloud",
        Remedy.SIGN_IN_SALESFORCE: "Sign in to Salesforce",
        Remedy.RETRY: "Retry now",
        Remedy.OPEN_SETUP_GUIDE: "Open the setup guide",
        Remedy.SET_STATUS_YOURSELF: "",
        Remedy.CHOOSE_PROFILE: "Choose a profile…",
    }[remedy]


_OUTCOME = {
    Outcome.DECIDED: "decided",
    Outcome.PENDING: "being set",
    Outcome.CONFIRMED: "done",
    Outcome.RETRIED: "retried",
    Outcome.FAILED: "failed",
    Outcome.ASKED: "asked you",
}


def outcome_text(entry: AuditEntry) -> str:
    text = _OUTCOME[entry.outcome]
    return f"{text}: {entry.detail}" if entry.detail else text


def audit_time(entry: AuditEntry) -> str:
    return datetime.fromtimestamp(entry.at).strftime("%H:%M:%S")


def audit_explanation(entry: AuditEntry) -> str:
    """The sentence for the log: the explanation, else what was observed; plus why not
    (skips already say why in their explanation; asks say it only in the reason)."""
    text = entry.explanation or entry.trigger
    if entry.reason and entry.reason not in text:
        text = f"{text} ({entry.reason})"
    return text
