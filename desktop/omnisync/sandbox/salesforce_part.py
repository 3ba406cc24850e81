"""The sandbox's Salesforce part: login host, instance (REST and CometD), console, control API.

Two hosts, each at the root of its own origin: ``login`` (``login.salesforce.com``: OAuth and
identity) and ``instance``, the org's ``instance_url`` (REST under ``/services/data/vNN.N``,
CometD under ``/cometd/NN.N``). Settings (``SandboxContext.settings["salesforce"]``):
``access_token_lifetime`` (s, 7200), ``refresh_token_rotation`` (False),
``cometd_timeout`` (long-poll hold, s, 110),
``cometd_max_interval`` (s, 40), ``cometd_interval`` (advised ms between connects, 0),
``replay_retention`` (events per topic, 1000),
``daily_api_limit`` (15000), ``push_timeout`` (s or None), ``link_delay`` (s, 0),
``capacity`` (2), ``status_on_decline`` ("Busy", the presence configuration's; None: none),
``console_open`` (True), ``initial_status`` (None = Offline),
``link_deployed`` (True; False: no OmniSync_Link__c object nor link PushTopics),
``component_installed`` (True; False: the object exists but no component answers),
``component_names_items`` (True: a report of new or accepted work names the item with its
channel and capacity; False: an older component that reports the counts only),
``direct_retry`` (s between the component's dials while the desktop has no key out or does
not answer, 1), ``direct_link`` (True: the component dials the desktop's direct link; False: an
older component that only knows the record), ``link_ports`` (the ports it dials, in order; the
registered range).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp

from omnisync.sandbox.events import By
from omnisync.sandbox.part import FaultError, SandboxContext
from omnisync.sandbox.salesforce_cometd import CometdServer
from omnisync.sandbox.salesforce_console import (
    LOGOUT_BY,
    ConsoleActionError,
    ConsoleEmulator,
    ConsoleSettings,
)
from omnisync.sandbox.salesforce_console_direct import PORTS, ComponentSocket
from omnisync.sandbox.salesforce_oauth import CALLBACK_PATHS, CLIENT_ID, OAuthServer
from omnisync.sandbox.salesforce_org import AGENT_ID, AGENT_USERNAME, ORG_ID, Org
from omnisync.sandbox.salesforce_rest import API_VERSIONS, RestServer, sf_error
from omnisync.sandbox.web import BadRequest, error, read_json_object

NAME = "salesforce"
CONSOLE_TOPIC = "OmniSyncToConsole"
"""The topic the console component hears commands on (its empApi client is emulated)."""
FAULT_KINDS = (
    "drop_cometd",
    "lose_replay",
    "expire_session",
    "revoke_tokens",
    "api_limit",
    "slow_link",
    "reorder_events",
)


PRESENCE_CONFIG_ID = "0Nd000000000001AAA"


class SalesforcePart:
    name = NAME

    def __init__(self, context: SandboxContext) -> None:
        self.context = context
        self.settings = context.settings_for(NAME)
        self.org = Org(context.clock)
        self.oauth = OAuthServer(
            self.org,
            context.clock,
            instance_origin=lambda: context.origin(NAME, "instance"),
            on_event=self._event,
        )
        self.rest = RestServer(self.org, self.oauth, on_event=self._event)
        self.rest.presence_configs = self._presence_configs
        self.cometd = CometdServer(self.org, self.oauth, context.clock, on_event=self._event)
        self.console = ConsoleEmulator(
            self.org,
            ConsoleSettings(),
            self._event,
            on_component_delivery=self._component_delivery,
            sleep=context.clock.sleep,
        )
        self.component_socket = ComponentSocket(
            origin=lambda: context.origin(NAME, "instance"),
            on_text=self.console.on_direct_text,
            on_closed=self.console.on_direct_closed,
        )
        self.reset()

    def _event(self, what: str, by: str) -> None:
        who: By = "agent" if by == "agent" else "app" if by == "app" else "system"
        self.context.events.record(NAME, what, who)

    def _component_delivery(self) -> None:
        self.cometd.delivered(CONSOLE_TOPIC)

    def streaming_clients(self) -> dict[str, int]:
        """Streaming API clients held now: the desktops' CometD clients, and the console
        component's ``empApi`` (one while an open console follows the record link: on the direct
        link it subscribes to nothing)."""
        console = (
            self.console.is_open
            and self.console.component_installed
            and self.console.transport == "record"
        )
        return {"desktop": len(self.cometd.clients), "console": int(console)}

    def close_streams(self) -> None:
        """The sandbox is stopping: end the CometD long polls now, not at the graceful timeout,
        and the console's pending dials and redials with them."""
        self.cometd.close()
        self.console.stop_tasks()

    def reset(self) -> None:
        s = self.settings
        self.cometd.reset()
        self.console.reset()
        self.oauth.reset()
        self.rest.reset()
        self.org.listeners.clear()
        self.org.link_deployed = bool(s.get("link_deployed", True))
        self.org.seed()
        self.org.listeners.extend([self.cometd.on_record_change, self.console.on_record_change])
        self.oauth.access_token_lifetime = float(s.get("access_token_lifetime", 7200.0))
        self.oauth.rotate_refresh_tokens = bool(s.get("refresh_token_rotation", False))
        self.cometd.timeout = float(s.get("cometd_timeout", 110.0))
        self.cometd.max_interval = float(s.get("cometd_max_interval", 40.0))
        self.cometd.interval = int(s.get("cometd_interval", 0))
        self.cometd.retention = int(s.get("replay_retention", 1000))
        self.rest.daily_limit = int(s.get("daily_api_limit", 15000))
        push_timeout = s.get("push_timeout")
        self.console.settings = ConsoleSettings(
            capacity=int(s.get("capacity", 2)),
            push_timeout=None if push_timeout is None else float(push_timeout),
            link_delay=float(s.get("link_delay", 0.0)),
            status_on_decline=s.get("status_on_decline", "Busy"),
            direct_retry=float(s.get("direct_retry", 1.0)),
        )
        self.console.component_installed = self.org.link_deployed and bool(
            s.get("component_installed", True)
        )
        self.console.names_items = bool(s.get("component_names_items", True))
        self.component_socket.ports = tuple(int(p) for p in s.get("link_ports", PORTS))
        direct = bool(s.get("direct_link", True))
        self.console.direct = self.component_socket if direct else None
        if s.get("console_open", True):
            self.console.open_console()
            if s.get("initial_status"):
                self.console.agent_sets_status(str(s["initial_status"]))

    def _presence_configs(self) -> list[dict[str, Any]]:
        """The agent's one presence configuration, as the Tooling API returns it: its status on
        decline and on push timeout are the console's settings, by DeveloperName."""
        settings = self.console.settings

        def api_name(label: str | None) -> str | None:
            status = self.org.find_status(label) if label else None
            return status["DeveloperName"] if status is not None else None

        return [
            {
                "Id": PRESENCE_CONFIG_ID,
                "DeveloperName": "Sandbox_Agents",
                "Metadata": {
                    "label": "Sandbox agents",
                    "capacity": settings.capacity,
                    "enableDecline": True,
                    "presenceStatusOnDecline": api_name(settings.status_on_decline),
                    "presenceStatusOnPushTimeout": api_name(settings.status_on_push_timeout),
                },
            }
        ]

    # ---- the SandboxPart contract ------------------------------------------------------------

    def hosts(self) -> dict[str, ASGIApp]:
        return {
            "login": Starlette(routes=self.oauth.routes("")),
            "instance": Starlette(
                routes=[*self.rest.routes(""), *self.cometd.routes("")],
                exception_handlers={HTTPException: _instance_error},
            ),
        }

    def control_routes(self) -> list[BaseRoute]:
        return [
            Route(f"/{NAME}/status", self._guarded(self._status), methods=["POST"]),
            Route(f"/{NAME}/work", self._guarded(self._work), methods=["POST"]),
            Route(f"/{NAME}/console", self._guarded(self._console), methods=["POST"]),
            Route(f"/{NAME}/direct", self._guarded(self._direct), methods=["POST"]),
        ]

    def state(self) -> dict[str, Any]:
        return {
            **self.console.state(),
            **self.statuses(),
            "sessions": len(self.oauth.access),
            "cometdClients": len(self.cometd.clients),
            "streamingClients": self.streaming_clients(),
            "cometdClientsPeak": self.cometd.peak_clients,
            "apiLimitExceeded": self.rest.limit_exceeded,
        }

    def statuses(self) -> dict[str, Any]:
        """The org's Omni statuses (Offline is implied); routable ones have service channels."""
        return {
            "statuses": [
                {
                    "id": s["Id"],
                    "label": s["MasterLabel"],
                    "apiName": s["DeveloperName"],
                    "routable": bool(self.org.status_channels(s["Id"])),
                }
                for s in self.org.statuses()
            ],
            "channels": [
                {"apiName": c["DeveloperName"], "label": c["MasterLabel"]}
                for c in self.org.records["ServiceChannel"].values()
            ],
        }

    def endpoints(self, origins: Mapping[str, str]) -> dict[str, Any]:
        instance = origins["instance"]
        return {
            "login": origins["login"],
            "instance": instance,
            "apiVersion": API_VERSIONS[-1],
            "cometd": f"{instance}/cometd/{API_VERSIONS[-1]}",
            "clientId": CLIENT_ID,
            "redirectUris": [f"http://127.0.0.1:<any port>{path}" for path in CALLBACK_PATHS],
            "orgId": ORG_ID,
            "agent": {"username": AGENT_USERNAME, "userId": AGENT_ID},
        }

    def clear_faults(self) -> None:
        """``POST /control/faults/clear``: the API limit and a slow link end."""
        self.rest.limit_exceeded = False
        self.console.settings.link_delay = float(self.settings.get("link_delay", 0.0))
        self.cometd.release_held()

    def fault(self, spec: dict[str, Any]) -> bool:
        kind = spec.get("kind")
        if kind not in FAULT_KINDS:
            return False
        if kind == "drop_cometd":
            dropped = self.cometd.drop_clients()
            self._event(f"fault: dropped {dropped} CometD client(s)", "system")
        elif kind == "lose_replay":
            lost = self.cometd.lose_replay()
            self._event(f"fault: {lost} retained streaming event(s) are gone", "system")
        elif kind == "expire_session":
            self.oauth.expire_sessions()
            self._event("fault: every Salesforce session expired", "system")
        elif kind == "revoke_tokens":
            self.oauth.revoke_all()
            self._event("fault: the app's Salesforce tokens were revoked", "system")
        elif kind == "api_limit":
            on = spec.get("on", True)
            if not isinstance(on, bool):
                raise FaultError('api_limit takes "on": true or false')
            self.rest.limit_exceeded = on
            self._event(f"fault: org API limit {'exceeded' if on else 'restored'}", "system")
        elif kind == "reorder_events":
            count, topic = spec.get("count", 1), spec.get("topic")
            if isinstance(count, bool) or not isinstance(count, int) or count < 1:
                raise FaultError('reorder_events takes "count": an integer >= 1')
            if topic is not None and (not isinstance(topic, str) or self.org.topic(topic) is None):
                raise FaultError('"topic" must name a PushTopic of the org')
            depth = spec.get("depth", 1)
            if isinstance(depth, bool) or not isinstance(depth, int) or not 1 <= depth <= 100:
                raise FaultError('"depth" must be an integer from 1 to 100')
            self.cometd.reorder, self.cometd.reorder_topic = count, topic
            self.cometd.reorder_depth = depth
            self._event(f"fault: the next {count} streaming deliveries come out of order", "system")
        else:
            seconds = spec.get("seconds", 5.0)
            if not isinstance(seconds, int | float) or isinstance(seconds, bool) or seconds < 0:
                raise FaultError('slow_link takes "seconds": a number >= 0')
            self.console.settings.link_delay = float(seconds)
            self._event(f"fault: the console link takes {seconds:g} s per command", "system")
        return True

    def api_calls(self) -> dict[str, Any]:
        return {
            "rest": self.rest.used,
            "restByResource": dict(self.rest.by_resource),
            "restByTarget": dict(self.rest.by_target),
            "dailyLimit": self.rest.daily_limit,
            "oauth": self.oauth.calls,
            "oauthRefreshes": self.oauth.refreshes,
            "cometdRequests": self.cometd.requests,
            "cometdHandshakes": self.cometd.handshakes,
            "streamingDeliveries": self.cometd.deliveries,
            "deliveriesByTopic": dict(self.cometd.deliveries_by_topic),
        }

    # ---- control routes ----------------------------------------------------------------------

    def _guarded(
        self, handler: Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                body = await read_json_object(request)
                return JSONResponse(await handler(body))
            except BadRequest as exc:
                return error(str(exc), exc.status)
            except ConsoleActionError as exc:
                return error(str(exc), 409)

        return endpoint

    async def _status(self, body: dict[str, Any]) -> dict[str, Any]:
        status = body.get("status")
        by = body.get("by", "agent")
        if not isinstance(status, str) or (by != "agent" and by not in LOGOUT_BY):
            raise BadRequest(
                'send {"status": "<label, API name or id>" | "Offline", "by": "agent" | '
                '"supervisor", or, with "Offline", "by": '
                '"duplicate_tab" | "duplicate_login" | "maintenance"}'
            )
        self.console.agent_sets_status(status, by=by)
        return self.console.state()

    async def _work(self, body: dict[str, Any]) -> dict[str, Any]:
        action = body.get("action")
        work_id = body.get("id")
        if work_id is not None and not isinstance(work_id, str):
            raise BadRequest('"id" must be an AgentWork id')
        if action == "push":
            external = body.get("external", False)
            channel = body.get("channel", "Case")
            weight = body.get("weight", 1)
            weight_ok = isinstance(weight, int) and not isinstance(weight, bool) and weight >= 1
            if not isinstance(external, bool) or not isinstance(channel, str) or not weight_ok:
                raise BadRequest(
                    'push takes "external": true|false, "channel": "Case"|"Chat" and '
                    '"weight": capacity units (a whole number from 1)'
                )
            work = self.console.push_work(channel=channel, external=external, weight=weight)
        elif action == "accept":
            work = self.console.accept(work_id)
        elif action == "decline":
            work = self.console.decline(work_id)
        elif action == "close":
            work = self.console.close(work_id)
        elif action == "timeout":
            work = self.console.time_out(work_id)
        else:
            raise BadRequest('"action" must be one of push, accept, decline, close, timeout')
        return {**self.console.state(), "item": {"id": work["Id"]}}

    async def _console(self, body: dict[str, Any]) -> dict[str, Any]:
        is_open = body.get("open")
        goodbye = body.get("goodbye", True)
        if not isinstance(is_open, bool) or not isinstance(goodbye, bool):
            raise BadRequest('send {"open": true | false, "goodbye": true | false}')
        if is_open:
            self.console.open_console()
        else:
            self.console.close_console(goodbye=goodbye)
        return self.console.state()

    async def _direct(self, body: dict[str, Any]) -> dict[str, Any]:
        allowed = body.get("allowed")
        if not isinstance(allowed, bool):
            raise BadRequest('send {"allowed": true | false} (the browser\'s local network access)')
        self.console.allow_direct(allowed)
        return self.console.state()


async def _instance_error(request: Request, exc: Exception) -> Response:
    """An unrouted path or method on the instance, in Salesforce's error body."""
    status = exc.status_code if isinstance(exc, HTTPException) else 400
    if status == 405:
        return sf_error(405, "METHOD_NOT_ALLOWED", f"HTTP Method '{request.method}' not allowed")
    return sf_error(status, "NOT_FOUND", "The requested resource does not exist")
