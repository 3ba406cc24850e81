"""The fake Genesys API host: the REST resources the desktop uses, behind a real guard.

The guard counts every call, applies injected 429/5xx faults, checks the bearer token (401 in
the Genesys error shape) and enforces a per-token rate limit with ``Retry-After``. Every error,
an unrouted path or a crash included, answers the Genesys error body (``genesys_host``), and
links (``selfUri``, ``nextUri``...) are API-relative, as the real API gives them. Path
parameters are matched without regard to case, as the real API does (the SDKs send
``/presences/PURECLOUD``).
"""

from __future__ import annotations

import math
import uuid
from collections import Counter, deque
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from omnisync.sandbox.clock import SandboxClock
from omnisync.sandbox.events import EventLog
from omnisync.sandbox.genesys_login import GenesysLogin, Grant
from omnisync.sandbox.genesys_notify import GenesysNotifier
from omnisync.sandbox.genesys_org import (
    AGENT_EMAIL,
    AGENT_ID,
    AGENT_NAME,
    ORG_ID,
    PRESENCES,
    GenesysAgent,
    RoutingError,
    find_presence,
    iso,
)
from omnisync.sandbox.web import BadRequest, parse_json, read_body

API = "/api/v2"
SOURCE = "purecloud"
"""The presence source the sandbox has (the SDKs spell it PURECLOUD)."""
Handler = Callable[[Request, Grant], Awaitable[Response]]


