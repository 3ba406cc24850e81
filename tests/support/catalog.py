"""The translation catalogue as tests see it: the .ts messages, a fresh lupdate of the source,
and a pseudo-translation that marks every translated string, to find words that escape tr."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from omnisync.core.message import Message as Said

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SOURCES = ROOT / "desktop" / "omnisync"
BIN = Path(sys.executable).parent

PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
"""What the pseudo-translation wraps every translated string in."""


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    translation.text or "",
                    translation.get("type") not in ("unfinished", "vanished", "obsolete"),
                )
            )
    return found


def pairs(ts: Path) -> set[tuple[str, str]]:
    """Each message of a catalogue as ``(context, source)``: what ``translate`` looks up."""
    return {(m.context, m.source) for m in messages(ts)}


def walk(said: Said) -> Iterator[tuple[Said, str | None]]:
    """Each message of a sentence's tree, and each plain-text field value (``None`` for the
    node itself): what a test checks is in the catalogue, and what is data."""
    yield said, None
    for _name, value in said.fields:
        if isinstance(value, Said):
            yield from walk(value)
        else:
            yield said, value


def tool(name: str) -> str:
    return str(BIN / name)


def lupdate_fresh(out: Path) -> Path:
    """What ``make i18n-update`` would write for the source as it is now, in ``out``."""
    subprocess.run(
        [
            *(tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete"),
            *("-extensions", "py", "-tr-function-alias", "translate+=say"),
            *(str(SOURCES), "-ts", str(out)),
        ],
        check=True,
        capture_output=True,
    )
    return out


ACCENTS = str.maketrans("aeiouAEIOU", "áéíóúÁÉÍÓÚ")
FIELD = re.compile(r"(\{[a-z_0-9]+\})")


def accented(text: str) -> str:
    """``text`` with every vowel accented, its ``{fields}`` left as they are: what is still
    plain English after a pseudo-translation (a word with a plain vowel) escaped translate."""
    return "".join(
        part if FIELD.fullmatch(part) else part.translate(ACCENTS) for part in FIELD.split(text)
    )


def pseudo_qm(
    folder: Path, catalog: str = "omnisync", language: str = "fr", *, accent: bool = False
) -> Path:
    """A compiled catalogue for ``language`` where every message reads ``⟦source⟧``
    (``⟦áccéntéd⟧`` with ``accent``, to find English glued into a translated sentence)."""
    fresh = lupdate_fresh(folder / "fresh.ts")
    tree = ET.parse(fresh)
    tree.getroot().set("language", language)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        source = message.findtext("source") or ""
        translation.text = f"{PSEUDO_OPEN}{accented(source) if accent else source}{PSEUDO_CLOSE}"
        translation.attrib.pop("type", None)
    ts = folder / f"{catalog}_{language}.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    return folder
