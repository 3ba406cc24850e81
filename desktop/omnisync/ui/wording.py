"""The service state in words and as a tray state: one place for every sentence the UI shows.

The tray tooltip, the menu header, the status window and the no-tray window all say the same
thing the same way, so they all ask this module, which says it in the agent's language
(:func:`omnisync.ui.i18n.translate`). The wording rules are in docs/i18n.md: "you", one name
per product, each fact once, the instruction first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale

from omnisync.appinfo import DISPLAY_NAME
from omnisync.core.decision import SyncMode
from omnisync.core.kinds import GenesysWork, OmniWorkState, Product, RoutingStatus
from omnisync.core.message import Message, said_of
from omnisync.service.state import (
    AgentTask,
    Channel,
    ChannelHealth,
    Health,
    LinkRoute,
    ProductState,
    Remedy,
    ServiceState,
    SignIn,
)
from omnisync.ui.i18n import translate
from omnisync.ui.icons import TrayState

if TYPE_CHECKING:  # the audit log's words are asked for once entries exist, after the first step
    from omnisync.service.audit import AuditEntry, Outcome

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


IconKey = tuple[TrayState, bool, bool]
"""Which icon the tray shows: (state, dark panel, problem badge)."""


def icon_key(state: ServiceState, dark: bool) -> IconKey:
    """Which icon shows ``state`` on a dark or light panel (the live tray and its first step)."""
    return tray_state(state), dark, state.problem


TOOLTIP_LIMIT = 127
"""Windows cuts tray tooltips at 127 characters; we shorten ours to end with an ellipsis."""


def tray_tooltip(state: ServiceState) -> str:
    """The instruction first, then where you are, the app's name last: what the platform cuts
    is the least useful part."""
    return fit(f"{tooltip(state)}\n{DISPLAY_NAME}", TOOLTIP_LIMIT)


def said(text: str | Message | None) -> str:
    """What the engine or the service said, in the agent's language (a ``str`` is data: as is)."""
    if text is None:
        return ""
    return text.render(translate) if isinstance(text, Message) else text


def error_text(exc: BaseException) -> str:
    """An error in the agent's language: our own sentence translated, another part's words
    (a server, a library) as data inside ours."""
    message = said_of(exc)
    if not message.verbatim:
        return said(message)
    return translate("wording", "Reason given: {error}").format(error=message.text)


def product_name(product: Product) -> str:
    """The product's one name: "Genesys Cloud"; "Salesforce" for the account and console side
    (its status is the Omni-Channel status, see :func:`omni_name`). Brand names: not translated."""
    return "Genesys Cloud" if product is Product.GENESYS else "Salesforce"


def omni_name() -> str:
    """The name of the Salesforce side's status and work, as the console shows it."""
    return "Omni-Channel"


def state_label(state: TrayState) -> str:
    """The tray state in a few words (menu header, tooltip, screen readers)."""
    return {
        TrayState.SIGNED_OUT: translate("wording", "sign-in needed"),
        TrayState.MAPPED: translate("wording", "in sync"),
        TrayState.TRANSITION: translate("wording", "in transition"),
        TrayState.BLOCKED_GENESYS: translate("wording", "held by your Genesys Cloud work"),
        TrayState.BLOCKED_SALESFORCE: translate("wording", "held by your Omni-Channel work"),
        TrayState.PAUSED: translate("wording", "paused"),
        TrayState.INDEPENDENT: translate("wording", "your own choice"),
        TrayState.SUSPENDED: translate("wording", "suspended"),
    }[state]


def account_text(product: ProductState) -> str:
    """``Ada Lovelace (ada@example.com)``: who the product is signed in as, for a person.

    Names are user data: show this as plain text (see :func:`plain_rich_text`).
    """
    if product.sign_in is SignIn.SIGNED_OUT:
        return translate("wording", "not signed in")
    if product.sign_in is SignIn.SIGNING_IN:
        return translate("wording", "signing in…")
    account = product.account
    if account is None or not (account.name or account.login):
        return translate("wording", "not known yet")
    if account.name and account.login and account.name != account.login:
        return f"{account.name} ({account.login})"
    return account.name or account.login


