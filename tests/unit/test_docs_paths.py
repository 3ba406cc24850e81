"""Docs are read on GitHub, in a wheel and on an administrator's machine: a path that only exists
on a developer's machine (or a design folder outside the repository) is a dead end there."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

MACHINE_PATH = re.compile(
    r"(?<![\w.~-])(?:/(?:work|home|Users|root|mnt|srv|tmp)/[\w.-]+"
    r"|[A-Za-z]:\\Users\\|(?:\.\./)*shared/reference/)"
)
"""Absolute paths of a development machine, and the shared reference folder outside the repo.
Product paths an administrator uses (``/etc/xdg/omnisync``, ``%ProgramData%``) are not these."""


def _pages() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def machine_paths(text: str) -> list[str]:
    return [m.group(0) for m in MACHINE_PATH.finditer(text)]


def test_the_pattern_catches_what_the_docs_had():
    assert machine_paths("run /work/venv/bin/python -m pytest") == ["/work/venv"]
    assert machine_paths("see `/work/shared/reference/genesys.md`") == ["/work/shared"]
    assert machine_paths("The reference (`shared/reference/genesys.md` §6)") == [
        "shared/reference/"
    ]
    assert machine_paths(r"C:\Users\ada\omnisync") == ["C:\\Users\\"]
    assert machine_paths("/etc/xdg/omnisync/policy.toml and .venv/bin/python") == []


def test_no_doc_points_outside_the_repository():
    found = {
        f"{page.relative_to(ROOT)}:{number}": hits
        for page in _pages()
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1)
        if (hits := machine_paths(line))
    }
    assert found == {}, "docs name paths of a development machine; use repository paths"
