"""What a profile, the settings or the machine policy say is wrong reaches the person
translated: every problem's words are messages of the catalogue, and every plain-text field is
data (a key, a status name, a number, a library's error), never English glued in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from omnisync.cli.check_profile import every_problem
from omnisync.core.problems import Problem
from omnisync.resources import resource_path
from omnisync.settings.policy import Policy, policy_from_data, profile_problems, read_policy_file
from omnisync.settings.problems import ConfigError
from omnisync.settings.user import SettingsStore, read_user_settings
from omnisync.small_files import MAX_FILE_BYTES
from support.catalog import lupdate_fresh, pairs, walk
from support.profiles import CATALOG

GOOD = (resource_path("profiles") / "both-block-while-working.toml").read_text()

BROKEN_PROFILES = [
    "name = [1\n",
    '{"name": "Ops"}',
    'name = "Ops"\nenabled = "yes"\ncolour = 1\nmapped = "Busy"\n'
    '[transition]\ngenesys_on_leaving_mapped_omni = 3\nomni_on_leaving_on_queue = "Transition"\n'
    "extra = 1\n[blocking]\n[options]\nrestore_after_blok = true\ntransition_timer_seconds = -1\n"
    'count_after_call_work_as_interacting = "no"\n',
    'name = "Ops"\nenabled = true\n[mapped]\nomni = "Bussy"\n[transition]\n'
    'genesys_on_leaving_mapped_omni = "On Queue"\nomni_on_leaving_on_queue = "Offline"\n'
    '[blocking]\ngenesys_while_salesforce_work = "Availble"\nomni_while_genesys_interaction = ""\n'
    "[options]\ntransition_timer_seconds = 100000\n",
    'name = "Ops"\nenabled = true\n[mapped]\nomni = "Available - Chat"\n[transition]\n'
    'genesys_on_leaving_mapped_omni = ""\nomni_on_leaving_on_queue = "Available - Chat"\n'
    '[blocking]\ngenesys_while_salesforce_work = ""\nomni_while_genesys_interaction = ""\n'
    "[options]\ntransition_timer_seconds = 30\n",
    GOOD + '\n[[mapping]]\nomni = "Offline"\nsideways = 1\n[[mapping]]\ngenesys_on_leaving = "x"\n'
    '[[mapping]]\nomni = "Busy"\ngenesys_on_leaving = "On Queue"\n'
    '[away]\nomni_offline_seconds = 2\ngenesys_on_omni_offline = "On Queue"\n'
    "genesys_offline_seconds = -1\nomni_on_genesys_offline = 5\nlater = 1\n"
    '[master]\nside = "left"\nfollower_change = "redo"\nwho = 1\n'
    '[salesforce_work]\ncapacity_percent = 0\nchannels = ["sfdc_livechatt", ""]\nmore = 1\n',
    GOOD + '\n[master]\nside = "both"\nfollower_change = "undo"\n'
    '[salesforce_work]\nchannels = ["nowhere"]\n',
    'name = "Ops"\nenabled = true\nmaster = 1\naway = 2\nmapping = 3\nsalesforce_work = 4\n',
]

BROKEN_SETTINGS = (
    'version = 9\nactive_profile = "a b"\nnotify_status_changes = "yes"\nlanguage = "klingon"\n'
    'colour = 1\nstart_at_login = ""\n[genesys]\nregion = "https://login.mypurecloud.ie"\n'
    'client_id = "nope"\nredirect_port = 80\n[salesforce]\nlogin_host = "a b"\nclient_id = "x"\n'
)
BROKEN_POLICY = {
    "version": 0,
    "profiles": {"allowed": ["a"], "locked": "b", "other": 1},
    "genesys": {"region": "mars", "idle_timeout_minutes": 2, "keep_session_alive": 3},
    "salesforce": {"link_origins": ["http://x.example", "https://a.example/path"], "x": 1},
    "extra": [],
}

DEEP = "x = " + "[" * 40 + "]" * 40 + "\n"
HOSTILE = [DEEP, "x = 1e400\n", f"x = {2**60}\n", "[a]\nb = " + "[" * 40 + "]" * 40 + "\n"]
"""The bounded reader's limits (core/bounded.py): nesting, numbers."""

GLUE = re.compile(r"\b(the|is|must|or|and|did|you|mean|not|known|keys|write|got)\b", re.I)
"""English words that join a sentence: in a plain field they would escape the translators."""


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    return pairs(lupdate_fresh(Path(tmp_path_factory.mktemp("lupdate")) / "fresh.ts"))


def _hostile_files(folder: Path) -> list[Problem]:
    """The size and nesting limits, as the tray shows them inside "cannot be used: ..."."""
    problems = [p for text in HOSTILE for p in every_problem(text, "p.toml", "p", CATALOG)]
    for text in HOSTILE:
        problems += read_user_settings(Path("settings.toml"), text)[1]
    (folder / "policy.toml").write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    problems += read_policy_file(folder / "policy.toml").error.problems  # type: ignore[union-attr]
    (folder / "settings.toml").write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    problems += SettingsStore(folder).load().problems
    return problems


def _every_problem(folder: Path) -> list[Problem]:
    problems = [p for text in BROKEN_PROFILES for p in every_problem(text, "p.toml", "p", CATALOG)]
    problems += read_user_settings(Path("settings.toml"), BROKEN_SETTINGS)[1]
    problems += _hostile_files(folder)
    with pytest.raises(ConfigError) as policy:
        policy_from_data("policy.toml", BROKEN_POLICY)
    problems += policy.value.problems
    problems += profile_problems(Policy(allowed_profiles=("defualt", "x")), {"default"})
    return problems


def test_every_problem_is_said_in_the_catalogue_with_data_fields(catalogue, tmp_path):
    problems = _every_problem(tmp_path)
    seen: set[str] = set()
    for problem in problems:
        for top in (problem.brief(), problem.in_full()):
            for node, value in walk(top):
                if value is None:
                    assert not node.verbatim, f"verbatim English in {problem}"
                    assert (node.context, node.text) in catalogue, (
                        f"not translatable: {node.text!r}"
                    )
                    seen.add(node.text)
                elif dict(node.fields).get("error") != value:  # a library's words: data
                    assert not GLUE.search(value), f"English glued into {node.text!r}: {value!r}"
    assert len(problems) > 60 and len(seen) > 90, (len(problems), len(seen))


def test_the_size_and_nesting_limits_are_our_sentences_not_english_data(catalogue, tmp_path):
    """A file too big or too deep is refused with our words: the reason inside "cannot be
    used: {error}" is a message of the catalogue, never the English as a plain field."""
    problems = _hostile_files(tmp_path)
    assert len(problems) == len(HOSTILE) * 2 + 2, problems
    for problem in problems:
        for node, value in walk(problem.in_full()):
            assert value is None or "error" not in dict(node.fields), (
                f"English reason in {node.text!r}: {value!r}"
            )
            if value is None and not node.layout:
                assert (node.context, node.text) in catalogue, f"not translatable: {node.text!r}"
