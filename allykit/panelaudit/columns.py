"""The header of a table and how each cell of a row is read against it."""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import ERROR, NOTICE, shorten
from .model import ProblemLog
from .readers import FormulaCell
from .vocab import (
    COLUMNS,
    GENDER_VALUES,
    ROLE_VALUES,
    YES_NO_DIMENSIONS,
    YES_NO_VALUES,
    column_key,
    lookup,
    norm,
)

_NOT_STATED = {k for k, v in YES_NO_VALUES.items() if v == "not_stated"} | {""}


@dataclass
class Header:
    index: dict[str, int]  # column key -> position
    dims: list[tuple[str, str, int]]  # (dimension key, header text, position)
    width: int
    names: list[str]  # header texts, for messages
    dim_values: dict[str, dict[str, str]] = field(default_factory=dict)
    slots: list[tuple[str, str, int]] = field(default_factory=list)  # (role, number, position)
    slot_genders: dict[tuple[str, str], int] = field(default_factory=dict)
    hint: int | None = None  # position of a session type / format column

    def has(self, key: str) -> bool:
        return key in self.index


def read_header(cells: list[str], log: ProblemLog, extra_dimensions=()) -> Header:
    extras = {norm(x): x for x in extra_dimensions if norm(x)}
    index: dict[str, int] = {}
    dims: list[tuple[str, str, int]] = []
    for pos, raw in enumerate(cells):
        text = str(raw).strip()
        if not text:
            continue
        key = column_key(text)
        if norm(text) in extras:
            key = "x:" + norm(text)
        if key is None:
            log.add("unknown_column", NOTICE, column=shorten(text))
            continue
        if key in index or any(d[0] == key for d in dims):
            log.add(
                "duplicate_column",
                NOTICE,
                column=shorten(text),
                key=key if key in COLUMNS else "session",
            )
            continue
        if key in ("session", "name", "given_name", "family_name", "role", "gender", "code"):
            index[key] = pos
        else:
            dims.append((key, shorten(text, 60), pos))
    return Header(index, dims, len(cells), [str(c).strip() for c in cells])


def cell(cells: list[str], pos: int | None) -> str:
    if pos is None or pos >= len(cells):
        return ""
    return cells[pos]


class RowReader:
    """Reads role, gender, name and dimensions of one row, logging what it cannot map."""

    def __init__(self, header: Header, log: ProblemLog) -> None:
        self.h = header
        self.log = log

    def _formula(self, value: str, row: int, key: str) -> bool:
        if isinstance(value, FormulaCell):
            pos = self.h.index.get(key)
            column = self.h.names[pos] if pos is not None else key
            self.log.add("formula", ERROR, row, column=shorten(column))
            return True
        return False

    def name(self, cells: list[str], row: int) -> str:
        parts = []
        for key in ("name", "given_name", "family_name"):
            if key == "name" or "name" not in self.h.index:
                value = cell(cells, self.h.index.get(key))
                if value and not self._formula(value, row, key):
                    parts.append(value)
        return " ".join(" ".join(parts).split())

    def gender(self, cells: list[str], row: int) -> str:
        raw = cell(cells, self.h.index.get("gender"))
        if self._formula(raw, row, "gender"):
            return "unrecognised"
        if not raw.strip():
            return "not_stated"
        found = lookup(GENDER_VALUES, raw)
        if found is None:
            self.log.add("unknown_gender", ERROR, row, value=shorten(raw))
            return "unrecognised"
        return found

    def role(self, cells: list[str], row: int, default: str = "speaker") -> str:
        if "role" not in self.h.index:
            return default
        raw = cell(cells, self.h.index["role"])
        if self._formula(raw, row, "role"):
            return "unrecognised"
        if not raw.strip():
            self.log.add("missing_role", ERROR, row)
            return "unrecognised"
        found = lookup(ROLE_VALUES, raw)
        if found is None:
            self.log.add("unknown_role", ERROR, row, value=shorten(raw))
            return "unrecognised"
        return found

    def dims(self, cells: list[str], row: int) -> tuple[tuple[str, str], ...]:
        out = []
        for key, text, pos in self.h.dims:
            raw = cell(cells, pos)
            if isinstance(raw, FormulaCell):
                self.log.add("formula", ERROR, row, column=text)
                out.append((key, "unrecognised"))
                continue
            if key in YES_NO_DIMENSIONS:
                value = lookup(YES_NO_VALUES, raw) if raw.strip() else "not_stated"
                if value is None:
                    self.log.add("unknown_value", ERROR, row, column=text, value=shorten(raw))
                    value = "unrecognised"
            else:
                folded = norm(raw)
                if folded in _NOT_STATED:
                    value = "not_stated"
                else:
                    seen = self.h.dim_values.setdefault(key, {})
                    value = seen.setdefault(folded, " ".join(raw.split())[:80])
            out.append((key, value))
        return tuple(out)
