"""No sandbox route answers 5xx or logs a traceback, whatever it is sent.

The routes are read from the sandbox app itself, so a route added later is fuzzed without
anyone remembering to. Each one gets every method, malformed bodies (bad JSON, bytes that are
no UTF-8, deep nesting, NaN, huge numbers, wrong types, missing fields), odd path values and
query strings, with no token, a bad one and each cloud's real one (so handlers are reached past
their sign-in check). Field names and enum values come from the sandbox's own string literals,
so requests reach the code that reads them. Afterwards ``/control/state`` and
``/control/reset`` must still work: a bad value must not break what comes after it.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import inspect
import json
import logging
import random
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import websockets
from starlette.routing import BaseRoute, Mount, Route, WebSocketRoute

from omnisync.sandbox import clock as sandbox_clock
from omnisync.sandbox.harness import Sandbox
from omnisync.sandbox.parts import build_sandbox_app
from support.oauth_by_hand import sign_in_by_hand

pytestmark = pytest.mark.integration

SANDBOX_DIR = Path(sandbox_clock.__file__).parent
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
REQUESTS_PER_ROUTE = 120


def walk(routes: list[BaseRoute], prefix: str = "") -> Iterator[tuple[str, str, Any]]:
    """(kind, path template, endpoint) of every route, through mounts; a mounted app is one
    route ending in ``{path}``."""
    for route in routes:
        if isinstance(route, Mount):
            inner = list(route.routes)
            if inner:
                yield from walk(inner, prefix + route.path)
            else:
                yield "http", f"{prefix}{route.path}/{{path}}", route.app
        elif isinstance(route, WebSocketRoute):
            yield "websocket", prefix + route.path, route.endpoint
        elif isinstance(route, Route):
            yield "http", prefix + route.path, route.endpoint


def _functions(endpoint: Any, depth: int = 3) -> Iterator[Any]:
    """The endpoint and what its closure wraps (``_guarded(self._status)`` and the like)."""
    function = getattr(endpoint, "__func__", endpoint)
    if not inspect.isfunction(function) or depth == 0:
        return
    yield function
    for cell in function.__closure__ or ():
        with contextlib.suppress(ValueError):  # an empty cell
            yield from _functions(cell.cell_contents, depth - 1)


def _keys_read(tree: ast.AST) -> set[str]:
    """String keys the code reads: ``x.get("k")``, ``x.pop("k")``, ``x["k"]``."""
    keys: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("get", "pop")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            keys.add(node.args[0].value)
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.slice, ast.Constant)
            and isinstance(node.slice.value, str)
        ):
            keys.add(node.slice.value)
    return keys


def _handler_keys(endpoint: Any) -> list[str]:
    keys: set[str] = set()
    for function in _functions(endpoint):
        with contextlib.suppress(OSError, TypeError, SyntaxError):
            keys |= _keys_read(ast.parse(textwrap.dedent(inspect.getsource(function))))
    return sorted(keys)


def _sandbox_literals() -> tuple[list[str], list[str]]:
    """(keys read anywhere in the sandbox, every short string literal of it for values)."""
    keys: set[str] = set()
    words: set[str] = set()
    for source in SANDBOX_DIR.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        keys |= _keys_read(tree)
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and 0 < len(text) <= 60 and "\n" not in text:
                words.add(text)
    return sorted(keys), sorted(words)


def _every_route() -> list[tuple[tuple[str, str, str], list[str]]]:
    """((host, kind, path), keys read) for the main port's app and every cloud host's app."""
    main = build_sandbox_app()
    apps = {"control": main, **main.state.hosts}
    found = {
        (host, kind, path): _handler_keys(endpoint)
        for host, app in apps.items()
        for kind, path, endpoint in walk(app.routes)
    }
    return sorted(found.items())


ROUTES = _every_route()
KEYS, WORDS = _sandbox_literals()
NASTY_JSON: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    1e308,
    -1e308,
    10**30,
    -(10**30),
    0.5,
    "",
    "é",
    "\u0000",
    "\ud800x",  # a lone surrogate: json.dumps writes it escaped, some decoders choke
    "a" * 5000,
    [],
    {},
    [1, "x"],
    {"x": {"y": []}},
]
RAW_NUMBERS = ["NaN", "Infinity", "-Infinity", "1e999", "-0", "9" * 4400, "1" * 400]
PATH_VALUES = [
    "x",
    "62.0",
    "v62.0",
    "0",
    "-1",
    "NaN",
    "1e308",
    "9" * 400,
    "%C3%A9",
    "%FF",
    "%00",
    "%2F..%2F..",
    "'",
    "a" * 3000,
    "PURECLOUD",
]
RAW_BODIES = [
    b"{",
    b"\xff\xfe\x00",
    b"[" * 100_000,
    b'{"a":' * 50_000,
    b"NaN",
    b"[]",
    b"null",
    b'"x"',
    b"1e999",
    b"{}",
    b"\x00" * 10,
    b'[{"channel": "\\ud800x"}]',  # an escaped lone surrogate: no text a reply could echo
]
FORM = "application/x-www-form-urlencoded"


def _value(rng: random.Random) -> Any:
    if rng.random() < 0.4:
        return rng.choice(WORDS)
    return rng.choice(NASTY_JSON)


def _some(rng: random.Random, keys: list[str], most: int) -> list[str]:
    """A few field names, mostly ones this handler reads (missing fields come from the rest)."""
    pool = keys if keys and rng.random() < 0.8 else KEYS
    return rng.sample(pool, k=rng.randint(0, min(most, len(pool))))


def _json_body(rng: random.Random, keys: list[str]) -> bytes:
    fields = _some(rng, keys, 5)
    body = {field: _value(rng) for field in fields}
    text = json.dumps(body)
    if rng.random() < 0.3 and fields:  # a raw number JSON itself cannot say (NaN, 1e999, ...)
        text = text[:-1] + (", " if body else "") + f'"{fields[0]}": {rng.choice(RAW_NUMBERS)}}}'
    if rng.random() < 0.2:
        return json.dumps([body, rng.choice(NASTY_JSON)]).encode()
    return text.encode("utf-8", "surrogatepass")


def _form_body(rng: random.Random, keys: list[str]) -> bytes:
    pairs = [
        f"{quote(f)}={quote(str(_value(rng)), safe='', errors='surrogatepass')}"
        for f in _some(rng, keys, 6)
    ]
    if rng.random() < 0.3:
        pairs.append("%FF=%FE&&=&x")
    return "&".join(pairs).encode()


def _query(rng: random.Random, keys: list[str]) -> str:
    fields = _some(rng, keys, 6)
    values = [rng.choice([*RAW_NUMBERS, *PATH_VALUES, *WORDS, "", "%FF"]) for _ in fields]
    pairs = zip(fields, values, strict=True)  # "%" kept: "%FF" stays a raw, undecodable byte
    return "&".join(f"{quote(f)}={quote(v, safe='%/')}" for f, v in pairs)


def _fill(template: str, rng: random.Random, known: list[str]) -> str:
    return re.sub(r"\{[^}]+\}", lambda _: rng.choice([*PATH_VALUES, *known]), template)


class Tracebacks(logging.Handler):
    """Every record logged with an exception, anywhere (uvicorn's included)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info or "Traceback" in record.getMessage():
            self.seen.append(self.format(record))


@pytest.fixture
def tracebacks() -> Iterator[Tracebacks]:
    handler = Tracebacks()
    loggers = [
        logging.getLogger(),
        logging.getLogger("uvicorn"),
        logging.getLogger("uvicorn.error"),
    ]
    for logger in loggers:
        logger.addHandler(handler)
    loop_errors: list[str] = []
    loop = asyncio.get_event_loop_policy().get_event_loop()
    loop.set_exception_handler(lambda _loop, context: loop_errors.append(str(context)))
    yield handler
    for logger in loggers:
        logger.removeHandler(handler)
    handler.seen.extend(loop_errors)


@pytest.fixture
def sandbox_settings(sandbox_settings: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    sandbox_settings["salesforce"] = {"cometd_timeout": 0.2}
    return sandbox_settings


@pytest.fixture
async def signed_in(sandbox: Sandbox) -> dict[str, str]:
    """Authorization headers to try: none, nonsense, and a live token of each cloud."""
    async with httpx.AsyncClient() as http:
        endpoints = (await http.get(f"{sandbox.base_url}/control/endpoints")).json()
        tokens = {
            name: (await sign_in_by_hand(http, part))["access_token"]
            for name, part in endpoints.items()
        }
    return {
        "none": "",
        "garbage": "Bearer x",
        "basic": "Basic %%%",
        **{name: f"Bearer {token}" for name, token in tokens.items()},
    }


def _known_ids(state: dict[str, Any], endpoints: dict[str, Any]) -> list[str]:
    """Real ids (users, statuses, orgs) so path templates also get values that exist."""
    found = re.findall(r'"([0-9A-Za-z]{18}|[0-9a-f-]{36})"', json.dumps([state, endpoints]))
    return sorted(set(found))[:20]


async def _fuzz_http(
    origin: str,
    template: str,
    keys: list[str],
    rng: random.Random,
    auth: dict[str, str],
    known: list[str],
) -> None:
    timeout = httpx.Timeout(10.0)
    async with httpx.AsyncClient(base_url=origin, timeout=timeout) as http:
        for number in range(REQUESTS_PER_ROUTE):
            method = METHODS[number % len(METHODS)] if number < 21 else rng.choice(METHODS)
            path = _fill(template, rng, known)
            query = _query(rng, keys) if rng.random() < 0.6 else ""
            headers = {}
            token = rng.choice(list(auth.values()))
            if token:
                headers["Authorization"] = token
            kind = rng.random()
            if kind < 0.35:
                body = _json_body(rng, keys)
                headers["Content-Type"] = "application/json"
            elif kind < 0.55:
                body = _form_body(rng, keys)
                headers["Content-Type"] = FORM
            elif kind < 0.8:
                body = rng.choice(RAW_BODIES)
                headers["Content-Type"] = rng.choice(["application/json", FORM, "text/plain"])
            else:
                body = b""
            url = f"{path}?{query}" if query else path
            request = http.build_request(method, url, content=body or None, headers=headers)
            response = await http.send(request, stream=True)
            try:
                what = f"{method} {url[:300]} body {body[:200]!r}"
                assert response.status_code < 500, f"{what}: {response.status_code}"
                if response.headers.get("content-type", "").startswith("text/event-stream"):
                    continue  # a live stream: its status said enough
                text = (await response.aread()).decode("utf-8", "replace")
                assert "Traceback" not in text, f"{what}: {text[:500]}"
            finally:
                await response.aclose()


async def _fuzz_websocket(origin: str, template: str, rng: random.Random, known: list[str]) -> None:
    ws_base = origin.replace("http://", "ws://")
    for _ in range(20):
        url = ws_base + _fill(template, rng, known)
        try:
            async with websockets.connect(url, open_timeout=5, close_timeout=1) as socket:
                for _ in range(3):
                    await socket.send(rng.choice(['{"message": "ping"}', "{", "é" * 100, "[]"]))
        except (websockets.InvalidHandshake, websockets.ConnectionClosed, OSError):
            pass  # refused or closed: fine, as long as the server logged no traceback
    async with httpx.AsyncClient(base_url=origin) as http:  # plain HTTP to it
        for method in METHODS:
            response = await http.request(method, _fill(template, rng, known))
            assert response.status_code < 500


@pytest.mark.parametrize(
    ("route", "keys"), ROUTES, ids=[f"{host}:{path}" for (host, _, path), _ in ROUTES]
)
async def test_no_route_answers_5xx_or_logs_a_traceback(
    sandbox: Sandbox,
    signed_in: dict[str, str],
    tracebacks: Tracebacks,
    route: tuple[str, str, str],
    keys: list[str],
) -> None:
    host, kind, template = route
    origin = sandbox.base_url if host == "control" else sandbox.context.origins[host]
    rng = random.Random(template)  # the same requests every run: a failure can be replayed
    endpoints = (await sandbox.control.get("/control/endpoints")).json()
    known = _known_ids(await sandbox.state(), endpoints)
    if kind == "websocket":
        await _fuzz_websocket(origin, template, rng, known)
    else:
        await _fuzz_http(origin, template, keys, rng, signed_in, known)
    state = await sandbox.control.get("/control/state")
    assert state.status_code == 200, state.text
    json.loads(state.text)  # strict: NaN or Infinity in the state would not parse elsewhere
    assert (await sandbox.control.post("/control/reset")).status_code == 200
    assert (await sandbox.control.get("/control/state")).status_code == 200
    assert tracebacks.seen == []


def test_every_kind_of_route_is_fuzzed() -> None:
    """The walk finds the routes that matter: if it found none, the test above proves nothing."""
    found = {path: keys for (_, _, path), keys in ROUTES}
    hosts = {host for (host, _, _), _ in ROUTES}
    assert {"control", "genesys.login", "genesys.api", "genesys.streaming"} <= hosts
    assert {"salesforce.login", "salesforce.instance"} <= hosts
    assert {"/control/clock", "/control/state", "/control/reset"} <= found.keys()
    assert any(kind == "websocket" for (_, kind, _), _ in ROUTES)
    assert any(path.endswith("/{path}") for path in found)  # the page's assets
    assert len(ROUTES) >= 30
    # the fields each handler reads are found, through the wrappers around it too
    assert "advance" in found["/control/clock"]
    assert {"status", "by"} <= set(found["/control/salesforce/status"])
    assert "redirect_uri" in found["/services/oauth2/authorize"]
    assert {"advance", "redirect_uri", "kind"} <= set(KEYS)


@pytest.mark.parametrize(
    "raw",
    ["NaN", "Infinity", "-Infinity", "1e308", "-1", "1" + "0" * 400, '"5"', "true", "null", "[]"],
)
async def test_the_clock_refuses_what_is_no_forward_time(sandbox: Sandbox, raw: str) -> None:
    before = (await sandbox.state())["clock"]
    answer = await sandbox.control.post(
        "/control/clock",
        content=f'{{"advance": {raw}}}',
        headers={"Content-Type": "application/json"},
    )
    assert answer.status_code == 400
    error = answer.json()["error"]
    # NaN and Infinity are no JSON at all (RFC 8259): refused before the field is looked at
    assert ("not JSON" in error) if raw.lstrip("-") in ("NaN", "Infinity") else ("advance" in error)
    state = await sandbox.control.get("/control/state")
    assert state.status_code == 200
    assert before <= json.loads(state.text)["clock"] < before + 60
    assert (await sandbox.control.post("/control/reset")).status_code == 200
    moved = await sandbox.control.post("/control/clock", json={"advance": 3600})
    assert moved.status_code == 200 and moved.json()["now"] >= before + 3600


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
async def test_a_number_json_has_not_is_refused_not_echoed(sandbox: Sandbox, constant: str) -> None:
    """Python's json reads NaN and Infinity; echoed back (a CometD answer repeats the channel)
    they cannot be written as JSON and the answer was a 500."""
    instance = sandbox.context.origins["salesforce.instance"]
    async with httpx.AsyncClient() as http:
        answer = await http.post(
            f"{instance}/cometd/60.0",
            content=f'[{{"channel": {constant}, "id": "1"}}]',
            headers={"Content-Type": "application/json"},
        )
    assert answer.status_code == 400, answer.text


async def test_an_escaped_lone_surrogate_is_refused_not_a_500(sandbox: Sandbox) -> None:
    """Found by the route fuzz: CometD echoed a channel "\\ud800x" back and could not encode
    its answer (a 500 with a traceback). Such a body is no Unicode text: 400, as for bad JSON."""
    body = b'[{"channel": "\\ud800x", "id": "1"}]'
    async with httpx.AsyncClient() as http:
        cometd = await http.post(
            f"{sandbox.origin('salesforce', 'instance')}/cometd/60.0",
            content=body,
            headers={"Content-Type": "application/json"},
        )
        control = await http.post(
            f"{sandbox.base_url}/control/genesys/presence",
            content=b'{"presence": "\\udfff"}',
            headers={"Content-Type": "application/json"},
        )
    assert cometd.status_code == 400, cometd.text
    assert control.status_code == 400, control.text
