"""Problems in settings and policy files: the same Problem type as profiles use.

``ConfigProblem(file, key, message, fix)`` builds an error-level
:class:`omnisync.core.problems.Problem`, so every file the app reads reports problems in one form.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from omnisync.core.message import Message, lines
from omnisync.core.problems import Problem, Severity


def ConfigProblem(file: Path | str, key: str, message: Message, fix: Message) -> Problem:
    """An error in a settings or policy file (or registry key); ``key`` is dotted, empty for the
    whole file. The words are in the ``"settings"`` context: what is wrong is said of the key
    (``"is not a known key"``), the way ``str()`` prints it after the file and the key."""
    return Problem(Severity.ERROR, str(file), key, message, fix)


class ConfigError(Exception):
    """A file that cannot be used as it is; ``problems`` lists every issue found, not just one."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def said(self) -> Message:
        """Every problem, one a line, in the agent's language."""
        return lines(p.in_full() for p in self.problems)
