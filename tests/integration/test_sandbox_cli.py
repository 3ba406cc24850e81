"""``omnisync sandbox`` as a real process: it prints its URL, serves, and stops on SIGTERM."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path

import httpx

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


async def test_sandbox_command_serves_until_terminated() -> None:
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "omnisync", "sandbox", "--port", "0", "--heartbeat", "5",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=env,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        base_url = ""
        while not base_url:
            line = await asyncio.wait_for(process.stdout.readline(), 20)
            assert line, "the sandbox exited before printing its URL"
            if line.startswith(b"{"):
                base_url = json.loads(line)["baseUrl"]
                hosts = json.loads(line)["hosts"]
        async with httpx.AsyncClient() as http:
            endpoints = (await http.get(f"{base_url}/control/endpoints")).json()
            api = endpoints["genesys"]["api"]
            assert api.startswith("http://127.0.0.1:") and api != base_url
            assert hosts["genesys.api"] == api
            assert hosts["salesforce.instance"] == endpoints["salesforce"]["instance"]
            assert (await http.get(f"{api}/api/v2/users/me")).status_code == 401
            assert (await http.get(f"{base_url}/")).status_code == 200
            # A control page left open keeps a stream; stopping must not wait for it.
            async with http.stream("GET", f"{base_url}/control/stream") as stream:
                lines = stream.aiter_lines()  # kept: a dropped iterator would close the stream
                assert await anext(lines) == "retry: 2000"
                loop = asyncio.get_running_loop()
                started = loop.time()
                process.send_signal(signal.SIGTERM)
                await asyncio.wait_for(process.wait(), 10)
                assert loop.time() - started < 1.8
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(process.wait(), 10)
    assert code == 0


async def test_bad_port_is_refused() -> None:
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "omnisync", "sandbox", "--port", "70000",
        stderr=asyncio.subprocess.PIPE, env=env,
    )  # fmt: skip
    _, err = await process.communicate()
    assert process.returncode == 2
    assert b"--port" in err
