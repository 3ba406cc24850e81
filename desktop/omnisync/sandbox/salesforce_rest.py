"""The fake instance's REST API: versions, SOQL query, link upsert by external id, limits.

Every authenticated answer carries ``Sforce-Limit-Info: api-usage=N/MAX`` and counts against
the org's daily allowance; going over it answers ``REQUEST_LIMIT_EXCEEDED`` to everyone, as a
real org does. Errors use Salesforce's shape: a JSON list of ``{"message", "errorCode"}``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from omnisync.sandbox.salesforce_oauth import OAuthServer
from omnisync.sandbox.salesforce_org import LINK_FIELD_MAX, LINK_OBJECT, Org
from omnisync.sandbox.salesforce_soql import SoqlError, parse_query, run_query
from omnisync.sandbox.web import BadRequest, parse_json, read_body

API_VERSIONS = ("58.0", "59.0", "60.0", "61.0", "62.0")
_VERSION = re.compile(r"^v(\d{2}\.\d)$")
_LINK_WRITABLE = ("To_Console__c", "To_Desktop__c", "Link_Key__c")


_FROM = re.compile(r"\bFROM\s+(\w+)", re.IGNORECASE)


def _queried_object(soql: str) -> str:
    """The object a query reads (the first ``FROM``), or ``?`` for text that names none."""
    found = _FROM.search(soql)
    return found.group(1) if found else "?"


def _target(resource: str, request: Request) -> str:
    """What a counted call reads: the queried object (``query AgentWork``, ``tooling
    PresenceUserConfig``) or the object in its path; the resource alone otherwise."""
    soql = request.query_params.get("q")
    if soql is not None:
        return f"{resource} {_queried_object(soql)}"
    parts = [part for part in request.url.path.split("/") if part]
    if "sobjects" in parts[:-1]:
        return f"{resource} {parts[parts.index('sobjects') + 1]}"
    return resource


def sf_error(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse([{"message": message, "errorCode": code, **extra}], status_code=status)


@dataclass(slots=True)
class RestServer:
    org: Org
    oauth: OAuthServer
    daily_limit: int = 15000
    on_event: Callable[[str, str], None] = lambda what, by: None
    used: int = 0
    """Calls counted against the allowance (reset with the sandbox)."""
    by_resource: dict[str, int] = field(default_factory=dict)
    by_target: dict[str, int] = field(default_factory=dict)
    """Counted calls by what they read or wrote (``query AgentWork``, ``upsert
    OmniSync_Link__c To_Console__c``), so a benchmark can say what each call was for."""
    limit_exceeded: bool = False
    """Fault: every call answers REQUEST_LIMIT_EXCEEDED until reset."""
    presence_configs: Callable[[], list[dict[str, Any]]] = lambda: []
    """The org's presence configurations as the Tooling API shows them (Id, DeveloperName,
    Metadata), supplied by the part from the console's settings."""

    def reset(self) -> None:
        self.used = 0
        self.by_resource.clear()
        self.by_target.clear()
        self.limit_exceeded = False

    def routes(self, prefix: str) -> list[BaseRoute]:
        base = f"{prefix}/services/data"
        return [
            Route(base, self._versions, methods=["GET"]),
            Route(f"{base}/", self._versions, methods=["GET"]),
            Route(f"{base}/{{version}}/query", self._query, methods=["GET"]),
            Route(f"{base}/{{version}}/query/", self._query, methods=["GET"]),
            Route(f"{base}/{{version}}/limits", self._limits, methods=["GET"]),
            Route(f"{base}/{{version}}/limits/", self._limits, methods=["GET"]),
            Route(
                f"{base}/{{version}}/sobjects/{{sobject}}/{{field}}/{{value}}",
                self._upsert,
                methods=["PATCH"],
            ),
            Route(f"{base}/{{version}}/sobjects/{{sobject}}", self._create, methods=["POST"]),
            Route(f"{base}/{{version}}/tooling/query", self._tooling_query, methods=["GET"]),
            Route(
                f"{base}/{{version}}/tooling/sobjects/PresenceUserConfig/{{record_id}}",
                self._tooling_config,
                methods=["GET"],
            ),
        ]

    def _versions(self, request: Request) -> Response:
        return JSONResponse(
            [
                {"label": f"API {v}", "url": f"/services/data/v{v}", "version": v}
                for v in API_VERSIONS
            ]
        )

    def _guard(self, request: Request, resource: str) -> tuple[str | None, Response | None]:
        """Authenticate and count; an answer when the call must be refused."""
        version = request.path_params.get("version", "")
        match = _VERSION.match(version)
        if not match or not 20.0 <= float(match.group(1)) <= float(API_VERSIONS[-1]):
            return None, sf_error(404, "NOT_FOUND", "The requested resource does not exist")
        user_id = self.oauth.user_for(request.headers.get("authorization"))
        if user_id is None:
            response = sf_error(401, "INVALID_SESSION_ID", "Session expired or invalid")
            response.headers["WWW-Authenticate"] = 'Token realm="sandbox"'
            return None, response
        if self.limit_exceeded or self.used >= self.daily_limit:
            return None, self._stamp(
                sf_error(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")
            )
        self.used += 1
        self.by_resource[resource] = self.by_resource.get(resource, 0) + 1
        if resource != "upsert":  # an upsert is told apart by its fields, once its body is read
            self._tally(_target(resource, request))
        return user_id, None

    def _tally(self, target: str) -> None:
        self.by_target[target] = self.by_target.get(target, 0) + 1

    def _stamp(self, response: Response) -> Response:
        response.headers["Sforce-Limit-Info"] = f"api-usage={self.used}/{self.daily_limit}"
        return response

    def url_base(self, request: Request) -> str:
        return f"/services/data/{request.path_params['version']}"

    async def _query(self, request: Request) -> Response:
        user_id, refusal = self._guard(request, "query")
        if refusal is not None or user_id is None:
            return refusal or sf_error(500, "UNKNOWN_EXCEPTION", "no user")
        text = request.query_params.get("q", "")
        try:
            query = parse_query(text, self.org.schemas)
            records = run_query(
                query,
                lambda name: self.org.visible(name, user_id),
                self.org.schemas,
                self.url_base(request),
            )
        except SoqlError as exc:
            return self._stamp(sf_error(400, exc.error_code, exc.message))
        return self._stamp(
            JSONResponse({"totalSize": len(records), "done": True, "records": records})
        )

    async def _tooling_query(self, request: Request) -> Response:
        """Only ``SELECT Id, DeveloperName FROM PresenceUserConfig``: the Tooling API answers
        with the configurations' ids, and ``Metadata`` only for one record at a time."""
        user_id, refusal = self._guard(request, "tooling")
        if refusal is not None or user_id is None:
            return refusal or sf_error(500, "UNKNOWN_EXCEPTION", "no user")
        words = request.query_params.get("q", "").split()
        if [w.lower() for w in words[:1] + words[-2:]] != ["select", "from", "presenceuserconfig"]:
            return self._stamp(
                sf_error(
                    400,
                    "MALFORMED_QUERY",
                    "the sandbox's Tooling API knows only "
                    "SELECT Id, DeveloperName FROM PresenceUserConfig",
                )
            )
        rows = [
            {
                "attributes": {"type": "PresenceUserConfig"},
                "Id": c["Id"],
                "DeveloperName": c["DeveloperName"],
            }
            for c in self.presence_configs()
        ]
        return self._stamp(
            JSONResponse({"size": len(rows), "totalSize": len(rows), "done": True, "records": rows})
        )

    async def _tooling_config(self, request: Request) -> Response:
        user_id, refusal = self._guard(request, "tooling")
        if refusal is not None or user_id is None:
            return refusal or sf_error(500, "UNKNOWN_EXCEPTION", "no user")
        wanted = request.path_params["record_id"]
        found = next((c for c in self.presence_configs() if c["Id"] == wanted), None)
        if found is None:
            return self._stamp(sf_error(404, "NOT_FOUND", "The requested resource does not exist"))
        return self._stamp(JSONResponse({"attributes": {"type": "PresenceUserConfig"}, **found}))

    async def _limits(self, request: Request) -> Response:
        user_id, refusal = self._guard(request, "limits")
        if refusal is not None or user_id is None:
            return refusal or sf_error(500, "UNKNOWN_EXCEPTION", "no user")
        remaining = max(0, self.daily_limit - self.used)
        return self._stamp(
            JSONResponse({"DailyApiRequests": {"Max": self.daily_limit, "Remaining": remaining}})
        )

    async def _create(self, request: Request) -> Response:
        """Only to refuse what the real org refuses (UserServicePresence cannot be created)."""
        user_id, refusal = self._guard(request, "create")
        if refusal is not None or user_id is None:
            return refusal or sf_error(500, "UNKNOWN_EXCEPTION", "no user")
        sobject = request.path_params["sobject"]
        if sobject not in self.org.schemas:
            return self._stamp(
                sf_error(404, "NOT_FOUND", f"The requested resource does not exist: {sobject}")
            )
        return self._stamp(
            sf_error(
                400,
                "INVALID_TYPE_FOR_OPERATION",
                f"entity type {sobject} does not support create",
            )
        )

    async def _upsert(self, request: Request) -> Response:
        user_id, refusal = self._guard(request, "upsert")
        if refusal is not None or user_id is None:
            return refusal or sf_error(500, "UNKNOWN_EXCEPTION", "no user")
        sobject = request.path_params["sobject"]
        field_name = request.path_params["field"]
        value = request.path_params["value"]
        if sobject not in self.org.schemas:
            return self._stamp(
                sf_error(404, "NOT_FOUND", f"The requested resource does not exist: {sobject}")
            )
        if sobject != LINK_OBJECT or field_name != "Agent_Id__c":
            return self._stamp(
                sf_error(
                    400,
                    "INVALID_FIELD",
                    f"Provided external ID field does not exist or is not accessible: {field_name}",
                )
            )
        try:
            body = parse_json(await read_body(request))
        except BadRequest:
            return self._stamp(sf_error(400, "JSON_PARSER_ERROR", "The body is not valid JSON"))
        if not isinstance(body, dict):
            return self._stamp(sf_error(400, "JSON_PARSER_ERROR", "Expected a JSON object"))
        self._tally(f"upsert {sobject} {' '.join(sorted(body))}".rstrip())
        changes: dict[str, Any] = {}
        for key, text in body.items():
            if key not in _LINK_WRITABLE:
                return self._stamp(
                    sf_error(
                        400,
                        "INVALID_FIELD",
                        f"No such column '{key}' on sobject of type {LINK_OBJECT}",
                    )
                )
            if text is not None and not isinstance(text, str):
                return self._stamp(sf_error(400, "JSON_PARSER_ERROR", f"{key} must be text"))
            if text is not None and len(text.encode("utf-16-le")) // 2 > LINK_FIELD_MAX:
                return self._stamp(
                    sf_error(
                        400,
                        "STRING_TOO_LONG",
                        f"{key}: data value too large (max length={LINK_FIELD_MAX})",
                        fields=[key],
                    )
                )
            changes[key] = text
        if value != user_id:
            # The setup guide's validation rule: an agent writes only their own link record.
            return self._stamp(
                sf_error(
                    400,
                    "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                    "Agent_Id__c must be your own user id",
                    fields=["Agent_Id__c"],
                )
            )
        if changes:
            # Announced so the control page shows the app's command before the component acts.
            fields = " and ".join(sorted(changes))
            self.on_event(f"app wrote {fields} on its console link record", "app")
        existing = self.org.link_record(user_id)
        if existing is None:
            owned = {"Name": user_id, "OwnerId": user_id, "Agent_Id__c": user_id}
            record = self.org.insert(LINK_OBJECT, {**owned, **changes})
            return self._stamp(
                JSONResponse(
                    {"id": record["Id"], "success": True, "errors": [], "created": True},
                    status_code=201,
                )
            )
        self.org.update(LINK_OBJECT, existing["Id"], changes)
        return self._stamp(
            JSONResponse({"id": existing["Id"], "success": True, "errors": [], "created": False})
        )
