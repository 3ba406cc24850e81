"""Idle cost: CPU time and requests of the signed-in, synced app while the agent does nothing.

Run with ``make bench``. Four processes idle over the same window: ``omnisync demo --headless``
(the app and the sandbox in one process, signed in and synced), the same demo as the tray app
(Qt offscreen: the qasync loop, the widgets and the main-thread garbage collection of
``ui/qt_gc.py`` included), ``omnisync sandbox`` alone (the same sandbox with no app), and a bare
``asyncio`` loop asleep (the floor for any Python process).
The app's own share is the demo minus the sandbox alone; that still counts the sandbox's work for
answering the app (its heartbeats and held CometD connects), so it overstates the app a little.
Requests come from the sandbox's own counters (``GET /control/state`` ``apiCalls``).
Budgets: idle CPU near zero (we read that as under 0.5% of one core), no polling (no REST or
Genesys API call while idle; CometD connects only at the rate the server's advice sets).
"""

from __future__ import annotations

import json
import queue
import socket
import time
from pathlib import Path
from typing import Any

import httpx

from bench.measure import PYTHON, Child, cpu_seconds, need_proc
from omnisync.sandbox.salesforce_cometd import CometdServer
from support.child_env import isolated_env

IDLE = 30.0
SETTLE = 3.0
"""After "sync is live", let the start-up's last answers land before the window opens."""
BARE_LOOP = "import asyncio; print('up', flush=True); asyncio.run(asyncio.sleep(3600))"
NEAR_ZERO = 0.5
"""Percent of one core."""


def _calls(base_url: str) -> dict[str, Any]:
    answer = httpx.get(f"{base_url}/control/state", params={"events": 0}, timeout=10)
    answer.raise_for_status()
    return answer.json()["apiCalls"]  # type: ignore[no-any-return]


def _cpu(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds > 0 else "<0.01 s (under one tick)"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for_log(path: Path, text: str, timeout: float) -> None:
    """The tray app logs to its file only; this harness (not the app) looks there."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and text in path.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared in {path}")


def _drain(child: Child) -> list[str]:
    lines = []
    while True:
        try:
            line = child.lines.get_nowait()
        except queue.Empty:
            return lines
        if line is not None:
            lines.append(line)


def test_bench_idle_cpu_and_requests(tmp_path: Path) -> None:
    need_proc()
    tray_port = _free_port()
    tray_env = isolated_env(tmp_path / "tray", QT_QPA_PLATFORM="offscreen", DISPLAY=":99")
    tray_log = Path(tray_env["XDG_STATE_HOME"]) / "omnisync" / "log" / "omnisync.log"
    children = {
        "demo": Child(
            [PYTHON, "-m", "omnisync", "demo", "--headless", "--no-browser", "--port", "0"],
            isolated_env(tmp_path / "demo"),
        ),
        "tray": Child(
            [PYTHON, "-m", "omnisync", "demo", "--no-browser", "--port", str(tray_port)],
            tray_env,
        ),
        "sandbox": Child(
            [PYTHON, "-m", "omnisync", "sandbox", "--port", "0"], isolated_env(tmp_path / "sb")
        ),
        "bare": Child(
            [
                PYTHON,
                "-c",
                "import asyncio; print('up', flush=True); asyncio.run(asyncio.sleep(3600))",
            ],
            isolated_env(tmp_path / "bare"),
        ),
    }
    try:
        demo = children["demo"]
        base_url = demo.wait_for(lambda s: s.startswith("Sandbox: "), 30, "sandbox URL").split()[1]
        demo.wait_for(lambda s: "Writing Omni-Channel is possible" in s, 30, "sync going live")
        _wait_for_log(tray_log, "Console link is answering", 30)
        tray_url = f"http://127.0.0.1:{tray_port}"
        children["sandbox"].wait_for(lambda s: '"baseUrl"' in s, 30, "the lone sandbox")
        children["bare"].wait_for(lambda s: s == "up", 30, "the bare loop")
        time.sleep(SETTLE)
        _drain(demo)
        calls_before = _calls(base_url)
        tray_before = _calls(tray_url)
        cpu_before = {name: cpu_seconds(child.proc.pid) for name, child in children.items()}
        time.sleep(IDLE)
        total = {name: cpu_seconds(child.proc.pid) for name, child in children.items()}
        cpu = {name: total[name] - cpu_before[name] for name in children}
        calls_after = _calls(base_url)
        tray_after = _calls(tray_url)
        said = _drain(demo)
    finally:
        for child in children.values():
            child.stop()

    def pct(seconds: float) -> float:
        return seconds / IDLE * 100

    app = max(cpu["demo"] - cpu["sandbox"], 0.0)
    sf_before, sf_after = calls_before["salesforce"], calls_after["salesforce"]
    rest = sf_after["rest"] - sf_before["rest"]
    connects = sf_after["cometdRequests"] - sf_before["cometdRequests"]
    deliveries = sf_after["streamingDeliveries"] - sf_before["streamingDeliveries"]
    oauth = sf_after["oauth"] - sf_before["oauth"]
    genesys = calls_after["genesys"]["total"] - calls_before["genesys"]["total"]
    advice = CometdServer.__dataclass_fields__["timeout"].default
    verdict = "near zero" if pct(app) < NEAR_ZERO else "NOT near zero"
    tray_app = max(cpu["tray"] - cpu["sandbox"], 0.0)
    tray_verdict = "near zero" if pct(tray_app) < NEAR_ZERO else "NOT near zero"
    counted = (("salesforce", "rest"), ("genesys", "total"))
    tray_api = sum(tray_after[p][k] - tray_before[p][k] for p, k in counted)
    ratio = f"{cpu['demo'] / cpu['sandbox']:.1f}x" if cpu["sandbox"] > 0 else "n/a"
    print(
        f"\nidle {IDLE:.0f} s, CPU time (10 ms ticks): demo (app + sandbox) {_cpu(cpu['demo'])} "
        f"({pct(cpu['demo']):.2f}% of a core); sandbox alone {_cpu(cpu['sandbox'])}; "
        f"bare asyncio loop {_cpu(cpu['bare'])}; app = demo - sandbox {_cpu(app)} "
        f"({pct(app):.2f}% of a core, {app / IDLE * 60 * 1000:.0f} ms CPU per minute; "
        f"ratio demo/sandbox-alone {ratio}; {verdict}); CPU since each process started: "
        f"demo {total['demo']:.2f} s, sandbox {total['sandbox']:.2f} s, bare {total['bare']:.2f} s"
        f"\nthe tray app (Qt offscreen, status window open) + its sandbox {_cpu(cpu['tray'])} "
        f"({pct(cpu['tray']):.2f}% of a core); tray app = that - sandbox alone {_cpu(tray_app)} "
        f"({pct(tray_app):.2f}% of a core; {tray_verdict}); its REST + Genesys API calls while "
        f"idle: {tray_api}; CPU since start {total['tray']:.2f} s"
        f"\nidle requests in {IDLE:.0f} s: Salesforce REST {rest}, OAuth {oauth}, Genesys API "
        f"{genesys}, CometD requests {connects} ({connects / IDLE * 60:.1f}/min; the handshake "
        f"advice holds each connect up to {advice:.0f} s, so {60 / advice:.2f}/min is expected "
        f"while nothing happens), streaming deliveries {deliveries}; "
        f"lines printed while idle: {len(said)}" + (f"\n  {json.dumps(said[-5:])}" if said else "")
    )
    assert rest == 0 and genesys == 0, "the app made API calls while idle: polling?"
    assert tray_api == 0, "the tray app made API calls while idle: polling?"
