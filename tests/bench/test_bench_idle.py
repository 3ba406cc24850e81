"""Idle cost: CPU time and requests of the full tray app, signed in and synced, doing nothing.

Run with ``make bench``. Four processes idle over the same window: the full tray app
(``apps/idle_tray.py app``: ``omnisync.ui.app.run`` on a private Xvfb display with trayer as the
system tray, ``bench.xdisplay``, around the demo's wiring,
started as at login, signed in to both products, streaming, the console link answering), the
sandbox it talks to in its own process (``apps/demo_sandbox.py``, so none of the sandbox's work
counts as the app's), a bare PySide6 + qasync tray app (``apps/idle_tray.py bare``, the baseline)
and a bare ``asyncio`` loop asleep (the floor of any Python process).

CPU time is each process's CPU-time clock (``bench.measure.cpu_ns``: nanoseconds, every thread),
read at the start and the end of the window and at every slice between, so a 2-minute window
resolves the budget (0.2 CPU-s an hour is 6.7 ms in 2 minutes) where 10 ms ticks could not.
The window is longer than one held CometD connect (110 s) and holds four Genesys heartbeats.
Requests come from the sandbox's own counters (``GET /control/state`` ``apiCalls``).
Budgets: idle CPU of the full tray at most 0.2 CPU-s per hour; no polling (no REST or Genesys API
call while idle; CometD connects only at the rate the server's advice sets). Asserts only the
no-polling part.
"""

from __future__ import annotations

import itertools
import statistics
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from bench.measure import (
    PYTHON,
    ROOT,
    Child,
    cpu_ns,
    installed_bytecode,
    need_proc,
    seconds,
    settle,
    verdict,
)
from bench.xdisplay import xcb_env
from omnisync.sandbox.salesforce_cometd import CometdServer
from support.child_env import isolated_env
from support.ports import free_port

APPS = Path(__file__).parent / "apps"
IDLE = seconds(120.0, 4.0)
"""The window; a smoke run's few seconds run the whole path and measure nothing."""
SLICES = 4

BUDGET = 0.2
"""CPU seconds per hour."""
BARE_LOOP = "import asyncio; print('READY', flush=True); asyncio.run(asyncio.sleep(3600))"


def _env(home: Path, display: str) -> dict[str, str]:
    paths = f"{ROOT / 'desktop'}:{ROOT / 'tests'}"
    env = isolated_env(home, PYTHONPATH=paths, **xcb_env(display))
    return installed_bytecode(env, home.parent / "pycache")


def _calls(base_url: str) -> dict[str, Any]:
    answer = httpx.get(f"{base_url}/control/state", params={"events": 0}, timeout=10)
    answer.raise_for_status()
    return answer.json()["apiCalls"]  # type: ignore[no-any-return]


def _per_hour(ns: int) -> float:
    return ns / 1e9 / IDLE * 3600


@pytest.mark.timeout(IDLE + 180)
def test_bench_idle_cpu_and_requests(tmp_path: Path, display: str) -> None:
    need_proc()
    # The direct console link on a port of this run's own: on the registered range the app would
    # also answer (and refuse) the dials of every other test or demo on the machine.
    link = str(free_port())
    sandbox = Child([PYTHON, str(APPS / "demo_sandbox.py"), link], _env(tmp_path / "sb", display))
    children = {"sandbox": sandbox}
    try:
        line = sandbox.wait_for(lambda s: s.startswith("SANDBOX "), 30, "the sandbox's URL")
        base_url = line.split()[1]
        children |= {
            "app": Child(
                [PYTHON, str(APPS / "idle_tray.py"), "app", str(tmp_path / "app"), base_url, link],
                _env(tmp_path / "app", display),
            ),
            "bare tray": Child(
                [PYTHON, str(APPS / "idle_tray.py"), "bare"], _env(tmp_path / "bare", display)
            ),
            "bare loop": Child([PYTHON, "-c", BARE_LOOP], _env(tmp_path / "loop", display)),
        }
        for name in ("app", "bare tray", "bare loop"):
            children[name].wait_for(lambda s: s == "READY", 60, f"{name} ready")
        settled = settle(children["app"].proc.pid)  # start-up over: idle from here
        calls_before = _calls(base_url)
        samples = [{name: cpu_ns(c.proc.pid) for name, c in children.items()}]
        for _ in range(SLICES):
            time.sleep(IDLE / SLICES)
            samples.append({name: cpu_ns(c.proc.pid) for name, c in children.items()})
        calls_after = _calls(base_url)
        for name, child in children.items():
            assert child.proc.poll() is None, f"{name} ended during the window"
    finally:
        for child in children.values():
            child.stop()

    used = {name: samples[-1][name] - samples[0][name] for name in children}
    slices = {
        name: [_per_hour(b[name] - a[name]) * SLICES for a, b in itertools.pairwise(samples)]
        for name in children
    }
    app, bare = _per_hour(used["app"]), _per_hour(used["bare tray"])
    judged = verdict(app <= BUDGET)
    ratio = f"{app / bare:.1f}x" if bare > 0 else "n/a"
    sf_before, sf_after = calls_before["salesforce"], calls_after["salesforce"]
    rest = sf_after["rest"] - sf_before["rest"]
    connects = sf_after["cometdRequests"] - sf_before["cometdRequests"]
    deliveries = sf_after["streamingDeliveries"] - sf_before["streamingDeliveries"]
    oauth = sf_after["oauth"] - sf_before["oauth"]
    genesys = calls_after["genesys"]["total"] - calls_before["genesys"]["total"]
    advice = CometdServer.__dataclass_fields__["timeout"].default

    def figure(name: str) -> str:
        per_slice = ", ".join(f"{v:.3f}" for v in slices[name])
        return (
            f"{used[name] / 1e6:.1f} ms in {IDLE:.0f} s = {_per_hour(used[name]):.3f} CPU-s/hour "
            f"(per {IDLE / SLICES:.0f} s slice, as CPU-s/hour: {per_slice}; median "
            f"{statistics.median(slices[name]):.3f})"
        )

    print(
        f"\nidle {IDLE:.0f} s (after {settled:.0f} s for start-up to end), CPU time from each "
        "process's CPU clock (ns):"
        "\n  full tray app (Xvfb + trayer, signed in, synced, status window closed): "
        f"{figure('app')}"
        f"\n  bare PySide6 + qasync tray app (baseline): {figure('bare tray')}"
        f"\n  bare asyncio loop asleep (floor): {figure('bare loop')}"
        f"\n  sandbox serving the app (not the app's): {figure('sandbox')}"
        f"\n  ratio app/bare tray {ratio}; budget {BUDGET} CPU-s/hour ({judged})"
        f"\nidle requests in {IDLE:.0f} s: Salesforce REST {rest}, OAuth {oauth}, Genesys API "
        f"{genesys}, CometD requests {connects} ({connects / IDLE * 60:.1f}/min; the handshake "
        f"advice holds each connect up to {advice:.0f} s, so {60 / advice:.2f}/min is expected "
        f"while nothing happens), streaming deliveries {deliveries}"
    )
    assert rest == 0 and genesys == 0, "the app made API calls while idle: polling?"
    assert connects <= IDLE / advice + 1, "CometD connects faster than the server's advice"
