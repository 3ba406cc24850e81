"""The sentences both profile stages and the sections beyond the Genesys panel share.

Each is a :class:`~omnisync.core.message.Message` in the ``"profile"`` context, so the tray and
the status window show it in the agent's language and ``check-profile`` prints the English.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from omnisync.core.message import say
from omnisync.core.problems import known_keys

ProblemAt = Callable[..., None]
"""``problem(key, message, fix, severity=ERROR)``, as the stage that calls us collects them."""


def section_expected(problem: ProblemAt, key: str) -> None:
    """A section written as a plain value (``mapped = "Busy"``)."""
    problem(
        key,
        say("profile", "{key} must be a section").fill(key=key),
        say("profile", "Write it as [{key}] with keys below it").fill(key=key),
    )


def unknown_key(problem: ProblemAt, section: str, key: str, known: Sequence[str]) -> None:
    problem(
        f"{section}.{key}",
        say("profile", 'unknown key "{key}" in [{section}]').fill(key=key, section=section),
        known_keys(key, known),
    )


def wrong_kind(problem: ProblemAt, dotted: str, key: str, kind: type | tuple[type, ...]) -> None:
    if kind is bool:
        said = say("profile", "{key} must be true or false")
    elif kind is str:
        said = say("profile", "{key} must be a string in double quotes")
    else:
        said = say("profile", "{key} must be a number")
    fix = say("profile", "Write {key} = {example}").fill(key=key, example=example(kind))
    problem(dotted, said.fill(key=key), fix)


def example(kind: type | tuple[type, ...]) -> str:
    """A value of that kind as the profile writes it."""
    if kind is bool:
        return "true"
    if kind is str:
        return '"..."'
    return "0"


OFFLINE_BY_RULE = say(
    "profile", "Offline cannot be set by a rule (it logs the agent out of Omni-Channel)"
)


def on_queue_loop(problem: ProblemAt, key: str, status: str) -> None:
    """A Genesys status a rule sets that is On Queue itself."""
    problem(
        key,
        say("profile", '"{status}" is On Queue, which re-triggers the mapping: a loop').fill(
            status=status
        ),
        say(
            "profile", "Pick a Genesys status that is not On Queue, such as Available, Away or Busy"
        ),
    )
