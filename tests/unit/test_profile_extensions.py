"""The [[mapping]] and [away] profile sections: parsing, resolving, and check-profile's warnings."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from omnisync.cli import main as cli_main
from omnisync.core.catalog import CatalogFormatError, StatusCatalog
from omnisync.core.model import Product
from omnisync.core.problems import Severity
from omnisync.core.profile import parse_profile, resolve_profile
from omnisync.core.settings import SyncSettings
from omnisync.resources import resource_path
from support.profiles import CATALOG, STATUSES, problems_of

S2_TEXT = (resource_path("profiles") / "both-block-while-working.toml").read_text()

TABLE = S2_TEXT + '\n[[mapping]]\nomni = "Available - Chat"\ngenesys_on_leaving = "Away"\n'
AWAY = S2_TEXT + '\n[away]\nomni_offline_seconds = 30\ngenesys_on_omni_offline = "Away"\n'


def resolved(text: str) -> SyncSettings:
    spec = parse_profile(text, "test.toml", "test").spec
    assert spec is not None
    result = resolve_profile(spec, CATALOG)
    assert result.settings is not None, result.problems
    return result.settings


def keys(text: str) -> list[tuple[str, Severity]]:
    return [(p.key, p.severity) for p in problems_of(text)]


def test_mapping_rows_resolve_in_order() -> None:
    settings = resolved(TABLE)
    table = [(r.omni.label, r.genesys_on_leaving) for r in settings.mapping_table]
    assert table[0] == ("Available", settings.genesys_on_leaving_mapped_omni)
    assert table[1][0] == "Available - Chat"
    assert table[1][1] is not None and table[1][1].label == "Away"
    assert problems_of(TABLE) == []


def test_a_row_without_leaving_status_leaves_genesys_alone() -> None:
    settings = resolved(S2_TEXT + '\n[[mapping]]\nomni = "Available - Chat"\n')
    assert settings.more_mappings[0].genesys_on_leaving is None


def test_mapping_row_problems_are_all_reported() -> None:
    text = S2_TEXT + (
        '\n[[mapping]]\nomni = "Available"\n'  # already row 1
        '\n[[mapping]]\nomni = "Nope"\n'
        '\n[[mapping]]\nomni = "Transition"\n'  # the transition status: a loop
        '\n[[mapping]]\nomni = "Break"\ngenesys_on_leaving = "On Queue"\n'
        '\n[[mapping]]\ngenesys_on_leaving = "Away"\ncolour = "red"\n'
    )
    assert keys(text) == [
        ("mapping.5.colour", Severity.ERROR),
        ("mapping.5.omni", Severity.ERROR),
    ]  # structure first: stage two waits until the file parses
    fixed = text.replace('\n[[mapping]]\ngenesys_on_leaving = "Away"\ncolour = "red"\n', "")
    assert keys(fixed) == [
        ("mapping.1.omni", Severity.ERROR),
        ("mapping.2.omni", Severity.ERROR),
        ("mapping.3.omni", Severity.ERROR),
        ("mapping.4.genesys_on_leaving", Severity.ERROR),
        ("mapping.4.omni", Severity.WARNING),
    ]


def test_mapped_status_with_no_service_channel_is_a_warning() -> None:
    (problem,) = problems_of(S2_TEXT + '\n[[mapping]]\nomni = "Break"\n')
    assert problem.severity is Severity.WARNING
    assert "has no service channel" in problem.message


def test_mapping_must_be_rows() -> None:
    (problem,) = problems_of('mapping = "Available"\n' + S2_TEXT)
    assert problem.key == "mapping"


def test_away_rules_resolve() -> None:
    settings = resolved(AWAY)
    (rule,) = settings.away_rules
    assert (rule.gone, rule.seconds, rule.target.label) == (Product.OMNI, 30.0, "Away")
    assert problems_of(AWAY) == []


def test_away_is_off_by_default_and_without_a_status() -> None:
    assert resolved(S2_TEXT).away_rules == ()
    assert resolved(S2_TEXT + "\n[away]\nomni_offline_seconds = 30\n").away_rules == ()


def test_away_problems() -> None:
    text = S2_TEXT + (
        "\n[away]\nomni_offline_seconds = -1\ngenesys_on_omni_offline = 3\n"
        'omni_on_genesys_offline = "Offline"\nwhen = 2\n'
    )
    assert keys(text) == [
        ("away.when", Severity.ERROR),
        ("away.omni_offline_seconds", Severity.ERROR),
    ]
    resolved_text = S2_TEXT + (
        '\n[away]\nomni_offline_seconds = 3\ngenesys_on_omni_offline = "Away"\n'
        'omni_on_genesys_offline = "Offline"\n'
    )
    assert keys(resolved_text) == [
        ("away.omni_offline_seconds", Severity.WARNING),
        ("away.omni_on_genesys_offline", Severity.ERROR),
    ]


def test_away_never_puts_genesys_on_queue() -> None:
    text = S2_TEXT + '\n[away]\nomni_offline_seconds = 30\ngenesys_on_omni_offline = "On Queue"\n'
    (problem,) = problems_of(text)
    assert problem.key == "away.genesys_on_omni_offline"
    assert problem.severity is Severity.ERROR


EXAMPLES = sorted((Path(__file__).parents[2] / "docs" / "examples").glob("*.toml"))


def test_there_is_an_example_for_each_section() -> None:
    assert {p.name for p in EXAMPLES} >= {
        "mapping-table.toml",
        "away.toml",
        "hold-change-until-work-ends.toml",
        "genesys-leads.toml",
    }


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_profile_passes_check_profile(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli_main(["check-profile", str(path), "--statuses", str(STATUSES)])
    assert code == 0, capsys.readouterr().out
    assert "warning" not in capsys.readouterr().out


def test_examples_use_their_section() -> None:
    table = resolved((EXAMPLES[0].parent / "mapping-table.toml").read_text())
    assert [r.omni.label for r in table.mapping_table] == ["Available", "Available - Chat"]
    away = resolved((EXAMPLES[0].parent / "away.toml").read_text())
    assert {r.gone for r in away.away_rules} == {Product.OMNI, Product.GENESYS}


# ---- warnings from the org's facts (optional in the statuses file) -----------------------


def org_problems(text: str, catalog: StatusCatalog) -> list[tuple[str, Severity, str]]:
    spec = parse_profile(text, "test.toml", "test").spec
    assert spec is not None
    problems = resolve_profile(spec, catalog).problems
    return [(p.key, p.severity, p.message) for p in problems]


def test_routing_that_uses_presence_warns_about_the_genesys_block() -> None:
    catalog = dataclasses.replace(CATALOG, routing_uses_presence=True)
    ((key, severity, message),) = org_problems(S2_TEXT, catalog)
    assert (key, severity) == ("blocking.genesys_while_salesforce_work", Severity.WARNING)
    assert "resets the agent's routing score" in message
    one_at_a_time = (resource_path("profiles") / "one-product-at-a-time.toml").read_text()
    assert org_problems(one_at_a_time, catalog) == []  # no Genesys block: nothing to reset


def test_blocking_status_that_a_decline_also_sets_is_a_warning() -> None:
    catalog = dataclasses.replace(CATALOG, statuses_on_decline=("busy",))
    ((key, severity, message),) = org_problems(S2_TEXT, catalog)
    assert (key, severity) == ("blocking.omni_while_genesys_interaction", Severity.WARNING)
    assert "declines work" in message
    other = dataclasses.replace(CATALOG, statuses_on_decline=("Break",))
    assert org_problems(S2_TEXT, other) == []


def test_org_facts_come_from_the_statuses_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(STATUSES.read_text())
    data["genesys"]["routingUsesAgentPresence"] = True
    data["salesforce"]["statusesOnDecline"] = ["Busy"]
    catalog = StatusCatalog.from_json(data)
    assert catalog.routing_uses_presence and catalog.statuses_on_decline == ("Busy",)
    assert StatusCatalog.from_json(catalog.to_json()) == catalog
    assert "routingUsesAgentPresence" not in json.dumps(CATALOG.to_json())  # shape kept
    statuses = tmp_path / "statuses.json"
    statuses.write_text(json.dumps(data))
    profile = resource_path("profiles") / "both-block-while-working.toml"
    assert cli_main(["check-profile", str(profile), "--statuses", str(statuses)]) == 0
    out = capsys.readouterr().out
    assert "routing score" in out and "declines work" in out
    data["salesforce"]["statusesOnDecline"] = [3]
    with pytest.raises(CatalogFormatError, match="statusesOnDecline"):
        StatusCatalog.from_json(data)


def test_the_hold_option_is_off_unless_asked() -> None:
    assert not resolved(S2_TEXT).options.apply_agent_change_after_work
    text = S2_TEXT.replace("[options]\n", "[options]\napply_agent_change_after_work = true\n")
    assert resolved(text).options.apply_agent_change_after_work


def test_master_side_resolves() -> None:
    assert (resolved(S2_TEXT).master, resolved(S2_TEXT).undo_follower_changes) == (None, False)
    text = S2_TEXT + '\n[master]\nside = "genesys"\nfollower_change = "undo"\n'
    assert (resolved(text).master, resolved(text).undo_follower_changes) == (Product.GENESYS, True)
    text = S2_TEXT + '\n[master]\nside = "salesforce"\n'
    assert (resolved(text).master, resolved(text).undo_follower_changes) == (Product.OMNI, False)


def test_master_problems() -> None:
    assert keys(S2_TEXT + '\n[master]\nside = "omni"\nleader = 1\n') == [
        ("master.leader", Severity.ERROR),
        ("master.side", Severity.ERROR),
    ]
    assert keys(S2_TEXT + '\n[master]\nside = "genesys"\nfollower_change = "revert"\n') == [
        ("master.follower_change", Severity.ERROR)
    ]
    assert keys(S2_TEXT + '\n[master]\nfollower_change = "undo"\n') == [
        ("master.follower_change", Severity.ERROR)
    ]
