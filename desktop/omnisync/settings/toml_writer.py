"""Write the small TOML documents the app owns (Python reads TOML with tomllib but cannot write it).

Only what our files need: top-level keys and one level of tables, holding strings, booleans,
integers and lists of strings. Anything else is refused rather than written wrongly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

TomlScalar = str | bool | int | list[str]
TomlTable = Mapping[str, TomlScalar]
TomlDocument = Mapping[str, "TomlScalar | TomlTable"]

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _string(key)


def _string(value: str) -> str:
    out = []
    for char in value:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _value(value: object) -> str:
    if isinstance(value, bool):  # before int: bool is an int
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "[" + ", ".join(_string(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML: {value!r}")


def dumps(document: TomlDocument, *, header: str = "") -> str:
    """TOML text for ``document``; ``header`` lines become ``#`` comments at the top."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    tables: list[tuple[str, Mapping[str, object]]] = []
    for key, value in document.items():
        if isinstance(value, Mapping):
            tables.append((key, value))
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    for name, table in tables:
        lines.append("")
        lines.append(f"[{_key(name)}]")
        for key, item in table.items():
            if isinstance(item, Mapping):
                raise TypeError(f"nested table {name}.{key} is not supported")
            lines.append(f"{_key(key)} = {_value(item)}")
    return "\n".join(lines) + "\n"
