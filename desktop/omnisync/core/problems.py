"""Problems found in a profile: each names the file, the key, what is wrong and how to fix it.

What is wrong and how to fix it are :class:`~omnisync.core.message.Message` s (context
``"problems"`` for the words every file shares, ``"profile"`` for a profile's, ``"settings"``
for the settings and the machine policy): the tray and the status window show them in the
agent's language, ``check-profile``, ``omnisync policy`` and the logs print the English
(:attr:`Problem.message`, :attr:`Problem.fix`, ``str()``).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from omnisync.core.message import Message, say


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    severity: Severity
    file: str
    key: str
    said: Message
    """What is wrong."""
    remedy: Message
    """How to fix it."""
    line: int | None = None

    @property
    def message(self) -> str:
        """What is wrong, in English (the CLI, the logs)."""
        return self.said.english()

    @property
    def fix(self) -> str:
        return self.remedy.english()

    def where(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where} [{self.key}]" if self.key else where

    def brief(self) -> Message:
        """What is wrong and what to do, for a person who knows which profile it is."""
        return say("problems", "{problem}. {fix}").fill(problem=self.said, fix=self.remedy)

    def in_full(self) -> Message:
        """The file, the key, the severity, what is wrong and what to do: a file's line, as
        ``check-profile`` prints it (in English) and the tray shows it."""
        if self.severity is Severity.WARNING:
            line = say("problems", "{where}: warning: {problem}. Fix: {fix}")
        else:
            line = say("problems", "{where}: error: {problem}. Fix: {fix}")
        return line.fill(where=self.where(), problem=self.said, fix=self.remedy)

    def __str__(self) -> str:
        return self.in_full().english()


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)


def closest(word: str, candidates: Iterable[str], n: int = 3) -> list[str]:
    """The candidates nearest to ``word``, case-insensitively, for "did you mean" hints."""
    import difflib  # only when a problem is told (start-up time: not before the tray)

    pool = list(dict.fromkeys(candidates))
    by_fold = {c.casefold(): c for c in pool}
    found = difflib.get_close_matches(word.casefold(), list(by_fold), n=n, cutoff=0.5)
    return [by_fold[f] for f in found]


def quoted(names: Iterable[str]) -> str:
    """Names as a list a person reads in every language: "a", "b", "c" (data, not words)."""
    return ", ".join(f'"{n}"' for n in names)


def suggestion(near: Sequence[str]) -> Message | None:
    """ "Did you mean …?" for these names (None for none)."""
    if not near:
        return None
    if len(near) == 1:
        return say("problems", "Did you mean {name}?").fill(name=f'"{near[0]}"')
    return say("problems", "Did you mean one of {names}?").fill(names=quoted(near))


def did_you_mean(word: str, candidates: Iterable[str]) -> Message | None:
    return suggestion(closest(word, candidates))


def known_keys(word: str, candidates: Sequence[str]) -> Message:
    """The fix for an unknown key: the nearest known keys, else every known key."""
    return did_you_mean(word, candidates) or say("problems", "Known keys: {keys}").fill(
        keys=", ".join(candidates)
    )
