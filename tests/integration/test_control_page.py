"""The control page, its assets, ``/control/statuses`` and the ``/control/stream`` SSE feed."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from omnisync.core.catalog import StatusCatalog
from omnisync.sandbox.control_page import json_for_html
from omnisync.sandbox.harness import Sandbox, running_sandbox

STREAM_WAIT = 5.0


class SseReader:
    """Reads Server-Sent Events frames (blank-line separated) from a streaming response."""

    def __init__(self, response: httpx.Response) -> None:
        self._lines: AsyncIterator[str] = response.aiter_lines()

    async def frame(self) -> list[str]:
        async with asyncio.timeout(STREAM_WAIT):
            lines: list[str] = []
            async for line in self._lines:
                if line == "":
                    if lines:
                        return lines
                    continue
                lines.append(line)
        raise AssertionError(f"the stream ended; last partial frame {lines}")

    async def remaining_lines(self) -> list[str]:
        """Everything until the server ends the response."""
        async with asyncio.timeout(STREAM_WAIT):
            return [line async for line in self._lines if line]

    async def state(self) -> tuple[int, dict[str, Any]]:
        """The next ``state`` event, skipping retry and keep-alive frames."""
        while True:
            lines = await self.frame()
            fields = dict(line.split(": ", 1) for line in lines if not line.startswith(":"))
            if fields.get("event") == "state":
                return int(fields["id"]), json.loads(fields["data"])


async def test_page_and_its_assets_are_served_from_this_origin(sandbox: Sandbox) -> None:
    http = sandbox.control
    for path in ("/", "/control/page"):
        page = await http.get(path)
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert "default-src 'self'" in page.headers["content-security-policy"]
    html = page.text
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sorted(assets) == ["/control/assets/control.css", "/control/assets/control.js"]
    kinds = {".css": "text/css", ".js": "javascript"}
    for asset in assets:
        response = await http.get(asset)
        assert response.status_code == 200, asset
        assert kinds[asset[asset.rfind(".") :]] in response.headers["content-type"]
        # Offline by design: nothing is loaded from anywhere else.
        assert not re.search(r"https?://", response.text), asset
    assert not re.search(r"https?://", html)
    initial = re.search(r'<script type="application/json" id="initial-data">(.*?)</script>', html)
    assert initial is not None
    data = json.loads(initial.group(1))
    assert data["statuses"] == (await http.get("/control/statuses")).json()
    assert data["state"]["genesys"]["presence"]["label"] == "Available"
    # Every control the script looks up by id exists in the page.
    script = (await http.get("/control/assets/control.js")).text
    for element_id in set(re.findall(r'\$\("([\w-]+)"\)', script)):
        assert f'id="{element_id}"' in html, element_id


def test_initial_data_cannot_close_its_script_block() -> None:
    text = json_for_html({"what": "</script><script>alert(1)</script>"})
    assert "<" not in text
    assert json.loads(text) == {"what": "</script><script>alert(1)</script>"}


async def _raw_get_status(base_url: str, raw_path: str) -> int:
    """GET a path byte for byte (HTTP clients would normalise the dot segments away)."""
    host, port = base_url.removeprefix("http://").rsplit(":", 1)
    reader, writer = await asyncio.open_connection(host, int(port))
    try:
        request = f"GET {raw_path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        writer.write(request.encode())
        await writer.drain()
        status_line = await asyncio.wait_for(reader.readline(), STREAM_WAIT)
    finally:
        writer.close()
    return int(status_line.split()[1])


async def test_assets_outside_the_web_folder_are_not_served(sandbox: Sandbox) -> None:
    assert await _raw_get_status(sandbox.base_url, "/control/assets/control.css") == 200
    for path in (
        "/control/assets/../../pyproject.toml",
        "/control/assets/../profiles/one-product-at-a-time.toml",
        "/control/assets/%2e%2e/profiles/one-product-at-a-time.toml",
        "/control/assets/nothing.js",
    ):
        assert await _raw_get_status(sandbox.base_url, path) == 404, path


async def test_statuses_have_the_documented_shape_and_load_as_a_catalog(sandbox: Sandbox) -> None:
    response = await sandbox.control.get("/control/statuses")
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"genesys", "salesforce"}
    presences = data["genesys"]["presences"]
    statuses = data["salesforce"]["statuses"]
    for presence in presences:
        assert set(presence) == {"id", "label", "systemPresence", "deactivated", "primary"}
    for status in statuses:
        assert set(status) == {"id", "label", "apiName", "routable"}
    by_label = {p["label"]: p for p in presences}
    assert by_label["Coaching"]["deactivated"] is True
    assert by_label["Case Management"] == {
        **by_label["Case Management"],
        "systemPresence": "Busy",
        "primary": False,
        "deactivated": False,
    }
    routable = {s["apiName"]: s["routable"] for s in statuses}
    assert routable["Available"] is True
    assert routable["Available_Chat"] is True
    assert routable["Busy"] is False
    assert "Offline" not in routable

    catalog = StatusCatalog.from_json(data)
    assert len(catalog.genesys) == len(presences)
    assert len(catalog.omni) == len(statuses)

    # The ids are the ones the control API and the state speak.
    on_queue = by_label["On Queue"]["id"]
    state = await sandbox.post("/control/genesys/presence", {"presence": on_queue})
    assert state["presence"]["id"] == on_queue
    omni = await sandbox.post("/control/salesforce/status", {"status": statuses[0]["id"]})
    assert omni["omni"]["id"] == statuses[0]["id"]


async def test_stream_sends_the_state_then_a_new_one_after_each_action(sandbox: Sandbox) -> None:
    async with sandbox.control.stream("GET", "/control/stream?events=5") as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        assert response.headers["cache-control"] == "no-cache"
        reader = SseReader(response)
        assert (await reader.frame())[0].startswith("retry: ")
        first_id, first = await reader.state()
        assert first["genesys"]["presence"]["label"] == "Available"
        assert set(first) >= {"genesys", "salesforce", "apiCalls", "events", "clock"}

        await sandbox.post("/control/genesys/presence", {"presence": "On Queue"})
        next_id, state = await reader.state()
        assert next_id > first_id
        assert state["genesys"]["presence"]["label"] == "On Queue"
        # One state covers every event of the action (presence, then routing): no backlog.
        assert [e["what"] for e in state["events"][-2:]] == [
            "presence On Queue",
            "routing status IDLE",
        ]
        assert len(state["events"]) <= 5

        await sandbox.post("/control/salesforce/console", {"open": False})
        _, state = await reader.state()
        assert state["salesforce"]["console"] == "closed"

        await sandbox.post("/control/clock", {"advance": 60})
        _, state = await reader.state()
        assert state["events"][-1] == {**state["events"][-1], "product": "sandbox", "by": "system"}


async def test_a_bad_event_count_is_refused_with_the_reason(sandbox: Sandbox) -> None:
    for path in ("/control/stream?events=many", "/control/state?events=-1"):
        response = await sandbox.control.get(path)
        assert response.status_code == 400, path
        assert "events must be a whole number" in response.json()["error"]
    assert (await sandbox.control.get("/control/state?events=0")).json()["events"] == []


@pytest.mark.parametrize("sandbox_settings", [{"control": {"stream_keepalive": 0.2}}])
async def test_quiet_stream_gets_keep_alive_comments_not_repeated_states(sandbox: Sandbox) -> None:
    async with sandbox.control.stream("GET", "/control/stream") as response:
        reader = SseReader(response)
        await reader.frame()  # retry
        await reader.state()
        quiet = [await reader.frame() for _ in range(3)]
        assert quiet == [[": keep-alive"]] * 3


async def test_stream_ends_when_the_sandbox_closes_it(sandbox: Sandbox) -> None:
    async with sandbox.control.stream("GET", "/control/stream") as response:
        reader = SseReader(response)
        await reader.state()
        sandbox.app.state.close_streams()
        assert await reader.remaining_lines() == []


async def test_stopping_the_sandbox_ends_open_streams_at_once() -> None:
    loop = asyncio.get_running_loop()
    async with httpx.AsyncClient() as browser:  # outlives the sandbox, as a browser tab does
        async with running_sandbox() as sandbox:
            stream = browser.stream("GET", f"{sandbox.base_url}/control/stream")
            response = await stream.__aenter__()
            reader = SseReader(response)
            await reader.state()
            started = loop.time()
        # Without the close hook uvicorn waits out its graceful timeout (2 s) for the stream.
        assert loop.time() - started < 1.0
        assert await reader.remaining_lines() == []
        await stream.__aexit__(None, None, None)


async def test_the_page_logs_omni_out_with_each_reason_salesforce_gives(sandbox: Sandbox) -> None:
    """One button per logout reason (the agent, another tab, another login, a supervisor,
    maintenance), each a request the control API takes."""
    http = sandbox.control
    html = (await http.get("/")).text
    reasons = re.findall(r'data-logout="([\w_]+)"', html)
    assert sorted(reasons) == sorted(
        ["agent", "duplicate_tab", "duplicate_login", "supervisor", "maintenance"]
    )
    script = (await http.get("/control/assets/control.js")).text
    assert 'status: "Offline", by: element.dataset.logout' in script
    for by in reasons:
        await http.post("/control/salesforce/status", json={"status": "Available"})
        answer = await http.post("/control/salesforce/status", json={"status": "Offline", "by": by})
        assert answer.status_code == 200, (by, answer.text)
        state = (await http.get("/control/state")).json()
        assert state["salesforce"]["omni"] is None, by  # logged out: no presence row
