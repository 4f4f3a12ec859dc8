"""Readers: turn bytes or pasted text into table rows or schedule entries.

Everything happens in memory; nothing is written or logged. Limits are checked before any
parsing: 5 MB of input, 20,000 rows, and for .xlsx the sizes inside the zip archive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import PanelInputError
from ..model import ProblemLog, SourceInfo

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 60
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls and encrypted Office files


class FormulaCell(str):
    """A cell that held a spreadsheet formula: reported, never counted as a value."""


@dataclass
class Sheet:
    """Non-empty rows of one sheet (or of a CSV file) with their spreadsheet row numbers."""

    name: str | None
    rows: list[tuple[int, list[str]]]


@dataclass
class TableRows:
    """The sheets of a table; which row is the header is decided by `header.detect`."""

    sheets: list[Sheet]
    source: SourceInfo
    log: ProblemLog = field(default_factory=ProblemLog)

    @property
    def rows(self) -> list[tuple[int, list[str]]]:
        return self.sheets[0].rows if self.sheets else []


@dataclass(frozen=True, slots=True)
class ScheduleEntry:
    session_key: str
    session_label: str
    role: str
    position: int  # 1-based order of this person entry in the export
    code: str = ""
    name: str = field(default="", repr=False)
    gender: str = ""  # raw value, when the export carries one (a Sessionize question)


@dataclass
class ScheduleRows:
    entries: list[ScheduleEntry]
    source: SourceInfo
    notes: list[tuple[str, dict]] = field(default_factory=list)  # notices: (code, params)


def suffix(filename: str | None) -> str:
    if not filename or "." not in filename:
        return ""
    return filename.rsplit(".", 1)[1].lower()


def read(data: bytes | str, filename: str | None = None) -> TableRows | ScheduleRows:
    """Detect the format (by content first, then by file name) and read it, with the
    reader that `formats.FORMATS` names."""
    from ..formats import FORMATS, by_extension
    from . import delimited, schedule

    if data is None:
        raise PanelInputError("empty")
    ext = suffix(filename)
    encoding = None
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data)
        if len(data) > MAX_BYTES:
            raise PanelInputError("too_large", limit=MAX_BYTES // (1024 * 1024))
        if not data.strip():
            raise PanelInputError("empty")
        for fmt in FORMATS:
            if fmt.binary and fmt.sniff(data):
                return fmt.read(data)
        if data.startswith(OLE_MAGIC):
            raise PanelInputError("xls_unsupported")
        named = by_extension(ext) if ext else None
        if named is not None and named.binary:
            raise PanelInputError("not_xlsx")
        text, encoding = delimited.decode(data)
    elif isinstance(data, str):
        if len(data) > MAX_BYTES or len(data.encode("utf-8", "surrogatepass")) > MAX_BYTES:
            raise PanelInputError("too_large", limit=MAX_BYTES // (1024 * 1024))
        text = schedule.clean(data.lstrip("\ufeff"))
        delimited.check_text(text)
    else:
        raise TypeError("data must be bytes or str")
    head = text.lstrip()[:200]
    if not head:
        raise PanelInputError("empty")
    textual = [f for f in FORMATS if not f.binary]
    named = by_extension(ext) if ext else None
    for fmt in textual:  # the content decides; the file name only where it says nothing
        if fmt.sniff(head) and (fmt is not textual[-1] or named is None or named.binary):
            return fmt.read(text, encoding)
    return named.read(text, encoding)
