"""The languages the app speaks: Qt-free, so settings can check a ``language`` key against it."""

from __future__ import annotations

LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "es": "Español",
}
"""Each language named in itself: a person who cannot read the current language must still find
their own. English is the source language: it has no translation file."""

SOURCE_LANGUAGE = "en"
