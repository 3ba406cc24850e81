"""The sandbox is an optional part: without its web stack the commands that need it say what to
install, and the agents' commands do not need it at all."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from support.child_env import isolated_env

ROOT = Path(__file__).resolve().parents[2]

# A child where Starlette and uvicorn cannot be imported, as in an install without [sandbox].
WITHOUT_SANDBOX = (
    "import sys\n"
    "sys.modules['uvicorn'] = None\n"
    "sys.modules['starlette'] = None\n"
    "from omnisync.__main__ import main\n"
    "raise SystemExit(main(sys.argv[1:]))\n"
)


def run_without_sandbox(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_SANDBOX, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=isolated_env(tmp_path),
    )


@pytest.mark.parametrize("command", [["demo", "--headless", "--no-browser"], ["sandbox"]])
def test_sandbox_commands_without_the_sandbox_say_what_to_install(tmp_path, command):
    result = run_without_sandbox(tmp_path, *command)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert f"omnisync {command[0]}: The sandbox" in result.stderr
    assert "pip install 'omnisync-companion[sandbox]'" in result.stderr


def test_agents_commands_work_without_the_sandbox(tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text("version = 1\n", encoding="utf-8")
    result = run_without_sandbox(tmp_path, "policy", "--file", str(policy))
    assert result.returncode == 0, result.stdout + result.stderr
    assert run_without_sandbox(tmp_path, "--version").returncode == 0


def test_the_web_stack_is_only_in_the_sandbox_extra():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {dep.split(">")[0].split("=")[0].strip().lower() for dep in project["dependencies"]}
    assert not names & {"starlette", "uvicorn"}
    extras = project["optional-dependencies"]
    assert {d.split(">")[0] for d in extras["sandbox"]} == {"starlette", "uvicorn"}
    assert "omnisync-companion[sandbox]" in extras["test"]
