"""The console link's wire format (version 1): parse, validate and encode its messages.

Pure and dependency-free because two sides speak it: the desktop's console link and the
sandbox's console emulator (which must not import the clients). The contract itself, with the
error codes and their order, is ``resources/link/omnisync-link-v1.schema.json``; the examples
next to it are what this module and the console component's JavaScript are both tested on.
"""

from __future__ import annotations

import enum
import json
import math
import re
from dataclasses import dataclass
from typing import Any

VERSION = 1
MAX_LENGTH = 255
MAX_SAFE_INTEGER = 2**53 - 1
_STATUS_ID = re.compile(r"[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?")
_ERROR_TEXT = re.compile(r"[a-z0-9_]{1,40}")
_CHANNEL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,79}")
"""A service channel's DeveloperName (an API name: a letter, then letters, digits, _)."""

COMMAND_KEYS = ("v", "seq", "op", "status")
REPORT_KEYS = (
    "v",
    "seq",
    "ack",
    "status",
    "reason",
    "work",
    "offered",
    "load",
    "item",
    "console",
    "error",
)
ITEM_KEYS = ("id", "state", "channel", "external", "weight", "percent")
_ITEM_REQUIRED = ("id", "state", "channel")
_REPORT_REQUIRED = ("v", "seq", "ack", "status", "reason", "work", "console")


class Direction(enum.Enum):
    TO_CONSOLE = "to_console"
    TO_DESKTOP = "to_desktop"


class Op(enum.Enum):
    SET_STATUS = "set_status"
    LOGOUT = "logout"
    PING = "ping"


class Reason(enum.Enum):
    """Why the Omni status changed, from the console's Omni event reason."""

    MANUAL = "manual"
    TOOLKIT = "toolkit"
    PUSH_TIMEOUT = "push_timeout"
    DECLINE = "decline"
    SUPERVISOR = "supervisor"
    LOGIN = "login"
    # Logouts Salesforce explains (lightning:omniChannelLogout's reason).
    DUPLICATE_LOGIN = "duplicate_login"
    DUPLICATE_TAB = "duplicate_tab"
    MAINTENANCE = "maintenance"


class ItemState(enum.Enum):
    """A reported work item's state: Assigned (waiting to be accepted) or Opened."""

    OFFERED = "offered"
    ACTIVE = "active"


class ConsoleState(enum.Enum):
    OPEN = "open"
    CLOSED = "closed"


class LinkMessageError(ValueError):
    """A link message that breaks the contract; ``code`` is one of the schema's error codes."""

    def __init__(self, code: str, field: str | None = None, detail: str = "") -> None:
        self.code = code
        self.field = field
        where = f" ({field})" if field else ""
        tail = f": {detail}" if detail else ""
        super().__init__(f"bad console-link message: {code}{where}{tail}")


@dataclass(frozen=True, slots=True)
class Command:
    """Desktop to console, written to To_Console__c."""

    seq: int
    op: Op
    status: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"v": VERSION, "seq": self.seq, "op": self.op.value}
        if self.op is Op.SET_STATUS:
            out["status"] = self.status
        return out


