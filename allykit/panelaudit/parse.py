"""The entry point for reading: `parse_table(data, filename)`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

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
    mapping: Mapping[str, str] | None = None,
) -> ParsedProgram:
    """Read a pasted table, a CSV/TSV file, an .xlsx workbook or a pretalx/frab schedule.

    `supplement` is an optional table of name (or pretalx speaker code) and gender, with
    optional role and dimension columns, for schedules, which carry no gender.
    `extra_dimensions` names further columns to count (e.g. "Language").
    `mapping` (header text -> field, see `header.FIELDS`, or "ignore") overrides how the
    columns of a table (or of the supplement) are read.
    Raises PanelInputError when the input cannot be used at all; everything else is listed
    in `ParsedProgram.problems` with its row number.
    """
    extra = tuple(extra_dimensions)
    mapping = check_mapping(mapping)
    raw = read(data, filename)
    if isinstance(raw, TableRows):
        if supplement is not None:
            raise PanelInputError("supplement_for_table")
        return map_table(raw, extra, mapping)
    assert isinstance(raw, ScheduleRows)
    table = None
    if supplement is not None:
        table = read(supplement, supplement_filename)
        if not isinstance(table, TableRows):
            raise PanelInputError("supplement_no_gender")
    return map_schedule(raw, table, extra, mapping)


MAX_MAPPING = 60


def check_mapping(mapping: Mapping[str, str] | None) -> dict[str, str]:
    """The user's column mapping, checked: header text -> one of FIELDS or 'ignore'."""
    from .header import FIELDS, IGNORE

    if not mapping:
        return {}
    if not isinstance(mapping, Mapping) or len(mapping) > MAX_MAPPING:
        raise PanelInputError("bad_mapping", detail="too many columns")
    out = {}
    for header, field_name in mapping.items():
        if not isinstance(header, str) or not isinstance(field_name, str):
            raise PanelInputError("bad_mapping", detail="headers and fields must be text")
        if field_name not in (*FIELDS, IGNORE) or not header.strip() or len(header) > 200:
            raise PanelInputError("bad_mapping", detail=header[:40])
        out[header] = field_name
    return out
