"""Finding profiles in their three places: built-in, machine-wide (administrators), the user's.

Precedence for the same id: built-in < user < machine-wide. Administrators' profiles win over a
user's file of the same id, so that what software distribution pushes is what runs; users can
still add profiles of their own under new ids. A profile that fails stage one (structure) is
listed with its problems and cannot be chosen, so one broken file never hides the others.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from omnisync.appinfo import APP_AUTHOR, APP_NAME
from omnisync.core.message import error_field, say
from omnisync.core.problems import Problem, Severity
from omnisync.core.profile import ProfileSpec, parse_profile
from omnisync.resources import resource_path
from omnisync.small_files import read_small_text


class ProfileOrigin(enum.Enum):
    BUILT_IN = "built-in"
    USER = "user"
    MACHINE = "machine-wide"


# Lowest precedence first: a later origin replaces an earlier one of the same id.
PRECEDENCE = (ProfileOrigin.BUILT_IN, ProfileOrigin.USER, ProfileOrigin.MACHINE)


@dataclass(frozen=True, slots=True)
class ProfileDirs:
    built_in: Path
    machine: Path
    user: Path

    @classmethod
    def default(cls) -> ProfileDirs:
        return cls(
            built_in=resource_path("profiles"),
            machine=Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR)) / "profiles",
            user=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "profiles",
        )

    def of(self, origin: ProfileOrigin) -> Path:
        return {
            ProfileOrigin.BUILT_IN: self.built_in,
            ProfileOrigin.MACHINE: self.machine,
            ProfileOrigin.USER: self.user,
        }[origin]


@dataclass(frozen=True, slots=True)
class ProfileEntry:
    id: str
    origin: ProfileOrigin
    path: Path
    spec: ProfileSpec | None
    """None when the file is broken; ``problems`` says why."""
    problems: tuple[Problem, ...]
    shadows: tuple[Path, ...] = ()
    """Files of the same id that this one replaces (lower precedence)."""

    @property
    def usable(self) -> bool:
        return self.spec is not None


def load_profiles(dirs: ProfileDirs) -> dict[str, ProfileEntry]:
    """Every profile by id, the highest-precedence file winning; sorted by id."""
    found: dict[str, ProfileEntry] = {}
    for origin in PRECEDENCE:
        folder = dirs.of(origin)
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            entry = _load(path, origin)
            previous = found.get(entry.id)
            if previous is not None:
                entry = ProfileEntry(
                    entry.id,
                    entry.origin,
                    entry.path,
                    entry.spec,
                    entry.problems,
                    (*previous.shadows, previous.path),
                )
            found[entry.id] = entry
    return dict(sorted(found.items()))


def _load(path: Path, origin: ProfileOrigin) -> ProfileEntry:
    try:
        text = read_small_text(path)
    except (OSError, UnicodeDecodeError) as exc:
        problem = Problem(
            Severity.ERROR,
            str(path),
            "",
            say("service", "the file cannot be read ({error})").fill(error=error_field(exc)),
            say("service", "Check its permissions and that it is saved as UTF-8"),
        )
        return ProfileEntry(path.stem, origin, path, None, (problem,))
    result = parse_profile(text, str(path), path.stem)
    return ProfileEntry(path.stem, origin, path, result.spec, result.problems)
