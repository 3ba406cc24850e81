"""Property tests over random profiles of the new format (mapping tables, away rules, master,
capacity-aware blocking) and random
observation sequences with time passing and Resync now: no write chain, at most one write per
product per event, and the agent's choice never overwritten by the event that made it."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import example, given, settings
from hypothesis import strategies as st

from omnisync.core.decision import ActionKind, RuleId
from omnisync.core.model import (
    GenesysWork,
    OmniWorkItem,
    OmniWorkState,
    Product,
    RoutingStatus,
)
from omnisync.core.settings import AwayRule, MappingRow, SyncSettings, WorkBlock
from support.org import GENESYS, OMNI, S1, S2, S3
from support.script import GENESYS_LABELS, NOT_ON_QUEUE, OMNI_LABELS, SETTABLE_OMNI, G, O, play

CHANNELS = ["Case", "sfdc_livechat"]


@st.composite
def profiles(draw: st.DrawFn) -> SyncSettings:
    """A random profile that check-profile accepts: rows are distinct, never the mapped or the
    transition status, never Offline; Genesys targets are never On Queue."""
    base = draw(st.sampled_from([S1, S2, S3]))
    taken = {base.mapped_omni.label if base.mapped_omni else ""}
    if base.omni_on_leaving_on_queue is not None:
        taken.add(base.omni_on_leaving_on_queue.label)
    free = [label for label in SETTABLE_OMNI if label not in taken]
    labels = draw(st.lists(st.sampled_from(free), unique=True, max_size=2)) if free else []
    rows = tuple(
        MappingRow(OMNI[label], draw(st.none() | st.sampled_from(NOT_ON_QUEUE).map(GENESYS.get)))
        for label in labels
    )
    away: list[AwayRule] = []
    if draw(st.booleans()):
        seconds = draw(st.sampled_from([0.0, 1.0, 5.0]))
        away.append(AwayRule(O, seconds, GENESYS[draw(st.sampled_from(NOT_ON_QUEUE))]))
    if draw(st.booleans()):
        seconds = draw(st.sampled_from([0.0, 1.0, 5.0]))
        away.append(AwayRule(G, seconds, OMNI[draw(st.sampled_from(SETTABLE_OMNI))]))
    queue = draw(st.booleans())
    options = replace(base.options, apply_agent_change_after_work=queue)
    master = draw(st.sampled_from([None, G, O]))
    undo = master is not None and draw(st.booleans())
    percent = draw(st.sampled_from([0.0, 1.0, 50.0, 100.0]))
    channels = tuple(draw(st.lists(st.sampled_from(CHANNELS), unique=True, max_size=2)))
    return replace(
        base,
        work_block=WorkBlock(percent, channels),
        more_mappings=rows,
        away_rules=tuple(away),
        options=options,
        master=master,
        undo_follower_changes=undo,
    )


events = st.lists(
    st.one_of(
        st.tuples(st.just("agent_genesys"), st.sampled_from(GENESYS_LABELS)),
        st.tuples(st.just("agent_omni"), st.sampled_from(OMNI_LABELS)),
        st.tuples(st.just("routing"), st.sampled_from(list(RoutingStatus))),
        st.tuples(st.just("gwork"), st.sampled_from(list(GenesysWork))),
        st.tuples(
            st.just("omni_work"),
            st.lists(
                st.builds(
                    OmniWorkItem,
                    st.sampled_from(["a", "b", "c"]),
                    st.sampled_from(list(OmniWorkState)),
                    st.booleans(),
                    st.sampled_from(CHANNELS),
                    st.sampled_from([0.0, 1.0, 2.0]),
                    st.sampled_from([0.0, 0.0, 40.0]),
                ),
                max_size=3,
                unique_by=lambda item: item.id,
            ).map(tuple),
        ),
        st.tuples(st.just("omni_capacity"), st.sampled_from([2.0, 4.0])),
        st.tuples(st.just("capability"), st.booleans()),
        st.tuples(st.just("land"), st.sampled_from([G, O])),
        st.tuples(st.just("wait"), st.sampled_from([0.5, 2.0, 6.0])),
        st.tuples(st.just("resync"), st.just(None)),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(profile=profiles(), script=events)
def test_no_write_chain(profile: SyncSettings, script: list[tuple[object, ...]]) -> None:
    """The app's own change landing makes no rule fire (only the agent's choice put back)."""
    for step in play(profile, script):
        if step.echo:
            for action in step.decision.actions:
                assert action.rule is RuleId.GUARD, step
                assert action.product is step.event[1], step


@settings(max_examples=300, deadline=None)
@given(profile=profiles(), script=events)
def test_at_most_one_write_per_product_per_event(
    profile: SyncSettings, script: list[tuple[object, ...]]
) -> None:
    for step in play(profile, script):
        acting = [a.product for a in step.decision.actions if a.kind is not ActionKind.SKIP]
        assert len(acting) == len(set(acting)), step


@settings(max_examples=300, deadline=None)
@given(profile=profiles(), script=events)
def test_the_agents_change_is_never_overwritten_by_its_own_event(
    profile: SyncSettings, script: list[tuple[object, ...]]
) -> None:
    """Unless the profile says so: holding the agent's change until the work ends (rule Q), or
    putting back a change of the follower (rule M); the one write then names the agent's choice
    in its sentence (the notification)."""
    queue = profile.options.apply_agent_change_after_work
    undo = profile.undo_follower_changes
    for step in play(profile, script):
        if step.by_agent_on is not None:
            same = [a for a in step.decision.writes if a.product is step.by_agent_on]
            if same:
                (write,) = same
                allowed = []
                if queue:
                    allowed.append(RuleId.QUEUED)
                if undo and step.by_agent_on is not profile.master:
                    allowed.append(RuleId.MASTER)
                assert write.rule in allowed, step
                assert f"{step.event[1]}" in write.explanation, step


CHAIN_BAIT = replace(
    S2,
    away_rules=(AwayRule(O, 1.0, GENESYS["Offline"]), AwayRule(G, 1.0, OMNI["Break"])),
)
"""Rule A writing Genesys Offline must not start Genesys's own away timer (a chain)."""


