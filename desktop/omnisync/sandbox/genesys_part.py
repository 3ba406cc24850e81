"""The Genesys Cloud part of the sandbox: login host, API host, streaming and control.

Three hosts, each at the root of its own origin as a region's are: ``login`` (``/oauth/...``),
``api`` (``/api/v2/...``) and ``streaming`` (``/channels/{id}``, the ``connectUri`` of a channel).

Settings (``SandboxContext.settings["genesys"]``), all optional:
``heartbeat_interval`` (30 s), ``token_lifetime`` (86400 s), ``code_lifetime`` (60 s),
``offer_timeout`` (15 s before an unanswered offer makes the agent NOT_RESPONDING),
``socket_closing_grace`` (60 s), ``channel_lifetime`` (86400 s), ``rate_limit`` (300 calls per
``rate_window`` = 60 s per token), ``loopback_any_port`` (true: any loopback port is accepted
as a redirect URI, RFC 8252 7.3), ``reset_score_on_presence_change`` (false: the org's routing
setting ``resetAgentScoreOnPresenceChange``) and ``idle_token_timeout`` (none: the org's idle
token timeout in seconds, 300 to 28800; also set live with ``POST /control/genesys/idle-timeout``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp

from omnisync.sandbox.genesys_api import GenesysApi, genesys_host
from omnisync.sandbox.genesys_login import (
    DEMO_CLIENT_ID,
    REGISTERED_REDIRECTS,
    GenesysLogin,
    check_idle_timeout,
)
from omnisync.sandbox.genesys_notify import USER_TOPICS, GenesysNotifier
from omnisync.sandbox.genesys_org import (
    AGENT_EMAIL,
    AGENT_ID,
    AGENT_NAME,
    MEDIA,
    PRESENCES,
    GenesysAgent,
    RoutingError,
    find_presence,
)
from omnisync.sandbox.part import FaultError, SandboxContext
from omnisync.sandbox.web import BadRequest, error, read_json_object

FAULTS = (
    "drop_websocket",
    "stop_heartbeats",
    "socket_closing",
    "expire_channel",
    "rate_limit",
    "server_error",
    "expire_token",
    "revoke_token",
    "delay_events",
    "duplicate_events",
    "reorder_events",
    "drop_events",
    "deny_sign_in",
    "malformed_event",
)


class GenesysPart:
    name = "genesys"

    def __init__(self, context: SandboxContext) -> None:
        settings = context.settings_for(self.name)
        self._context = context
        clock, events = context.clock, context.events
        self.offer_timeout = float(settings.get("offer_timeout", 15.0))
        self.login = GenesysLogin(
            clock,
            events,
            token_lifetime=float(settings.get("token_lifetime", 86400.0)),
            code_lifetime=float(settings.get("code_lifetime", 60.0)),
            loopback_any_port=bool(settings.get("loopback_any_port", True)),
            idle_timeout=_idle_setting(settings.get("idle_token_timeout")),
        )
        self.notifier = GenesysNotifier(
            clock,
            events,
            heartbeat_interval=float(settings.get("heartbeat_interval", 30.0)),
            channel_lifetime=float(settings.get("channel_lifetime", 86400.0)),
            socket_closing_grace=float(settings.get("socket_closing_grace", 60.0)),
        )
        self.agent = GenesysAgent(
            clock,
            events,
            lambda suffix, body: self.notifier.publish(f"v2.users.{AGENT_ID}.{suffix}", body),
        )
        self.api = GenesysApi(
            clock,
            events,
            self.login,
            self.agent,
            self.notifier,
            lambda: context.origin(self.name, "streaming"),
            rate_limit=int(settings.get("rate_limit", 300)),
            rate_window=float(settings.get("rate_window", 60.0)),
            reset_score_on_presence_change=bool(
                settings.get("reset_score_on_presence_change", False)
            ),
        )
        self._offer_timers: dict[str, asyncio.TimerHandle] = {}

    # ---- SandboxPart ----------------------------------------------------------------------

    def hosts(self) -> dict[str, ASGIApp]:
        return {
            "login": genesys_host(self.login.routes()),
            "api": genesys_host(self.api.routes()),
            "streaming": genesys_host(self.notifier.routes()),
        }

    def control_routes(self) -> list[BaseRoute]:
        return [
            Route("/genesys/presence", self._control_presence, methods=["POST"]),
            Route("/genesys/interaction", self._control_interaction, methods=["POST"]),
            Route("/genesys/idle-timeout", self._control_idle_timeout, methods=["POST"]),
        ]

    def state(self) -> dict[str, Any]:
        agent = self.agent
        return {
            "presence": {
                "id": agent.presence.id,
                "label": agent.presence.label,
                "systemPresence": agent.presence.display_system_presence,
            },
            "routingStatus": agent.routing,
            "interactions": [
                {"id": i.id, "media": i.media, "state": i.state} for i in agent.interactions
            ],
            "conversationSummary": agent.conversation_summary(),
            "channels": [c.view() for c in self.notifier.channels.values()],
            "activeTokens": self.login.active_tokens(),
            "idleTokenTimeout": {
                "seconds": self.login.idle_timeout,
                "readable": self.login.idle_timeout_readable,
                "revoked": self.login.idle_revoked,
            },
            "faults": {
                "pendingForcedAnswers": len(self.api.forced),
                "eventDelay": self.notifier.delay,
                "duplicatesLeft": self.notifier.duplicates,
                "reordersLeft": self.notifier.reorder,
            },
            "eventsDelivered": self.notifier.delivered,
        }

    def statuses(self) -> dict[str, Any]:
        """The org's presence definitions, deactivated ones included (and marked)."""
        return {
            "presences": [
                {
                    "id": p.id,
                    "label": p.label,
                    "systemPresence": p.display_system_presence,
                    "deactivated": p.deactivated,
                    "primary": p.primary,
                }
                for p in PRESENCES
            ]
        }

    def reset(self) -> None:
        for timer in self._offer_timers.values():
            timer.cancel()
        self._offer_timers.clear()
        self.notifier.reset()
        self.login.reset()
        self.api.reset()
        self.agent.reset(announce=False)

    def endpoints(self, origins: Mapping[str, str]) -> dict[str, Any]:
        return {
            "login": origins["login"],
            "api": origins["api"],
            "streaming": origins["streaming"],
            "authorizeUrl": f"{origins['login']}/oauth/authorize",
            "tokenUrl": f"{origins['login']}/oauth/token",
            "clientId": DEMO_CLIENT_ID,
            "redirectUris": list(REGISTERED_REDIRECTS),
            "loopbackAnyPort": self.login.loopback_any_port,
            "agent": {"id": AGENT_ID, "name": AGENT_NAME, "email": AGENT_EMAIL},
        }

    def api_calls(self) -> dict[str, Any]:
        return self.api.api_calls()

    def clear_faults(self) -> None:
        """``POST /control/faults/clear``: armed faults are disarmed; what they broke stays
        broken (a dropped socket, a revoked token) until the client recovers by itself."""
        self.notifier.clear_faults()
        self.api.forced.clear()
        self.login.deny_next = False

    def fault(self, spec: dict[str, Any]) -> bool:
        kind = spec.get("kind")
        if kind not in FAULTS:
            if spec.get("product") == self.name:
                raise FaultError(f"unknown Genesys fault {kind!r}; known: {', '.join(FAULTS)}")
            return False
        events = self._context.events
        if kind == "drop_websocket":
            self.notifier.drop_all()
        elif kind == "stop_heartbeats":
            self.notifier.silence_all()
        elif kind == "socket_closing":
            grace = spec.get("grace")
            self.notifier.socket_closing(None if grace is None else _number(spec, "grace", 0))
        elif kind == "expire_channel":
            self.notifier.expire_all()
        elif kind == "rate_limit":
            self.api.force(429, _count(spec), _number(spec, "retryAfter", 1))
        elif kind == "server_error":
            status = int(_number(spec, "status", 503))
            if not 500 <= status <= 599:
                raise FaultError('"status" must be a 5xx code')
            self.api.force(status, _count(spec))
        elif kind == "expire_token":
            self.login.expire_all()
        elif kind == "revoke_token":
            self.notifier.close_for_tokens(set(self.login.revoke_all()))
        elif kind == "delay_events":
            self.notifier.delay = _number(spec, "seconds", 1)
        elif kind == "duplicate_events":
            self.notifier.duplicates = _count(spec)
        elif kind == "reorder_events":
            topic = spec.get("topic")
            if topic is not None and topic not in USER_TOPICS:
                raise FaultError(f'"topic" must be one of {", ".join(USER_TOPICS)}')
            self.notifier.reorder = _count(spec)
            self.notifier.reorder_topic = topic
        elif kind == "drop_events":
            self.notifier.drops = _count(spec)
        elif kind == "deny_sign_in":
            self.login.deny_next = True
        elif kind == "malformed_event":
            self.notifier.send_malformed()
        events.record(self.name, f"fault {kind}", "system")
        return True

    # ---- control routes -------------------------------------------------------------------

    async def _control_presence(self, request: Request) -> Response:
        try:
            body = await read_json_object(request)
        except BadRequest as exc:
            return error(str(exc), exc.status)
        key = body.get("presence")
        presence = find_presence(key) if isinstance(key, str) else None
        if presence is None:
            return error(f'send {{"presence": "<label or id>"}}; {key!r} is not a presence')
        try:
            self.agent.set_presence(presence, "agent")
        except RoutingError as exc:
            return error(str(exc), 409)
        return JSONResponse(self.state())

    async def _control_interaction(self, request: Request) -> Response:
        try:
            body = await read_json_object(request)
        except BadRequest as exc:
            return error(str(exc), exc.status)
        action, media = body.get("action"), body.get("media", "call")
        ident = body.get("id")
        if media not in MEDIA or (ident is not None and not isinstance(ident, str)):
            return error(f'"media" must be one of {", ".join(MEDIA)}; "id" a string')
        try:
            if action == "offer":
                item = self.agent.offer(media)
                loop = asyncio.get_running_loop()
                self._offer_timers[item.id] = loop.call_later(
                    self.offer_timeout, self._offer_expired, item.id
                )
            elif action == "answer":
                item = self.agent.answer(media, ident)
                self._cancel_timer(item.id)
            elif action == "end":
                item = self.agent.end(media, ident)
            elif action == "finish-wrapup":
                item = self.agent.finish_wrapup(media, ident)
            else:
                return error('"action" must be offer, answer, end or finish-wrapup')
        except RoutingError as exc:
            return error(str(exc), 409)
        return JSONResponse(
            {
                "interaction": {"id": item.id, "media": item.media, "state": item.state},
                "genesys": self.state(),
            }
        )

    async def _control_idle_timeout(self, request: Request) -> Response:
        """The org's idle token timeout, as an administrator sets it in Organization Settings:
        ``{"seconds": 900}`` (300 to 28800; 900 at most with ``"hipaa": true``), ``{"seconds":
        null}`` for none; ``"readable": false`` makes ``GET /api/v2/tokens/timeout`` answer 403."""
        try:
            body = await read_json_object(request)
            seconds = body.get("seconds")
            hipaa, readable = body.get("hipaa", False), body.get("readable", True)
            if not isinstance(hipaa, bool) or not isinstance(readable, bool):
                raise BadRequest('"hipaa" and "readable" are true or false')
            timeout = None if seconds is None else check_idle_timeout(seconds, hipaa)
        except BadRequest as exc:
            return error(str(exc), exc.status)
        except ValueError as exc:
            return error(str(exc))
        self.login.idle_timeout, self.login.idle_timeout_readable = timeout, readable
        self._context.events.record(self.name, f"idle token timeout set to {timeout}", "system")
        return JSONResponse(self.state())

    def _offer_expired(self, interaction_id: str) -> None:
        self._offer_timers.pop(interaction_id, None)
        self.agent.offer_timed_out(interaction_id)

    def _cancel_timer(self, interaction_id: str) -> None:
        timer = self._offer_timers.pop(interaction_id, None)
        if timer is not None:
            timer.cancel()


def _idle_setting(value: Any) -> int | None:
    return None if value is None else check_idle_timeout(value)


def _number(spec: dict[str, Any], key: str, default: float) -> float:
    value = spec.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise FaultError(f'"{key}" must be a number >= 0')
    return float(value)


def _count(spec: dict[str, Any]) -> int:
    value = spec.get("count", 1)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise FaultError('"count" must be an integer >= 1')
    return value
