"""macOS: a LaunchAgent property list in ``~/Library/LaunchAgents`` with ``RunAtLoad``.

launchd reads the folder at login; nothing needs ``launchctl`` now. (SMAppService would need a
signed app bundle, which the Python install does not have.)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from omnisync.appinfo import BUNDLE_ID
from omnisync.ui.autostart.base import FileAutostart


class LaunchAgentAutostart(FileAutostart):
    def __init__(
        self, command: Sequence[str], *, home: Path | None = None, label: str = BUNDLE_ID
    ) -> None:
        self.label = label
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{label}.plist"
        self.command = list(command)

    def agent(self) -> dict[str, object]:
        return {
            "Label": self.label,
            "ProgramArguments": self.command,
            "RunAtLoad": True,
            "KeepAlive": False,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }

    def content(self) -> bytes:
        import plistlib  # macOS only: not imported on the others' start (start-up time)

        return plistlib.dumps(self.agent(), fmt=plistlib.FMT_XML)

    def is_enabled(self) -> bool:
        import plistlib
        from xml.parsers.expat import ExpatError

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
