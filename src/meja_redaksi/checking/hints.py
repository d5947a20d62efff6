"""What the copy checker reports: one :class:`Hint` per finding, with a 1-based position."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class HintKind(enum.StrEnum):
    """How a hint is shown: misspellings red, style rules blue, article-wide notices orange."""

    SPELLING = "spelling"
    STYLE = "style"
    NOTICE = "notice"


@dataclass(frozen=True, slots=True)
class Hint:
    """One finding: where it is (line and column are 1-based, length in characters) and what to do."""

    line: int
    column: int
    length: int
    rule: str
    message: str
    suggestions: tuple[str, ...] = ()
    kind: HintKind = HintKind.STYLE
    text: str = field(default="", compare=False)

    def format_line(self) -> str:
        """Render as ``LINE:COL rule: message -> suggestion`` (the CLI's text output)."""
        out = f"{self.line}:{self.column} {self.rule}: {self.message}"
        if self.suggestions:
            out += " -> " + " | ".join(self.suggestions)
        return out

    def as_json(self) -> dict[str, object]:
        """Return a JSON-ready dict of every field."""
        return {
            "line": self.line,
            "column": self.column,
            "length": self.length,
            "rule": self.rule,
            "kind": self.kind.value,
            "text": self.text,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }
