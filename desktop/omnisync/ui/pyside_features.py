"""PySide6 reads the source of every module imported after it; the app has no use for that.

Importing this module turns the scan off. :mod:`omnisync.ui.early_tray` (the tray's first Qt
import) and :mod:`omnisync.ui.app` import it first, so that what follows skips the scan.

Once PySide6 is imported, its ``__feature__`` import hook asks, for each newly imported module,
whether the module "uses PySide" by reading its whole source file (``inspect.getsource``), to
pick the module's default for the optional ``snake_case``/``true_property`` features. The app
never selects a feature, so every module's answer only chooses between "no feature" (0) and
"ignore" (-1), which behave the same when no feature is ever on. Reading some 450 source files
cost about 180 ms of CPU at start-up (with bytecode cached) and kept their text in
``linecache``. :func:`skip_source_scan` answers "uses PySide" for every module without reading
it: each gets "no feature", what a module importing PySide gets anyway.
"""

from __future__ import annotations

import sys

import PySide6  # noqa: F401  (installs the hook and its module)

_FEATURE_MODULE = "PySide6.support.feature"


def _uses_pyside(_module: object) -> bool:
    return True


def skip_source_scan() -> bool:
    """Replace the scan where this PySide6 has it; False when its internals differ (then the
    scan simply stays: nothing but start-up time depends on it)."""
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]  # PySide6 internal
    return True


skip_source_scan()
