"""Excel workbooks (.xlsx), read as a zip of XML parts with limits on what they declare.

Before anything is inflated, the archive's directory is checked (`allykit.ziplimits`: number
of parts, declared sizes, compression ratio, encryption). The parts are then streamed through
expat (`xlsx_xml`: no document type declarations, at most `MAX_ELEMENTS` XML elements in the
whole workbook); `xlsx_book` finds the visible sheets and reads at most `MAX_SHARED` shared
strings; `xlsx_sheet` reads each sheet's rows (no row index above `MAX_ROW_INDEX`, and a
declared sheet dimension is never used to allocate anything). See
docs/decisions/0110-panel-readers-limit-what-files-declare.md for why this is not openpyxl.
"""

from __future__ import annotations

import zipfile

from allykit.ziplimits import ZipLimits, ZipRefused, open_checked

from ..errors import PanelInputError
from ..model import SourceInfo
from . import MAX_ROWS, TableRows
from .xlsx_book import MAX_SHARED, MAX_SHEETS, shared_strings, workbook
from .xlsx_sheet import MAX_ROW_INDEX, sheet
from .xlsx_xml import MAX_ELEMENTS, Budget

__all__ = ["LIMITS", "MAX_ELEMENTS", "MAX_ROW_INDEX", "MAX_SHARED", "MAX_SHEETS", "read_xlsx"]

LIMITS = ZipLimits(
    required="xl/workbook.xml",
    parts=1_000,
    unpacked=40 * 1024 * 1024,  # all parts together, as declared
    ratio=200,  # declared size / compressed size, per part above 1 MB
)
# The archive's refusals as the engine's errors (PanelInputError codes), and the details of
# the others (msgids of the engine's domain, with the figure as {n}).
_CODES = {
    "unreadable": "unreadable_xlsx",
    "missing_part": "not_xlsx",
    "encrypted": "xls_unsupported",
}


_DETAILS = {
    "parts": ("{n} parts", lambda value: value),
    "ratio": ("compression ratio {n}:1", lambda value: value),
    "unpacked": ("{n} MB unpacked", lambda value: value // (1024 * 1024)),
}


def check_archive(data: bytes) -> zipfile.ZipFile:
    try:
        return open_checked(data, LIMITS)
    except ZipRefused as refused:
        code = _CODES.get(refused.reason)
        if code:
            raise PanelInputError(code) from refused
        detail, figure = _DETAILS.get(refused.reason, (refused.detail, lambda value: value))
        raise PanelInputError("unsafe_xlsx", detail=detail, n=figure(refused.value)) from refused


def read_xlsx(data: bytes) -> TableRows:
    archive = check_archive(data)
    budget = Budget()
    try:
        sheets, shared = workbook(archive, budget)
        strings = shared_strings(archive, shared, budget)
        read = [sheet(archive, name, path, strings, budget) for name, path in sheets]
    finally:
        archive.close()
    total = sum(len(s.rows) for s in read)
    if total > MAX_ROWS * 2:
        raise PanelInputError("too_many_rows", limit=MAX_ROWS)
    return TableRows(read, SourceInfo("xlsx", None, None, 0))
