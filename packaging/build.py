"""``make package``: the frozen one-folder app, then this OS's installers (packaging/README.md).

Linux: a ``.deb`` and a tarball, built and tested here. Windows (an MSI with WiX) and macOS (an
``.app`` and a ``.pkg``) run the same first step and their own recipe; those two are untested.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(HERE))

from omnisync import __version__  # noqa: E402


def freeze(out: Path, work: Path) -> Path:
    """PyInstaller on the spec; returns the one-folder app."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "ERROR",
            "--distpath",
            str(out),
            "--workpath",
            str(work),
            str(HERE / "pyinstaller" / "omnisync.spec"),
        ],
        check=True,
    )
    return out / "omnisync"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where artifacts go")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's scratch")
    args = parser.parse_args(argv)
    started = time.monotonic()
    app = freeze(args.out, args.work)
    print(f"frozen app: {app} ({time.monotonic() - started:.0f} s)")
    artifacts: list[Path]
    if sys.platform.startswith("linux"):
        from deb import build_deb
        from tarball import build_tarball

        artifacts = [
            build_deb(app, args.out, __version__),
            build_tarball(app, args.out, __version__),
        ]
    elif sys.platform == "win32":
        from msi import build_msi

        artifacts = [build_msi(app, args.out, __version__)]
    elif sys.platform == "darwin":
        from macos_pkg import build_pkg

        artifacts = [build_pkg(args.out, __version__)]
    else:
        artifacts = []
    for artifact in artifacts:
        print(f"{artifact} ({artifact.stat().st_size / 1e6:.1f} MB)")
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
