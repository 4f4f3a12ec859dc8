"""What the readers produce: a programme of sessions and the people in them.

Names are kept only in memory for de-duplication and the optional estimate; they are left
out of `repr()` and of every `to_dict()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import ERROR, Problem

MAX_PROBLEMS = 500  # problems listed; the total is always counted


@dataclass(frozen=True, slots=True)
class Person:
    row: int | None  # spreadsheet row (header = 1), or the position in a schedule
    session: int  # index into ParsedProgram.sessions
    role: str  # one of vocab.ROLES
    gender: str  # one of vocab.GENDERS
    dims: tuple[tuple[str, str], ...] = ()  # (dimension key, value or 'not_stated')
    name: str = field(default="", repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Session:
    index: int
    label: str  # as written in the programme (a session title, never a person's name field)


@dataclass(frozen=True, slots=True)
class SourceInfo:
    format: str  # "csv", "xlsx", "pretalx-json", "frab-xml", "text"
    encoding: str | None = None
    separator: str | None = None
    rows: int = 0  # data rows read (blank rows not included)

    def to_dict(self) -> dict:
        return {
            "format": self.format,
            "encoding": self.encoding,
            "separator": self.separator,
            "rows": self.rows,
        }


@dataclass(frozen=True)
class ParsedProgram:
    people: tuple[Person, ...]
    sessions: tuple[Session, ...]
    dimensions: tuple[tuple[str, str], ...]  # (key, label as given in the header)
    problems: tuple[Problem, ...]
    problems_total: int
    errors_total: int  # problems that make the counts incomplete
    source: SourceInfo
    excluded_rows: int = 0  # rows that could not be counted at all
    layout: dict | None = None  # tables: sheet, header row and how each column was read

    @property
    def counted_as_given(self) -> bool:
        """True when every row and value was counted as given (no errors)."""
        return self.errors_total == 0

    @property
    def coverage(self) -> float | None:
        """Share of speaking places whose gender is stated (None when there are none)."""
        if not self.people:
            return None
        stated = sum(p.gender not in ("not_stated", "unrecognised") for p in self.people)
        return stated / len(self.people)

    @property
    def complete(self) -> bool:
        """True only when every row was counted as given AND every gender is stated."""
        return self.counted_as_given and self.coverage == 1

    @property
    def has_names(self) -> bool:
        return any(p.name for p in self.people)


class ProblemLog:
    """Collects problems, listing at most MAX_PROBLEMS (errors first) but counting them all."""

    def __init__(self) -> None:
        self.errors: list[Problem] = []
        self.notices: list[Problem] = []
        self.total = 0
        self.error_total = 0

    def add(
        self,
        code: str,
        severity: str = ERROR,
        row: int | None = None,
        column: str | None = None,
        value: str | None = None,
        **params: object,
    ) -> None:
        self.total += 1
        if severity == ERROR:
            self.error_total += 1
            kept, cap = self.errors, MAX_PROBLEMS * 4 // 5
        else:
            kept, cap = self.notices, MAX_PROBLEMS // 5
        if len(kept) < cap:
            kept.append(Problem(code, severity, row, column, value, tuple(params.items())))

    def listed(self) -> tuple[Problem, ...]:
        both = self.errors + self.notices
        return tuple(sorted(both, key=lambda p: (p.row is not None, p.row or 0)))
