"""What the copy checker reports: one :class:`Hint` per finding, with a 1-based position.

A hint names its rule and a message template with parameters; its text is built in the reader's
language by :mod:`meja_redaksi.checking.messages` (Indonesian by default).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from meja_redaksi.checking.messages import DEFAULT_LANGUAGE, render_message

Params = tuple[tuple[str, str], ...]


def make_params(values: Mapping[str, object]) -> Params:
    """Hint parameters from a mapping (values as text, in a fixed order so equal hints compare equal)."""
    return tuple(sorted((key, str(value)) for key, value in values.items()))


class HintKind(enum.StrEnum):
    """How a hint is shown: misspellings red, style rules blue, article-wide notices orange."""

    SPELLING = "spelling"
    STYLE = "style"
    NOTICE = "notice"


@dataclass(frozen=True, slots=True)
class Hint:
    """One finding: where it is (line and column are 1-based, length in characters) and what to do.

    ``template`` names the message (see :data:`~meja_redaksi.checking.messages.MESSAGES`; it is the
    rule id for the built-in rules) and ``params`` fills it in.
    """

    line: int
    column: int
    length: int
    rule: str
    template: str
    params: Params = ()
    suggestions: tuple[str, ...] = ()
    kind: HintKind = HintKind.STYLE
    text: str = field(default="", compare=False)

    @property
    def message(self) -> str:
        """The message in Indonesian (the copy's language)."""
        return render_message(self.template, dict(self.params), DEFAULT_LANGUAGE)

    def message_in(self, language: str) -> str:
        """The message in ``language`` ('id' or 'en'; anything else gives Indonesian)."""
        return render_message(self.template, dict(self.params), language)

    def param(self, name: str) -> str | None:
        """One parameter's value, or None."""
        return dict(self.params).get(name)

    def format_line(self, language: str = DEFAULT_LANGUAGE) -> str:
        """Render as ``LINE:COL rule: message -> suggestion`` (the CLI's text output)."""
        out = f"{self.line}:{self.column} {self.rule}: {self.message_in(language)}"
        if self.suggestions:
            out += " -> " + " | ".join(self.suggestions)
        return out

    def as_json(self, language: str = DEFAULT_LANGUAGE) -> dict[str, object]:
        """Return a JSON-ready dict of every field, the message in ``language``."""
        return {
            "line": self.line,
            "column": self.column,
            "length": self.length,
            "rule": self.rule,
            "kind": self.kind.value,
            "text": self.text,
            "message": self.message_in(language),
            "template": self.template,
            "params": dict(self.params),
            "suggestions": list(self.suggestions),
        }
