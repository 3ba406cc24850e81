"""The PushTopics the sandbox org has: read from the script an administrator runs in a real org.

``packaging/salesforce/scripts/apex/create-pushtopics.apex`` is the one source of truth, so the
sandbox streams exactly the fields and events a real org would (a second copy here drifted
before). The script is plain enough to read without an Apex parser: one ``Map<String, String>``
of name to query, then ``topic.Field = value;`` assignments applied to every topic. Anything
else in those places is refused loudly rather than guessed.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

SCRIPT_NAME = "create-pushtopics.apex"
_HERE = Path(__file__).resolve().parent
WHEEL_SCRIPT = _HERE / SCRIPT_NAME
"""Where pyproject's force-include puts the script in a wheel."""
CHECKOUT_SCRIPT = _HERE.parents[2] / "packaging" / "salesforce" / "scripts" / "apex" / SCRIPT_NAME

_STRING = r"'((?:[^'\\]|\\.)*)'"
_ENTRY = re.compile(_STRING + r"\s*=>\s*" + _STRING)
_MAP = re.compile(
    r"Map<String,\s*String>\s+(\w+)\s*=\s*new\s+Map<String,\s*String>\s*\{(.*?)\};", re.S
)
_DECIMAL = re.compile(r"Decimal\s+(\w+)\s*=\s*([0-9]+(?:\.[0-9]+)?)\s*;")
_ASSIGNMENT = re.compile(r"^\s*topic\.(\w+)\s*=\s*(.+?);\s*$", re.M)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "'": "'", '"': '"', "\\": "\\"}


class PushTopicScriptError(ValueError):
    """The script has a shape this reader does not understand: fix the reader with it."""


def script_path() -> Path:
    for candidate in (WHEEL_SCRIPT, CHECKOUT_SCRIPT):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        f"{SCRIPT_NAME} is missing: reinstall the package (looked in {WHEEL_SCRIPT} and "
        f"{CHECKOUT_SCRIPT})"
    )


@functools.cache
def push_topics() -> tuple[dict[str, Any], ...]:
    """One PushTopic record (field values, no Id) per topic the script creates."""
    return parse_script(script_path().read_text(encoding="utf-8"))


def parse_script(text: str) -> tuple[dict[str, Any], ...]:
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    found = _MAP.search(code)
    if found is None:
        raise PushTopicScriptError("no Map<String, String> of topic name to query")
    map_name, body = found.groups()
    queries = {_unescape(name): _unescape(query) for name, query in _ENTRY.findall(body)}
    if not queries:
        raise PushTopicScriptError(f"the map {map_name} has no 'name' => 'query' entries")
    decimals = {name: float(value) for name, value in _DECIMAL.findall(code)}
    topics = []
    for name, query in queries.items():
        record: dict[str, Any] = {"Name": name}
        for field, expression in _ASSIGNMENT.findall(code):
            record[field] = _value(expression.strip(), query, map_name, decimals)
        topics.append(record)
    return tuple(topics)


def _value(expression: str, query: str, map_name: str, decimals: dict[str, float]) -> Any:
    if expression in ("true", "false"):
        return expression == "true"
    if expression == f"{map_name}.get(name)":
        return query
    if expression in decimals:
        return decimals[expression]
    literal = re.fullmatch(_STRING, expression)
    if literal is not None:
        return _unescape(literal.group(1))
    raise PushTopicScriptError(f"cannot read the value {expression!r} of a topic field")


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text)
