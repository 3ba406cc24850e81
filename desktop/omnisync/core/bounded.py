"""Parse TOML and JSON that an administrator or a tool wrote, within sane bounds.

The standard parsers recurse once per nesting level and accept numbers of any size, so a hostile or
broken file ends in a ``RecursionError`` or an ``OverflowError`` far from the parser, and ``nan``
passes every ``<`` check. Every file we read is small: refuse big text before parsing, turn deep
nesting into a plain error, and refuse numbers that are not finite or not in range, each
with a message that names the key.
"""

from __future__ import annotations

import math
import tomllib
from typing import Any

from omnisync.core.message import Message, SaidError, say

MAX_TEXT_CHARS = 1_000_000
"""No profile, policy, settings or status list comes near this (the built-in ones are < 2 kB)."""
MAX_DEPTH = 32
MAX_NUMBER = 2**53
"""Beyond this, integers stop being exact as floats; no setting means anything that large."""


class UnsafeData(SaidError, ValueError):
    """The text is too big, too deep or holds a number we refuse; ``str()`` says which and where
    in English (the CLI, the log), :attr:`said` the sentence the tray and the status window
    translate (shown inside "cannot be used: ...")."""


def _too_deep(key: str = "") -> UnsafeData:
    if key:
        return UnsafeData(
            say("problems", "{key} is nested more than {depth} levels deep").fill(
                key=key, depth=str(MAX_DEPTH)
            )
        )
    return UnsafeData(
        say("problems", "it is nested more than {depth} levels deep").fill(depth=str(MAX_DEPTH))
    )


def toml_loads(text: str) -> dict[str, Any]:
    """``tomllib.loads`` within bounds; raises ``TOMLDecodeError`` or :class:`UnsafeData`."""
    _check_size(text)
    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise _too_deep() from None
    check_values(data)
    return data


def json_loads(text: str) -> Any:
    """``json.loads`` within bounds; raises ``json.JSONDecodeError`` or :class:`UnsafeData`."""
    import json  # here: the profiles and settings are TOML; JSON is for the org's answers

    _check_size(text)
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise _too_deep() from None
    except ValueError as exc:
        if isinstance(exc, json.JSONDecodeError | UnsafeData):
            raise
        raise UnsafeData(
            say("problems", "it holds a number too long to read ({error})").fill(error=str(exc))
        ) from None
    check_values(data)
    return data


def check_values(data: Any, where: str = "") -> None:
    """Raise :class:`UnsafeData` for a number that is not finite or out of range, or deep data."""
    stack: list[tuple[Any, str, int]] = [(data, where, 0)]
    while stack:
        value, key, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _too_deep(key)
        if isinstance(value, dict):
            stack.extend((v, f"{key}.{k}" if key else str(k), depth + 1) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, f"{key}[{i}]", depth + 1) for i, v in enumerate(value))
        elif isinstance(value, bool):
            continue
        elif isinstance(value, int) and abs(value) > MAX_NUMBER:
            raise UnsafeData(_named(key, _TOO_LARGE, _IT_TOO_LARGE).fill(most=str(MAX_NUMBER)))
        elif isinstance(value, float) and not (math.isfinite(value) and abs(value) <= MAX_NUMBER):
            raise UnsafeData(
                _named(key, _NOT_FINITE, _IT_NOT_FINITE).fill(
                    value=repr(value), most=str(MAX_NUMBER)
                )
            )


def _check_size(text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise UnsafeData(
            say("problems", "it is {length} characters long; files over {most} are refused").fill(
                length=f"{len(text):,}", most=f"{MAX_TEXT_CHARS:,}"
            )
        )


def _refuse_constant(name: str) -> Any:
    raise UnsafeData(say("problems", "it holds {name}: numbers must be finite").fill(name=name))


_TOO_LARGE = say("problems", "{key} is a number too large (at most {most})")
_IT_TOO_LARGE = say("problems", "it is a number too large (at most {most})")
_NOT_FINITE = say("problems", "{key} is {value}: numbers must be finite and at most {most}")
_IT_NOT_FINITE = say("problems", "it is {value}: numbers must be finite and at most {most}")


def _named(key: str, of_key: Message, of_it: Message) -> Message:
    """The sentence about ``key``, or about the whole value when it has no key."""
    return of_key.fill(key=key) if key else of_it
