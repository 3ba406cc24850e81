"""The agent's language: which one, loading its translations, and the one call that translates.

Every sentence the UI shows goes through :func:`translate` with a context (the module's idea,
e.g. ``"wording"``) and an English source with ``{name}`` fields, filled in afterwards with
``str.format``. ``pyside6-lupdate`` finds those calls (it knows ``translate`` by name) and
writes ``resources/i18n/omnisync_<lang>.ts``; ``make`` compiles them to ``.qm`` with
``pyside6-lrelease``. Names that come from the orgs (statuses, people, profiles) are fields,
never translated.

Conventions (docs/i18n.md): fields as ``{name}``, never ``%1`` or f-strings (lupdate cannot see
an f-string, and a translator must be able to move a field); no ``%n`` plurals (lupdate marks
a plural only when the count is a literal), say "Work items: {count}" instead.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from omnisync.languages import LANGUAGES, SOURCE_LANGUAGE
from omnisync.resources import resource_path

log = logging.getLogger(__name__)

CATALOG = "omnisync"
"""The translation files' stem: ``omnisync_fr.qm``."""


def translate(context: str, source: str) -> str:
    """``source`` in the agent's language (itself when there is no translation)."""
    return QCoreApplication.translate(context, source)


def translations_dir() -> Path:
    return resource_path("i18n")


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the OS's preferred languages that the app speaks, else English.

    ``ui_languages`` is the OS's list, most preferred first (``QLocale.system().uiLanguages()``:
    ``["de-CH", "fr-CH", "en"]``); injectable so tests do not depend on the machine."""
    preferred = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for tag in preferred:
        code = tag.replace("_", "-").split("-")[0].casefold()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def chosen_language(override: str, ui_languages: list[str] | None = None) -> str:
    """The preference wins when the app speaks it; empty (or unknown) follows the OS."""
    return override if override in LANGUAGES else system_language(ui_languages)


@dataclass(frozen=True, slots=True)
class Loaded:
    language: str
    translators: tuple[QTranslator, ...]
    problem: str = ""
    """Why the language could not be loaded (the app then speaks English); for the log."""


_installed: list[QTranslator] = []


def install_language(language: str, *, directory: Path | None = None) -> Loaded:
    """Load and install the app's and Qt's own translations (dialog buttons) for ``language``,
    and make it the default locale (day and month names in dates).

    A missing ``.qm`` is not fatal: the app speaks English and the problem is logged (a checkout
    where ``make`` has not compiled the translations yet). Installing again replaces the
    previous language."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("Translations need a QCoreApplication; create it first.")
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale(language if language in LANGUAGES else SOURCE_LANGUAGE))
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        return Loaded(SOURCE_LANGUAGE, ())
    folder = directory or translations_dir()
    ours = QTranslator(app)
    if not ours.load(f"{CATALOG}_{language}", str(folder)):
        problem = f"no compiled translations for {language} in {folder} (run make)"
        log.warning("speaking English: %s", problem)
        return Loaded(SOURCE_LANGUAGE, (), problem)
    loaded = [ours]
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        loaded.append(qt)
    for translator in loaded:
        app.installTranslator(translator)
        _installed.append(translator)
    return Loaded(language, tuple(loaded))
