"""A tarball of the frozen app for distributions without dpkg: unpack anywhere and run
``omnisync/omnisync``; the desktop entry and icon are beside it for a hand install."""

from __future__ import annotations

import platform
import tarfile
from pathlib import Path

from deb import APP_ICON, HERE


def build_tarball(app: Path, out: Path, version: str) -> Path:
    name = f"omnisync-{version}-linux-{platform.machine()}"
    target = out / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(app, arcname=f"{name}/omnisync")
        archive.add(HERE / "linux" / "omnisync.desktop", arcname=f"{name}/omnisync.desktop")
        archive.add(APP_ICON, arcname=f"{name}/omnisync.svg")
    return target