@dataclass(frozen=True, slots=True)
class ReportedItem:
    """The one work item whose arrival or acceptance a report tells, with what the desktop
    would otherwise query AgentWork for (the component learns it from the Omni events and its
    Apex controller, which cost no API call)."""

    id: str
    """The AgentWork id."""
    state: ItemState
    channel: str
    """The service channel's DeveloperName."""
    external: bool = False
    """PendingServiceRouting.RoutingType is ExternalRouting."""
    weight: float = 0.0
    """AgentWork.CapacityWeight (units; 0 when the org counts in %)."""
    percent: float = 0.0
    """AgentWork.CapacityPercentage (0 when counted in units)."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "state": self.state.value, "channel": self.channel}
        if self.external:
            out["external"] = True  # the canonical form leaves out the defaults
        if self.weight:
            out["weight"] = _plain_number(self.weight)
        if self.percent:
            out["percent"] = _plain_number(self.percent)
        return out


def _plain_number(value: float) -> float | int:
    """1.0 as 1, as JavaScript writes it."""
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True, slots=True)
class Report:
    """Console to desktop, written to To_Desktop__c."""

    seq: int
    ack: int
    status: str | None
    reason: Reason | None
    work: int
    console: ConsoleState
    offered: int = 0
    error: str | None = None
    load: int | None = None
    """The agent's Omni-Channel workload in % of the configured capacity, when the component
    knows it (lightning:omniChannelWorkloadChanged); optional, so older components stay valid."""
    item: ReportedItem | None = None
    """The one item this report's new counts are about, when the component knows it; optional
    (older components, or several items changed at once): the desktop then queries AgentWork."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "v": VERSION,
            "seq": self.seq,
            "ack": self.ack,
            "status": self.status,
            "reason": self.reason.value if self.reason else None,
            "work": self.work,
        }
        if self.offered:
            out["offered"] = self.offered
        if self.load is not None:
            out["load"] = self.load
        if self.item is not None:
            out["item"] = self.item.to_dict()
        out["console"] = self.console.value
        if self.error is not None:
            out["error"] = self.error
        return out


Message = Command | Report


def text_length(raw: str) -> int:
    """Length as Salesforce and JavaScript count it: UTF-16 code units."""
    return len(raw.encode("utf-16-le")) // 2


def encode(message: Message) -> str:
    """Compact JSON in the contract's key order; refuses what the other side would reject."""
    text = json.dumps(message.to_dict(), separators=(",", ":"), ensure_ascii=False)
    parse(text, _direction_of(message))  # the same rules on the way out as on the way in
    return text


def _direction_of(message: Message) -> Direction:
    return Direction.TO_CONSOLE if isinstance(message, Command) else Direction.TO_DESKTOP


def parse(raw: str, direction: Direction) -> Message:
    if direction is Direction.TO_CONSOLE:
        return parse_command(raw)
    return parse_report(raw)


def parse_command(raw: str) -> Command:
    obj = _load_object(raw)
    op_raw = obj.get("op")
    if "op" not in obj:
        raise LinkMessageError("missing_field", "op")
    try:
        op = Op(op_raw) if isinstance(op_raw, str) else None
    except ValueError:
        op = None
    if op is None:
        raise LinkMessageError("unknown_op", "op", f"{op_raw!r} is not a command")
    allowed = COMMAND_KEYS if op is Op.SET_STATUS else COMMAND_KEYS[:3]
    _check_keys(obj, allowed, allowed)
    seq = _integer(obj, "seq", minimum=1)
    status = None
    if op is Op.SET_STATUS:
        status = _status_id(obj, "status", nullable=False)
    return Command(seq=seq, op=op, status=status)


def parse_report(raw: str) -> Report:
    obj = _load_object(raw)
    _check_keys(obj, REPORT_KEYS, _REPORT_REQUIRED)
    seq = _integer(obj, "seq", minimum=1)
    ack = _integer(obj, "ack", minimum=0)
    status = _status_id(obj, "status", nullable=True)
    reason_raw = obj["reason"]
    try:
        reason = None if reason_raw is None else Reason(reason_raw)
    except ValueError:
        raise LinkMessageError("bad_field", "reason", f"{reason_raw!r} is not a reason") from None
    work = _integer(obj, "work", minimum=0)
    offered = _integer(obj, "offered", minimum=0) if "offered" in obj else 0
    if offered > work:
        raise LinkMessageError("bad_field", "offered", "more offered than open work items")
    load = _integer(obj, "load", minimum=0) if "load" in obj else None
    item = _item(obj["item"], work, offered) if "item" in obj else None
    console_raw = obj["console"]
    try:
        console = ConsoleState(console_raw)
    except ValueError:
        raise LinkMessageError("bad_field", "console") from None
    error = obj.get("error")
    if "error" in obj and not (isinstance(error, str) and _ERROR_TEXT.fullmatch(error)):
        raise LinkMessageError("bad_field", "error", "a short lowercase code is expected")
    return Report(seq, ack, status, reason, work, console, offered, error, load, item)


