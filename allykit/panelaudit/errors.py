"""Errors and problems of the panel checker.

A `PanelInputError` stops the reading (the file cannot be used at all); a `Problem` is noted
while reading and shown to the organiser with its row number, and the rest is still counted.
Neither carries a person's name, with one exception: when no header is found, "no_header"
lists the cells of the best candidate row (shortened), so the user can choose what each
column holds; that row may be data. It goes back only to the person who sent it, in the same
response, and is never logged (docs/decisions/0111-panel-template-download.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Severity of a problem: "error" means a row or value could not be counted as given (the counts
# are incomplete until it is fixed); "notice" means the counts are right but something was
# assumed or ignored, and the organiser should know.
ERROR = "error"
NOTICE = "notice"


# The fixed `detail`s of an input error: msgids of the engine's domain, translated before they
# go into the message; a figure is the error's `n` (formatted for the language), an element
# name its `tag`. Other details (a parser's own words, a value from the input) are shown as
# they are.
DETAILS: tuple[str, ...] = (
    "more than {n} XML elements",
    "a document type declaration",
    "{n} shared strings",
    "more than {n} shared strings",
    "{n} parts",
    "compression ratio {n}:1",
    "{n} MB unpacked",
    "not an object",
    "too many columns",
    "headers and fields must be text",
    "no sessions",
    "no schedule.conference.days",
    "a day without rooms",
    "a room without a list of talks",
    "a talk that is not an object",
    "root element <{tag}>",
    "document type declarations are not accepted",
    "no elements",
)


class PanelInputError(ValueError):
    """The input cannot be read at all. `code` names the problem; `row` is 1-based or None."""

    def __init__(self, code: str, *, row: int | None = None, **params: object) -> None:
        self.code = code
        self.row = row
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        from .messages import problem_message

        return problem_message(self.code, lang, row=self.row, **self.params)

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "row": self.row,
            "params": {k: _plain(v) for k, v in self.params.items()},
            "message": {"en": self.message("en"), "fr": self.message("fr")},
        }


@dataclass(frozen=True, slots=True)
class Problem:
    """Something the organiser should fix or know, with the row where it happened."""

    code: str
    severity: str = ERROR
    row: int | None = None
    column: str | None = None
    value: str | None = None  # never a name: only role, gender or dimension values, truncated
    params: tuple[tuple[str, object], ...] = field(default=())

    def message(self, lang: str = "en") -> str:
        from .messages import problem_message

        return problem_message(
            self.code,
            lang,
            row=self.row,
            column=self.column,
            value=self.value,
            **dict(self.params),
        )

    def to_dict(self, lang: str | None = None) -> dict:
        out = {
            "code": self.code,
            "severity": self.severity,
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "params": {k: _plain(v) for k, v in self.params},
        }
        if lang:
            out["message"] = self.message(lang)
        return out


def _plain(value: object) -> object:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return str(value)


def shorten(value: str, limit: int = 40) -> str:
    """A cell value made safe to echo back: one line, at most `limit` characters."""
    flat = " ".join(str(value).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
