"""What the frozen agents' build holds: the app and what it reads, not the sandbox, and no
library that the trimmed Qt plugins would have needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from freeze_contents import DROPPED_LIBRARIES, _stem, shipped_languages  # noqa: E402


def internal(dist: Path) -> Path:
    return dist / "omnisync" / "_internal"


def test_resources_profiles_and_docs_are_where_the_app_looks(dist):
    package = internal(dist) / "omnisync"
    assert {p.stem for p in (package / "resources" / "profiles").glob("*.toml")} == {
        p.stem for p in (ROOT / "resources" / "profiles").glob("*.toml")
    }
    assert (package / "resources" / "icons" / "mapped-light.svg").is_file()
    assert (package / "docs" / "salesforce-setup.md").is_file()
    languages = shipped_languages()
    assert languages, "the app ships translations"
    for lang in languages:
        assert (package / "resources" / "i18n" / f"omnisync_{lang}.qm").is_file()
        qt = internal(dist) / "PySide6" / "Qt" / "translations" / f"qtbase_{lang}.qm"
        assert qt.is_file(), qt  # Qt's own strings (standard buttons) in that language
    translations = {p.name for p in (internal(dist) / "PySide6" / "Qt" / "translations").iterdir()}
    assert translations == {f"qtbase_{lang}.qm" for lang in languages}
    assert not (package / "resources" / "web").exists()  # the sandbox's control page


def test_the_sandbox_and_its_web_stack_are_left_out(dist):
    names = {p.name for p in internal(dist).iterdir()}
    assert not names & {"starlette", "uvicorn"}
    listing = subprocess.run(
        [sys.executable, "-m", "PyInstaller.utils.cliutils.archive_viewer", "--list",
         "--recursive", "--brief", str(dist / "omnisync" / "omnisync")],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    modules = set(listing.split())
    assert "omnisync.ui.tray" in modules and "omnisync.settings.policy_sources" in modules
    assert not {m for m in modules if m.startswith(("omnisync.sandbox", "starlette", "uvicorn"))}


def test_nothing_kept_needs_a_dropped_library(dist):
    needs: dict[str, str] = {}
    for path in internal(dist).rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "(NEEDED)" in line:
                needs[line.split("[", 1)[1].split("]", 1)[0]] = path.name
    dropped = {soname: who for soname, who in needs.items() if _stem(soname) in DROPPED_LIBRARIES}
    assert not dropped
    assert not [p for p in internal(dist).rglob("*") if p.is_symlink() and not p.exists()]
