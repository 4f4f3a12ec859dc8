"""The entry point for reading: `parse_table(data, filename)`."""

from __future__ import annotations

from collections.abc import Iterable

from .errors import PanelInputError
from .mapping import map_schedule, map_table
from .model import ParsedProgram
from .readers import ScheduleRows, TableRows, read


def parse_table(
    data: bytes | str,
    filename: str | None = None,
    *,
    supplement: bytes | str | None = None,
    supplement_filename: str | None = None,
    extra_dimensions: Iterable[str] = (),
) -> ParsedProgram:
    """Read a pasted table, a CSV/TSV file, an .xlsx workbook or a pretalx/frab schedule.

    `supplement` is an optional table of name (or pretalx speaker code) and gender, with
    optional role and dimension columns, for schedules, which carry no gender.
    `extra_dimensions` names further columns to count (e.g. "Language").
    Raises PanelInputError when the input cannot be used at all; everything else is listed
    in `ParsedProgram.problems` with its row number.
    """
    extra = tuple(extra_dimensions)
    raw = read(data, filename)
    if isinstance(raw, TableRows):
        if supplement is not None:
            raise PanelInputError("supplement_for_table")
        return map_table(raw, extra)
    assert isinstance(raw, ScheduleRows)
    table = None
    if supplement is not None:
        table = read(supplement, supplement_filename)
        if not isinstance(table, TableRows):
            raise PanelInputError("no_header", missing="gender")
    return map_schedule(raw, table, extra)
