"""The soak run: the real service on the sandbox, random agent actions, faults, restarts and
sleeps from one seed, then the invariants of docs/soak.md.

``await soak(SoakPlan(profile, seed, steps))`` returns a :class:`SoakResult` whose
``violations`` is empty when every invariant held; ``result.report()`` names the seed and the
command that replays the run. Everything goes over real sockets: the service talks to each
sandbox host through a :class:`~support.freezing_proxy.FreezingProxy` (which a simulated sleep
freezes), and the service's clock is the sandbox's, so a sleep's clock jump moves both.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import random
import re
import sys
import tempfile
import time
import tomllib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from omnisync.auth.store import MemoryTokenStore
from omnisync.core.decision import SyncMode
from omnisync.core.model import Product
from omnisync.resources import resource_path
from omnisync.sandbox.harness import Sandbox, running_sandbox
from omnisync.service.factory import Orgs, Places, Timing, build_service
from omnisync.service.profile_store import ProfileDirs
from omnisync.service.state import Channel, Health, SignIn
from omnisync.service.sync_service import SyncService
from omnisync.timing import Backoff
from soak import checks
from soak.timeline import GENESYS, OMNI, Change, Mark, Timeline
from support.freezing_proxy import FreezingProxy
from support.ports import free_port
from support.tracebacks import watching

SETTLE = 2.0
"""Seconds (real time, the event loop's clock) within which both products must be consistent
with the profile's rules once the faults stop, and after each step of the final phase."""
STOP_WITHIN = 1.0
"""Seconds within which the service must stop, every time it is stopped."""
MEMORY_SLACK_BLOCKS = 20_000
"""Allowed growth of Python's allocated blocks (``sys.getallocatedblocks`` after a full
collection) between the sample a third into the run and the end: what the app keeps is bounded
(audit, logs, memories), so a longer run must not hold more."""

SANDBOX_SETTINGS: dict[str, dict[str, Any]] = {
    "genesys": {"heartbeat_interval": 0.2, "offer_timeout": 3.0, "socket_closing_grace": 0.3},
    "salesforce": {
        "cometd_timeout": 0.5,
        "cometd_max_interval": 30.0,
        "replay_retention": 50,
        "direct_retry": 0.2,
    },
}
GENESYS_FAULTS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("drop_websocket", {}),
    ("stop_heartbeats", {}),
    ("socket_closing", {"grace": 0.3}),
    ("expire_channel", {}),
    ("rate_limit", {"count": 2, "retryAfter": 0.2}),
    ("server_error", {"count": 1}),
    ("expire_token", {}),
    ("revoke_token", {}),
    ("delay_events", {"seconds": 0.3}),
    ("duplicate_events", {"count": 3}),
    ("reorder_events", {"count": 2}),
    ("drop_events", {"count": 1}),
    ("deny_sign_in", {}),
    ("malformed_event", {}),
)
SALESFORCE_FAULTS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("drop_cometd", {}),
    ("expire_session", {}),
    ("revoke_tokens", {}),
    ("api_limit", {"on": True}),
    ("slow_link", {"seconds": 1.0}),
    ("reorder_events", {"count": 2, "depth": 2}),
)
GENESYS_PRESENCES = ("On Queue", "On Queue", "Available", "Break", "Busy", "Away", "Meal")
OMNI_STATUSES = ("Available", "Available - Chat", "Busy", "Break", "Transition")
HOSTS = (("genesys", "login"), ("genesys", "api"), ("genesys", "streaming"))
HOSTS += (("salesforce", "login"), ("salesforce", "instance"))


@dataclass(frozen=True)
class SoakPlan:
    profile: str
    seed: int
    steps: int = 40
    faults: bool = True
    restarts: bool = True
    sleeps: bool = True
    gap: tuple[float, float] = (0.02, 0.25)
    """Seconds the agent waits between two steps (drawn from the seed)."""
    script: tuple[tuple[str, str, dict[str, Any]], ...] = ()
    """Agent actions (product, control path, body) done first, in order, each followed by a
    wait for consistency: a run that must reach a given state (the invariant-breaking tests)."""

    def replay(self) -> str:
        return (
            f"make soak SOAK_PROFILE={self.profile} SOAK_SEED={self.seed} SOAK_STEPS={self.steps}"
        )


