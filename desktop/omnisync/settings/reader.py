"""Read typed values out of a parsed TOML file, collecting every problem instead of stopping."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from omnisync.core.bounded import UnsafeData, toml_loads
from omnisync.core.message import Message, error_field, say
from omnisync.core.problems import Problem
from omnisync.languages import LANGUAGES
from omnisync.settings.problems import ConfigProblem

T = TypeVar("T")

SUPPORTED_VERSION = 1


class BadValue(ValueError):
    """Raised by a value check: ``problem`` and ``fix`` end up in a ConfigProblem."""

    def __init__(self, problem: Message, fix: Message) -> None:
        super().__init__(problem.english())
        self.problem = problem
        self.fix = fix


def parse_toml(path: Path | str, text: str) -> tuple[dict[str, Any] | None, Problem | None]:
    try:
        return toml_loads(text), None
    except tomllib.TOMLDecodeError as exc:
        return None, ConfigProblem(
            path,
            "",
            say("settings", "is not valid TOML ({error})").fill(error=str(exc)),
            say("settings", "correct the file at the position named"),
        )
    except UnsafeData as exc:
        return None, ConfigProblem(
            path,
            "",
            say("settings", "cannot be used: {error}").fill(error=exc.said),
            say("settings", "write only the keys and values docs/admin.md lists"),
        )


def cannot_be_read(exc: OSError) -> Message:
    """A file (or registry key) the OS would not let us read."""
    return say("settings", "cannot be read ({error})").fill(
        error=error_field(exc, str(exc.strerror or exc))
    )


def not_utf8(exc: UnicodeDecodeError) -> Message:
    return say("settings", "is not UTF-8 text ({error})").fill(error=str(exc))


class TableReader:
    """One TOML table (or the top level) with the keys it may hold."""

    def __init__(
        self,
        path: Path | str,
        data: Mapping[str, Any],
        problems: list[Problem],
        *,
        prefix: str = "",
    ) -> None:
        self.path = path
        self.data = data
        self.problems = problems
        self.prefix = prefix
        self._known: set[str] = set()

    def dotted(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def report(self, key: str, problem: Message, fix: Message) -> None:
        self.problems.append(ConfigProblem(self.path, self.dotted(key), problem, fix))

    def get(self, key: str, check: Callable[[Any], T], default: T) -> T:
        """The checked value, or ``default`` (with a problem recorded) when it is missing or bad."""
        self._known.add(key)
        if key not in self.data:
            return default
        try:
            return check(self.data[key])
        except BadValue as bad:
            self.report(key, bad.problem, bad.fix)
            return default

    def table(self, key: str) -> TableReader:
        self._known.add(key)
        value = self.data.get(key, {})
        if not isinstance(value, dict):
            self.report(
                key,
                say("settings", "must be a table, got {value}").fill(value=_shown(value)),
                say("settings", "write it as [{key}]").fill(key=key),
            )
            value = {}
        return TableReader(self.path, value, self.problems, prefix=f"{self.dotted(key)}.")

    def version(self) -> None:
        def check(value: Any) -> int:
            number = whole_number(value)
            if number > SUPPORTED_VERSION:
                raise BadValue(
                    say(
                        "settings",
                        "is {number}, written for a newer OmniSync (this one reads version "
                        "{supported})",
                    ).fill(number=str(number), supported=str(SUPPORTED_VERSION)),
                    say("settings", "update OmniSync, or write the file for version 1"),
                )
            if number < 1:
                raise BadValue(
                    say("settings", "must be 1, got {number}").fill(number=str(number)),
                    say("settings", "write version = 1"),
                )
            return number

        self.get("version", check, SUPPORTED_VERSION)

    def unknown_keys(self, also_known: Iterable[str] = ()) -> None:
        known = self._known | set(also_known)
        for key in self.data:
            if key in known:
                continue
            import difflib  # only for a key it does not know (start-up time)

            near = difflib.get_close_matches(key, sorted(known), n=1)
            fix = (
                say("settings", "did you mean {key}?").fill(key=repr(self.dotted(near[0])))
                if near
                else say("settings", "remove it (known keys here: {keys})").fill(
                    keys=", ".join(sorted(known))
                )
            )
            self.report(key, say("settings", "is not a known key"), fix)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise BadValue(
            say("settings", "must be text in quotes, got {value}").fill(value=_shown(value)),
            say("settings", 'write it as "..."'),
        )
    stripped = value.strip()
    if not stripped:
        raise BadValue(
            say("settings", "is empty"),
            say("settings", "give a value, or remove the key to use the default"),
        )
    return stripped


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise BadValue(
            say("settings", "must be true or false, got {value}").fill(value=_shown(value)),
            say("settings", "write true or false"),
        )
    return value


def whole_number(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadValue(
            say("settings", "must be a whole number, got {value}").fill(value=_shown(value)),
            say("settings", "write digits only, e.g. 1"),
        )
    return value


def bounded_number(value: Any, low: int, high: int, fix: Message) -> int:
    """A whole number from ``low`` to ``high``; ``fix`` says where the right one is found."""
    number = whole_number(value)
    if not low <= number <= high:
        raise BadValue(
            say("settings", "must be between {low} and {high}, got {number}").fill(
                low=str(low), high=str(high), number=str(number)
            ),
            fix,
        )
    return number


def text_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise BadValue(
            say("settings", "must be a list, got {value}").fill(value=_shown(value)),
            say("settings", 'write it as ["a", "b"]'),
        )
    return [text(item) for item in value]


def profile_id(value: Any) -> str:
    raw = text(value)
    if len(raw) > 64 or not all(c.isalnum() or c in "._-" for c in raw):
        raise BadValue(
            say("settings", "is not a profile id: {value}").fill(value=repr(raw)),
            say(
                "settings",
                "use the id of a profile (letters, digits, '.', '_' or '-'), e.g. default",
            ),
        )
    return raw


def language(value: Any) -> str:
    raw = text(value).casefold()
    if raw not in LANGUAGES:
        known = ", ".join(f'"{code}" ({name})' for code, name in LANGUAGES.items())
        raise BadValue(
            say("settings", "is not a language the app speaks: {value}").fill(value=repr(raw)),
            say(
                "settings",
                "write one of {languages}, or remove the key to follow the system's language",
            ).fill(languages=known),
        )
    return raw
