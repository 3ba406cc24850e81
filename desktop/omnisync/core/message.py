"""Sentences the engine and the service say to the agent, kept as message id + fields.

The engine is pure (no Qt), yet what it says must reach the agent in their language and the
audit file in a stable English form. So a sentence is a :class:`Message`: a context and an
English source text with ``{name}`` fields (the id, exactly as ``translate(context, text)``
takes it), plus the values of those fields. The UI renders it through
``omnisync.ui.i18n.translate`` (:func:`omnisync.ui.wording.said`); the audit file and the logs
keep :meth:`Message.english`.

To add a sentence (engine, service, a connector)::

    say("engine", "{product} stayed Offline for {seconds} s").fill(product=..., seconds=...)

- ``say(context, text)`` must be called with two string literals: ``pyside6-lupdate`` reads it
  as a ``translate`` call (``make i18n-update`` passes ``-tr-function-alias translate+=say``),
  so the text lands in ``resources/i18n/*.ts`` for the translators. Fields go in ``.fill()``,
  never inside the literal (no f-strings).
- A field is data shown as it is (a status name, a number, an error from a server: a ``str``)
  or another message translated in its turn (a reason inside a sentence: a :class:`Message`).
- Contexts: ``"engine"`` for core/, ``"service"`` for service/, ``"policy"`` for the
  machine policy's locks (settings/policy.py); product names are fields
  (:data:`GENESYS_CLOUD`, :data:`OMNI_CHANNEL`, :data:`SALESFORCE`: brand names, never translated).
- Speak to the agent ("you"), one name per product, each fact once (docs/i18n.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

Translator = Callable[[str, str], str]
"""``(context, english) -> text in the agent's language``: the UI's ``translate``."""


GENESYS_CLOUD = "Genesys Cloud"
OMNI_CHANNEL = "Omni-Channel"
SALESFORCE = "Salesforce"


def _same(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Message:
    """One sentence: ``context`` and English ``text`` (the id), and its fields' values.

    ``verbatim`` messages are data (an exception's text, a name): shown as they are in every
    language. ``layout`` messages are no sentence (:func:`lines`): their text only places the
    fields, so it is not translated."""

    context: str
    text: str
    fields: tuple[tuple[str, str | Message], ...] = ()
    verbatim: bool = False
    layout: bool = False

    def fill(self, **fields: str | Message) -> Message:
        """The same sentence with (more) field values."""
        return Message(
            self.context, self.text, (*self.fields, *fields.items()), self.verbatim, self.layout
        )

    def render(self, tr: Translator) -> str:
        """The sentence in the language ``tr`` speaks, each message field translated too."""
        if self.verbatim:
            return self.text
        values = {k: v.render(tr) if isinstance(v, Message) else v for k, v in self.fields}
        template = self.text if self.layout else tr(self.context, self.text)
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation: English, not a crash
            return self.text.format(**values)

    def english(self) -> str:
        """The stable English form: the audit file, the logs, the headless demo."""
        return self.render(_same)

    def __str__(self) -> str:
        return self.english()

    def __bool__(self) -> bool:
        return bool(self.text)


def say(context: str, text: str) -> Message:
    """A sentence to fill; see the module docstring (both arguments string literals)."""
    return Message(context, text)


def verbatim(text: str) -> Message:
    """Data in a message's place (an error from a server): never translated."""
    return Message("", text, verbatim=True)


def lines(parts: Iterable[Message]) -> Message:
    """Several sentences, one a line (every problem of a file): each translated in its turn."""
    return joined(parts, "\n")


def joined(parts: Iterable[Message], separator: str) -> Message:
    """Several short reasons in a row (``"; "``, ``", "``), each translated in its turn."""
    fields = tuple((f"line{i}", part) for i, part in enumerate(parts))
    text = separator.join(f"{{{name}}}" for name, _ in fields)
    return Message("", text, fields, layout=True)


NOTHING = verbatim("")
"""No sentence (falsy)."""


class SaidError(Exception):
    """An error of ours that a person reads: ``str()`` is the English (logs, terminals),
    :attr:`said` the sentence the UI translates (``omnisync.ui.wording.error_text``)."""

    def __init__(self, said: Message) -> None:
        super().__init__(said.english())
        self.said = said


def said_of(exc: BaseException) -> Message:
    """What an error says: our sentence, or the library's or server's words as data."""
    said = getattr(exc, "said", None)
    if isinstance(said, Message):
        return said
    return verbatim(str(exc) or type(exc).__name__)


def error_field(exc: BaseException, words: str | None = None) -> str | Message:
    """An error as a sentence's ``{error}`` field: our sentence (translated in its turn), else
    ``words`` or the library's own words as data (a ``str``)."""
    said = getattr(exc, "said", None)
    if isinstance(said, Message):
        return said
    return words if words is not None else str(exc)


def english(message: Message | None) -> str:
    return message.english() if message is not None else ""