def genesys_error(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    body = {
        "message": message,
        "code": code,
        "status": status,
        "contextId": str(uuid.uuid4()),
        "details": [],
        "errors": [],
    }
    return JSONResponse(body, status_code=status, headers=extra.pop("headers", None))


_HTTP_CODES = {404: "not.found", 405: "method.not.allowed", 400: "bad.request"}


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 400
    if status == 404:
        return genesys_error(404, "not.found", f"No resource found at {request.url.path}")
    return genesys_error(status, _HTTP_CODES.get(status, "bad.request"), str(exc))


async def _crash(request: Request, exc: Exception) -> Response:
    return genesys_error(500, "internal.server.error", "The sandbox failed to answer")


def genesys_host(routes: list[BaseRoute]) -> Starlette:
    """One Genesys host: its routes at the root; any other answer in the Genesys error body."""
    return Starlette(
        routes=routes, exception_handlers={HTTPException: _http_error, Exception: _crash}
    )


def same_id(given: str, known: str) -> bool:
    """Ids in paths are matched as the real API does: without regard to case."""
    return given.lower() == known.lower()


def expands(request: Request) -> set[str]:
    """``expand`` given repeated (``expand=a&expand=b``) or comma-separated, or both."""
    values: set[str] = set()
    for raw in request.query_params.getlist("expand"):
        values.update(part.strip().lower() for part in raw.split(",") if part.strip())
    return values


def paged(request: Request, entities: list[dict[str, Any]], default_size: int = 25) -> Response:
    """The entity-listing envelope with ``pageNumber``/``pageSize`` and the page URIs."""
    try:
        number = int(request.query_params.get("pageNumber", "1"))
        size = int(request.query_params.get("pageSize", str(default_size)))
    except ValueError:
        return genesys_error(400, "bad.request", "pageNumber and pageSize must be integers")
    if number < 1 or not 1 <= size <= 500:
        return genesys_error(400, "bad.request", "pageNumber >= 1 and 1 <= pageSize <= 500")
    total = len(entities)
    count = max(1, math.ceil(total / size))
    base = request.url.path
    others = [
        (k, v) for k, v in request.query_params.multi_items() if k not in ("pageNumber", "pageSize")
    ]

    def uri(page: int) -> str:
        return f"{base}?{urlencode([*others, ('pageSize', size), ('pageNumber', page)])}"

    body: dict[str, Any] = {
        "entities": entities[(number - 1) * size : number * size],
        "pageSize": size,
        "pageNumber": number,
        "total": total,
        "pageCount": count,
        "firstUri": uri(1),
        "selfUri": uri(number),
        "lastUri": uri(count),
    }
    if number < count:
        body["nextUri"] = uri(number + 1)
    if number > 1:
        body["previousUri"] = uri(number - 1)
    return JSONResponse(body)


class GenesysApi:
    def __init__(
        self,
        clock: SandboxClock,
        events: EventLog,
        login: GenesysLogin,
        agent: GenesysAgent,
        notifier: GenesysNotifier,
        streaming_origin: Callable[[], str],
        *,
        rate_limit: int = 300,
        rate_window: float = 60.0,
        reset_score_on_presence_change: bool = False,
    ) -> None:
        self.reset_score_on_presence_change = reset_score_on_presence_change
        """The org's routing setting "reset agent score on presence change"."""
        self._clock = clock
        self._events = events
        self._login = login
        self._agent = agent
        self._notifier = notifier
        self._streaming_origin = streaming_origin
        self.rate_limit = rate_limit
        self.rate_window = rate_window
        self.reset()

    def reset(self) -> None:
        self.calls: Counter[str] = Counter()
        self.answered: Counter[int] = Counter()
        self.forced: deque[tuple[int, float]] = deque()
        self._recent: dict[str, deque[float]] = {}

    def force(self, status: int, count: int, retry_after: float = 1.0) -> None:
        self.forced.extend([(status, retry_after)] * count)

    def api_calls(self) -> dict[str, Any]:
        return {
            "total": sum(self.calls.values()),
            "byEndpoint": dict(self.calls),
            "byStatus": {str(k): v for k, v in sorted(self.answered.items())},
        }

    # ---- the guard -----------------------------------------------------------------------

    def _guarded(self, name: str, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            self.calls[f"{request.method} {name}"] += 1
            response = await self._guard(request, handler)
            self.answered[response.status_code] += 1
            return response

        return endpoint

    async def _guard(self, request: Request, handler: Handler) -> Response:
        if self.forced:
            status, retry_after = self.forced.popleft()
            if status == 429:
                return self._too_many(retry_after)
            return genesys_error(status, "service.unavailable", "Injected server error")
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        # Every API call resets the token's idle timer, except a token check that asks not to.
        preserve = request.query_params.get("preserveIdleTTL", "").lower() == "true"
        grant = (
            self._login.grant_for(token, touch=not preserve) if scheme.lower() == "bearer" else None
        )
        if grant is None:
            return genesys_error(
                401,
                "bad.credentials",
                "Invalid login credentials.",
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        now = self._clock.now()
        recent = self._recent.setdefault(token, deque())
        while recent and recent[0] <= now - self.rate_window:
            recent.popleft()
        if len(recent) >= self.rate_limit:
            return self._too_many(recent[0] + self.rate_window - now)
        recent.append(now)
        try:
            return await handler(request, grant)
        except RoutingError as exc:
            return genesys_error(400, "bad.request", str(exc))

    def _too_many(self, retry_after: float) -> Response:
        seconds = max(0, math.ceil(retry_after))
        return genesys_error(
            429,
            "too.many.requests",
            f"Rate limit exceeded the maximum. Retry the request in [{seconds}] seconds",
            headers={"Retry-After": str(seconds)},
        )

    # ---- resources -----------------------------------------------------------------------

    def routes(self) -> list[BaseRoute]:
        g = self._guarded
        return [
            Route(f"{API}/users/me", g("/users/me", self.me), methods=["GET"]),
            Route(
                f"{API}/presence/definitions",
                g("/presence/definitions", self.definitions),
                methods=["GET"],
            ),
            Route(
                f"{API}/presencedefinitions",
                g("/presencedefinitions", self.legacy_definitions),
                methods=["GET"],
            ),
            Route(f"{API}/systempresences", g("/systempresences", self.system_presences)),
            Route(f"{API}/routing/settings", g("/routing/settings", self.routing_settings)),
            Route(
                f"{API}/users/{{user_id}}/presences/{{source_id}}",
                g("/users/{id}/presences/purecloud", self.presence),
                methods=["GET", "PATCH"],
            ),
            Route(
                f"{API}/users/{{user_id}}/routingstatus",
                g("/users/{id}/routingstatus", self.routing_status),
                methods=["GET"],
            ),
            Route(f"{API}/conversations", g("/conversations", self.conversations)),
            Route(
                f"{API}/notifications/channels",
                g("/notifications/channels", self.channels),
                methods=["GET", "POST"],
            ),
            Route(
                f"{API}/notifications/channels/{{channel_id}}",
                g("/notifications/channels/{id}", self.channel_head),
                methods=["HEAD", "DELETE"],
            ),
            Route(
                f"{API}/notifications/channels/{{channel_id}}/subscriptions",
                g("/notifications/channels/{id}/subscriptions", self.subscriptions),
                methods=["GET", "PUT", "POST", "DELETE"],
            ),
            Route(
                f"{API}/tokens/me",
                g("/tokens/me", self.token_me),
                methods=["GET", "HEAD", "DELETE"],
            ),
            Route(
                f"{API}/tokens/timeout", g("/tokens/timeout", self.idle_timeout), methods=["GET"]
            ),
        ]

    async def me(self, request: Request, grant: Grant) -> Response:
        wanted = expands(request)
        body: dict[str, Any] = {
            "id": AGENT_ID,
            "name": AGENT_NAME,
            "email": AGENT_EMAIL,
            "username": AGENT_EMAIL,
            "state": "active",
            "version": 1,
            "acdAutoAnswer": False,
            "selfUri": f"{API}/users/{AGENT_ID}",
        }
        if "presence" in wanted:
            body["presence"] = self._agent.user_presence()
        if "routingstatus" in wanted:
            body["routingStatus"] = self._agent.routing_status()
        if "conversationsummary" in wanted:
            body["conversationSummary"] = self._agent.conversation_summary()
        if "organization" in wanted:
            body["organization"] = {"id": ORG_ID, "name": "OmniSync Sandbox"}
        if "presencedefinitions" in wanted:
            body["presenceDefinitions"] = [p.as_definition() for p in PRESENCES]
        return JSONResponse(body)

    async def definitions(self, request: Request, grant: Grant) -> Response:
        flag = request.query_params.get("deactivated", "FALSE").upper()
        if flag not in ("TRUE", "FALSE"):
            return genesys_error(400, "bad.request", "deactivated must be TRUE or FALSE")
        chosen = [p.as_definition() for p in PRESENCES if p.deactivated == (flag == "TRUE")]
        # Not paged, as the real resource is: every definition at once.
        query = f"?{request.url.query}" if request.url.query else ""
        return JSONResponse(
            {"total": len(chosen), "entities": chosen, "selfUri": f"{request.url.path}{query}"}
        )

    async def legacy_definitions(self, request: Request, grant: Grant) -> Response:
        """The older, paged listing (``/api/v2/presencedefinitions``) that SDKs still offer."""
        deleted = request.query_params.get("deleted", "FALSE").upper()
        if deleted not in ("TRUE", "FALSE", "ALL"):
            return genesys_error(400, "bad.request", "deleted must be TRUE, FALSE or ALL")
        chosen = [p for p in PRESENCES if deleted == "ALL" or p.deactivated == (deleted == "TRUE")]
        return paged(request, [{**p.as_definition(), "primary": p.primary} for p in chosen])

    async def system_presences(self, request: Request, grant: Grant) -> Response:
        names = ["AVAILABLE", "AWAY", "BUSY", "BREAK", "MEAL", "MEETING", "TRAINING",
                 "ON_QUEUE", "OFFLINE", "IDLE"]  # fmt: skip
        return JSONResponse([{"id": n, "name": n.replace("_", " ").title()} for n in names])

    def _own(self, request: Request) -> Response | None:
        if not same_id(request.path_params["user_id"], AGENT_ID):
            return genesys_error(404, "not.found", "The user could not be found.")
        return None

    async def presence(self, request: Request, grant: Grant) -> Response:
        if (refused := self._own(request)) is not None:
            return refused
        if not same_id(request.path_params["source_id"], SOURCE):
            return genesys_error(404, "not.found", "The presence source could not be found.")
        if request.method == "PATCH":
            try:
                body = parse_json(await read_body(request))
                definition_id = body["presenceDefinition"]["id"]
            except (BadRequest, KeyError, TypeError):
                return genesys_error(
                    400, "bad.request", 'send {"presenceDefinition": {"id": "<definition id>"}}'
                )
            presence = find_presence(str(definition_id))
            if presence is None or presence.id != definition_id:
                return genesys_error(
                    400, "invalid.value", f"Unknown presence definition {definition_id}"
                )
            self._agent.set_presence(presence, "app")
        return JSONResponse(self._agent.user_presence())

    async def routing_settings(self, request: Request, grant: Grant) -> Response:
        """The org's routing settings (``RoutingSettings``): only the one field we model."""
        return JSONResponse(
            {"resetAgentScoreOnPresenceChange": self.reset_score_on_presence_change}
        )

    async def routing_status(self, request: Request, grant: Grant) -> Response:
        if (refused := self._own(request)) is not None:
            return refused
        return JSONResponse(self._agent.routing_status())

    async def conversations(self, request: Request, grant: Grant) -> Response:
        return JSONResponse({"entities": self._agent.active_conversations()})

    async def channels(self, request: Request, grant: Grant) -> Response:
        if request.method == "POST":
            base = self._streaming_origin().replace("http", "ws", 1)
            token = request.headers["authorization"].partition(" ")[2]
            return JSONResponse(self._notifier.create_channel(token, base))
        token = request.headers["authorization"].partition(" ")[2]
        mine = [
            {"id": c.id, "expires": c.view()["expires"]}
            for c in self._notifier.channels.values()
            if c.token == token and not c.expired
        ]
        return JSONResponse({"entities": mine})

    async def channel_head(self, request: Request, grant: Grant) -> Response:
        channel = self._notifier.live_channel(request.path_params["channel_id"])
        if channel is None:
            return genesys_error(404, "not.found", "The channel does not exist or has expired")
        if request.method == "DELETE":
            self._notifier.remove_channel(channel.id)
        return Response(status_code=200)

    async def subscriptions(self, request: Request, grant: Grant) -> Response:
        channel = self._notifier.live_channel(request.path_params["channel_id"])
        if channel is None:
            return genesys_error(404, "not.found", "The channel does not exist or has expired")
        if request.method in ("PUT", "POST"):
            try:
                body = parse_json(await read_body(request))
                topics = [str(item["id"]) for item in body]
            except (BadRequest, KeyError, TypeError):
                return genesys_error(400, "bad.request", 'send [{"id": "<topic>"}, ...]')
            entities = self._notifier.set_topics(channel, topics, replace=request.method == "PUT")
            if request.method == "POST":
                entities = [
                    *self._notifier.listing(channel),
                    *(e for e in entities if e["state"] != "Permitted"),
                ]
            return JSONResponse({"entities": entities})
        if request.method == "DELETE":
            channel.topics.clear()
            return Response(status_code=200)
        return JSONResponse({"entities": self._notifier.listing(channel)})

    async def token_me(self, request: Request, grant: Grant) -> Response:
        """HEAD verifies the token, GET describes it (``preserveIdleTTL=true``: without resetting
        its idle timer), DELETE revokes it (sign-out)."""
        if request.method == "DELETE":
            return await self.sign_out(request)
        if request.method == "HEAD":
            return Response(status_code=200)
        organization = {"id": ORG_ID, "name": "OmniSync Sandbox"}
        return JSONResponse(
            {
                "organization": organization,
                "homeOrganization": organization,
                "authorizedScope": ["presence", "users", "notifications", "conversations"],
                "OAuthClient": {"id": grant.client_id, "name": "OmniSync Companion"},
                "expiresAt": iso(grant.expires_at),
            }
        )

    async def idle_timeout(self, request: Request, grant: Grant) -> Response:
        """The org's idle token timeout, readable by any user (the SDKs: "requires no
        permissions"); an org set up to refuse it answers as older ones did."""
        login = self._login
        if not login.idle_timeout_readable:
            return genesys_error(
                403,
                "missing.any.permissions",
                "Unable to perform the requested action. You must have at least one of the "
                "following permissions assigned: [directory:organization:admin]",
            )
        return JSONResponse(
            {
                "idleTokenTimeoutSeconds": login.idle_timeout or 0,
                "enableIdleTokenTimeout": login.idle_timeout is not None,
            }
        )

    async def sign_out(self, request: Request) -> Response:
        token = request.headers["authorization"].partition(" ")[2]
        self._login.grants[token].revoked = True
        self._notifier.close_for_tokens({token})
        self._events.record("genesys", "signed out (token revoked)", "app")
        return Response(status_code=200)