@dataclass
class SoakResult:
    plan: SoakPlan
    timeline: Timeline
    violations: list[str] = field(default_factory=list)
    figures: dict[str, float] = field(default_factory=dict)

    def report(self) -> str:
        head = f"soak {self.plan.profile} seed={self.plan.seed} steps={self.plan.steps}"
        if not self.violations:
            return f"{head}: every invariant held {self.figures}"
        return (
            f"{head}: {len(self.violations)} violation(s); replay with: {self.plan.replay()}\n"
            + "\n".join(f"- {v}" for v in self.violations)
            + f"\nfigures: {self.figures}\nthe timeline where it went wrong:\n"
            + self.timeline.describe(
                [int(n) for v in self.violations for n in re.findall(r"entry (\d+)", v)]
            )
        )


@dataclass
class _Profile:
    mapped: str
    genesys_block: str
    omni_block: str
    restore: bool

    @classmethod
    def read(cls, profile: str) -> _Profile:
        data = tomllib.loads((resource_path("profiles") / f"{profile}.toml").read_text())
        return cls(
            data["mapped"]["omni"],
            data["blocking"]["genesys_while_salesforce_work"],
            data["blocking"]["omni_while_genesys_interaction"],
            bool(data["options"].get("restore_after_block", True)),
        )


SESSION_ENDING = frozenset({"expire_token", "revoke_token", "revoke_tokens", "expire_session"})
"""Faults after which the app may rightly say, even later, that a session ended."""


