"""Problems found in a profile: each names the file, the key, what is wrong and how to fix it."""

from __future__ import annotations

import difflib
import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    severity: Severity
    file: str
    key: str
    message: str
    fix: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        key = f" [{self.key}]" if self.key else ""
        return f"{where}{key}: {self.severity.value}: {self.message}. Fix: {self.fix}"


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)


def closest(word: str, candidates: Iterable[str], n: int = 3) -> list[str]:
    """The candidates nearest to ``word``, case-insensitively, for "did you mean" hints."""
    pool = list(dict.fromkeys(candidates))
    by_fold = {c.casefold(): c for c in pool}
    found = difflib.get_close_matches(word.casefold(), list(by_fold), n=n, cutoff=0.5)
    return [by_fold[f] for f in found]


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    near = closest(word, candidates)
    if not near:
        return ""
    return "did you mean " + " or ".join(f'"{n}"' for n in near) + "?"
