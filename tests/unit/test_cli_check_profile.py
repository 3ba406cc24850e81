"""``omnisync check-profile`` for an administrator: the format it read, every problem in one
run in file order with its line, statuses in the org's own spelling and the valid ones listed."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

from omnisync.cli import main as cli_main
from omnisync.resources import resource_path

STATUSES = Path(__file__).parents[1] / "support" / "statuses.json"
PROFILE = (resource_path("profiles") / "both-block-while-working.toml").read_text()


def check_profile(path: Path) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        status = cli_main(["check-profile", str(path), "--statuses", str(STATUSES)])
    return status, out.getvalue()


BROKEN = """name = "Ops"
enabled = true
colour = "red"

[mapped]
omni = "Bussy"

[transition]
genesys_on_leaving_mapped_omni = "Availble"
omni_on_leaving_on_queue = "Transition"
"""


def test_every_problem_in_one_run_in_file_order_with_lines(tmp_path: Path) -> None:
    profile = tmp_path / "ops.toml"
    profile.write_text(BROKEN, encoding="utf-8")
    status, said = check_profile(profile)
    assert status == 1
    lines = said.splitlines()
    assert lines[0].startswith(f'{profile}:3 [colour]: error: unknown key "colour"')
    assert lines[1].startswith(
        f'{profile}:6 [mapped.omni]: error: no Omni-Channel status is named "Bussy"'
    )
    assert lines[2].startswith(f"{profile}:9 [transition.genesys_on_leaving_mapped_omni]")
    assert "blocking.genesys_while_salesforce_work" in lines[3]  # missing: no line, so last
    assert lines[-1] == f"{profile}: 5 error(s), 0 warning(s): not valid"


def test_statuses_are_suggested_and_listed_as_the_org_spells_them(tmp_path: Path) -> None:
    profile = tmp_path / "ops.toml"
    profile.write_text(BROKEN, encoding="utf-8")
    _status, said = check_profile(profile)
    genesys = next(line for line in said.splitlines() if '"Availble"' in line)
    assert 'Did you mean "Available"?' in genesys and "AVAILABLE" not in genesys
    assert "The Genesys Cloud org's statuses: " in genesys and '"On Queue"' in genesys
    omni = next(line for line in said.splitlines() if '"Bussy"' in line)
    assert 'Did you mean "Busy"?' in omni and '"Transition"' in omni


def test_a_json_file_is_named_json_not_bad_toml(tmp_path: Path) -> None:
    profile = tmp_path / "ops.json"
    profile.write_text(json.dumps({"name": "Ops", "mapped": {"omni": "Busy"}}), encoding="utf-8")
    status, said = check_profile(profile)
    assert status == 1
    assert f"{profile}:1: error: this file is JSON, but a profile is TOML" in said
    assert "not valid TOML" not in said


def test_a_valid_profile_still_says_valid(tmp_path: Path) -> None:
    profile = tmp_path / "ok.toml"
    profile.write_text(PROFILE, encoding="utf-8")
    assert check_profile(profile) == (0, f"{profile}: valid\n")
