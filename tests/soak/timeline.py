"""What happened in a soak run, in one order: who changed which product, what the harness did,
and what the app decided.

Three kinds of entry, appended as they happen (all in one process and one event loop, so the
list's order is the order things happened):

- :class:`Change`: a product's status changed in the sandbox, and who changed it (``agent``,
  ``app`` or ``system``), read from the sandbox's structured state at each of its events;
- :class:`Mark`: something the harness did (an agent action, a fault, a restart, a sleep...);
- :class:`Decided`: an audit entry of the service (structured fields only: rule, product,
  kind, status, outcome; never its sentences).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from omnisync.sandbox.harness import Sandbox
from omnisync.service.audit import AuditEntry

GENESYS, OMNI = "genesys", "omni"


@dataclass(frozen=True, slots=True)
class Change:
    product: str
    value: str
    by: str
    at: float
    """Sandbox clock (the service runs on the same clock in a soak)."""


@dataclass(frozen=True, slots=True)
class Mark:
    kind: str
    """``agent``, ``fault``, ``restart``, ``sleep``, ``sign_in``, ``clear``, ``probe``."""
    product: str | None
    what: str


@dataclass(frozen=True, slots=True)
class Decided:
    entry: AuditEntry


Entry = Change | Mark | Decided


@dataclass
class Timeline:
    entries: list[Entry] = field(default_factory=list)
    _last: dict[str, str] = field(default_factory=dict)

    def watch(self, sandbox: Sandbox) -> None:
        """Record every status change of both products, with who made it."""
        genesys, salesforce = sandbox.part("genesys"), sandbox.part("salesforce")

        def on_event(event: Any) -> None:
            now = {GENESYS: _genesys_label(genesys.state()), OMNI: _omni_label(salesforce)}
            for product, value in now.items():
                if self._last.get(product) != value:
                    if product in self._last:
                        self.entries.append(Change(product, value, event["by"], event["t"]))
                    self._last[product] = value

        sandbox.context.events.listen(on_event)
        on_event({"by": "system", "t": sandbox.context.clock.now()})

    def mark(self, kind: str, product: str | None, what: str) -> None:
        self.entries.append(Mark(kind, product, what))

    def decided(self, entry: AuditEntry) -> None:
        self.entries.append(Decided(entry))

    def describe(self, around: list[int] | None = None, last: int = 40) -> str:
        """The entries near each index in ``around`` (those a violation names), else the end."""
        indexes: list[int] = []
        for centre in around or []:
            indexes.extend(range(max(0, centre - 14), min(len(self.entries), centre + 4)))
        if not indexes:
            indexes = list(range(max(0, len(self.entries) - last), len(self.entries)))
        lines, previous = [], None
        for index in sorted(set(indexes)):
            if previous is not None and index != previous + 1:
                lines.append("  ...")
            previous = index
            lines.append(f"{index:5d} {self._line(self.entries[index])}")
        return "\n".join(lines)

    @staticmethod
    def _line(item: Entry) -> str:
        if isinstance(item, Change):
            return f"change {item.product}={item.value} by {item.by}"
        if isinstance(item, Mark):
            return f"mark   {item.kind} {item.product or ''} {item.what}"
        e = item.entry
        return (
            f"audit  {e.rule} {e.kind} {e.product} {e.status} {e.outcome.value} [{e.mode}] "
            f"{e.trigger[:70]}"
        )


def _genesys_label(state: dict[str, Any]) -> str:
    return str(state["presence"]["label"])


def _omni_label(salesforce: Any) -> str:
    omni = salesforce.console.state()["omni"]
    return str(omni["label"]) if omni else "Offline"
