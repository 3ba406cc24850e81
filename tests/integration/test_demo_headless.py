"""``omnisync demo --headless`` as a real process, driven through the sandbox's control API."""

from __future__ import annotations

import asyncio
import signal
import sys
from pathlib import Path

import httpx
import pytest

from support.child_env import isolated_env

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


async def test_headless_demo_signs_in_syncs_and_stops_cleanly(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    demo = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "omnisync",
        "demo",
        "--headless",
        "--no-browser",
        "--port",
        "0",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env=env,
    )
    assert demo.stdout is not None
    seen: list[str] = []
    try:
        base = (await _line_with(demo.stdout, "Sandbox: ", seen)).split("Sandbox: ")[1].strip()
        await _line_with(demo.stdout, "Writing Omni-Channel is possible", seen)
        async with httpx.AsyncClient(base_url=base) as control:
            answer = await control.post("/control/genesys/presence", json={"presence": "On Queue"})
            answer.raise_for_status()
            line = await _line_with(demo.stdout, "R1 enforce confirmed", seen)
            assert "so Omni-Channel was set to Busy (mapped status)" in line
            assert any("mapped: On Queue ⇄ Busy: in sync" in line for line in seen)
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
    assert code == 0, "".join(seen)
    assert not any("Traceback" in line for line in seen), "".join(seen)
