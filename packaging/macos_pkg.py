"""macOS: the ``.app`` (PyInstaller's BUNDLE in the spec) packed into a flat installer ``.pkg``.

UNTESTED: this recipe has never run (no Mac here); docs/admin.md says so. Both are unsigned
("signed-ready"): sign the app with ``codesign --options runtime``, the package with
``productsign``, then notarize with ``xcrun notarytool`` and staple, using your own identities.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from omnisync.appinfo import BUNDLE_ID, DISPLAY_NAME

APP_NAME = f"{DISPLAY_NAME}.app"


def build_pkg(out: Path, version: str) -> Path:
    app = out / APP_NAME
    target = out / f"OmniSync-Companion-{version}.pkg"
    subprocess.run(
        [
            "pkgbuild",
            "--component",
            str(app),
            "--install-location",
            "/Applications",
            "--identifier",
            BUNDLE_ID,
            "--version",
            version,
            str(target),
        ],
        check=True,
    )
    return target
