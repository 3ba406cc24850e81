"""Where the shipped resources (icons, built-in profiles, web assets, link schema) live.

In a wheel they are inside the package (``omnisync/resources``); in a source checkout they are
the repository's top-level ``resources/`` folder. One function hides the difference.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    packaged = _PACKAGE_DIR / "resources"
    if packaged.is_dir():
        return packaged
    checkout = _PACKAGE_DIR.parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        "OmniSync resources are missing: reinstall the package (looked in "
        f"{packaged} and {checkout})"
    )


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
