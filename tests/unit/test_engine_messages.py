"""What the engine says reaches the agent translated: every sentence is a message of the
catalogue, and every plain-text field is data (a status name, a product, a number), never an
English phrase glued in where a translator cannot reach it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from omnisync.core.decision import Decision
from omnisync.core.engine import SyncEngine
from omnisync.core.message import Message
from omnisync.core.model import (
    GenesysWork,
    OmniWorkState,
    Product,
    ResyncAsked,
    RoutingStatus,
    StatusUnknown,
    Tick,
    WriteCapabilityObserved,
    WriteFailed,
)
from support.catalog import lupdate_fresh, pairs, walk
from support.org import GENESYS, OMNI, S1, S2, World

CONNECTOR_WORDS = {"the console link is absent", "HTTP 503"}
"""What the test's connectors say: data from another part, shown as it is."""


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    return pairs(lupdate_fresh(Path(tmp_path_factory.mktemp("lupdate")) / "fresh.ts"))


def _shift(settings: object) -> list[Decision]:
    """A shift that reaches most rules, guards and observations."""
    world = World(SyncEngine(settings))  # type: ignore[arg-type]
    world.agent_genesys("On Queue")
    world.omni_item("0Bz1", OmniWorkState.ACTIVE)
    world.omni_item("0Bz1", None)
    world.routing(RoutingStatus.INTERACTING)
    world.genesys_work(GenesysWork.ACTIVE)
    world.genesys_work(GenesysWork.AFTER_CALL_WORK)
    world.routing(RoutingStatus.NOT_RESPONDING)
    world.routing(RoutingStatus.IDLE)
    world.genesys_work(GenesysWork.NONE)
    world.agent_omni("Break")
    world.agent_genesys("Break")
    world.agent_omni("Offline")
    world.agent_genesys("On Queue")
    world.agent_omni("Busy")
    world.feed(
        WriteCapabilityObserved(Product.OMNI, False, world.t + 1, "the console link is absent")
    )
    world.agent_genesys("Break")
    world.agent_genesys("On Queue")
    world.feed(WriteFailed(Product.GENESYS, GENESYS["Busy"].id, world.t + 2, "HTTP 503"))
    world.feed(ResyncAsked(world.t + 3))
    world.feed(Tick(world.t + 100))
    world.feed(StatusUnknown(Product.OMNI, world.t + 101, ""))
    return world.decisions


def _said(decisions: list[Decision]) -> Iterator[Message]:
    for decision in decisions:
        yield decision.observed
        for action in decision.actions:
            yield action.said
            if action.why_not is not None:
                yield action.why_not


def _is_data(value: str) -> bool:
    labels = {p.label for p in GENESYS.values()} | {s.label for s in OMNI.values()}
    products = {p.title for p in Product}
    return value in labels | products | CONNECTOR_WORDS or value.replace(".", "", 1).isdigit()


@pytest.mark.parametrize("settings", [S1, S2], ids=["S1", "S2"])
def test_every_engine_sentence_is_in_the_catalogue_with_data_fields(settings, catalogue):
    seen = 0
    for top in _said(_shift(settings)):
        for node, value in walk(top):
            if value is None:
                if node.verbatim:
                    assert node.text in CONNECTOR_WORDS, f"verbatim English: {node.text!r}"
                    continue
                assert (node.context, node.text) in catalogue, f"not translatable: {node.text!r}"
                seen += 1
            else:
                assert _is_data(value), f"English glued into {node.text!r} as data: {value!r}"
    assert seen > 40


def test_the_english_form_is_the_filled_source():
    world = World(SyncEngine(S1))
    (action,) = world.agent_genesys("On Queue").actions
    assert action.explanation == (
        "You went On Queue in Genesys Cloud, so Omni-Channel was set to Busy (mapped status)."
    )
    marked = action.said.render(lambda _context, text: f"<{text}>")
    assert (
        marked == "<<You went On Queue in Genesys Cloud>, so Omni-Channel was set to Busy "
        "(<mapped status>).>"
    )
