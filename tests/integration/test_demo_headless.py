"""``omnisync demo --headless`` as a real process, driven through the sandbox's control API."""

from __future__ import annotations

import asyncio
import re
import signal
import socket
import sys
from pathlib import Path

import httpx
import pytest

from support.child_env import isolated_env
from support.ports import free_port

pytestmark = pytest.mark.integration


async def _line_with(stream: asyncio.StreamReader, text: str, seen: list[str]) -> str:
    async def read() -> str:
        while True:
            raw = await stream.readline()
            if not raw:
                raise AssertionError(f"the demo ended before printing {text!r}:\n" + "".join(seen))
            line = raw.decode()
            seen.append(line)
            if text in line:
                return line

    try:
        return await asyncio.wait_for(read(), 20)
    except TimeoutError:
        raise AssertionError(f"no line with {text!r}:\n" + "".join(seen)) from None


async def _start_demo(
    env: dict[str, str], link_port: int | None = None
) -> asyncio.subprocess.Process:
    # The console link on a port of the test's own, not the registered range a running demo uses.
    demo = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "omnisync", "demo", "--headless", "--no-browser", "--port", "0",
        "--link-port", str(link_port or free_port()),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, env=env,
    )  # fmt: skip
    assert demo.stdout is not None
    return demo


def _listened_on(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


async def _ready(stream: asyncio.StreamReader, seen: list[str]) -> str:
    """The sandbox's control URL, once the demo can set Omni-Channel."""
    started = await _line_with(stream, "OmniSync demo started. Sandbox: ", seen)
    await _line_with(stream, "The app can set your Omni-Channel status", seen)
    return started.split("Sandbox: ")[1].split()[0]


async def test_headless_demo_signs_in_syncs_and_stops_cleanly(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    link_port = free_port()
    demo = await _start_demo(env, link_port)
    assert demo.stdout is not None
    seen: list[str] = []
    try:
        base = await _ready(demo.stdout, seen)
        assert _listened_on(link_port), "the direct link is not on the port --link-port named"
        async with httpx.AsyncClient(base_url=base) as control:
            answer = await control.post("/control/genesys/presence", json={"presence": "On Queue"})
            answer.raise_for_status()
            line = await _line_with(demo.stdout, "R1 enforce pending", seen)
            assert "You went On Queue in Genesys Cloud, so Omni-Channel was set to Busy" in line
            await _line_with(demo.stdout, "R1 enforce confirmed", seen)
            in_sync = "Genesys Cloud On Queue ⇄ Omni-Channel Busy: in sync"
            assert any(in_sync in line for line in seen), "".join(seen)
            state = (await control.get("/control/state")).json()
            assert state["salesforce"]["omni"]["label"] == "Busy"
            # The demo runs on the direct console link, and falls back visibly when refused.
            assert any("Salesforce console link: direct, on this computer" in x for x in seen)
            assert state["salesforce"]["link"]["transport"] == "direct"
            answer = await control.post("/control/salesforce/direct", json={"allowed": False})
            answer.raise_for_status()
            line = await _line_with(demo.stdout, "console link record:", seen)
            assert "[console link record: the console component disconnected]" in line
    finally:
        if demo.returncode is None:
            demo.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(demo.wait(), 20)
        seen += [raw.decode() for raw in (await demo.stdout.read()).splitlines(keepends=True)]
    output = "".join(seen)
    assert code == 0, output
    assert not any("Traceback" in line for line in seen), output
    assert seen[-1].endswith("demo   OmniSync demo stopped.\n"), output


def test_headless_output_reads_well(tmp_path: Path) -> None:
    """One format for every line, nothing said twice in a line, no "unknown ⇄ unknown", the
    start-up facts in one row, no echo rows and no platformdirs warning."""
    asyncio.run(_headless_output_reads_well(tmp_path))


async def _headless_output_reads_well(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    env.pop("XDG_RUNTIME_DIR", None)
    demo = await _start_demo(env)
    assert demo.stdout is not None
    seen: list[str] = []
    try:
        base = await _ready(demo.stdout, seen)
        async with httpx.AsyncClient(base_url=base) as control:
            await control.post("/control/genesys/presence", json={"presence": "On Queue"})
            await _line_with(demo.stdout, "R1 enforce confirmed", seen)
    finally:
        demo.send_signal(signal.SIGTERM)
        await asyncio.wait_for(demo.wait(), 20)
        seen += [raw.decode() for raw in (await demo.stdout.read()).splitlines(keepends=True)]
    output = "".join(seen)
    line_format = re.compile(r"^\d\d:\d\d:\d\d (audit|state|log|demo) +\S")
    assert [line for line in seen if not line_format.match(line)] == [], output
    assert "unknown ⇄ unknown" not in output and "Warning" not in output, output
    assert "own change" not in output and "confirms" not in output, output
    assert "start-up snapshot" not in output, output
    assert sum("You are Available in Genesys Cloud" in line for line in seen) == 1, output
    for line in seen:
        words = line.split()[2:]
        phrases = [" ".join(words[i : i + 3]).casefold() for i in range(len(words) - 2)]
        repeated = {p for p in phrases if phrases.count(p) > 1 and "⇄" not in p}
        assert not repeated, f"said twice: {repeated} in {line!r}"


STOP_BOUND = 2.0
"""Seconds from the signal to the process's end: the budget is 1 s (measured 0.3-0.5 s on a
loaded 2-core machine); the bound is 2 s so that load alone cannot fail it, while uvicorn's
graceful timeout (2 s, what a held long poll used to cost) or a stuck task always does."""


@pytest.mark.parametrize(
    ("state", "signum"),
    [
        ("started", signal.SIGINT),
        ("console-closed", signal.SIGTERM),
        ("working", signal.SIGINT),
        ("an-hour-later", signal.SIGTERM),
    ],
)
async def test_the_demo_stops_within_a_second_in_every_state(
    tmp_path: Path, state: str, signum: signal.Signals
) -> None:
    demo = await _start_demo(isolated_env(tmp_path))
    assert demo.stdout is not None
    seen: list[str] = []
    try:
        base = await _ready(demo.stdout, seen)
        async with httpx.AsyncClient(base_url=base) as control:
            if state == "console-closed":
                await control.post("/control/salesforce/console", json={"open": False})
                await _line_with(demo.stdout, "suspended", seen)
            elif state == "working":
                await control.post("/control/genesys/presence", json={"presence": "On Queue"})
                await _line_with(demo.stdout, "R1 enforce confirmed", seen)
                await control.post("/control/genesys/interaction", json={"action": "offer"})
                await control.post("/control/genesys/interaction", json={"action": "answer"})
                await _line_with(
                    demo.stdout, "Your Genesys Cloud work: an active interaction", seen
                )
            elif state == "an-hour-later":
                await control.post("/control/clock", json={"advance": 3600})
                await control.post("/control/genesys/presence", json={"presence": "On Queue"})
                await _line_with(demo.stdout, "R1 enforce", seen)
            await asyncio.sleep(0.5)  # the long polls and sockets are now held open
    finally:
        loop = asyncio.get_running_loop()
        started = loop.time()
        if demo.returncode is None:
            demo.send_signal(signum)
        rest = (await asyncio.wait_for(demo.stdout.read(), 20)).decode()
        code = await asyncio.wait_for(demo.wait(), 20)
        stopped = loop.time() - started
    print(f"{state}: stopped {stopped:.3f} s after {signal.Signals(signum).name}")
    seen.append(rest)
    assert code == 0, "".join(seen)
    assert "Traceback" not in "".join(seen) and "graceful shutdown" not in rest, "".join(seen)
    assert stopped < STOP_BOUND, f"{state}: {stopped:.2f} s\n" + "".join(seen)
