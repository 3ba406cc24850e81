"""``check-profile`` and ``policy`` given hostile files: a plain error, a documented exit status.

Exit statuses (docs/profiles.md, docs/admin.md): check-profile 0 valid, 1 the profile has errors,
2 unusable arguments (a file that cannot be read or used); policy 0 good, 1 problems.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omnisync.cli import main as cli_main
from omnisync.resources import resource_path

STATUSES = Path(__file__).parents[1] / "support" / "statuses.json"
PROFILE = (resource_path("profiles") / "both-block-while-working.toml").read_text()
TIMER = "transition_timer_seconds = 0"


def run(args: list[str]) -> tuple[int, str]:
    """The exit status and everything printed; any exception escaping ``main`` fails the test."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            status = cli_main(args)
        except SystemExit as exit_:  # argparse's own usage errors
            status = int(exit_.code or 0)
    return status, out.getvalue()


def check_profile(path: Path, statuses: Path = STATUSES) -> tuple[int, str]:
    return run(["check-profile", str(path), "--statuses", str(statuses)])


def policy(path: Path) -> tuple[int, str]:
    return run(["policy", "--file", str(path)])


def deep(opener: str, closer: str, levels: int = 5000) -> str:
    return opener * levels + closer * levels


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("nan", "is nan: numbers must be finite"),
        ("+inf", "is inf: numbers must be finite"),
        ("-inf", "is -inf"),
        ("9" * 400, "is a number too large"),
        ("1e308", "is 1e+308: numbers must be finite and at most"),
        ("100000", "longer than a day"),
    ],
)
def test_check_profile_refuses_numbers_out_of_range(tmp_path: Path, value: str, said: str) -> None:
    path = tmp_path / "p.toml"
    path.write_text(PROFILE.replace(TIMER, f"transition_timer_seconds = {value}"))
    status, printed = check_profile(path)
    assert status == 1, printed
    assert said in printed
    assert "options.transition_timer_seconds" in printed
    assert "Traceback" not in printed


def test_check_profile_refuses_deep_nesting_in_the_profile_and_the_status_list(
    tmp_path: Path,
) -> None:
    profile = tmp_path / "p.toml"
    profile.write_text(f"x = {deep('[', ']')}\n{PROFILE}")
    status, printed = check_profile(profile)
    assert (status, "nested more than 32 levels" in printed) == (1, True), printed
    statuses = tmp_path / "s.json"
    statuses.write_text('{"a":' * 5000 + "1" + "}" * 5000)
    (tmp_path / "ok.toml").write_text(PROFILE)
    status, printed = check_profile(tmp_path / "ok.toml", statuses)
    assert (status, "nested more than 32 levels" in printed) == (2, True), printed
    assert "Traceback" not in printed


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", "1" * 5000, "1e400"])
def test_check_profile_refuses_bad_numbers_in_the_status_list(tmp_path: Path, text: str) -> None:
    statuses = tmp_path / "s.json"
    statuses.write_text(STATUSES.read_text().replace("{", '{"n": ' + text + ", ", 1))
    profile = tmp_path / "p.toml"
    profile.write_text(PROFILE)
    status, printed = check_profile(profile, statuses)
    assert status == 2, printed
    assert "cannot be used" in printed
    assert "Traceback" not in printed


def test_a_huge_profile_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    with path.open("w") as handle:
        handle.write(PROFILE)
        handle.write("# padding\n" * 2_000_000)  # 20 MB
    status, printed = check_profile(path)
    assert status == 2
    assert "larger than 1,000,000 bytes" in printed


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (f"version = 1\n[profiles]\nallowed = {deep('[', ']')}\n", "nested more than 32 levels"),
        ("version = " + "9" * 400 + "\n", "version is a number too large"),
        ("version = nan\n", "version is nan"),
        ("[genesys]\nredirect_port = inf\n", "genesys.redirect_port is inf"),
        ("# " + "x" * 1_100_000 + "\n", "larger than 1,000,000 bytes"),
    ],
)
def test_policy_refuses_hostile_files(tmp_path: Path, text: str, said: str) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(text)
    status, printed = policy(path)
    assert status == 1, printed
    assert said in printed
    assert "Traceback" not in printed


def _fuzzed_toml() -> st.SearchStrategy[str]:
    """Mostly-valid documents with a hostile value spliced in, and plain random text."""
    hostile = st.sampled_from(
        ["nan", "inf", "-inf", "9" * 400, "1e999", deep("[", "]", 2000), deep("{a=", "}", 50)]
    )
    lines = PROFILE.splitlines()
    spliced = st.builds(
        lambda i, key, value: "\n".join([*lines[:i], f"{key} = {value}", *lines[i:]]),
        st.integers(0, len(lines)),
        st.sampled_from(["x", "version", "transition_timer_seconds", "allowed", "redirect_port"]),
        st.one_of(hostile, st.integers(), st.floats(), st.text(max_size=20).map(repr)),
    )
    return st.one_of(spliced, st.text(max_size=300))


def _fuzz(text: str, command: Callable[[Path], tuple[int, str]], allowed: set[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.toml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        before = path.read_bytes()
        status, printed = command(path)
        assert status in allowed, printed
        assert "Traceback" not in printed
        assert path.read_bytes() == before  # checking never rewrites what it checks


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_fuzzed_toml())
def test_fuzzed_profiles_get_a_clear_answer(text: str) -> None:
    _fuzz(text, check_profile, {0, 1, 2})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_fuzzed_toml())
def test_fuzzed_policies_get_a_clear_answer(text: str) -> None:
    _fuzz(text, policy, {0, 1})


@settings(max_examples=100, deadline=None)
@given(
    st.one_of(
        st.text(max_size=200),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(st.text(max_size=8), inner, max_size=4)
            ),
            max_leaves=30,
        ).map(json.dumps),
    )
)
def test_fuzzed_status_lists_get_a_clear_answer(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        statuses = Path(folder) / "s.json"
        statuses.write_text(text, encoding="utf-8", errors="surrogatepass")
        profile = Path(folder) / "p.toml"
        profile.write_text(PROFILE)
        status, printed = check_profile(profile, statuses)
        assert status in {0, 1, 2}, printed
        assert "Traceback" not in printed
