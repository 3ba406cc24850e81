"""The REST API with the agent's token: queries and the link upsert, counted and typed.

Every answer's ``Sforce-Limit-Info`` is read and every call we make is counted, so the service
and the benchmarks can show what the app costs the org. A 401 (``INVALID_SESSION_ID``) refreshes
the token once (the keeper runs one refresh at a time) and retries; a refresh that fails turns
into the keeper's ``SignInRequired``.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol
from urllib.parse import quote

import httpx

from omnisync.auth.tokens import TokenSet
from omnisync.core.message import say
from omnisync.net import origin, whole_exchange
from omnisync.salesforce.errors import (
    NotDeployed,
    QueryFailed,
    RequestLimitExceeded,
    SalesforceError,
)
from omnisync.salesforce.limits import CallCounter, parse_limit_info

log = logging.getLogger(__name__)

API_VERSION = "62.0"
_QUERY_ERRORS = {"MALFORMED_QUERY", "INVALID_FIELD", "INVALID_TYPE"}


class TokenSource(Protocol):
    """What the REST and CometD clients need of :class:`omnisync.auth.keeper.TokenKeeper`."""

    @property
    def tokens(self) -> TokenSet | None: ...

    async def access_token(self) -> str: ...

    async def unauthorized(self, rejected: str) -> str: ...


class SalesforceRest:
    def __init__(
        self,
        http: httpx.AsyncClient,
        tokens: TokenSource,
        *,
        api_version: str = API_VERSION,
        counter: CallCounter | None = None,
    ) -> None:
        self._http = http
        self._tokens = tokens
        self.api_version = api_version
        self.counter = counter or CallCounter()

    @property
    def instance_url(self) -> str:
        tokens = self._tokens.tokens
        if tokens is None or not tokens.instance_url:
            raise SalesforceError(
                say("service", "You are not signed in to Salesforce: sign in again"),
                "NO_SESSION",
            )
        try:
            return origin(tokens.instance_url, "Salesforce instance_url")
        except ValueError as exc:
            raise SalesforceError(str(exc), "BAD_INSTANCE_URL") from None

    def data_url(self, path: str) -> str:
        return f"{self.instance_url}/services/data/v{self.api_version}/{path.lstrip('/')}"

    async def request(self, method: str, path: str, kind: str, **kwargs: Any) -> httpx.Response:
        """One counted call; retried once with a refreshed token after a 401 (or its 403 twin)."""
        token = await self._tokens.access_token()
        response = await self._send(method, path, kind, token, **kwargs)
        if response.status_code == 401 or _bad_oauth_token(response):
            token = await self._tokens.unauthorized(token)
            response = await self._send(method, path, kind, token, **kwargs)
        if response.status_code >= 400:
            raise _error_of(response)
        return response

    async def _send(
        self, method: str, path: str, kind: str, token: str, **kwargs: Any
    ) -> httpx.Response:
        url = path if path.startswith("http") else self.data_url(path)
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        self.counter.count(kind)
        try:
            response = await whole_exchange(
                self._http.request(method, url, headers=headers, **kwargs)
            )
        except httpx.HTTPError as exc:
            raise SalesforceError(
                f"Salesforce could not be reached ({type(exc).__name__}); retrying later",
                "NETWORK",
            ) from exc
        usage = parse_limit_info(response.headers.get("Sforce-Limit-Info"))
        if usage is not None:
            self.counter.last_usage = usage
        return response

    async def get_object(self, url: str, kind: str) -> dict[str, Any]:
        """One JSON object by its full URL (e.g. the identity URL on the login host)."""
        return _json_object(await self.request("GET", url, kind))

    async def query(self, soql: str) -> list[dict[str, Any]]:
        """All rows of a SOQL query (following ``nextRecordsUrl`` pages)."""
        response = await self.request("GET", "query", "query", params={"q": soql})
        body = _json_object(response)
        records: list[dict[str, Any]] = list(body.get("records") or [])
        while not body.get("done", True) and body.get("nextRecordsUrl"):
            response = await self.request(
                "GET", f"{self.instance_url}{body['nextRecordsUrl']}", "query"
            )
            body = _json_object(response)
            records.extend(body.get("records") or [])
        return records

    async def upsert(
        self, sobject: str, external_field: str, external_id: str, fields: dict[str, Any]
    ) -> bool:
        """Create or update by external id; True when the record was created."""
        path = f"sobjects/{sobject}/{external_field}/{quote(external_id, safe='')}"
        response = await self.request("PATCH", path, "upsert", json=fields)
        if response.status_code == 204 or not response.content:
            return False
        return bool(_json_object(response).get("created", response.status_code == 201))


def _bad_oauth_token(response: httpx.Response) -> bool:
    """The identity URL says an expired token with 403 ``Bad_OAuth_Token``, not with 401."""
    return response.status_code == 403 and response.text.strip().strip('"') == "Bad_OAuth_Token"


def _json_object(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise SalesforceError(
            f"Salesforce sent an unreadable answer (HTTP {response.status_code})", "BAD_ANSWER"
        )
    return body


def _error_of(response: httpx.Response) -> SalesforceError:
    """Salesforce's error list ``[{"message", "errorCode"}]`` as a typed exception."""
    code, message = "", response.reason_phrase
    try:
        body = response.json()
        first = body[0] if isinstance(body, list) and body else body
        if isinstance(first, dict):
            code = str(first.get("errorCode") or "")
            message = str(first.get("message") or message)
    except ValueError:
        pass
    status = response.status_code
    if code == "REQUEST_LIMIT_EXCEEDED":
        usage = parse_limit_info(response.headers.get("Sforce-Limit-Info"))
        return RequestLimitExceeded(str(usage) if usage else "")
    if code in _QUERY_ERRORS:
        return QueryFailed(f"Salesforce refused a query ({code}): {message}", code, status)
    if code == "NOT_FOUND" or status == 404:
        return NotDeployed(f"Not found in this org ({code or status}): {message}", code, status)
    if status == 401:
        return SalesforceError(
            f"Salesforce still refuses the session after a refresh ({code}): sign in again",
            code or "INVALID_SESSION_ID",
            status,
        )
    said = say("service", "Salesforce answered HTTP {status} ({code}): {message}")
    return SalesforceError(said.fill(status=str(status), code=code, message=message), code, status)
