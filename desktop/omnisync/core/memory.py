"""What the engine promised and must keep across a restart: blocks to restore, a timer.

A restart in the middle of a block used to forget the restore, and the agent stayed out of queue.
The service keeps this small record in a file (never a token: status ids, labels and a time)
and hands it back at the next start; the engine takes each part back only if the products still
show what the app set, and says so in the audit log either way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from omnisync.core.model import Product

FORMAT = 1


class MemoryFormatError(ValueError):
    """The saved record is not one this version wrote; it is dropped, never half-used."""


@dataclass(frozen=True, slots=True)
class HeldBlock:
    """The app holds ``product`` in ``status_id``; the restore goes back to ``previous_id``."""

    product: Product
    status_id: str
    previous_id: str
    previous_label: str


@dataclass(frozen=True, slots=True)
class EngineMemory:
    profile_id: str
    blocks: tuple[HeldBlock, ...] = ()
    deferred: tuple[Product, ...] = ()
    """Mappings held back by work in progress, to carry out when the work ends."""
    transition_since: float | None = None
    transition_status_id: str = ""
    """The Omni transition status the timer runs on (it is dropped if Omni shows another)."""
    away_since: tuple[tuple[Product, float], ...] = ()
    """Rule A's timers: since when each product has been Offline (dropped if it is no longer)."""

    @property
    def empty(self) -> bool:
        return (
            not self.blocks
            and not self.deferred
            and self.transition_since is None
            and not self.away_since
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "profile": self.profile_id,
            "blocks": [
                {
                    "product": b.product.value,
                    "status": b.status_id,
                    "previous": b.previous_id,
                    "previous_label": b.previous_label,
                }
                for b in self.blocks
            ],
            "deferred": [p.value for p in self.deferred],
            "transition_since": self.transition_since,
            "transition_status": self.transition_status_id,
            "away_since": {product.value: since for product, since in self.away_since},
        }

    @classmethod
    def from_json(cls, data: Any) -> EngineMemory:
        try:
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise MemoryFormatError("not a record this version wrote")
            blocks = tuple(
                HeldBlock(
                    Product(_text(b["product"])),
                    _text(b["status"]),
                    _text(b["previous"]),
                    _text(b["previous_label"]),
                )
                for b in _list(data.get("blocks", []))
            )
            since = data.get("transition_since")
            if since is not None:
                _time(since, "transition_since")
            away = data.get("away_since", {})
            if not isinstance(away, dict):
                raise MemoryFormatError("away_since is not an object")
            return cls(
                _text(data["profile"]),
                blocks,
                tuple(Product(_text(p)) for p in _list(data.get("deferred", []))),
                float(since) if since is not None else None,
                str(data.get("transition_status") or ""),
                tuple(
                    (Product(_text(product)), _time(at, "away_since"))
                    for product, at in sorted(away.items())
                ),
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, MemoryFormatError):
                raise
            raise MemoryFormatError(f"a part is missing or of the wrong kind ({exc})") from None


def _time(value: Any, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise MemoryFormatError(f"{key} is not a time")
    return float(value)


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise MemoryFormatError(f"expected text, got {value!r:.40}")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise MemoryFormatError(f"expected a list, got {value!r:.40}")
    return value