class SoakRun:
    def __init__(self, plan: SoakPlan, sandbox: Sandbox, data: Path, link_port: int) -> None:
        self.plan = plan
        self.link_port = link_port
        """Where the desktop's direct console link and the sandbox's console meet: a private
        port, so another checkout's test or demo on the machine (which dials the registered
        range) can never take part in this run."""
        self.rng = random.Random(plan.seed)
        self.sandbox = sandbox
        self.data = data
        self.timeline = Timeline()
        self.result = SoakResult(plan, self.timeline)
        self.profile = _Profile.read(plan.profile)
        self.store = MemoryTokenStore()
        self.proxies: list[FreezingProxy] = []
        self.asleep = False
        self.service: SyncService | None = None
        self.changed = asyncio.Condition()
        self.memory: list[int] = []
        self.restarts = 0

    @property
    def violations(self) -> list[str]:
        return self.result.violations

    # ---- the service -----------------------------------------------------------------------

    async def start_service(self, http: httpx.AsyncClient, browser: httpx.AsyncClient) -> None:
        endpoints = (await self.sandbox.control.get("/control/endpoints")).json()

        async def open_page(url: str) -> None:
            (await browser.get(url)).raise_for_status()

        places = Places(
            self.data / "data",
            ProfileDirs(resource_path("profiles"), self.data / "machine", self.data / "user"),
        )
        service = build_service(
            Orgs.from_sandbox(endpoints),
            places,
            http,
            self.store,
            open_page,
            wanted_profile=self.plan.profile,
            timing=Timing(
                clock=self.sandbox.context.clock.now,
                genesys={"heartbeat_timeout": 1.0, "backoff": Backoff(0.1, 0.5)},
                salesforce={
                    "ack_timeout": 3.0,
                    "reread_backoff": Backoff(0.1, 0.5),
                    "cometd_options": {"backoff_max": 0.5},
                    "link_ports": (self.link_port,),
                },
                confirm_timeout=3.0,
            ),
        )
        # Every back-off scaled down like the clients' above, so "within 2 s of the faults
        # stopping" measures the recovery, not how long a back-off after a fault happens to be.
        service.supervisor.base_delay, service.supervisor.max_delay = 0.1, 0.5
        self.service = service

        def on_change(_change: object) -> None:
            async def notify() -> None:
                async with self.changed:
                    self.changed.notify_all()

            asyncio.get_running_loop().create_task(notify())

        service.on_state(on_change)
        service.on_audit(on_change)
        service.on_audit(self.timeline.decided)
        await service.start()

    async def stop_service(self) -> None:
        service = self.service
        if service is None:
            return
        self.service = None
        started = time.monotonic()
        try:
            await asyncio.wait_for(service.shutdown(), STOP_WITHIN)
        except TimeoutError:
            self.violations.append(f"the service did not stop within {STOP_WITHIN} s")
        took = time.monotonic() - started
        self.result.figures["slowest_stop_s"] = round(
            max(took, self.result.figures.get("slowest_stop_s", 0.0)), 3
        )
        await asyncio.sleep(0)
        left = [t for t in asyncio.all_tasks() if _is_service_task(t) and not t.done()]
        if left:
            names = "; ".join(sorted({f"{t.get_name()} at {_where(t)}" for t in left}))
            self.violations.append(f"tasks still running after the stop: {names}")

    def needs_sign_in(self) -> list[Product]:
        service = self.service
        if service is None:
            return []
        state = service.state
        out = (SignIn.SIGNED_OUT, SignIn.EXPIRED)
        return [
            product
            for product, session in (
                (Product.GENESYS, state.genesys),
                (Product.OMNI, state.salesforce),
            )
            if session.sign_in in out
        ]

    async def sign_in_where_needed(self, attempts: int = 1) -> None:
        for product in self.needs_sign_in():
            for _ in range(attempts):
                assert self.service is not None
                self.timeline.mark("sign_in", _name(product), "the agent signs in again")
                try:
                    await self.service.sign_in(product)
                    break
                except Exception as exc:  # a denied sign-in: the agent tries again
                    self.timeline.mark("sign_in", _name(product), f"failed: {type(exc).__name__}")

    # ---- what the agent and the world do ------------------------------------------------

    async def post(self, path: str, body: dict[str, Any]) -> int:
        answer = await self.sandbox.control.post(path, json=body)
        return answer.status_code

    async def agent_step(self) -> None:
        rng = self.rng
        kind = rng.choices(
            ["g_presence", "g_call", "o_status", "o_work", "console", "g_offline", "o_offline"],
            weights=[4, 3, 4, 3, 0.5, 0.3, 0.3],
        )[0]
        genesys = self.sandbox.part("genesys").state()
        console = self.sandbox.part("salesforce").console.state()  # type: ignore[attr-defined]
        if kind in ("o_status", "o_work", "o_offline") and console["console"] == "closed":
            kind = "console"
        if kind == "g_presence":
            await self._agent(
                GENESYS, "/control/genesys/presence", presence=rng.choice(GENESYS_PRESENCES)
            )
        elif kind == "g_offline":
            await self._agent(GENESYS, "/control/genesys/presence", presence="Offline")
        elif kind == "g_call":
            await self._agent(GENESYS, "/control/genesys/interaction", **_call_action(genesys, rng))
        elif kind == "o_status":
            await self._agent(OMNI, "/control/salesforce/status", status=rng.choice(OMNI_STATUSES))
        elif kind == "o_offline":
            await self._agent(OMNI, "/control/salesforce/status", status="Offline")
        elif kind == "o_work":
            await self._agent(OMNI, "/control/salesforce/work", **_work_action(console, rng))
        else:
            opening = console["console"] == "closed"
            body = {"open": opening, "goodbye": rng.random() < 0.7}
            await self._agent(OMNI, "/control/salesforce/console", **body)

    async def _agent(self, product: str, path: str, **body: Any) -> None:
        self.timeline.mark("agent", product, f"{path.rsplit('/', 1)[-1]} {body}")
        await self.post(path, body)

    async def fault(self) -> None:
        product = self.rng.choice(("genesys", "salesforce"))
        kinds = GENESYS_FAULTS if product == "genesys" else SALESFORCE_FAULTS
        kind, spec = self.rng.choice(kinds)
        self.timeline.mark("fault", product, kind)
        await self.post("/control/faults", {"product": product, "kind": kind, **spec})

    async def restart(self, http: httpx.AsyncClient, browser: httpx.AsyncClient) -> None:
        self.timeline.mark("restart", None, "the app quits and starts again")
        await self.stop_service()
        self.restarts += 1
        await self.start_service(http, browser)

    async def sleep(self) -> None:
        """The lid closes: no socket moves, the clock jumps, then it opens again."""
        jump = self.rng.choice((60.0, 300.0, 1200.0))
        drop = self.rng.random() < 0.7
        self.timeline.mark("sleep", None, f"{jump:.0f} s, connections dropped: {drop}")
        for proxy in self.proxies:
            proxy.freeze()
        self.asleep = True
        await asyncio.sleep(self.rng.uniform(0.2, 0.8))
        await self.post("/control/clock", {"advance": jump})
        for proxy in self.proxies:
            proxy.thaw(drop=drop)
        self.asleep = False
        self.timeline.mark("sleep", None, "awake")

    # ---- checks ----------------------------------------------------------------------------

    def disagreements(self) -> list[str]:
        """Where the app's view differs from the products (empty: consistent), or why it is
        not settled yet (a write in flight, the console link not answering)."""
        service = self.service
        if service is None:
            return ["no service"]
        state = service.state
        genesys = self.sandbox.part("genesys").state()
        console = self.sandbox.part("salesforce").console.state()  # type: ignore[attr-defined]
        truth_omni = console["omni"]["label"] if console["omni"] else "Offline"
        seen: dict[str, Any] = {
            "presence": state.genesys_presence.label if state.genesys_presence else None,
            "routing": state.routing.value if state.routing else None,
            "genesys work": state.genesys_work.value if state.genesys_work else None,
            "omni": state.omni_status.label if state.omni_status else None,
            "omni work": sorted(w.state.value for w in state.omni_work),
        }
        truth: dict[str, Any] = {
            "presence": genesys["presence"]["label"],
            "routing": genesys["routingStatus"],
            "genesys work": _genesys_work(genesys),
            "omni": truth_omni,
            "omni work": sorted(
                {"Assigned": "offered", "Opened": "active"}[w["status"]]
                for w in console["work"]
                if w["status"] in ("Assigned", "Opened")
            ),
        }
        out = [f"{k}: app {seen[k]!r}, product {truth[k]!r}" for k in seen if seen[k] != truth[k]]
        if any(not t.done() for t in service._writes.values()):
            out.append("a write is in flight")
        if state.view.mode is SyncMode.OFF:
            out.append(f"sync is off: {state.view.why}")
        link = state.channels.get(Channel.CONSOLE_LINK)
        if link is None or link.health is not Health.UP:
            out.append(f"console link {link.health.value if link else 'unknown'}")
        return out

    async def consistent_within(self, seconds: float, what: str) -> None:
        """Within ``seconds`` the app's view equals the products. A session a fault ended may be
        noticed only now (a Genesys PKCE token has no refresh: its expiry shows at the next
        call): the app then says "sign in", the agent does, and the window starts again."""
        started = time.monotonic()

        async def wait() -> None:
            async with self.changed:
                while self.disagreements() and not self.told_to_sign_in():
                    await self.changed.wait()

        for _ in range(3):
            try:
                await asyncio.wait_for(wait(), seconds)
            except TimeoutError:
                self.violations.append(
                    f"not consistent within {seconds} s {what}: {'; '.join(self.disagreements())}"
                )
                break
            if not self.told_to_sign_in():
                break
            await self.sign_in_where_needed(attempts=3)
        took = time.monotonic() - started
        key = "slowest_settle_s"
        self.result.figures[key] = round(max(took, self.result.figures.get(key, 0.0)), 3)

    def told_to_sign_in(self) -> bool:
        """The app says a session ended, and a fault that ends sessions was armed in this run
        (a session ended with no such fault stays a disagreement: that would be a bug)."""
        ended_by_fault = any(
            isinstance(m, Mark) and m.what in SESSION_ENDING for m in self.timeline.entries
        )
        return ended_by_fault and bool(self.needs_sign_in())

    def sample_memory(self) -> None:
        gc.collect()
        self.memory.append(sys.getallocatedblocks())

    def restore_due(self) -> list[str]:
        """After all work ended: a block the app set that is still shown, with the other product
        still in its mapped status, is a restore that did not happen."""
        service = self.service
        if service is None or not self.profile.restore:
            return []
        mode = service.state.view.mode
        found = []
        if mode in (SyncMode.BLOCKED_BY_GENESYS_WORK, SyncMode.BLOCKED_BY_SALESFORCE_WORK):
            found.append(f"the app still shows {mode.value} with no work in either product")
        entries = self.timeline.entries
        last = {p: _last(entries, p) for p in (GENESYS, OMNI)}
        g, o = last[GENESYS], last[OMNI]
        if (
            g is not None
            and g[1].by == "app"
            and self.profile.genesys_block
            and g[1].value == self.profile.genesys_block
            and checks._rule_of(entries, g[0], g[1])[0] == "R5"
            and o is not None
            and o[1].value == self.profile.mapped
        ):
            found.append(f"R5-end due: Genesys still shows {g[1].value} the app set (entry {g[0]})")
        if (
            o is not None
            and o[1].by == "app"
            and self.profile.omni_block not in ("", self.profile.mapped)
            and o[1].value == self.profile.omni_block
            and checks._rule_of(entries, o[0], o[1])[0] == "R6"
            and g is not None
            and g[1].value == "On Queue"
        ):
            found.append(f"R6-end due: Omni still shows {o[1].value} the app set (entry {o[0]})")
        return found

    # ---- the final phase ---------------------------------------------------------------------

    async def settle(self) -> None:
        self.timeline.mark("clear", None, "faults stop")
        await self.post("/control/faults/clear", {})
        for proxy in self.proxies:
            proxy.thaw(drop=False)
        console = self.sandbox.part("salesforce").console.state()  # type: ignore[attr-defined]
        if console["console"] == "closed":
            await self._agent(OMNI, "/control/salesforce/console", open=True)
        await self.sign_in_where_needed(attempts=3)
        if any(isinstance(m, Mark) and m.what == "drop_events" for m in self.timeline.entries):
            # A lost event is known to no one: the agent's remedy is Resync now (docs/tray.md).
            assert self.service is not None
            self.timeline.mark("agent", None, "Resync now")
            self.service.resync()
        await self.consistent_within(SETTLE, "of the faults stopping")
        await self.end_all_work()
        await self.consistent_within(SETTLE, "after the work ended")
        self.violations.extend(self.restore_due())
        await self.probe()

    async def end_all_work(self) -> None:
        for _ in range(8):
            genesys = self.sandbox.part("genesys").state()
            console = self.sandbox.part("salesforce").console.state()  # type: ignore[attr-defined]
            calls = [i for i in genesys["interactions"]]
            work = [w for w in console["work"] if w["status"] in ("Assigned", "Opened")]
            if not calls and not work:
                return
            for item in calls:
                action = {"alerting": "answer", "connected": "end", "acw": "finish-wrapup"}
                await self._agent(
                    GENESYS,
                    "/control/genesys/interaction",
                    action=action[item["state"]],
                    media=item["media"],
                    id=item["id"],
                )
            for item in work:
                action = "decline" if item["status"] == "Assigned" else "close"
                await self._agent(OMNI, "/control/salesforce/work", action=action, id=item["id"])
            await self.consistent_within(SETTLE, "after the agent ended some work")

    async def probe(self) -> None:
        """The rules still apply: from a known start, Genesys On Queue puts Omni-Channel in the
        mapped status within the settle time (R1)."""
        console = self.sandbox.part("salesforce").console.state()  # type: ignore[attr-defined]
        if console["omni"] is None:
            await self._agent(OMNI, "/control/salesforce/status", status="Break")
            await self.consistent_within(SETTLE, "after Omni-Channel came online")
        presence = self.sandbox.part("genesys").state()["presence"]["label"]
        if presence in ("On Queue", "Offline"):
            await self._agent(GENESYS, "/control/genesys/presence", presence="Available")
            await self.consistent_within(SETTLE, "after Genesys left On Queue")
        self.timeline.mark("probe", GENESYS, "On Queue: Omni-Channel must follow (R1)")
        await self.post("/control/genesys/presence", {"presence": "On Queue"})
        await self.consistent_within(SETTLE, "after the probe")
        console = self.sandbox.part("salesforce").console.state()  # type: ignore[attr-defined]
        omni = console["omni"]["label"] if console["omni"] else "Offline"
        if omni != self.profile.mapped:
            self.violations.append(
                f"probe: Genesys went On Queue but Omni-Channel shows {omni}, "
                f"not the mapped {self.profile.mapped}"
            )