def account_line(state: ServiceState, product: Product) -> str:
    """``Genesys Cloud: Ada Lovelace (ada@example.com)``."""
    signed = state.genesys if product is Product.GENESYS else state.salesforce
    return translate("wording", "{product}: {account}").format(
        product=product_name(product), account=account_text(signed)
    )


def menu_text(text: str) -> str:
    """A menu entry that shows ``&`` as typed: Qt reads a single one as a shortcut marker, so
    "Sales & Service" would show as "Sales  Service" with the space underlined."""
    return text.replace("&", "&&")


def fit(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis (tooltips, menu headers)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plain_rich_text(text: str) -> str:
    """Text for a place Qt may read as HTML (tooltips): every ``<`` and ``&`` shown as typed."""
    return f"<p style='white-space:pre'>{_escape(text)}</p>"


def _escape(text: str) -> str:
    """``html.escape(text, quote=False)``, without importing ``html`` and its table of entities
    before the tray's first menu (start-up time, docs/performance.md)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _sign_in_word(sign_in: SignIn) -> str:
    return {
        SignIn.SIGNED_OUT: translate("wording", "signed out"),
        SignIn.SIGNING_IN: translate("wording", "signing in…"),
        SignIn.SIGNED_IN: translate("wording", "signed in"),
        SignIn.SIGN_IN_SOON: translate("wording", "sign in again soon"),
        SignIn.EXPIRED: translate("wording", "sign in again"),
    }[sign_in]


def sign_in_text(product: ProductState) -> str:
    text = _sign_in_word(product.sign_in)
    if product.token_expires_at and product.sign_in in (SignIn.SIGNED_IN, SignIn.SIGN_IN_SOON):
        return translate("wording", "{sign_in} (until {time})").format(
            sign_in=text, time=clock_time(product.token_expires_at)
        )
    return text


def clock_time(at: float, now: float | None = None) -> str:
    """Local wall-clock time, as the agent reads it on the taskbar, in the agent's language;
    with the day when it is not today (a session that ends "at 13:41" tomorrow must not read
    as today)."""
    when = QDateTime.fromSecsSinceEpoch(int(at))
    today = (
        QDateTime.currentDateTime() if now is None else QDateTime.fromSecsSinceEpoch(int(now))
    ).date()
    if when.date() == today:
        return when.toString("HH:mm")
    return QLocale().toString(when, "ddd d MMM HH:mm")


def genesys_status(state: ServiceState) -> str:
    if state.genesys.sign_in in NEEDS_SIGN_IN:
        return _sign_in_word(state.genesys.sign_in)
    return state.genesys_presence.label if state.genesys_presence else unknown()


def omni_status(state: ServiceState) -> str:
    if state.salesforce.sign_in in NEEDS_SIGN_IN:
        return _sign_in_word(state.salesforce.sign_in)
    return state.omni_status.label if state.omni_status else unknown()


def unknown() -> str:
    return translate("wording", "not known yet")


def genesys_work(state: ServiceState) -> str:
    return {
        GenesysWork.UNKNOWN: unknown(),
        GenesysWork.NONE: translate("wording", "no interaction"),
        GenesysWork.ALERTING: translate("wording", "an interaction is alerting"),
        GenesysWork.ACTIVE: translate("wording", "interacting"),
        GenesysWork.AFTER_CALL_WORK: translate("wording", "after-call work"),
    }[state.genesys_work]


def routing(state: ServiceState) -> str:
    return {
        RoutingStatus.OFF_QUEUE: translate("wording", "off queue"),
        RoutingStatus.IDLE: translate("wording", "idle"),
        RoutingStatus.INTERACTING: translate("wording", "interacting"),
        RoutingStatus.NOT_RESPONDING: translate("wording", "not responding"),
        RoutingStatus.COMMUNICATING: translate("wording", "communicating"),
        RoutingStatus.UNKNOWN: unknown(),
    }[state.routing]


def omni_work(state: ServiceState) -> str:
    items = state.omni_work
    if not items:
        return translate("wording", "no work")
    active = sum(1 for i in items if i.state is OmniWorkState.ACTIVE)
    if active == len(items):
        return translate("wording", "active work: {active}").format(active=active)
    return translate("wording", "active work: {active}, offered: {offered}").format(
        active=active, offered=len(items) - active
    )


def product_line(state: ServiceState, product: Product) -> str:
    """``Genesys Cloud: On Queue · no interaction``: one header line of the menu."""
    if product is Product.GENESYS:
        name, status, work, signed = (
            product_name(product),
            genesys_status(state),
            genesys_work(state),
            state.genesys,
        )
    else:
        name, status, work, signed = (
            omni_name(),
            omni_status(state),
            omni_work(state),
            state.salesforce,
        )
    if signed.sign_in in NEEDS_SIGN_IN:
        name = product_name(product)
        return translate("wording", "{product}: {status}").format(product=name, status=status)
    return translate("wording", "{product}: {status} · {work}").format(
        product=name, status=status, work=work
    )


def mode_line(state: ServiceState) -> str:
    """``Sync: in sync``: the state in a few words (the headline says the rest)."""
    if state.paused:
        return translate("wording", "Sync: paused by you")
    return translate("wording", "Sync: {state}").format(state=state_label(tray_state(state)))


def header_lines(state: ServiceState) -> list[str]:
    lines = [
        product_line(state, Product.GENESYS),
        product_line(state, Product.OMNI),
        mode_line(state),
    ]
    if state.profile_name:
        lines.append(translate("wording", "Profile: {profile}").format(profile=state.profile_name))
    return lines


def headline(state: ServiceState) -> str:
    """One plain sentence to the agent: where they are in both products and what the app does."""
    g, o = genesys_status(state), omni_status(state)
    signed_out = [
        product_name(p.product)
        for p in (state.genesys, state.salesforce)
        if p.sign_in in NEEDS_SIGN_IN
    ]
    if len(signed_out) == 2:
        return translate("wording", "Sign in to Genesys Cloud and Salesforce to start syncing.")
    if signed_out:
        return translate("wording", "Sign in to {product} to start syncing.").format(
            product=signed_out[0]
        )
    if state.paused:
        return translate(
            "wording", "Sync is paused: the app changes no status until you resume it."
        )
    mode = state.view.mode
    if state.genesys_presence is None or state.omni_status is None:
        return translate("wording", "Reading your statuses…")
    if mode is SyncMode.SUSPENDED and state.omni_status.offline:
        return translate(
            "wording", "You are offline in Omni-Channel, so sync waits until you are back."
        )
    if mode is SyncMode.SUSPENDED and state.genesys_presence.is_offline:
        return translate(
            "wording", "You are offline in Genesys Cloud, so sync waits until you are back."
        )
    sentence = {
        SyncMode.MAPPED: translate(
            "wording", "You are {genesys} in Genesys Cloud; Omni-Channel follows as {omni}."
        ),
        SyncMode.IN_TRANSITION: translate(
            "wording",
            "You are {genesys} in Genesys Cloud and {omni} in Omni-Channel, in transition.",
        ),
        SyncMode.BLOCKED_BY_GENESYS_WORK: translate(
            "wording", "You are working in Genesys Cloud, so Omni-Channel is held at {omni}."
        ),
        SyncMode.BLOCKED_BY_SALESFORCE_WORK: translate(
            "wording", "You are working in Omni-Channel, so Genesys Cloud is held at {genesys}."
        ),
        SyncMode.INDEPENDENT: translate(
            "wording",
            "You chose {genesys} in Genesys Cloud and {omni} in Omni-Channel; no rule applies.",
        ),
        SyncMode.SUSPENDED: translate(
            "wording",
            "Sync waits: you are {genesys} in Genesys Cloud and {omni} in Omni-Channel, "
            "and one of them is offline.",
        ),
        SyncMode.OFF: translate(
            "wording", "Sync is off: you are {genesys} in Genesys Cloud and {omni} in Omni-Channel."
        ),
    }[mode]
    return sentence.format(genesys=g, omni=o)


def task_text(task: AgentTask) -> str:
    """What the agent must do, instruction first, from the task's fields."""
    name = product_name(task.product) if task.product is not None else ""
    if task.remedy in (Remedy.SIGN_IN_GENESYS, Remedy.SIGN_IN_SALESFORCE) and name:
        if task.idle_minutes and task.until is not None:
            return translate(
                "wording",
                "{product} will sign the app out at {time}: your organization ends sessions "
                "after {minutes} minutes without activity. Sign in again then (or now).",
            ).format(product=name, time=clock_time(task.until), minutes=task.idle_minutes)
        if task.idle_minutes:
            return translate(
                "wording",
                "Sign in to {product} again: your organization ended the app's session after "
                "{minutes} minutes without activity. Nothing syncs until you do.",
            ).format(product=name, minutes=task.idle_minutes)
        if task.until is not None:
            return translate(
                "wording", "Sign in to {product} again before {time}, when your session ends."
            ).format(product=name, time=clock_time(task.until))
        return translate("wording", "Sign in to {product}: nothing syncs until you do.").format(
            product=name
        )
    if task.remedy is Remedy.OPEN_CONSOLE:
        return translate(
            "wording",
            "Open your Salesforce console and keep it open: the app sets your Omni-Channel "
            "status through it.",
        )
    if task.remedy is Remedy.SET_STATUS_YOURSELF and task.status and name:
        where = omni_name() if task.product is Product.OMNI else name
        return translate("wording", "Set {product} to {status} yourself: {reason}.").format(
            product=where, status=task.status, reason=said(task.detail) or cannot_now()
        )
    if task.remedy is Remedy.LOG_IN_OMNI and task.detail:
        return translate(
            "wording", "Log in to Omni-Channel again when you are ready: {why}."
        ).format(why=said(task.detail))
    if task.remedy is Remedy.CHOOSE_PROFILE and task.detail:
        return translate(
            "wording", "Choose another profile: this one does not fit your org ({problem})."
        ).format(problem=said(task.detail))
    return task_title(task)  # never the task's English text: that is for the log


def cannot_now() -> str:
    return translate("wording", "the app cannot set it now")


def task_title(task: AgentTask) -> str:
    """A notification's title for the task."""
    return {
        Remedy.SIGN_IN_GENESYS: translate("wording", "Sign in to Genesys Cloud"),
        Remedy.SIGN_IN_SALESFORCE: translate("wording", "Sign in to Salesforce"),
        Remedy.RETRY: translate("wording", "Connection problem"),
        Remedy.OPEN_CONSOLE: translate("wording", "Open your Salesforce console"),
        Remedy.SET_STATUS_YOURSELF: translate("wording", "Please set your status"),
        Remedy.CHOOSE_PROFILE: translate("wording", "Choose another profile"),
        Remedy.LOG_IN_OMNI: translate("wording", "Omni-Channel logged you out"),
    }[task.remedy]


def problem_text(state: ServiceState) -> str:
    """The first thing wrong, as an instruction (empty when nothing is)."""
    if state.must_do:
        return task_text(state.must_do[0])
    for health in unhealthy_channels(state):
        return channel_line(health)
    return ""


def tooltip(state: ServiceState) -> str:
    """What hovering the tray says: what to do first (platforms cut long tooltips), then where
    you are; the app's name last, as the first thing to go."""
    lines = []
    signing_in_is_the_headline = tray_state(state) is TrayState.SIGNED_OUT
    if state.problem and not signing_in_is_the_headline:  # each fact once
        lines.append(problem_text(state) or translate("wording", "Something needs you."))
    lines.append(headline(state))
    return "\n".join(lines)


def channel_name(channel: Channel) -> str:
    return {
        Channel.GENESYS_API: translate("wording", "Genesys Cloud connection"),
        Channel.GENESYS_NOTIFICATIONS: translate("wording", "Genesys Cloud live updates"),
        Channel.SALESFORCE_API: translate("wording", "Salesforce connection"),
        Channel.SALESFORCE_STREAMING: translate("wording", "Salesforce live updates"),
        Channel.CONSOLE_LINK: translate("wording", "Salesforce console link"),
    }[channel]


def health_text(health: ChannelHealth) -> str:
    word = {
        Health.UP: translate("wording", "working"),
        Health.CONNECTING: translate("wording", "connecting"),
        Health.DEGRADED: translate("wording", "limited"),
        Health.DOWN: translate("wording", "down"),
        Health.SIGNED_OUT: translate("wording", "signed out"),
    }[health.health]
    if not health.detail:
        return word
    return translate("wording", "{health} ({detail})").format(
        health=word, detail=said(health.detail)
    )


def not_started() -> str:
    return translate("wording", "not started")


def channel_line(health: ChannelHealth) -> str:
    """``Salesforce live updates: down (socket dropped)``."""
    return translate("wording", "{channel}: {health}").format(
        channel=channel_name(health.channel), health=health_text(health)
    )


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
        Remedy.SIGN_IN_GENESYS: translate("wording", "Sign in to Genesys Cloud"),
        Remedy.SIGN_IN_SALESFORCE: translate("wording", "Sign in to Salesforce"),
        Remedy.RETRY: translate("wording", "Retry now"),
        Remedy.OPEN_CONSOLE: "",
        Remedy.SET_STATUS_YOURSELF: "",
        Remedy.CHOOSE_PROFILE: translate("wording", "Choose a profile…"),
        Remedy.LOG_IN_OMNI: "",
    }[remedy]


