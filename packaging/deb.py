"""The Debian package: the frozen app in ``/usr/lib/omnisync``, a ``/usr/bin/omnisync`` launcher,
the desktop entry, the icon in the hicolor theme, and ``/etc/xdg/omnisync/`` for the policy.

No maintainer scripts: the desktop and icon caches are refreshed by the dpkg triggers of
desktop-file-utils and hicolor-icon-theme, and nothing is written outside the package's files,
so ``dpkg -r`` leaves nothing behind but what administrators and users put there themselves.
The Depends line is worked out from the bundle, like dpkg-shlibdeps: every shared library the
bundle needs and does not carry, mapped to the Debian package that holds it here. The Wayland
plugins are optional (Qt falls back to X11), so what only they need goes to Recommends, named by
Debian's rule for library packages when it is not installed on the build machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

PACKAGE = "omnisync"
LIB_DIR = Path("usr/lib/omnisync")
LAUNCHER = Path("usr/bin/omnisync")
DESKTOP_ENTRY = Path("usr/share/applications/omnisync.desktop")
ICON = Path("usr/share/icons/hicolor/scalable/apps/omnisync.svg")
POLICY_DIR = Path("etc/xdg/omnisync")
DOC_DIR = Path("usr/share/doc/omnisync")
APP_ICON = ROOT / "resources" / "icons" / "mapped-light.svg"

LAUNCHER_SCRIPT = f'#!/bin/sh\nexec /{LIB_DIR}/omnisync "$@"\n'


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _optional(path: Path) -> bool:
    text = str(path).lower()
    return "wayland" in text or "wlshell" in text


def needed_libraries(folder: Path, *, optional: bool = False) -> set[str]:
    """Sonames the bundle's programs and libraries need but the bundle does not carry: those of
    the required parts, or with ``optional`` those that only the Wayland plugins need."""
    carried = {path.name for path in folder.rglob("*.so*")}
    needed: set[str] = set()
    for path in _elf_files(folder):
        if _optional(path) != optional:
            continue
        dynamic = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for line in dynamic.splitlines():
            if "(NEEDED)" in line:
                needed.add(line.split("[", 1)[1].split("]", 1)[0])
    return needed - carried - (needed_libraries(folder) if optional else set())


def _library_paths() -> dict[str, str]:
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths: dict[str, str] = {}
    for line in out.splitlines()[1:]:
        name, _, path = line.strip().partition(" => ")
        soname = name.split(" ", 1)[0]
        if "x86-64" in name or "x86_64" in path or "aarch64" in path or soname not in paths:
            paths.setdefault(soname, path)
    return paths


def _package_by_name(soname: str) -> str:
    """Debian's naming of library packages: ``libwayland-egl.so.1`` is in ``libwayland-egl1``."""
    base, _, version = soname.partition(".so.")
    return f"{base}{'-' if base[-1].isdigit() else ''}{version}".lower()


def packages_for(sonames: set[str], *, required: bool) -> str:
    """The Debian packages holding these libraries, as a Depends or Recommends field."""
    paths = _library_paths()
    packages: set[str] = set()
    for soname in sorted(sonames):
        path = paths.get(soname)
        if path is None:
            if required:
                raise SystemExit(f"deb: {soname} is needed by the bundle but not installed here")
            packages.add(_package_by_name(soname))
            continue
        owner = subprocess.run(
            ["dpkg-query", "-S", os.path.realpath(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        if owner.returncode != 0:
            owner = subprocess.run(
                ["dpkg-query", "-S", path], capture_output=True, text=True, check=True
            )
        packages.add(owner.stdout.split(":", 1)[0])
    return ", ".join(sorted(packages))


def _tree_size_kib(folder: Path) -> int:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    return (total + 1023) // 1024


def build_deb(app: Path, out: Path, version: str) -> Path:
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="omnisync-deb-") as scratch:
        root = Path(scratch) / "root"
        shutil.copytree(app, root / LIB_DIR, symlinks=True)
        (root / LAUNCHER).parent.mkdir(parents=True)
        (root / LAUNCHER).write_text(LAUNCHER_SCRIPT)
        (root / LAUNCHER).chmod(0o755)
        (root / DESKTOP_ENTRY).parent.mkdir(parents=True)
        shutil.copy(HERE / "linux" / "omnisync.desktop", root / DESKTOP_ENTRY)
        (root / ICON).parent.mkdir(parents=True)
        shutil.copy(APP_ICON, root / ICON)
        (root / POLICY_DIR).mkdir(parents=True)
        docs = root / DOC_DIR
        (docs / "examples").mkdir(parents=True)
        shutil.copy(HERE / "linux" / "copyright", docs / "copyright")
        shutil.copy(ROOT / "docs" / "admin.md", docs / "admin.md")
        shutil.copy(HERE / "examples" / "policy.toml", docs / "examples" / "policy.toml")
        for path in root.rglob("*"):
            if path.is_dir():
                path.chmod(0o755)
            elif path.is_file() and not path.is_symlink():
                path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)
        control = (
            (HERE / "linux" / "control.in")
            .read_text()
            .format(
                version=version,
                architecture=architecture,
                installed_size=_tree_size_kib(root),
                depends=packages_for(needed_libraries(root / LIB_DIR), required=True),
                recommends=packages_for(
                    needed_libraries(root / LIB_DIR, optional=True), required=False
                ),
            )
        )
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(control)
        target = out / f"{PACKAGE}_{version}_{architecture}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target