async def soak(plan: SoakPlan) -> SoakResult:
    """One seeded run; never raises for a violation (they are in the result)."""
    with tempfile.TemporaryDirectory(prefix="omnisync-soak-") as folder:
        link_port, dialled_port = free_port(), free_port()
        settings = {
            **SANDBOX_SETTINGS,
            "salesforce": {**SANDBOX_SETTINGS["salesforce"], "link_ports": [dialled_port]},
        }
        async with running_sandbox(settings) as sandbox:
            run = SoakRun(plan, sandbox, Path(folder), link_port)
            proxied = _proxied(run, dialled_port)
            async with _watched(run), proxied, _clients() as (http, browser):
                await _drive(run, http, browser)
        return run.result


async def _drive(run: SoakRun, http: httpx.AsyncClient, browser: httpx.AsyncClient) -> None:
    plan, rng = run.plan, run.rng
    run.timeline.watch(run.sandbox)
    await run.post("/control/salesforce/status", {"status": "Break"})
    await run.start_service(http, browser)
    assert run.service is not None
    for product in (Product.GENESYS, Product.OMNI):
        await run.service.sign_in(product)
    await run.consistent_within(SETTLE * 4, "at start")
    for product_name, path, body in plan.script:
        await run._agent(product_name, path, **body)
        await run.consistent_within(SETTLE, f"after the scripted {path} {body}")
    started = time.monotonic()
    for step in range(plan.steps):
        if step == plan.steps // 3:
            run.sample_memory()
        roll = rng.random()
        if plan.restarts and roll < 0.03 and run.restarts < 2:
            await run.restart(http, browser)
        elif plan.sleeps and roll < 0.06:
            await run.sleep()
        elif plan.faults and roll < 0.3:
            await run.fault()
        else:
            await run.agent_step()
        await asyncio.sleep(rng.uniform(*plan.gap))
        if not run.asleep and run.needs_sign_in():
            await run.sign_in_where_needed()
    run.result.figures["drive_s"] = round(time.monotonic() - started, 2)
    await run.settle()
    run.sample_memory()
    if len(run.memory) == 2:
        before, after = run.memory
        run.result.figures["memory_blocks_growth"] = after - before
        if after - before > MEMORY_SLACK_BLOCKS:
            run.violations.append(
                f"memory grew by {after - before} blocks (from {before}) during the run"
            )
    await run.stop_service()
    run.violations.extend(checks.write_loops(run.timeline))
    run.violations.extend(checks.agent_choice_overwritten(run.timeline))
    run.result.figures["app_writes"] = sum(
        1 for e in run.timeline.entries if isinstance(e, Change) and e.by == "app"
    )
    run.result.figures["entries"] = len(run.timeline.entries)


