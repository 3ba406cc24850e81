"""The translations are complete, real, in step with the source and compiled by make."""

from __future__ import annotations

import re

import pytest

from omnisync.languages import LANGUAGES, SOURCE_LANGUAGE
from support.catalog import I18N, lupdate_fresh, messages

TRANSLATED = sorted(set(LANGUAGES) - {SOURCE_LANGUAGE})
FIELD = re.compile(r"\{[a-z_]+\}")

SAME_AS_ENGLISH: dict[str, set[str]] = {
    "de": {"Status", "Status:", "Routing:"},
    "fr": {"Menu"},
    "es": set(),
}
"""Words that are spelt the same in the language (checked one by one, not a loophole)."""


def _pairs(language: str) -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in messages(I18N / f"omnisync_{language}.ts")}


def test_every_language_has_its_catalogue():
    assert sorted(p.stem.removeprefix("omnisync_") for p in I18N.glob("*.ts")) == TRANSLATED


def test_the_catalogues_hold_every_translate_call_of_the_source(tmp_path):
    """A new ``translate()`` call (or a changed English text) fails until ``make
    i18n-update`` put it in the .ts files and it was translated."""
    fresh = {(m.context, m.source) for m in messages(lupdate_fresh(tmp_path / "fresh.ts"))}
    assert fresh, "lupdate found no translate() call"
    for language in TRANSLATED:
        assert _pairs(language) == fresh, f"run make i18n-update ({language})"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_for_real(language):
    for message in messages(I18N / f"omnisync_{language}.ts"):
        where = f"{language} {message.context}: {message.source!r}"
        assert message.finished and message.translation.strip(), f"untranslated: {where}"
        words = any(c.isalpha() for c in FIELD.sub("", message.source))
        if message.translation == message.source and words:
            assert message.source in SAME_AS_ENGLISH[language], f"still English: {where}"
        assert sorted(FIELD.findall(message.translation)) == sorted(
            FIELD.findall(message.source)
        ), f"fields differ: {where} -> {message.translation!r}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_make_compiled_each_catalogue(language):
    """``make`` (unit, demo, translations) compiles the .qm; a stale one speaks old words."""
    ts, qm = I18N / f"omnisync_{language}.ts", I18N / f"omnisync_{language}.qm"
    assert qm.is_file(), f"{qm.name} is missing: run make translations"
    assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} is older: run make translations"