@settings(max_examples=300, deadline=None)
@given(profile=profiles(), script=events)
@example(  # the console closes, the app sets Genesys Offline, the console comes back
    profile=CHAIN_BAIT,
    script=[
        ("agent_omni", "Available"),
        ("land", G),
        ("agent_omni", "Offline"),
        ("wait", 2.0),
        ("land", G),
        ("agent_omni", "Available"),
        ("wait", 2.0),
    ],
)
def test_away_writes_only_after_the_other_side_stayed_offline(
    profile: SyncSettings, script: list[tuple[object, ...]]
) -> None:
    """Rule A writes only on a tick, only to the other product, and only after the agent's
    Offline lasted the whole timer with no other status in between (a refresh changes nothing)."""
    offline_since: dict[Product, float] = {}
    seconds = {rule.gone: rule.seconds for rule in profile.away_rules}
    for step in play(profile, script):
        changed = step.by_agent_on if step.by_agent_on is not None else None
        if step.echo:
            changed = step.event[1]  # type: ignore[assignment]
        if changed is not None:
            view = step.decision.view
            shown = view.genesys_label if changed is G else view.omni_label
            if shown != "Offline":
                offline_since.pop(changed, None)  # any other status stops the timer
            elif not step.echo:  # only the agent's Offline starts one
                offline_since.setdefault(changed, step.decision.at)
        for action in step.decision.writes:
            if action.rule is RuleId.AWAY:
                assert step.event[0] == "wait", step
                gone = O if action.product is G else G
                assert gone in offline_since, step
                assert step.decision.at - offline_since[gone] >= seconds[gone], step
                offline_since.pop(gone)


@settings(max_examples=150, deadline=None)
@given(profile=profiles(), script=events)
def test_same_inputs_same_outputs(profile: SyncSettings, script: list[tuple[object, ...]]) -> None:
    assert [s.decision for s in play(profile, script)] == [
        s.decision for s in play(profile, script)
    ]
