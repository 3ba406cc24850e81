"""macOS's machine policy: the managed preferences a configuration profile deploys.

Read into the TOML file's shape and checked by the same reader (:mod:`policy_sources`); imported
by :func:`omnisync.settings.policy_sources.policy_sources` on macOS only, and by
``omnisync policy`` to check a ``.mobileconfig`` before it is deployed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from omnisync.appinfo import BUNDLE_ID
from omnisync.core.message import error_field, say
from omnisync.settings.policy import Policy, PolicyState
from omnisync.settings.policy_sources import PolicySource, checked_policy, plist_fix
from omnisync.settings.problems import ConfigError, ConfigProblem
from omnisync.settings.reader import cannot_be_read
from omnisync.small_files import read_small_bytes


@dataclass(frozen=True, slots=True)
class ManagedPreferences(PolicySource):
    """What macOS writes for a configuration profile's ``com.omnisync.companion`` payload."""

    path: Path

    @property
    def label(self) -> str:
        return str(self.path)

    def read(self) -> PolicyState | None:
        try:
            raw = read_small_bytes(self.path)
        except FileNotFoundError:
            return None
        except OSError as exc:
            problem = ConfigProblem(self.path, "", cannot_be_read(exc), plist_fix())
            return PolicyState(Policy(path=self.label), ConfigError([problem]))
        import plistlib  # macOS's reader: not imported elsewhere (start-up time)
        from xml.parsers.expat import ExpatError

        try:
            data = plistlib.loads(raw)
        except (plistlib.InvalidFileException, ExpatError, ValueError, OverflowError) as exc:
            problem = ConfigProblem(
                self.path,
                "",
                say("settings", "is not a property list ({error})").fill(error=str(exc)),
                plist_fix(),
            )
            return PolicyState(Policy(path=self.label), ConfigError([problem]))
        return checked_policy(self.label, data)


def profile_payload(path: Path) -> PolicyState:
    """The policy a ``.mobileconfig`` configuration profile would deploy, checked before it is
    uploaded to the MDM: its ``com.omnisync.companion`` payload without the ``Payload*`` keys."""
    import plistlib
    from xml.parsers.expat import ExpatError

    try:
        profile = plistlib.loads(read_small_bytes(path))
        payloads = [
            item
            for item in profile.get("PayloadContent", [])
            if isinstance(item, dict) and item.get("PayloadType") == BUNDLE_ID
        ]
    except (OSError, plistlib.InvalidFileException, ExpatError, ValueError, AttributeError) as exc:
        problem = ConfigProblem(
            path,
            "",
            say("settings", "is not a configuration profile ({error})").fill(
                error=error_field(exc)
            ),
            plist_fix(),
        )
        return PolicyState(Policy(path=path), ConfigError([problem]))
    if len(payloads) != 1:
        problem = ConfigProblem(
            path,
            "",
            say("settings", "has {count} payloads of type {type}, not one").fill(
                count=str(len(payloads)), type=BUNDLE_ID
            ),
            plist_fix(),
        )
        return PolicyState(Policy(path=path), ConfigError([problem]))
    settings = {k: v for k, v in payloads[0].items() if not k.startswith("Payload")}
    return checked_policy(str(path), settings)
