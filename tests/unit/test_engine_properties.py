"""Property-based tests over random interleavings of both products' events and our own echoes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from omnisync.core.catalog import StatusCatalog
from omnisync.core.decision import ActionKind, RuleId
from omnisync.core.model import (
    GenesysWork,
    OmniWorkItem,
    OmniWorkState,
    Product,
    RoutingStatus,
)
from omnisync.core.problems import has_errors
from omnisync.core.profile import parse_profile, resolve_profile
from omnisync.core.settings import SyncSettings
from support.org import GENESYS, OMNI, S1, S2, S3
from support.script import GENESYS_LABELS, OMNI_LABELS, play

agent_genesys = st.tuples(st.just("agent_genesys"), st.sampled_from(GENESYS_LABELS))
agent_omni = st.tuples(st.just("agent_omni"), st.sampled_from(OMNI_LABELS))
routing = st.tuples(st.just("routing"), st.sampled_from(list(RoutingStatus)))
gwork = st.tuples(st.just("gwork"), st.sampled_from(list(GenesysWork)))
omni_work = st.tuples(
    st.just("omni_work"),
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c"]), st.sampled_from(list(OmniWorkState)), st.booleans()
        ),
        max_size=3,
        unique_by=lambda t: t[0],
    ).map(lambda rows: tuple(OmniWorkItem(i, s, x) for i, s, x in rows)),
)
capability = st.tuples(st.just("capability"), st.booleans())
land = st.tuples(st.just("land"), st.sampled_from([Product.GENESYS, Product.OMNI]))
events = st.lists(
    st.one_of(agent_genesys, agent_omni, routing, gwork, omni_work, capability, land),
    max_size=40,
)
CATALOG = StatusCatalog(tuple(GENESYS.values()), tuple(OMNI.values()))


def _accepted(
    names: tuple[str, str, str, str, str], options: tuple[bool, bool, bool, float]
) -> SyncSettings | None:
    """The profile as ``check-profile`` sees it: the settings if it has no errors, else None."""
    mapped, t_gc, t_omni, b_gc, b_omni = names
    acw, external, restore, timer = options
    text = f"""
name = "Generated"
enabled = true
[mapped]
omni = "{mapped}"
[transition]
genesys_on_leaving_mapped_omni = "{t_gc}"
omni_on_leaving_on_queue = "{t_omni}"
[blocking]
genesys_while_salesforce_work = "{b_gc}"
omni_while_genesys_interaction = "{b_omni}"
[options]
count_after_call_work_as_interacting = {str(acw).lower()}
ignore_externally_routed_omni_work = {str(external).lower()}
restore_after_block = {str(restore).lower()}
transition_timer_seconds = {timer}
transition_timer_omni_status = "{mapped if timer else ""}"
"""
    parsed = parse_profile(text, "generated.toml", "generated")
    if parsed.spec is None:
        return None
    resolved = resolve_profile(parsed.spec, CATALOG)
    return None if has_errors(resolved.problems) else resolved.settings


_maybe = [*GENESYS_LABELS, ""]
accepted_profiles = st.builds(
    _accepted,
    st.tuples(
        st.sampled_from(OMNI_LABELS),
        st.sampled_from(_maybe),
        st.sampled_from([*OMNI_LABELS, ""]),
        st.sampled_from(_maybe),
        st.sampled_from([*OMNI_LABELS, ""]),
    ),
    st.tuples(st.booleans(), st.booleans(), st.booleans(), st.sampled_from([0.0, 0.0, 30.0])),
).filter(lambda settings: settings is not None)
"""Any profile that check-profile accepts, over the test org's statuses."""
profiles = st.one_of(st.sampled_from([S1, S2, S3]), accepted_profiles)


@settings(max_examples=300, deadline=None)
@given(profile=profiles, script=events)
def test_no_action_answers_an_echo(profile: SyncSettings, script: list[tuple[object, ...]]) -> None:
    """Nothing answers an echo, except putting back a choice the agent made meanwhile."""
    for step in play(profile, script):
        if step.echo:
            for action in step.decision.actions:
                assert action.rule is RuleId.GUARD, step
                assert action.product is step.event[1], step


@settings(max_examples=300, deadline=None)
@given(profile=profiles, script=events)
def test_at_most_one_automatic_write_per_product_per_event(
    profile: SyncSettings, script: list[tuple[object, ...]]
) -> None:
    for step in play(profile, script):
        acting = [a.product for a in step.decision.actions if a.kind is not ActionKind.SKIP]
        assert len(acting) == len(set(acting)), step


@settings(max_examples=300, deadline=None)
@given(profile=profiles, script=events)
def test_agents_choice_is_never_answered_by_overwriting_it(
    profile: SyncSettings, script: list[tuple[object, ...]]
) -> None:
    """A change the agent makes in a product never makes the app write that same product.

    The only writes to a product come from rules triggered later, by the other product or by
    work: the agent's choice stands until something new happens.
    """
    for step in play(profile, script):
        if step.by_agent_on is not None:
            same = [a for a in step.decision.writes if a.product is step.by_agent_on]
            assert same == [], step


@settings(max_examples=300, deadline=None)
@given(profile=profiles, script=events)
def test_restores_only_replace_the_status_the_app_set(
    profile: SyncSettings, script: list[tuple[object, ...]]
) -> None:
    blocks = {
        Product.GENESYS: profile.genesys_while_salesforce_work,
        Product.OMNI: profile.omni_while_genesys_interaction,
    }
    engine_view: dict[Product, str] = {}
    for step in play(profile, script):
        for action in step.decision.writes:
            if action.rule in (RuleId.R5_END, RuleId.R6_END) and "deferred" not in (
                action.explanation
            ):
                block = blocks[action.product]
                assert block is not None
                before = engine_view.get(action.product)
                assert before in (None, block.label), step
        engine_view[Product.GENESYS] = step.decision.view.genesys_label
        engine_view[Product.OMNI] = step.decision.view.omni_label


@settings(max_examples=150, deadline=None)
@given(profile=profiles, script=events)
def test_same_inputs_same_outputs(profile: SyncSettings, script: list[tuple[object, ...]]) -> None:
    first = [s.decision for s in play(profile, script)]
    second = [s.decision for s in play(profile, script)]
    assert first == second
