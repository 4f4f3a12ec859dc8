"""CSV, semicolon-separated, tab-separated and pasted tables, in the encodings Excel writes."""

from __future__ import annotations

import codecs
import csv
import io
import re

from ..errors import PanelInputError
from ..model import SourceInfo
from . import MAX_COLUMNS, MAX_ROWS, FormulaCell, Sheet, TableRows

SEPARATORS = ("\t", ";", ",")  # preferred in this order when a header has as many of each
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SEP_LINE = re.compile(r'\A"?sep=(.)"?[ \t]*\r?\n', re.IGNORECASE)


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, then Windows-1252, then Latin-1."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            text, encoding = data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise PanelInputError("bad_encoding") from exc
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise PanelInputError("bad_encoding") from exc
    elif b"\x00" in data[:8192]:
        raise PanelInputError("binary")
    else:
        for encoding in ("utf-8", "windows-1252", "latin-1"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    check_text(text)
    return text, encoding


def check_text(text: str) -> None:
    """Refuse binary data passed off as text: many control characters near the start."""
    head = text[:8192]
    if "\x00" in head or len(_CONTROL.findall(head)) > max(8, len(head) // 100):
        raise PanelInputError("binary")


def sniff(header: str) -> str | None:
    """The separator used most in the header line (outside quotes)."""
    outside = re.sub(r'"[^"]*"', "", header)
    counts = {sep: outside.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda s: counts[s])  # max keeps the first of equals
    return best if counts[best] else None


MAX_LINES = 250_000  # physical lines, blank ones included: what the text declares


def read_delimited(text: str, encoding: str | None) -> TableRows:
    lines = text.count("\n") + text.count("\r") - text.count("\r\n")
    if lines > MAX_LINES:
        raise PanelInputError("too_many_lines", limit=MAX_LINES)
    separator = None
    match = _SEP_LINE.match(text)
    if match:  # Excel's "sep=;" first line: Excel hides it, so rows are numbered without it
        separator, text = match.group(1), text[match.end() :]
    first = next((line for line in text.splitlines() if line.strip()), "")
    separator = separator or sniff(first)
    if separator is None:
        raise PanelInputError("one_column")
    reader = csv.reader(
        io.StringIO(text, newline=""),
        delimiter=separator,
        quotechar='"',
        skipinitialspace=separator != "\t",
    )
    rows: list[tuple[int, list[str]]] = []
    number = 0
    try:
        for record in reader:
            number += 1
            if not any(cell.strip() for cell in record):
                continue
            if len(rows) > MAX_ROWS:
                raise PanelInputError("too_many_rows", limit=MAX_ROWS)
            cells = [_cell(c) for c in record[:MAX_COLUMNS]]
            if len(record) > MAX_COLUMNS and any(c.strip() for c in record[MAX_COLUMNS:]):
                cells.append("overflow")  # makes the row ragged, so it is reported
            rows.append((number, cells))
    except csv.Error as exc:
        raise PanelInputError("malformed_csv", row=number + 1, detail=str(exc)[:80]) from exc
    fmt = {"\t": "tsv", ";": "csv", ",": "csv"}[separator] if encoding else "text"
    name = {"\t": "tab", ";": "semicolon", ",": "comma"}.get(separator, separator)
    return TableRows([Sheet(None, rows)], SourceInfo(fmt, encoding, name, max(len(rows) - 1, 0)))


def _cell(raw: str) -> str:
    value = raw.strip()
    return FormulaCell(value) if value.startswith("=") and len(value) > 1 else value
