"""What the frozen agents' build holds and leaves out: one list, read by the PyInstaller spec and by
the tests that check a built folder.

Left out: the sandbox and its web stack (a developer and demo tool), the test and typing tools,
Tk, and the Qt plugins a tray app never loads (SQL drivers, QML tooling, Designer, printing,
the Wayland compositor side). Of Qt's own translations only ``qtbase`` in the languages the app
ships stays (omnisync.ui.i18n loads it beside ours).
"""

from __future__ import annotations

from pathlib import Path, PurePath

EXCLUDED_MODULES = [
    "omnisync.sandbox",
    "omnisync.demo",
    "starlette",
    "uvicorn",
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "pydoc",
    # httpx's optional command line (httpx._main) imports these when present; the app never
    # runs it, and importing them cost about 40 M instructions at every start
    "click",
    "pygments",
    "rich",
]

RESOURCE_FOLDERS = ("icons", "profiles")
"""Under ``resources/``: what the app reads at run time (web/ is the sandbox's control page,
link/ the contract's schema and examples for the tests)."""

DROPPED_QT_PLUGINS = (
    "sqldrivers",
    "qmltooling",
    "qmllint",
    "designer",
    "printsupport",
    "generic",
    "egldeviceintegrations",
    "wayland-graphics-integration-server",
)
"""Plugin folders nothing of a tray app loads."""

KEPT_QT_PLUGIN_FILES = {
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"),
    "imageformats": ("qsvg", "qico"),
    "platformthemes": ("qxdgdesktopportal",),
}
"""Within these folders only these plugins: the desktop's display servers (offscreen and minimal
for headless checks), the SVG icons, and the portal theme (the GTK theme would pull in GTK)."""

DROPPED_LIBRARIES = (
    # only the embedded-Linux platform plugins (dropped above) use these
    "Qt6EglFSDeviceIntegration",
    "Qt6EglFsKmsSupport",
    # only the GTK theme plugin (dropped above) pulls in the GTK drawing stack
    "atk-1",
    "cairo",
    "cairo-gobject",
    "pango-1",
    "pangocairo-1",
    "pangoft2-1",
    "gdk_pixbuf-2",
    "thai",
    "datrie",
    "fribidi",
    "pixman-1",
    "jpeg",
    "harfbuzz",
    "graphite2",
)
"""Shared libraries by name without ``lib`` and version; the package test checks that nothing
kept needs one of them."""


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """(source, destination) pairs: the layout ``omnisync.resources`` looks for in a wheel."""
    pairs = [
        (str(root / "resources" / name), f"omnisync/resources/{name}") for name in RESOURCE_FOLDERS
    ]
    pairs.append((str(root / "docs"), "omnisync/docs"))
    i18n = root / "resources" / "i18n"
    pairs += [(str(qm), "omnisync/resources/i18n") for qm in sorted(i18n.glob("*.qm"))]
    return pairs


def _qt_part(dest: str) -> tuple[str, ...]:
    parts = PurePath(dest).parts
    if len(parts) >= 3 and parts[0] == "PySide6" and parts[1] == "Qt":
        return parts[2:]
    return ()


def _stem(name: str) -> str:
    """``libpango-1.0.so.0`` -> ``pango-1``; ``libqxcb.so`` -> ``qxcb``."""
    return name.split(".", 1)[0].removeprefix("lib")


def keep_binary(dest: str) -> bool:
    qt = _qt_part(dest)
    if len(qt) >= 2 and qt[0] == "plugins":
        if qt[1] in DROPPED_QT_PLUGINS:
            return False
        kept = KEPT_QT_PLUGIN_FILES.get(qt[1])
        return kept is None or _stem(qt[-1]) in kept
    return _stem(PurePath(dest).name) not in DROPPED_LIBRARIES


ROOT = Path(__file__).resolve().parents[1]


def shipped_languages() -> set[str]:
    """The languages of ``resources/i18n/omnisync_<lang>.ts``."""
    return {ts.stem.removeprefix("omnisync_") for ts in (ROOT / "resources" / "i18n").glob("*.ts")}


def keep_data(dest: str) -> bool:
    """Data entries include the symbolic links to libraries, so the library rule applies too."""
    qt = _qt_part(dest)
    if qt and qt[0] == "translations":
        wanted = {f"qtbase_{lang}.qm" for lang in shipped_languages()}
        return qt[-1] in wanted
    return _stem(PurePath(dest).name) not in DROPPED_LIBRARIES
