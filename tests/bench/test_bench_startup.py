"""Start-up to tray: process start until the tray icon is shown, ours against a bare PySide6 app.

Run with ``make bench``. Both run on a private Xvfb display with a real system tray (trayer), one
after the other, several times; the figure is the median. "Shown" is the moment
``QSystemTrayIcon.show()`` has returned with a tray present: the bare app prints it right after
the call, ours from ``omnisync.ui.app.main``'s ``started`` hook (see apps/omnisync_tray.py).
Budget: the full tray (icon, menu and state live) within 1.5x the bare app; the verdict is on
that, not on the "starting" icon shown before it. Asserts nothing about time. ``BENCH_SMOKE=1``
(``make bench-smoke``): one round of each, and no verdict.
"""

from __future__ import annotations

import statistics
import subprocess
import time
from pathlib import Path

import pytest

from bench.measure import PYTHON, Child, installed_bytecode, scaled, verdict
from bench.xdisplay import display_alive
from support.child_env import REAL_ORG_SETTINGS, isolated_env

APPS = Path(__file__).parent / "apps"
RUNS = scaled(7, 1)
"""Rounds of each app, alternating; a smoke run (``make bench-smoke``) runs the path once."""
BUDGET = 1.5


def _launch(script: str, env: dict[str, str]) -> tuple[float, bool, dict[str, float]]:
    """Seconds from just before the process is created until it printed TRAY_SHOWN, whether a
    tray was there, and the extra ``name=seconds`` figures the app printed."""
    start = time.time()
    child = Child([PYTHON, str(APPS / script)], env)
    try:
        line = child.wait_for(lambda s: s.startswith("TRAY_SHOWN"), 30, f"tray from {script}")
        child.proc.wait(30)
    finally:
        child.stop()
    _, stamp, available, *extra = line.split()
    figures = {key: float(value) for key, value in (item.split("=") for item in extra)}
    if "early" in figures:
        figures["early"] -= start
    return float(stamp) - start, available == "available=True", figures


def _write_settings(env: dict[str, str]) -> None:
    """OAuth clients for real-looking orgs, so ``real_service`` builds (it never connects here)."""
    subprocess.run([PYTHON, "-c", REAL_ORG_SETTINGS], env=env, check=True)


def test_bench_startup_to_tray(display: str, tmp_path: Path) -> None:
    env = isolated_env(tmp_path, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env = installed_bytecode(env, tmp_path / "pycache")
    env.pop("WAYLAND_DISPLAY", None)
    _write_settings(env)
    for _attempt in range(20):  # trayer takes a moment to own the tray selection
        try:
            _, available, _ = _launch("bare_tray.py", env)
        except AssertionError as exc:
            if not display_alive(display):
                pytest.fail(f"the Xvfb display {display} ended: {exc}")
            pytest.skip(f"a bare PySide6 app cannot start on Xvfb (libxcb-cursor0 missing?): {exc}")
        if available:
            break
        time.sleep(0.25)
    else:
        pytest.skip("trayer never provided a system tray on the Xvfb display")
    _launch("omnisync_tray.py", env)  # warm the file cache for ours too
    bare: list[float] = []
    ours: list[float] = []
    cli: list[float] = []
    early: list[float] = []
    for _ in range(RUNS):  # interleaved, so a slow moment of the machine hits both
        seconds, available, _ = _launch("bare_tray.py", env)
        assert available, "the bare app found no system tray"
        bare.append(seconds)
        seconds, available, figures = _launch("omnisync_tray.py", env)
        assert available, "OmniSync showed no tray icon (no-tray window instead?)"
        ours.append(seconds)
        cli.append(figures["cli_import"])
        assert figures["early_shown"] == 1, "the starting icon was not shown"
        early.append(figures["early"])
    first, base, full = statistics.median(early), statistics.median(bare), statistics.median(ours)
    ratio = full / base
    print(
        f"\nstart-up to the full tray (Xvfb + trayer, median of {RUNS}, alternating): OmniSync "
        f"(real-org service factory, no network; icon, menu and state live): {full * 1000:.0f} ms;"
        f" bare PySide6 tray app: {base * 1000:.0f} ms; ratio {ratio:.2f}x; budget {BUDGET}x "
        f"({verdict(ratio <= BUDGET)})"
        f"\n  before it, the starting icon: {first * 1000:.0f} ms ({first / base:.2f}x)"
        f"\n  of ours, importing the entry point (omnisync.cli and its subcommands): "
        f"{statistics.median(cli) * 1000:.0f} ms"
        f"\n  runs ours (full tray) ms: {[round(s * 1000) for s in ours]}"
        f"\n  runs ours (starting icon) ms: {[round(s * 1000) for s in early]}"
        f"\n  runs bare ms: {[round(s * 1000) for s in bare]}"
    )
