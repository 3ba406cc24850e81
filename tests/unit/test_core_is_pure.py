"""The engine is pure: every module under omnisync/core imports only the standard library."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import omnisync.core

CORE = Path(omnisync.core.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_core_imports_only_the_standard_library_and_itself() -> None:
    modules = sorted(CORE.rglob("*.py"))
    assert len(modules) >= 6
    for module in modules:
        for name in _imports(module):
            top = name.split(".")[0]
            if name.startswith("omnisync."):
                assert name.startswith("omnisync.core"), f"{module.name} imports {name}"
                continue
            assert top in sys.stdlib_module_names or top == "__future__", (
                f"{module.name} imports {name}, which is not in the standard library"
            )


def test_core_reads_no_clock() -> None:
    for module in sorted(CORE.rglob("*.py")):
        text = module.read_text(encoding="utf-8")
        for forbidden in ("time.time(", "time.monotonic(", "datetime.now(", "import time"):
            assert forbidden not in text, f"{module.name} reads a clock: {forbidden}"