@contextlib.asynccontextmanager
async def _proxied(run: SoakRun, dialled_port: int) -> AsyncIterator[None]:
    """A freezing proxy in front of each sandbox host, and one between the console component
    (which dials ``dialled_port``) and the desktop's direct link (on ``run.link_port``): a
    simulated sleep freezes and drops the loopback socket too, as a real one does."""
    origins = run.sandbox.context.origins
    for part, host in HOSTS:
        proxy = FreezingProxy(origins[f"{part}.{host}"])
        await proxy.start()
        origins[f"{part}.{host}"] = proxy.origin
        run.proxies.append(proxy)
    link = FreezingProxy(f"ws://127.0.0.1:{run.link_port}")
    await link.start(dialled_port)
    run.proxies.append(link)
    try:
        yield
    finally:
        run.result.figures["link_connections_proxied"] = link.connections
        for proxy in run.proxies:
            await proxy.close()


@contextlib.asynccontextmanager
async def _clients() -> AsyncIterator[tuple[httpx.AsyncClient, httpx.AsyncClient]]:
    async with httpx.AsyncClient() as http, httpx.AsyncClient(follow_redirects=True) as browser:
        yield http, browser


@contextlib.asynccontextmanager
async def _watched(run: SoakRun) -> AsyncIterator[None]:
    """Tracebacks in any log, text on stderr, and errors no task handled become violations."""
    # pytest keeps every log record of a test in memory (to show on failure): over a soak that
    # grows with the run and would read as a leak of the app's. Its handlers step aside.
    root = logging.getLogger()
    kept = [h for h in root.handlers if type(h).__module__.startswith("_pytest")]
    for handler in kept:
        root.removeHandler(handler)
    try:
        with watching() as seen:
            yield
    finally:
        for handler in kept:
            root.addHandler(handler)
    run.violations.extend(seen.problems)


