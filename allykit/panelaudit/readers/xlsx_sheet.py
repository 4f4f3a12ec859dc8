"""One worksheet of an .xlsx, read as rows of cell texts: shared strings resolved, numbers
as written, formulas marked (`FormulaCell`), at most `MAX_COLUMNS` columns and `MAX_ROWS`
rows, no row index above `MAX_ROW_INDEX` (a row declared at `r="5000000"` is refused at once
instead of being padded with millions of empty rows), and merged header cells filled in."""

from __future__ import annotations

import re

from ..errors import PanelInputError
from . import MAX_COLUMNS, MAX_ROWS, FormulaCell, Sheet
from .xlsx_book import MAX_CELL
from .xlsx_xml import parse

MAX_ROW_INDEX = 100_000  # highest row number a sheet may use
MAX_MERGED_CELLS = 5_000  # header cells filled from merged ranges
_REF = re.compile(r"([A-Za-z]{1,3})(\d{1,7})$")


def _column(ref: str | None, previous: int) -> int:
    if ref:
        match = _REF.match(ref)
        if match:
            number = 0
            for letter in match.group(1).upper():
                number = number * 26 + ord(letter) - 64
            return number - 1
    return previous + 1


def _number(text: str) -> str:
    try:
        value = float(text)
    except ValueError:
        return text
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else text


def sheet(archive, name: str, path: str, strings: list[str], budget) -> Sheet:
    rows: list[tuple[int, list[str]]] = []
    merged: list[str] = []
    cur: dict = {"row": 0, "cells": None, "col": -1, "type": "n", "formula": False, "text": None}

    def start(tag, attrs):
        budget.spend()
        if tag == "row":
            declared = attrs.get("r")
            number = int(declared) if declared and declared.isdigit() else cur["row"] + 1
            if number > MAX_ROW_INDEX:
                raise PanelInputError(
                    "sheet_rows_declared", sheet=name, declared=number, limit=MAX_ROW_INDEX
                )
            cur.update(row=number, cells={}, col=-1)
        elif tag == "c" and cur["cells"] is not None:
            cur["col"] = _column(attrs.get("r"), cur["col"])
            cur.update(type=attrs.get("t", "n"), formula=False, text=None)
        elif tag in ("v", "t") and cur["cells"] is not None and cur["text"] is None:
            cur["text"] = []  # rich text: the runs of one inline string add up
        elif tag == "f":
            cur["formula"] = True
        elif tag == "mergeCell" and len(merged) < 1_000:
            merged.append(attrs.get("ref", ""))

    def text(data):
        if cur["text"] is not None and len(cur["text"]) < 64:
            cur["text"].append(data)

    def end(tag):
        if tag == "c" and cur["cells"] is not None:
            col = cur["col"]
            raw = "".join(cur["text"] or ())[:MAX_CELL]
            cur["text"] = None
            kind = cur["type"]
            if kind == "s":
                value = strings[int(raw)] if raw.isdigit() and int(raw) < len(strings) else ""
            elif kind == "b":
                value = "yes" if raw.strip() == "1" else "no" if raw.strip() else ""
            elif kind in ("str", "inlineStr"):
                value = raw
            elif kind == "e":
                value = ""
            else:
                value = _number(raw.strip())
            value = value.strip()
            if cur["formula"] or (value.startswith("=") and len(value) > 1):
                value = FormulaCell(value or "=")
            if value and col < MAX_COLUMNS:
                cur["cells"][col] = value
            elif value:
                cur["cells"][MAX_COLUMNS] = "overflow"
        elif tag == "row" and cur["cells"] is not None:
            cells = cur["cells"]
            cur["cells"] = None
            if cells:
                if len(rows) > MAX_ROWS:
                    raise PanelInputError("too_many_rows", limit=MAX_ROWS)
                width = max(cells) + 1
                rows.append((cur["row"], [cells.get(i, "") for i in range(width)]))

    parse(archive, path, start, end, text)
    if merged:
        _fill_merged(rows, merged)
    return Sheet(name, rows)


def _fill_merged(rows: list[tuple[int, list[str]]], refs: list[str]) -> None:
    """Copy a merged range's value into its other cells, for the first rows only (headers)."""
    by_number = {number: cells for number, cells in rows[:30]}
    filled = 0
    for ref in refs:
        first, _, last = ref.partition(":")
        a, b = _REF.match(first or ""), _REF.match(last or "")
        if not (a and b):
            continue
        c1, r1 = _column(first, 0), int(a.group(2))
        c2, r2 = _column(last, 0), int(b.group(2))
        top = by_number.get(r1)
        if top is None or c1 >= len(top) or not top[c1] or c2 >= MAX_COLUMNS:
            continue
        for number in range(r1, min(r2, r1 + 5) + 1):
            cells = by_number.get(number)
            if cells is None:
                continue
            for col in range(c1, c2 + 1):
                filled += 1
                if filled > MAX_MERGED_CELLS:
                    return
                while len(cells) <= col:
                    cells.append("")
                if not cells[col]:
                    cells[col] = top[c1]
