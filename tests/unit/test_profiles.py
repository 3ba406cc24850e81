"""Profiles: every validation message, the built-in profiles, check-profile, the three places."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from omnisync.cli import main as cli_main
from omnisync.core.catalog import CatalogFormatError, StatusCatalog
from omnisync.core.problems import Problem, Severity
from omnisync.core.profile import parse_profile, resolve_profile
from omnisync.resources import resource_path
from omnisync.service.profile_store import ProfileDirs, ProfileOrigin, load_profiles
from support.profiles import CATALOG, STATUSES, problems_of

BUILT_IN = sorted(resource_path("profiles").glob("*.toml"))

GOOD = """\
name = "Test"
description = "A test profile"
enabled = true

[mapped]
omni = "Busy"

[transition]
genesys_on_leaving_mapped_omni = "Available"
omni_on_leaving_on_queue = "Transition"

[blocking]
genesys_while_salesforce_work = ""
omni_while_genesys_interaction = ""

[options]
count_after_call_work_as_interacting = true
"""


def only(text: str) -> Problem:
    (problem,) = problems_of(text)
    return problem


def with_status(key: str, value: str, text: str = GOOD) -> str:
    return text.replace(f'{key} = "', f'{key} = "{value}" #', 1)


def test_good_profile_resolves() -> None:
    parsed = parse_profile(GOOD, "test.toml", "test")
    assert parsed.spec is not None
    result = resolve_profile(parsed.spec, CATALOG)
    assert result.problems == ()
    assert result.settings is not None
    assert result.settings.mapped_omni is not None
    assert result.settings.mapped_omni.label == "Busy"
    assert result.settings.on_queue is not None
    assert result.settings.on_queue.label == "On Queue"


@pytest.mark.parametrize("path", BUILT_IN, ids=lambda p: p.stem)
def test_built_in_profile_passes_check_profile(path: Path, capsys) -> None:
    assert cli_main(["check-profile", str(path), "--statuses", str(STATUSES)]) == 0
    assert capsys.readouterr().out.strip().endswith("valid")


def test_built_in_ids() -> None:
    assert [p.stem for p in BUILT_IN] == [
        "both-block-while-working",
        "both-external-routing",
        "one-product-at-a-time",
    ]


# ---- stage one: structure ----------------------------------------------------------------


def test_bad_toml_names_the_line() -> None:
    problem = only(GOOD.replace('omni = "Busy"', "omni = Busy"))
    assert problem.line == 6
    assert "not valid TOML" in problem.message
    assert str(problem).startswith("test.toml:6: error:")


def test_unknown_key_suggests_the_near_one() -> None:
    problem = only(GOOD.replace("enabled = true", "enabled = true\nenabeld = false"))
    assert problem.key == "enabeld"
    assert problem.message == 'unknown key "enabeld"'
    assert 'Did you mean one of "enabled"' in problem.fix
    assert problem.line == 4


def test_unknown_key_in_a_section_and_in_options() -> None:
    text = GOOD.replace("[blocking]", '[blocking]\ngenesys_while_sf_work = "Busy"')
    text = text.replace("[options]", "[options]\nrestore_after_blok = true")
    problems = problems_of(text)
    assert [p.key for p in problems] == [
        "blocking.genesys_while_sf_work",
        "options.restore_after_blok",
    ]
    assert 'Did you mean "genesys_while_salesforce_work"' in problems[0].fix
    assert 'Did you mean one of "restore_after_block"' in problems[1].fix


def test_wrong_types_all_reported_at_once() -> None:
    text = GOOD.replace("enabled = true", 'enabled = "yes"').replace('omni = "Busy"', "omni = 3")
    text = text.replace(
        "count_after_call_work_as_interacting = true",
        "count_after_call_work_as_interacting = 1\ntransition_timer_seconds = true",
    )
    problems = problems_of(text)
    assert {p.key: p.message for p in problems} == {
        "enabled": "enabled must be true or false",
        "mapped.omni": "mapped.omni must be a status name in quotes",
        "options.count_after_call_work_as_interacting": (
            "count_after_call_work_as_interacting must be true or false"
        ),
        "options.transition_timer_seconds": "transition_timer_seconds must be a number",
    }


def test_missing_settings() -> None:
    text = GOOD.replace('name = "Test"\n', "").replace(
        'omni_on_leaving_on_queue = "Transition"\n', ""
    )
    problems = problems_of(text)
    assert [p.key for p in problems] == ["name", "transition.omni_on_leaving_on_queue"]
    assert problems[0].message == 'the setting "name" is missing'
    assert 'or "" to switch this rule off' in problems[1].fix


def test_section_that_is_not_a_table() -> None:
    text = 'mapped = "Busy"\n' + GOOD.replace('[mapped]\nomni = "Busy"\n', "")
    problems = problems_of(text)
    assert [(p.key, p.message) for p in problems] == [
        ("mapped", "mapped must be a section"),
        (
            "mapped.omni",
            'the setting "mapped.omni" (the Omni-Channel status mirrored with Genesys On Queue) '
            "is missing",
        ),
    ]
    assert problems[0].fix == "Write it as [mapped] with keys below it"


def test_negative_timer() -> None:
    problem = only(GOOD + "transition_timer_seconds = -5\n")
    assert problem.message == "the transition timer cannot be negative"


# ---- stage two: against the orgs ---------------------------------------------------------


def test_unknown_status_lists_the_closest() -> None:
    problem = only(GOOD.replace('omni = "Busy"', 'omni = "Bussy"'))
    assert problem.key == "mapped.omni"
    assert problem.message == 'no Omni-Channel status is named "Bussy"'
    assert problem.fix.startswith('Did you mean "Busy"? The Omni-Channel org\'s statuses: ')
    assert '"Available", "Available - Chat", "Busy"' in problem.fix


def test_status_by_id_api_name_and_label() -> None:
    for name in ("0N5000000000003", "Busy", "busy"):
        parsed = parse_profile(GOOD.replace('omni = "Busy"', f'omni = "{name}"'), "t", "t")
        assert parsed.spec is not None
        result = resolve_profile(parsed.spec, CATALOG)
        assert result.settings is not None
        assert result.settings.mapped_omni is not None
        assert result.settings.mapped_omni.id == "0N5000000000003"
    parsed = parse_profile(GOOD.replace('omni = "Busy"', 'omni = "Available_Chat"'), "t", "t")
    assert parsed.spec is not None
    settings = resolve_profile(parsed.spec, CATALOG).settings
    assert settings is not None
    assert settings.mapped_omni is not None
    assert settings.mapped_omni.label == "Available - Chat"


def test_label_matching_two_statuses() -> None:
    raw = json.loads(STATUSES.read_text())
    raw["genesys"]["presences"].append(
        {"id": "dup-1", "label": "Case management", "systemPresence": "Away", "primary": False}
    )
    catalog = StatusCatalog.from_json(raw)
    text = GOOD.replace(
        'genesys_on_leaving_mapped_omni = "Available"',
        'genesys_on_leaving_mapped_omni = "Case management"',
    )
    parsed = parse_profile(text, "test.toml", "test")
    assert parsed.spec is not None
    (problem,) = resolve_profile(parsed.spec, catalog).problems
    assert problem.message == '"Case management" matches 2 Genesys Cloud statuses'
    assert '"a1b2c3d4-0000-4000-8000-00000000c45e", "dup-1"' in problem.fix


def test_deactivated_genesys_presence() -> None:
    problem = only(
        GOOD.replace(
            'genesys_on_leaving_mapped_omni = "Available"',
            'genesys_on_leaving_mapped_omni = "Old project"',
        )
    )
    assert problem.message == 'the Genesys status "Old project" is deactivated'


def test_transition_back_to_the_mapped_status_is_a_loop() -> None:
    problem = only(
        GOOD.replace('omni_on_leaving_on_queue = "Transition"', 'omni_on_leaving_on_queue = "Busy"')
    )
    assert problem.key == "transition.omni_on_leaving_on_queue"
    assert "a loop" in problem.message


@pytest.mark.parametrize("key", ["genesys_on_leaving_mapped_omni", "genesys_while_salesforce_work"])
def test_genesys_transition_or_blocking_on_queue_is_a_loop(key: str) -> None:
    text = GOOD.replace(f'{key} = "Available"', f'{key} = "On Queue"').replace(
        f'{key} = ""', f'{key} = "On Queue"'
    )
    problem = only(text)
    assert problem.key.endswith(key)
    assert problem.message == '"On Queue" is On Queue, which re-triggers the mapping: a loop'


def test_routable_mapped_status_without_blocking_is_a_warning() -> None:
    (problem,) = [p for p in problems_of(GOOD.replace('omni = "Busy"', 'omni = "Available"'))]
    assert problem.severity is Severity.WARNING
    assert "work can arrive in both products at once" in problem.message


def test_routable_transition_after_routable_mapping_is_a_warning() -> None:
    text = (
        GOOD.replace('omni = "Busy"', 'omni = "Available"')
        .replace(
            'omni_on_leaving_on_queue = "Transition"',
            'omni_on_leaving_on_queue = "Available - Chat"',
        )
        .replace('genesys_while_salesforce_work = ""', 'genesys_while_salesforce_work = "Busy"')
    )
    problem = only(text)
    assert problem.severity is Severity.WARNING
    assert "no transition time" in problem.message


def test_enabled_without_mapped_status() -> None:
    problem = only(GOOD.replace('omni = "Busy"', 'omni = ""'))
    assert problem.message == "sync is enabled but no mapped Omni-Channel status is set"


def test_offline_as_a_rule_target() -> None:
    problem = only(
        GOOD.replace(
            'omni_on_leaving_on_queue = "Transition"', 'omni_on_leaving_on_queue = "Offline"'
        )
    )
    assert problem.message.startswith("Offline cannot be set by a rule")


def test_timer_problems() -> None:
    assert only(GOOD + "transition_timer_seconds = 30\n").message == (
        "the transition timer is on but has no status to move to"
    )
    assert (
        only(
            GOOD + 'transition_timer_seconds = 30\ntransition_timer_omni_status = "Transition"\n'
        ).message
        == "the timer would move Omni-Channel to the transition status it is already in"
    )
    warning = only(GOOD + 'transition_timer_seconds = 30\ntransition_timer_omni_status = "Busy"\n')
    assert warning.severity is Severity.WARNING
    no_transition = GOOD.replace(
        'omni_on_leaving_on_queue = "Transition"', 'omni_on_leaving_on_queue = ""'
    )
    assert (
        only(
            no_transition
            + 'transition_timer_seconds = 30\ntransition_timer_omni_status = "Available"\n'
        ).message
        == "the transition timer is on but there is no Omni transition status to time"
    )
    parsed = parse_profile(
        GOOD + 'transition_timer_seconds = 45\ntransition_timer_omni_status = "Available"\n',
        "t",
        "t",
    )
    assert parsed.spec is not None
    settings = resolve_profile(parsed.spec, CATALOG).settings
    assert settings is not None
    assert settings.options.transition_timer_seconds == 45
    assert settings.options.transition_timer_omni is not None


def test_org_without_on_queue() -> None:
    raw = json.loads(STATUSES.read_text())
    raw["genesys"]["presences"] = [
        p for p in raw["genesys"]["presences"] if p["systemPresence"] != "OnQueue"
    ]
    parsed = parse_profile(GOOD, "test.toml", "test")
    assert parsed.spec is not None
    problems = resolve_profile(parsed.spec, StatusCatalog.from_json(raw)).problems
    assert problems[0].message == "the Genesys org has no active On Queue presence"


def test_every_problem_reported_at_once() -> None:
    text = (
        GOOD.replace('omni = "Busy"', 'omni = "Nope"')
        .replace(
            'genesys_on_leaving_mapped_omni = "Available"', 'genesys_on_leaving_mapped_omni = "Zzz"'
        )
        .replace('omni_on_leaving_on_queue = "Transition"', 'omni_on_leaving_on_queue = "Old"')
    )
    assert len(problems_of(text)) == 3


def test_catalog_format_errors() -> None:
    with pytest.raises(CatalogFormatError, match=r"genesys\.presences and salesforce\.statuses"):
        StatusCatalog.from_json({"genesys": {}})
    with pytest.raises(CatalogFormatError, match=r"salesforce.statuses\[0\].routable"):
        StatusCatalog.from_json(
            {
                "genesys": {"presences": []},
                "salesforce": {"statuses": [{"id": "1", "label": "A", "apiName": "A"}]},
            }
        )
    assert StatusCatalog.from_json(CATALOG.to_json()) == CATALOG


# ---- the command -------------------------------------------------------------------------


def test_check_profile_exit_statuses(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        GOOD.replace('omni = "Busy"', 'omni = "Bussy"').replace("enabled = true", "enabld = true")
    )
    assert cli_main(["check-profile", str(bad), "--statuses", str(STATUSES)]) == 1
    out = capsys.readouterr().out
    assert f'{bad}:3 [enabld]: error: unknown key "enabld". Fix: Did you mean "enabled"?' in out
    assert 'no Omni-Channel status is named "Bussy"' in out  # checked despite the bad key
    assert f"{bad}: 3 error(s), 0 warning(s): not valid" in out

    warn = tmp_path / "warn.toml"
    warn.write_text(GOOD.replace('omni = "Busy"', 'omni = "Available"'))
    assert cli_main(["check-profile", str(warn), "--statuses", str(STATUSES)]) == 0
    assert "valid with 1 warning(s)" in capsys.readouterr().out

    assert (
        cli_main(["check-profile", str(tmp_path / "missing.toml"), "--statuses", str(STATUSES)])
        == 2
    )
    junk = tmp_path / "junk.json"
    junk.write_text("{not json")
    assert cli_main(["check-profile", str(warn), "--statuses", str(junk)]) == 2
    assert "not valid JSON" in capsys.readouterr().err
    shape = tmp_path / "shape.json"
    shape.write_text("[]")
    assert cli_main(["check-profile", str(warn), "--statuses", str(shape)]) == 2


def test_check_profile_as_a_real_process() -> None:
    """The entry point works end to end, including argparse's own exit 2."""
    base = [sys.executable, "-m", "omnisync", "check-profile"]
    env_path = str(Path(__file__).parents[2] / "desktop")
    env = {"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"}
    ok = subprocess.run(
        [*base, str(BUILT_IN[0]), "--statuses", str(STATUSES)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    usage = subprocess.run(
        [*base, str(BUILT_IN[0])], capture_output=True, text=True, env=env, check=False
    )
    assert usage.returncode == 2
    assert "--statuses" in usage.stderr


# ---- the three places --------------------------------------------------------------------


def test_precedence_builtin_user_machine(tmp_path: Path) -> None:
    machine, user = tmp_path / "machine", tmp_path / "user"
    machine.mkdir()
    user.mkdir()
    (user / "both-block-while-working.toml").write_text(GOOD.replace("Test", "User's"))
    (user / "mine.toml").write_text(GOOD.replace("Test", "Mine"))
    (machine / "mine.toml").write_text(GOOD.replace("Test", "Admin's"))
    (user / "broken.toml").write_text("name = ")
    profiles = load_profiles(ProfileDirs(resource_path("profiles"), machine, user))
    assert list(profiles) == [
        "both-block-while-working",
        "both-external-routing",
        "broken",
        "mine",
        "one-product-at-a-time",
    ]
    overridden = profiles["both-block-while-working"]
    assert overridden.origin is ProfileOrigin.USER
    assert overridden.spec is not None
    assert overridden.spec.name == "User's"
    assert overridden.shadows == (resource_path("profiles") / "both-block-while-working.toml",)
    mine = profiles["mine"]
    assert mine.origin is ProfileOrigin.MACHINE
    assert mine.spec is not None
    assert mine.spec.name == "Admin's"
    broken = profiles["broken"]
    assert not broken.usable
    assert "not valid TOML" in broken.problems[0].message
    assert profiles["one-product-at-a-time"].origin is ProfileOrigin.BUILT_IN


def test_missing_folders_are_fine(tmp_path: Path) -> None:
    profiles = load_profiles(
        ProfileDirs(resource_path("profiles"), tmp_path / "no", tmp_path / "nope")
    )
    assert len(profiles) == 3
