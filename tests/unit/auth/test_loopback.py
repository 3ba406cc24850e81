import asyncio

import httpx
import pytest

from omnisync.auth.errors import AuthorizationDenied, SignInCancelled, SignInTimeout, StateMismatch
from omnisync.auth.loopback import LoopbackReceiver


async def test_valid_answer_yields_the_code_and_a_success_page() -> None:
    async with LoopbackReceiver("s1", product="Genesys Cloud") as rx, httpx.AsyncClient() as http:
        assert rx.redirect_uri.startswith("http://127.0.0.1:")
        assert rx.redirect_uri.endswith("/callback")
        page = await http.get(rx.redirect_uri, params={"code": "c1", "state": "s1"})
        answer = await rx.wait(5)
    assert page.status_code == 200
    assert "Signed in" in page.text
    assert "Genesys Cloud" in page.text
    assert page.headers["cache-control"] == "no-store"
    assert answer.code == "c1"
    assert "c1" not in repr(answer)


async def test_state_is_checked_before_anything_else() -> None:
    async with LoopbackReceiver("right") as rx, httpx.AsyncClient() as http:
        page = await http.get(rx.redirect_uri, params={"code": "c1", "state": "wrong"})
        with pytest.raises(StateMismatch):
            await rx.wait(5)
    assert page.status_code == 400
    assert "c1" not in page.text


async def test_missing_state_is_a_mismatch() -> None:
    async with LoopbackReceiver("right") as rx, httpx.AsyncClient() as http:
        await http.get(rx.redirect_uri, params={"code": "c1"})
        with pytest.raises(StateMismatch):
            await rx.wait(5)


async def test_error_redirect_is_reported_and_escaped() -> None:
    async with LoopbackReceiver("s") as rx, httpx.AsyncClient() as http:
        page = await http.get(
            rx.redirect_uri,
            params={
                "error": "access_denied",
                "error_description": "<script>alert(1)</script>",
                "state": "s",
            },
        )
        with pytest.raises(AuthorizationDenied) as caught:
            await rx.wait(5)
    assert caught.value.error == "access_denied"
    assert "<script>" not in page.text
    assert "&lt;script&gt;" in page.text


async def test_stray_requests_are_ignored() -> None:
    async with LoopbackReceiver("s") as rx, httpx.AsyncClient() as http:
        base = f"http://127.0.0.1:{rx.port}"
        assert (await http.get(f"{base}/favicon.ico")).status_code == 404
        assert (await http.get(f"{base}/callback")).status_code == 404
        assert (await http.post(f"{base}/callback?code=x&state=s")).status_code == 405
        (await http.get(rx.redirect_uri, params={"code": "c2", "state": "s"})).raise_for_status()
        assert (await rx.wait(5)).code == "c2"


async def test_a_second_answer_is_refused() -> None:
    async with LoopbackReceiver("s") as rx, httpx.AsyncClient() as http:
        await http.get(rx.redirect_uri, params={"code": "c1", "state": "s"})
        again = await http.get(rx.redirect_uri, params={"code": "c2", "state": "s"})
        assert (await rx.wait(5)).code == "c1"
    assert again.status_code == 400


async def test_garbage_request_does_not_break_the_receiver() -> None:
    async with LoopbackReceiver("s") as rx:
        reader, writer = await asyncio.open_connection("127.0.0.1", rx.port)
        writer.write(b"NONSENSE\r\n\r\n")
        await writer.drain()
        assert b"400" in await reader.read()
        writer.close()
        async with httpx.AsyncClient() as http:
            await http.get(rx.redirect_uri, params={"code": "ok", "state": "s"})
        assert (await rx.wait(5)).code == "ok"


async def test_timeout() -> None:
    async with LoopbackReceiver("s") as rx:
        with pytest.raises(SignInTimeout, match=r"0\.05"):
            await rx.wait(0.05)


async def test_cancel_button() -> None:
    async with LoopbackReceiver("s") as rx:
        asyncio.get_running_loop().call_soon(rx.cancel)
        with pytest.raises(SignInCancelled):
            await rx.wait(5)


async def test_cancelling_the_task_closes_the_listener() -> None:
    async def run() -> None:
        async with LoopbackReceiver("s", port=0) as rx:
            ports.append(rx.port)
            await rx.wait(30)

    ports: list[int] = []
    task = asyncio.create_task(run())
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    with pytest.raises(OSError):
        await asyncio.open_connection("127.0.0.1", ports[0])


async def test_listens_on_loopback_only() -> None:
    async with LoopbackReceiver("s", redirect_host="localhost") as rx:
        assert rx._server is not None
        hosts = {sock.getsockname()[0] for sock in rx._server.sockets}
        assert hosts == {"127.0.0.1"}
        assert rx.redirect_uri.startswith("http://localhost:")