def _is_service_task(task: asyncio.Task[Any]) -> bool:
    code = getattr(task.get_coro(), "cr_code", None)
    filename = code.co_filename if code is not None else ""
    return "omnisync" in filename and "sandbox" not in filename


def _where(task: asyncio.Task[Any]) -> str:
    """Where a task is waiting: its innermost frames, for the report."""
    frames = task.get_stack(limit=6)
    return " < ".join(f"{Path(f.f_code.co_filename).name}:{f.f_lineno}" for f in frames[::-1][:3])


def _name(product: Product) -> str:
    return GENESYS if product is Product.GENESYS else OMNI


def _last(entries: list[Any], product: str) -> tuple[int, Change] | None:
    return checks._last_change(entries, len(entries), product)


def _genesys_work(state: dict[str, Any]) -> str:
    summary = state["conversationSummary"]
    active = acw = 0
    for counts in summary.values():
        if isinstance(counts, dict):
            active += counts["contactCenter"]["active"]
            acw += counts["contactCenter"]["acw"]
    if active:
        return "active"
    if acw:
        return "acw"
    if any(i["state"] == "alerting" for i in state["interactions"]):
        return "alerting"
    return "none"


def _call_action(state: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    for item in state["interactions"]:
        if item["state"] == "alerting" and rng.random() < 0.8:
            return {"action": "answer", "media": item["media"], "id": item["id"]}
        if item["state"] == "connected":
            return {"action": "end", "media": item["media"], "id": item["id"]}
        if item["state"] == "acw":
            return {"action": "finish-wrapup", "media": item["media"], "id": item["id"]}
    return {"action": "offer", "media": rng.choice(("call", "chat"))}


def _work_action(state: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    for item in state["work"]:
        if item["status"] == "Assigned":
            return {"action": rng.choice(("accept", "accept", "decline")), "id": item["id"]}
        if item["status"] == "Opened" and rng.random() < 0.6:
            return {"action": "close", "id": item["id"]}
    return {"action": "push", "channel": "Case", "external": rng.random() < 0.2}


ReportHook = Callable[[SoakResult], None]
