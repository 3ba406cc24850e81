"""The [salesforce_work] section (capacity-aware blocking): parsing, resolving, check-profile."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from omnisync.cli import main as cli_main
from omnisync.core.catalog import StatusCatalog
from omnisync.core.problems import Severity
from omnisync.core.profile import parse_profile, resolve_profile
from omnisync.core.settings import WorkBlock
from omnisync.resources import resource_path
from support.profiles import CATALOG, STATUSES

S2_TEXT = (resource_path("profiles") / "both-block-while-working.toml").read_text()
EXAMPLE = Path(__file__).parents[2] / "docs" / "examples" / "capacity-aware-blocking.toml"


def check(section: str, catalog: StatusCatalog = CATALOG) -> tuple[WorkBlock | None, list[str]]:
    """The work block a profile resolves to (None on errors) and its problems as key:severity."""
    text = S2_TEXT + "\n[salesforce_work]\n" + section
    parsed = parse_profile(text, "test.toml", "test")
    if parsed.spec is None:
        return None, [f"{p.key}:{p.severity.value}" for p in parsed.problems]
    result = resolve_profile(parsed.spec, catalog)
    block = result.settings.work_block if result.settings is not None else None
    return block, [f"{p.key}:{p.severity.value}" for p in result.problems]


def test_built_in_profiles_block_on_any_work() -> None:
    for path in resource_path("profiles").glob("*.toml"):
        spec = parse_profile(path.read_text(), str(path), path.stem).spec
        assert spec is not None
        settings = resolve_profile(spec, CATALOG).settings
        assert settings is not None and settings.work_block.always, path.name


def test_channels_resolve_by_developer_name_or_label() -> None:
    block, problems = check('capacity_percent = 80\nchannels = ["Chat", "case"]\n')
    assert problems == []
    assert block == WorkBlock(80.0, ("sfdc_livechat", "Case"))


@pytest.mark.parametrize("value", ["0", "101", "-5", "true", '"80"', "100.5"])
def test_the_threshold_is_a_percentage_from_1_to_100(value: str) -> None:
    block, problems = check(f"capacity_percent = {value}\n")
    assert block is None
    assert problems == ["salesforce_work.capacity_percent:error"]


@pytest.mark.parametrize("value", ["1", "100", "62.5"])
def test_thresholds_in_range_are_taken(value: str) -> None:
    block, problems = check(f"capacity_percent = {value}\n")
    assert problems == [] and block == WorkBlock(float(value))


def test_an_unknown_channel_is_an_error_with_a_suggestion() -> None:
    text = S2_TEXT + '\n[salesforce_work]\nchannels = ["sfdc_livechatt"]\n'
    spec = parse_profile(text, "t.toml", "t").spec
    assert spec is not None
    (problem,) = resolve_profile(spec, CATALOG).problems
    assert problem.key == "salesforce_work.channels.1"
    assert problem.severity is Severity.ERROR
    assert "sfdc_livechat" in problem.fix


def test_a_statuses_file_without_channels_says_to_export_again() -> None:
    _block, problems = check('channels = ["Chat"]\n', dataclasses.replace(CATALOG, channels=()))
    assert problems == ["salesforce_work.channels.1:error"]


@pytest.mark.parametrize(
    "section", ['channels = "Chat"\n', "channels = [3]\n", 'channels = [""]\n']
)
def test_channels_must_be_a_list_of_names(section: str) -> None:
    assert check(section) == (None, ["salesforce_work.channels:error"])


def test_an_unknown_key_is_named() -> None:
    assert check("capacity = 80\n")[1] == ["salesforce_work.capacity:error"]


def test_without_a_genesys_block_the_section_does_nothing_and_says_so() -> None:
    text = S2_TEXT.replace(
        'genesys_while_salesforce_work = "Busy"', 'genesys_while_salesforce_work = ""'
    )
    assert text != S2_TEXT
    spec = parse_profile(text + "\n[salesforce_work]\ncapacity_percent = 50\n", "t", "t").spec
    assert spec is not None
    problems = resolve_profile(spec, CATALOG).problems
    assert [(p.key, p.severity) for p in problems] == [("salesforce_work", Severity.WARNING)]


def test_the_example_passes_check_profile_without_warning(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = cli_main(["check-profile", str(EXAMPLE), "--statuses", str(STATUSES)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "warning" not in out


def test_the_channels_list_round_trips_through_the_statuses_file() -> None:
    assert CATALOG.channels  # the test statuses file lists them
    again = StatusCatalog.from_json(CATALOG.to_json())
    assert again == CATALOG
