"""The workbook's parts of an .xlsx: which sheets to read (visible ones, in workbook order,
at most `MAX_SHEETS`) and the shared strings table (at most `MAX_SHARED` strings, counted as
declared and as read)."""

from __future__ import annotations

import posixpath

from ..errors import PanelInputError
from .xlsx_xml import attr, parse

MAX_SHEETS = 30
MAX_SHARED = 200_000  # shared strings in the workbook
MAX_CELL = 2_000  # characters kept of one cell
_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def workbook(archive, budget) -> tuple[list[tuple[str, str]], str]:
    """[(sheet name, part path)] in workbook order, and the shared strings part."""
    sheets: list[tuple[str, str, bool]] = []
    rels: dict[str, str] = {}
    shared = "xl/sharedStrings.xml"

    def on_sheet(tag, attrs):
        budget.spend()
        if tag == "sheet":
            rid = attrs.get(_NS_REL + "}id") or attr(attrs, "id") or ""
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

    parse(archive, "xl/workbook.xml", on_sheet, lambda tag: None)
    if "xl/_rels/workbook.xml.rels" in archive.NameToInfo:
        parse(archive, "xl/_rels/workbook.xml.rels", on_rel, lambda tag: None)
    found = []
    for number, (name, rid, hidden) in enumerate(sheets[:MAX_SHEETS], start=1):
        path = rels.get(rid) or f"xl/worksheets/sheet{number}.xml"
        if not hidden and path in archive.NameToInfo:
            found.append((name, path))
    if not found:
        raise PanelInputError("unreadable_xlsx")
    return found, shared


def shared_strings(archive, name, budget) -> list[str]:
    """The shared strings, rich-text runs joined, phonetic guides left out."""
    strings: list[str] = []
    parts: list[str] = []
    state = {"t": False, "skip": 0}

    def start(tag, attrs):
        budget.spend()
        if tag == "sst":
            declared = attrs.get("uniqueCount") or "0"
            if declared.isdigit() and int(declared) > MAX_SHARED:
                raise PanelInputError("unsafe_xlsx", detail="{n} shared strings", n=int(declared))
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
                    "unsafe_xlsx", detail="more than {n} shared strings", n=MAX_SHARED
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
        parse(archive, name, start, end, text)
    return strings
