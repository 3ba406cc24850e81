"""macOS: a LaunchAgent property list in ``~/Library/LaunchAgents`` with ``RunAtLoad``.

launchd reads the folder at login; nothing needs ``launchctl`` now. (SMAppService would need a
signed app bundle, which the Python install does not have.)
"""

from __future__ import annotations

import plistlib
from collections.abc import Sequence
from pathlib import Path
from xml.parsers.expat import ExpatError

from omnisync.appinfo import BUNDLE_ID
from omnisync.atomicfile import write_atomic
from omnisync.ui.autostart.base import Autostart, AutostartError


class LaunchAgentAutostart(Autostart):
    def __init__(
        self, command: Sequence[str], *, home: Path | None = None, label: str = BUNDLE_ID
    ) -> None:
        self.label = label
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{label}.plist"
        self.command = list(command)

    @property
    def location(self) -> str:
        return str(self.path)

    def agent(self) -> dict[str, object]:
        return {
            "Label": self.label,
            "ProgramArguments": self.command,
            "RunAtLoad": True,
            "KeepAlive": False,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }

    def enable(self) -> None:
        try:
            write_atomic(self.path, plistlib.dumps(self.agent(), fmt=plistlib.FMT_XML))
        except OSError as exc:
            raise AutostartError(
                f"Cannot turn on start at login: writing {self.path} failed ({exc})."
            ) from exc

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(
                f"Cannot turn off start at login: removing {self.path} failed ({exc})."
            ) from exc

    def is_enabled(self) -> bool:
        try:
            with self.path.open("rb") as handle:
                agent = plistlib.load(handle)
        except (OSError, ValueError, ExpatError):
            return False
        return (
            isinstance(agent, dict)
            and agent.get("RunAtLoad") is True
            and agent.get("Disabled") is not True
        )
