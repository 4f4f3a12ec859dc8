"""Excel workbooks (.xlsx), checked as a zip archive before openpyxl reads them.

A .xlsx file is a zip of XML parts. Before openpyxl touches it we check the archive's
directory: number of parts, declared sizes, compression ratio and encryption, so a zip bomb
passed off as a workbook is refused without being inflated. Python's zipfile never inflates
more than a part's declared size, so the declared sizes bound the memory used. openpyxl
parses the XML through defusedxml when it is installed (it is a project dependency).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from ..errors import NOTICE, PanelInputError
from ..model import ProblemLog, SourceInfo
from . import MAX_COLUMNS, MAX_ROWS, FormulaCell, TableRows

MAX_PARTS = 1_000
MAX_UNZIPPED = 40 * 1024 * 1024  # all parts together, as declared
MAX_RATIO = 200  # declared size / compressed size, per part above 1 MB


def check_archive(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
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


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()


def read_xlsx(data: bytes) -> TableRows:
    check_archive(data)
    import openpyxl  # imported here: only needed for workbooks

    log = ProblemLog()
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on broken files
        raise PanelInputError("unreadable_xlsx") from exc
    rows: list[tuple[int, list[str]]] = []
    try:
        sheets = book.worksheets
        if not sheets:
            raise PanelInputError("unreadable_xlsx")
        if len(sheets) > 1:
            log.add("extra_sheets", NOTICE, count=len(sheets))
        for number, row in enumerate(sheets[0].iter_rows(max_col=MAX_COLUMNS), start=1):
            cells = []
            for cell in row:
                value = getattr(cell, "value", None)
                if getattr(cell, "data_type", None) == "f" or (
                    isinstance(value, str) and value.startswith("=") and len(value) > 1
                ):
                    cells.append(FormulaCell(str(value)))
                else:
                    cells.append(_text(value))
            if not any(cells):
                continue
            if len(rows) > MAX_ROWS:
                raise PanelInputError("too_many_rows", limit=MAX_ROWS)
            while cells and cells[-1] == "":
                cells.pop()  # empty trailing cells are normal in workbooks, not ragged rows
            rows.append((number, cells))
    except PanelInputError:
        raise
    except Exception as exc:
        raise PanelInputError("unreadable_xlsx") from exc
    finally:
        book.close()
    return TableRows(rows, SourceInfo("xlsx", None, None, max(len(rows) - 1, 0)), log)