def outcome_word(outcome: Outcome) -> str:
    from omnisync.service.audit import Outcome

    return {
        Outcome.DECIDED: translate("wording", "noted"),
        Outcome.PENDING: translate("wording", "setting…"),
        Outcome.CONFIRMED: translate("wording", "done"),
        Outcome.RETRIED: translate("wording", "retrying"),
        Outcome.FAILED: translate("wording", "failed"),
        Outcome.ASKED: translate("wording", "asked you"),
    }[outcome]


def outcome_text(entry: AuditEntry) -> str:
    text = outcome_word(entry.outcome)
    if not entry.detail:
        return text
    return translate("wording", "{outcome}: {detail}").format(
        outcome=text, detail=said(entry.failure)
    )


def audit_time(entry: AuditEntry) -> str:
    return QDateTime.fromSecsSinceEpoch(int(entry.at)).toString("HH:mm:ss")


def change_sentence(entry: AuditEntry) -> str:
    """A change the app made, said to the agent by its rule, in their language; the engine's
    own sentence for a rule this table does not know."""
    template = {
        "R1": translate(
            "wording", "You went On Queue in Genesys Cloud, so Omni-Channel follows as {status}."
        ),
        "R2": translate(
            "wording",
            "Omni-Channel went to its mapped status, so Genesys Cloud follows as {status}.",
        ),
        "R3": translate(
            "wording", "You left On Queue in Genesys Cloud, so Omni-Channel is set to {status}."
        ),
        "R4": translate(
            "wording",
            "You left the mapped status in Omni-Channel, so Genesys Cloud is set to {status}.",
        ),
        "R5": translate(
            "wording", "Your Omni-Channel work started, so Genesys Cloud is held at {status}."
        ),
        "R5-end": translate(
            "wording", "Your Omni-Channel work ended, so Genesys Cloud is back to {status}."
        ),
        "R6": translate(
            "wording",
            "Your Genesys Cloud interaction started, so Omni-Channel is held at {status}.",
        ),
        "R6-end": translate(
            "wording",
            "Your Genesys Cloud interaction ended, so Omni-Channel is back to {status}.",
        ),
        "T": translate(
            "wording", "The transition time is over, so Omni-Channel moves on to {status}."
        ),
    }.get(entry.rule)
    if template is None or entry.kind != "enforce":
        return said(entry.said)
    return template.format(status=entry.status)


def link_route_text(route: LinkRoute | None) -> str:
    """Which transport carries the Salesforce console link, for the status window."""
    if route is None:
        return translate("wording", "not chosen yet")
    if route.direct:
        return translate("wording", "direct, on this computer")
    return translate("wording", "through your Salesforce record: {why}").format(why=said(route.why))


def audit_explanation(entry: AuditEntry) -> str:
    """The sentence for the log: the explanation, else what was observed; plus why not
    (skips already say why in their explanation; asks say it only in the reason)."""
    from omnisync.service.audit import ROUTE_KIND

    if entry.kind == ROUTE_KIND:
        route = LinkRoute(entry.status == "direct", entry.failure or entry.detail)
        return translate("wording", "Salesforce console link: {route}").format(
            route=link_route_text(route)
        )
    if entry.kind == "enforce":
        return change_sentence(entry)
    text = said(entry.said) or said(entry.observed)
    if entry.kind == "ask" and entry.why_not:
        return translate("wording", "{text} The app cannot set it now: {reason}.").format(
            text=text, reason=said(entry.why_not)
        )
    return text
