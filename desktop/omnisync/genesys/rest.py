"""REST calls to the Genesys Cloud API with the agent's token.

429 waits ``Retry-After`` (up to ``max_retry_after``, as the official SDKs do) and retries;
5xx and transport errors retry with back-off; 401 goes to the token keeper, which raises
:class:`~omnisync.auth.errors.SignInRequired` (PKCE tokens cannot be refreshed).
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from typing import Any

import httpx

from omnisync.auth.keeper import TokenKeeper
from omnisync.core.message import say
from omnisync.genesys.errors import GenesysApiError, GenesysUnavailable
from omnisync.genesys.regions import GenesysHosts
from omnisync.net import whole_exchange
from omnisync.timing import Backoff, Clock, Sleep, real_sleep, wall_clock

log = logging.getLogger(__name__)


def retry_after_seconds(response: httpx.Response, default: float = 1.0) -> float:
    raw = response.headers.get("Retry-After", "")
    try:
        return max(0.0, float(raw))
    except ValueError:
        return default


class GenesysRest:
    def __init__(
        self,
        http: httpx.AsyncClient,
        hosts: GenesysHosts,
        keeper: TokenKeeper,
        *,
        sleep: Sleep = real_sleep,
        clock: Clock = wall_clock,
        max_attempts: int = 4,
        max_retry_after: float = 180.0,
        backoff: Backoff | None = None,
    ) -> None:
        self._http = http
        self.hosts = hosts
        self.keeper = keeper
        self._sleep = sleep
        self._max_attempts = max_attempts
        self._max_retry_after = max_retry_after
        self._backoff = backoff or Backoff(initial=0.5, maximum=8.0)
        self.calls: Counter[str] = Counter()
        """Requests sent, by ``METHOD path``: the API cost shown by the service and benches."""
        self._clock = clock
        self.last_used_at = clock()
        """When the latest request the server accepted left: the org's idle token timeout
        counts from the last API call made with the token (notifications do not count)."""
        self._used = asyncio.Event()

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        json: Any = None,
        resets_idle: bool = True,
    ) -> httpx.Response:
        """``resets_idle=False`` for a call that asks the server not to reset the token's idle
        timer (``preserveIdleTTL``)."""
        url = path if path.startswith(("http://", "https://")) else f"{self.hosts.api}{path}"
        failures = 0
        while True:
            token = await self.keeper.access_token()
            self.calls[f"{method} {path.split('?')[0]}"] += 1
            try:
                response = await whole_exchange(
                    self._exchange(method, url, params, json, token, resets_idle=resets_idle)
                )
            except httpx.TransportError as exc:
                failures += 1
                if failures >= self._max_attempts:
                    raise GenesysUnavailable(
                        say(
                            "service",
                            "Genesys Cloud cannot be reached ({error}); check the network "
                            "connection",
                        ).fill(error=type(exc).__name__)
                    ) from exc
                await self._sleep(self._backoff.next_delay())
                continue
            if response.status_code == 401:
                await self.keeper.unauthorized(token)  # raises SignInRequired without refresh
                continue
            if response.status_code == 429 or (
                response.status_code >= 500 and response.status_code != 501
            ):
                failures += 1
                wait = (
                    retry_after_seconds(response)
                    if response.status_code == 429
                    else self._backoff.next_delay()
                )
                if failures >= self._max_attempts or wait > self._max_retry_after:
                    raise GenesysUnavailable(
                        say(
                            "service",
                            "Genesys Cloud keeps answering HTTP {status} on {request}; try "
                            "again later",
                        ).fill(status=str(response.status_code), request=f"{method} {path}")
                    )
                log.info("HTTP %s on %s %s; retrying in %.1f s", response.status_code,
                         method, path, wait)  # fmt: skip
                await self._sleep(wait)
                continue
            self._backoff.reset()
            if response.status_code >= 400:
                raise _api_error(response, path)
            return response

    async def _exchange(
        self, method: str, url: str, params: Any, json: Any, token: str, *, resets_idle: bool
    ) -> httpx.Response:
        """One request and its answer. An answer the API accepted is activity even when the
        caller has stopped waiting for it (a write superseded mid-answer): the org's idle timer
        was reset all the same, so it is noted here rather than by the caller."""
        sent_at = self._clock()
        response = await self._http.request(
            method,
            url,
            params=params,
            json=json,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
        )
        if resets_idle and response.status_code < 400:
            self._note_use(sent_at)  # only answers that surely reached the API count
        return response

    def _note_use(self, sent_at: float) -> None:
        if sent_at > self.last_used_at:
            self.last_used_at = sent_at
            self._used.set()
            self._used = asyncio.Event()

    async def used(self) -> None:
        """Return at the next API call that resets the idle timer."""
        await self._used.wait()

    async def get_json(self, path: str, params: Any = None) -> Any:
        return _json(await self.request("GET", path, params=params), path)

    async def send_json(self, method: str, path: str, body: Any) -> Any:
        response = await self.request(method, path, json=body)
        return _json(response, path) if response.content else None


def _json(response: httpx.Response, path: str) -> Any:
    try:
        return response.json()
    except ValueError as exc:
        raise GenesysApiError(response.status_code, "invalid.json", "not JSON", path) from exc


def _api_error(response: httpx.Response, path: str) -> GenesysApiError:
    code, message = "error", response.reason_phrase
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        code = str(body.get("code") or code)
        message = str(body.get("message") or message)
    return GenesysApiError(response.status_code, code, message, path)
