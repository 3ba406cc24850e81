"""A problem in a settings or policy file, told as: which file, which key, what, how to fix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class ConfigProblem:
    file: Path
    key: str
    """Dotted TOML key (``genesys.redirect_port``); empty when the whole file is affected."""
    problem: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.key}" if self.key else str(self.file)
        return f"{where}: {self.problem}. Fix: {self.fix}"


class ConfigError(Exception):
    """A file that cannot be used as it is; ``problems`` lists every issue found, not just one."""

    def __init__(self, problems: Sequence[ConfigProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
