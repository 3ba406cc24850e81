"""Windows: the per-machine MSI from the frozen app with the WiX Toolset (``wix build``).

UNTESTED: this recipe has never run (no Windows machine here); docs/admin.md says so. It needs
the WiX .NET tool on PATH (``dotnet tool install --global wix``).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent


def build_msi(app: Path, out: Path, version: str) -> Path:
    target = out / f"OmniSync-Companion-{version}-x64.msi"
    subprocess.run(
        [
            "wix",
            "build",
            str(HERE / "windows" / "omnisync.wxs"),
            "-arch",
            "x64",
            "-d",
            f"Version={version}",
            "-bindpath",
            f"AppDir={app}",
            "-o",
            str(target),
        ],
        check=True,
    )
    return target
