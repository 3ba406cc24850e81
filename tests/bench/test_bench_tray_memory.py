"""Memory of the full tray app against a bare tray app built on the same libraries.

Run with ``make bench``. The full tray app (``apps/idle_tray.py app``: ``omnisync.ui.app.run``,
on a private Xvfb display with trayer as the system tray (``bench.xdisplay``), the demo's
wiring on a sandbox in its own process, started as at login with the
status window closed, signed in to both products and synced) against the baseline
(``idle_tray.py bare-clients``: a QApplication with a shown ``QSystemTrayIcon`` on a qasync loop,
an ``httpx.AsyncClient`` that has made a request, the keyring looked up). They start one after
the other, alternating, several rounds; each one's memory is read once its start-up is over (its
CPU quiet for two seconds). Memory is ``VmRSS``, with its anonymous part (the process's own) and
its file-backed part (library code paged in), and ``Pss`` from ``smaps_rollup`` (shared pages
divided among the processes that map them). Budget: RSS of the full tray within 1.25x the bare
app. Asserts nothing about memory.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from bench.measure import (
    PYTHON,
    ROOT,
    Child,
    installed_bytecode,
    need_proc,
    rss_kib,
    scaled,
    settle,
    start_demo_sandbox,
    verdict,
)
from bench.xdisplay import xcb_env
from support.child_env import isolated_env

APPS = Path(__file__).parent / "apps"
ROUNDS = scaled(5, 1)
BUDGET = 1.25
FIELDS = ("VmRSS", "RssAnon", "RssFile")


def _env(home: Path, display: str) -> dict[str, str]:
    paths = f"{ROOT / 'desktop'}:{ROOT / 'tests'}"
    env = isolated_env(home, PYTHONPATH=paths, **xcb_env(display))
    return installed_bytecode(env, home.parent / "pycache")


def _pss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    raise RuntimeError(f"no Pss for {pid}")


def _measure(args: list[str], env: dict[str, str]) -> dict[str, int]:
    child = Child([PYTHON, *args], env)
    try:
        child.wait_for(lambda s: s == "READY", 90, f"{args[1]} ready")
        settle(child.proc.pid)
        found = {field: rss_kib(child.proc.pid, field) for field in FIELDS}
        found["Pss"] = _pss_kib(child.proc.pid)
        return found
    finally:
        child.stop()


def test_bench_tray_memory(tmp_path: Path, display: str) -> None:
    need_proc()
    served = start_demo_sandbox(_env(tmp_path / "sb", display))
    sandbox, url = served.child, served.url
    ours: list[dict[str, int]] = []
    bare: list[dict[str, int]] = []
    try:
        for n in range(ROUNDS):
            app = [str(APPS / "idle_tray.py"), "app", str(tmp_path / f"app{n}"), url, served.link]
            runs = [
                (ours, app),
                (bare, [str(APPS / "idle_tray.py"), "bare-clients", url]),
            ]
            for into, args in runs if n % 2 == 0 else runs[::-1]:
                into.append(_measure(args, _env(tmp_path / f"{args[1]}{n}", display)))
    finally:
        sandbox.stop()

    def med(runs: list[dict[str, int]], field: str) -> float:
        return statistics.median(r[field] for r in runs) / 1024

    ratio = med(ours, "VmRSS") / med(bare, "VmRSS")
    said = verdict(ratio <= BUDGET)
    parts = ", ".join(
        f"{name} {med(ours, name):.1f} vs {med(bare, name):.1f} MiB" for name in (*FIELDS, "Pss")
    )
    print(
        f"\ntray memory (median of {ROUNDS}, alternating, each read once its start-up was over): "
        f"full tray app RSS {med(ours, 'VmRSS'):.1f} MiB; bare PySide6 + qasync + httpx + keyring "
        f"tray app {med(bare, 'VmRSS'):.1f} MiB; ratio {ratio:.2f}x; budget {BUDGET}x ({said})"
        f"\n  ours vs bare: {parts}"
        f"\n  runs ours RSS MiB: {[round(r['VmRSS'] / 1024, 1) for r in ours]}"
        f"\n  runs bare RSS MiB: {[round(r['VmRSS'] / 1024, 1) for r in bare]}"
    )