def _item(value: Any, work: int, offered: int) -> ReportedItem:
    """A report's item, checked as one field: anything wrong inside it is ``bad_field item``."""

    def bad(detail: str) -> LinkMessageError:
        return LinkMessageError("bad_field", "item", detail)

    if not isinstance(value, dict):
        raise bad("an object is expected")
    unknown = [key for key in value if key not in ITEM_KEYS]
    missing = [key for key in _ITEM_REQUIRED if key not in value]
    if unknown or missing:
        raise bad(f"unknown {unknown}" if unknown else f"missing {missing}")
    item_id = value["id"]
    if not isinstance(item_id, str) or not _STATUS_ID.fullmatch(item_id):
        raise bad("id: a 15- or 18-character record id is expected")
    try:
        state = ItemState(value["state"]) if isinstance(value["state"], str) else None
    except ValueError:
        state = None
    if state is None:
        raise bad("state: offered or active is expected")
    channel = value["channel"]
    if not isinstance(channel, str) or not _CHANNEL_NAME.fullmatch(channel):
        raise bad("channel: a service channel's DeveloperName is expected")
    external = value.get("external", False)
    if not isinstance(external, bool):
        raise bad("external: true or false is expected")
    weight, percent = (_amount(value.get(key, 0)) for key in ("weight", "percent"))
    if weight is None or percent is None:
        raise bad("weight and percent: numbers from 0 are expected")
    if work == 0 or (state is ItemState.OFFERED and offered == 0):
        raise bad("the item is not among the report's open or offered work")
    return ReportedItem(item_id, state, channel, external, weight, percent)


def _amount(value: Any) -> float | None:
    """A capacity amount: a finite number from 0 (not a boolean)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and 0 <= number <= MAX_SAFE_INTEGER else None


def _load_object(raw: str) -> dict[str, Any]:
    if not isinstance(raw, str):
        raise LinkMessageError("not_json", None, "expected text")
    if text_length(raw) > MAX_LENGTH:
        raise LinkMessageError("too_long", None, f"{text_length(raw)} > {MAX_LENGTH} characters")
    try:
        value = json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        raise LinkMessageError("not_json", None, str(exc)) from None
    if not isinstance(value, dict):
        raise LinkMessageError("not_object")
    if "v" not in value:
        raise LinkMessageError("missing_field", "v")
    if _as_integer(value["v"]) != VERSION:
        raise LinkMessageError("unsupported_version", "v", f"only version {VERSION} is known")
    return value


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _check_keys(obj: dict[str, Any], allowed: tuple[str, ...], required: tuple[str, ...]) -> None:
    for key in obj:
        if key not in allowed:
            raise LinkMessageError("unknown_field", key)
    for key in allowed:
        if key in required and key not in obj:
            raise LinkMessageError("missing_field", key)


def _as_integer(value: Any) -> int | None:
    """An integer as JavaScript sees one: 3 and 3.0 are the same number, true is not a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return None


def _integer(obj: dict[str, Any], key: str, *, minimum: int) -> int:
    number = _as_integer(obj[key])
    if number is None or not minimum <= number <= MAX_SAFE_INTEGER:
        raise LinkMessageError("bad_field", key, f"an integer from {minimum} is expected")
    return number


def _status_id(obj: dict[str, Any], key: str, *, nullable: bool) -> str | None:
    value = obj[key]
    if value is None and nullable:
        return None
    if not isinstance(value, str) or not _STATUS_ID.fullmatch(value):
        raise LinkMessageError("bad_field", key, "a 15- or 18-character record id is expected")
    return value


class Verdict(enum.Enum):
    NEW = "new"
    DUPLICATE = "duplicate"
    STALE = "stale"


class SeqGuard:
    """Drops what the other side already sent: equal seq is a duplicate, lower is stale."""

    def __init__(self, last: int = 0) -> None:
        self.last = last

    def check(self, seq: int) -> Verdict:
        if seq == self.last:
            return Verdict.DUPLICATE
        if seq < self.last:
            return Verdict.STALE
        return Verdict.NEW

    def accept(self, seq: int) -> Verdict:
        verdict = self.check(seq)
        if verdict is Verdict.NEW:
            self.last = seq
        return verdict
