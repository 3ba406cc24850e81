"""The sync settings after their status names were resolved against both orgs."""

from __future__ import annotations

from dataclasses import dataclass, field

from omnisync.core.model import GenesysPresence, OmniStatus, Product


@dataclass(frozen=True, slots=True)
class SyncOptions:
    """Behaviour beyond the Genesys panel; every default is Genesys's own behaviour."""

    count_after_call_work_as_interacting: bool = True
    ignore_externally_routed_omni_work: bool = True
    transition_timer_seconds: float = 0.0
    """0 = no timer (Genesys has none). Otherwise Omni moves on after this long in transition."""
    transition_timer_omni: OmniStatus | None = None
    restore_after_block: bool = True
    apply_agent_change_after_work: bool = False
    """The agent's change of a blocked product waits for the work to end (off: it wins now)."""
    echo_window_seconds: float = 15.0
    """How long our write waits for its echo before a matching change counts as the agent's."""


@dataclass(frozen=True, slots=True)
class WorkBlock:
    """Which Omni-Channel work blocks Genesys (R5); the default is any accepted item."""

    capacity_percent: float = 0.0
    """Block only once the work in use reaches this share of the agent's capacity (0: any)."""
    channels: tuple[str, ...] = ()
    """Only work of these service channels (developer names) counts (empty: every channel)."""

    @property
    def always(self) -> bool:
        return not self.capacity_percent and not self.channels


@dataclass(frozen=True, slots=True)
class MappingRow:
    """One more row of the mapping table: another Omni status that mirrors On Queue."""

    omni: OmniStatus
    genesys_on_leaving: GenesysPresence | None = None
    """What Genesys goes to when the agent leaves this row's status (``None``: stays)."""


@dataclass(frozen=True, slots=True)
class AwayRule:
    """When one product stays Offline this long, set the other one (off by default).

    The delay exists because a console refresh logs Omni-Channel out for a moment: only an
    absence longer than ``seconds`` counts as the agent having gone.
    """

    gone: Product
    seconds: float
    target: GenesysPresence | OmniStatus
    """A status of the other product."""


@dataclass(frozen=True, slots=True)
class SyncSettings:
    """The six settings of the panel, as resolved statuses. ``None`` switches a rule off."""

    enabled: bool
    mapped_omni: OmniStatus | None
    on_queue: GenesysPresence | None
    """The org's On Queue presence definition (the fixed Genesys side of the mapping)."""
    genesys_on_leaving_mapped_omni: GenesysPresence | None = None
    omni_on_leaving_on_queue: OmniStatus | None = None
    genesys_while_salesforce_work: GenesysPresence | None = None
    omni_while_genesys_interaction: OmniStatus | None = None
    options: SyncOptions = field(default_factory=SyncOptions)
    more_mappings: tuple[MappingRow, ...] = ()
    """Rows after the first (``mapped_omni`` with ``genesys_on_leaving_mapped_omni``)."""
    away_rules: tuple[AwayRule, ...] = ()
    """At most one per product that goes away."""
    master: Product | None = None
    """The product the other follows (NICE's presence master); ``None``: two-way, as Genesys."""
    work_block: WorkBlock = field(default_factory=WorkBlock)
    """Capacity-aware blocking: which Omni-Channel work counts for R5."""
    undo_follower_changes: bool = False
    """With a master: an agent's change of the follower is put back (else it stands until the
    master changes next)."""

    @property
    def mapping_table(self) -> tuple[MappingRow, ...]:
        """Every mapped status in order; R1 writes the first, any of them counts as mapped."""
        if self.mapped_omni is None:
            return ()
        first = MappingRow(self.mapped_omni, self.genesys_on_leaving_mapped_omni)
        return (first, *self.more_mappings)

    def mapping_row(self, omni_id: str) -> MappingRow | None:
        """The first row whose Omni status this is: first match wins."""
        return next((row for row in self.mapping_table if row.omni.id == omni_id), None)

    @property
    def usable(self) -> bool:
        return self.enabled and self.mapped_omni is not None and self.on_queue is not None
