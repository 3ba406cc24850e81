"""Malformed messages from the clouds and the console: each parser answers with its own clear
error (or a value), never another exception, so a bad message is skipped and nothing is lost."""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from omnisync.genesys import parse
from omnisync.genesys.errors import MalformedMessage
from omnisync.link_protocol import LinkMessageError, encode, parse_command, parse_report
from omnisync.salesforce.link import ConsoleLink

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["open", "closed", "manual", "toolkit", "set_status", "ping", "v"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "v",
                    "seq",
                    "ack",
                    "op",
                    "status",
                    "reason",
                    "work",
                    "console",
                    "offered",
                    "error",
                    "sobject",
                    "To_Desktop__c",
                    "id",
                    "presenceDefinition",
                    "systemPresence",
                    "modifiedDate",
                    "startTime",
                    "participants",
                    "userId",
                    "state",
                    "purpose",
                    "call",
                    "callback",
                    "chat",
                    "email",
                    "message",
                    "contactCenter",
                    "enterprise",
                ]
            )
            | st.text(max_size=6),
            inner,
            max_size=6,
        )
    ),
    max_leaves=25,
)
link_texts = st.one_of(
    st.text(max_size=300),
    json_values.map(lambda value: json.dumps(value, allow_nan=True)),
    st.builds(
        lambda base, extra: json.dumps({**base, **extra}, allow_nan=True),
        st.just(
            {
                "v": 1,
                "seq": 3,
                "ack": 2,
                "status": None,
                "reason": None,
                "work": 0,
                "console": "open",
            }
        ),
        st.dictionaries(
            st.sampled_from(["seq", "ack", "work", "offered", "v", "console"]),
            json_values,
            max_size=3,
        ),
    ),
)


@settings(max_examples=150, deadline=None)
@given(link_texts)
def test_link_codec_refuses_with_its_own_error(raw: str) -> None:
    for reader in (parse_command, parse_report):
        try:
            message = reader(raw)
        except LinkMessageError:
            continue
        assert reader(encode(message)) == message  # what it accepts it can write back


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_genesys_parsers_refuse_with_malformed_message(body: Any) -> None:
    for reader in (
        parse.presence_definition,
        parse.user,
        parse.user_presence,
        parse.routing_status,
        parse.conversation_summary,
        lambda raw: parse.agent_stages(raw, "me"),
    ):
        with contextlib.suppress(MalformedMessage):  # its own error, or a value: both fine
            reader(body)


@settings(max_examples=100, deadline=None)
@given(json_values)
def test_console_link_skips_any_malformed_event(data: Any) -> None:
    reports: list[object] = []

    async def on_report(report: object) -> None:
        reports.append(report)

    async def on_health(*_args: object) -> None:
        return None

    link = ConsoleLink(None, "005", on_report=on_report, on_health=on_health)  # type: ignore[arg-type]

    async def feed() -> None:
        await link.handle(data)  # type: ignore[arg-type]
        await link.handle(
            {
                "sobject": {
                    "To_Desktop__c": json.dumps(
                        {
                            "v": 1,
                            "seq": 10**6,
                            "ack": 0,
                            "status": None,
                            "reason": None,
                            "work": 0,
                            "console": "open",
                        }
                    )
                }
            }
        )

    asyncio.run(feed())
    assert reports and reports[-1].seq == 10**6  # type: ignore[attr-defined]  # still listening
