"""Excel workbooks (.xlsx), read as a zip of XML parts with limits on what they declare.

Before anything is inflated, the archive's directory is checked: number of parts, declared
sizes, compression ratio and encryption (Python's zipfile never inflates more than a part's
declared size). The parts are then read with the standard library's expat parser, streaming:
no document type declarations, at most `MAX_ELEMENTS` XML elements in the whole workbook,
at most `MAX_SHARED` shared strings, and no row index above `MAX_ROW_INDEX`. A row declared
at `r="5000000"` is refused at once instead of being padded with millions of empty rows, and
a declared sheet dimension is never used to allocate anything. See
docs/decisions/0110-panel-readers-limit-what-files-declare.md for why this is not openpyxl.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from xml.parsers import expat

from ..errors import PanelInputError
from ..model import SourceInfo
from . import MAX_COLUMNS, MAX_ROWS, FormulaCell, Sheet, TableRows

MAX_PARTS = 1_000
MAX_UNZIPPED = 40 * 1024 * 1024  # all parts together, as declared
MAX_RATIO = 200  # declared size / compressed size, per part above 1 MB
MAX_ROW_INDEX = 100_000  # highest row number a sheet may use
MAX_SHARED = 200_000  # shared strings in the workbook
MAX_ELEMENTS = 800_000  # XML elements read in the whole workbook
MAX_SHEETS = 30
MAX_CELL = 2_000  # characters kept of one cell
MAX_MERGED_CELLS = 5_000  # header cells filled from merged ranges
_CHUNK = 64 * 1024
_BROKEN = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    KeyError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    UnicodeDecodeError,
)
_REF = re.compile(r"([A-Za-z]{1,3})(\d{1,7})$")
_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def check_archive(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except _BROKEN as exc:
        raise PanelInputError("unreadable_xlsx") from exc
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names:
        raise PanelInputError("not_xlsx")
    if len(infos) > MAX_PARTS:
        raise PanelInputError("unsafe_xlsx", detail=f"{len(infos)} parts")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise PanelInputError("xls_unsupported")
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > MAX_RATIO:
            raise PanelInputError("unsafe_xlsx", detail=f"compression ratio {ratio:.0f}:1")
    if total > MAX_UNZIPPED:
        raise PanelInputError("unsafe_xlsx", detail=f"{total // (1024 * 1024)} MB unpacked")
    return archive


class _Budget:
    """Counts XML elements across the workbook and refuses past the limit."""

    def __init__(self) -> None:
        self.left = MAX_ELEMENTS

    def spend(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise PanelInputError("unsafe_xlsx", detail=f"more than {MAX_ELEMENTS:,} XML elements")


def _no_dtd(*_args) -> None:
    raise PanelInputError("unsafe_xlsx", detail="a document type declaration")


def _parse(archive: zipfile.ZipFile, name: str, start, end, text=None) -> None:
    """Stream one part through expat with the given handlers (local names only)."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _no_dtd
    parser.EntityDeclHandler = _no_dtd
    parser.StartElementHandler = lambda tag, attrs: start(tag.rsplit("}", 1)[-1], attrs)
    parser.EndElementHandler = lambda tag: end(tag.rsplit("}", 1)[-1])
    if text is not None:
        parser.CharacterDataHandler = text
    try:
        with archive.open(name) as stream:
            while chunk := stream.read(_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except PanelInputError:
        raise
    except expat.ExpatError as exc:
        raise PanelInputError("unreadable_xlsx") from exc
    except _BROKEN as exc:  # a damaged or oddly compressed part
        raise PanelInputError("unreadable_xlsx") from exc


def _attr(attrs: dict, local: str) -> str | None:
    for key, value in attrs.items():
        if key.rsplit("}", 1)[-1] == local:
            return value
    return None


def _workbook(archive, budget):
    """[(sheet name, part path)] in workbook order, and the shared strings part."""
    sheets: list[tuple[str, str, bool]] = []
    rels: dict[str, str] = {}
    shared = "xl/sharedStrings.xml"

    def on_sheet(tag, attrs):
        budget.spend()
        if tag == "sheet":
            rid = attrs.get(_NS_REL + "}id") or _attr(attrs, "id") or ""
            hidden = attrs.get("state", "visible") != "visible"
            sheets.append((attrs.get("name", "")[:100], rid, hidden))

    def on_rel(tag, attrs):
        nonlocal shared
        budget.spend()
        if tag == "Relationship":
            target = attrs.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else "xl/" + target
            path = posixpath.normpath(path)
            rels[attrs.get("Id", "")] = path
            if attrs.get("Type", "").endswith("/sharedStrings"):
                shared = path

    _parse(archive, "xl/workbook.xml", on_sheet, lambda tag: None)
    if "xl/_rels/workbook.xml.rels" in archive.NameToInfo:
        _parse(archive, "xl/_rels/workbook.xml.rels", on_rel, lambda tag: None)
    found = []
    for number, (name, rid, hidden) in enumerate(sheets[:MAX_SHEETS], start=1):
        path = rels.get(rid) or f"xl/worksheets/sheet{number}.xml"
        if not hidden and path in archive.NameToInfo:
            found.append((name, path))
    if not found:
        raise PanelInputError("unreadable_xlsx")
    return found, shared


def _shared_strings(archive, name, budget) -> list[str]:
    strings: list[str] = []
    parts: list[str] = []
    state = {"t": False, "skip": 0}

    def start(tag, attrs):
        budget.spend()
        if tag == "sst":
            declared = attrs.get("uniqueCount") or "0"
            if declared.isdigit() and int(declared) > MAX_SHARED:
                raise PanelInputError("unsafe_xlsx", detail=f"{int(declared):,} shared strings")
        elif tag == "si":
            parts.clear()
        elif tag == "t":
            state["t"] = True
        elif tag in ("rPh", "phoneticPr"):
            state["skip"] += 1

    def end(tag):
        if tag == "si":
            if len(strings) >= MAX_SHARED:
                raise PanelInputError(
                    "unsafe_xlsx", detail=f"more than {MAX_SHARED:,} shared strings"
                )
            strings.append("".join(parts)[:MAX_CELL])
        elif tag == "t":
            state["t"] = False
        elif tag in ("rPh", "phoneticPr"):
            state["skip"] -= 1

    def text(data):
        if state["t"] and not state["skip"]:
            parts.append(data)

    if name in archive.NameToInfo:
        _parse(archive, name, start, end, text)
    return strings


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


def _sheet(archive, name: str, path: str, strings: list[str], budget) -> Sheet:
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

    _parse(archive, path, start, end, text)
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


def read_xlsx(data: bytes) -> TableRows:
    archive = check_archive(data)
    budget = _Budget()
    try:
        sheets, shared = _workbook(archive, budget)
        strings = _shared_strings(archive, shared, budget)
        read = [_sheet(archive, name, path, strings, budget) for name, path in sheets]
    finally:
        archive.close()
    total = sum(len(s.rows) for s in read)
    if total > MAX_ROWS * 2:
        raise PanelInputError("too_many_rows", limit=MAX_ROWS)
    return TableRows(read, SourceInfo("xlsx", None, None, 0))
