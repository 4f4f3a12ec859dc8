"""From table rows to people: the header found by `header.detect`, several people per cell,
side-by-side role columns, and tables without a gender (or a name) column."""

from __future__ import annotations

from dataclasses import replace

from .columns import Header, RowReader, cell
from .errors import ERROR, NOTICE, PanelInputError, shorten
from .header import Column, detect
from .model import Person
from .people import split_names, split_values
from .readers import FormulaCell, TableRows
from .vocab import GENDER_VALUES, ROLE_VALUES, lookup, norm, role_from_type

_PERSON_KEYS = ("session", "name", "given_name", "family_name", "role", "gender", "code")


def header_from(columns: list[Column], log, extra_dimensions=()) -> Header:
    """The Header (positions by key) for the chosen columns; repeats are noticed."""
    extras = {norm(x): x for x in extra_dimensions if norm(x)}
    index: dict[str, int] = {}
    dims: list[tuple[str, str, int]] = []
    slots: list[tuple[str, str, int]] = []  # (role, number, position)
    slot_genders: dict[tuple[str, str], int] = {}
    hint = None
    for col in columns:
        key = col.key
        if norm(col.text) in extras and col.how != "mapping":
            key = "x:" + norm(col.text)
        if not col.text:
            continue
        if key is None:
            if col.how != "none" or col.text:
                log.add("unknown_column", NOTICE, column=shorten(col.text))
            continue
        if key.startswith("slot:"):
            _, role, number = key.split(":")
            slots.append((role, number, col.position))
            continue
        if key.startswith("slotgender:"):
            _, role, number = key.split(":")
            slot_genders[(role, number)] = col.position
            continue
        if key == "role_hint":
            if hint is None:
                hint = col.position
            continue
        if key in index or any(d[0] == key for d in dims):
            shown = key if key in _PERSON_KEYS else "session"
            log.add("duplicate_column", NOTICE, column=shorten(col.text), key=shown)
            continue
        if key in _PERSON_KEYS:
            index[key] = col.position
        else:
            dims.append((key, shorten(col.text, 60), col.position))
    names = [c.text for c in columns]
    return Header(index, dims, len(columns), names, {}, slots, slot_genders, hint)


def find_header(table: TableRows, log, mapping=None):
    found = detect(table.sheets, mapping)
    if found is None:
        raise PanelInputError("empty")
    keys = {c.key.split(":")[0] for c in found.columns if c.key}
    has_people = keys & {"name", "given_name", "family_name", "slot", "gender"}
    if found.score < 0 or "session" not in keys or not has_people:
        if found.score < 0:
            keys = set()
        missing = "session" if "session" not in keys else "name"
        raise PanelInputError(
            "no_header",
            missing=missing,
            found=[[shorten(c.text, 200), c.key or ""] for c in found.columns if c.text][:20],
        )
    return found


def map_rows(table: TableRows, build, log, extra_dimensions=(), mapping=None):
    """Read every data row under the header; returns (header, found, excluded rows)."""
    found = find_header(table, log, mapping)
    header = header_from(found.columns, log, extra_dimensions)
    sheet = table.sheets[found.sheet]
    rows = sheet.rows[found.row_index + 1 :]
    if not rows:
        raise PanelInputError("no_rows")
    others = len([s for s in table.sheets if s.rows]) - 1
    if others > 0:
        log.add("other_sheets", NOTICE, count=others, sheet=sheet.name or "")
    if "gender" not in header.index and not header.slot_genders:
        log.add("no_gender_column", NOTICE)
    if "role" not in header.index and not header.slots and header.hint is None:
        log.add("no_role_column", NOTICE)
    reader = RowReader(header, log)
    positional = table.source.format != "xlsx"
    last_session, last_row, excluded, comments = None, None, 0, 0
    session_pos = header.index["session"]
    used = [*header.index.values(), *(p for _, _, p in header.dims), *(p for *_, p in header.slots)]
    used += [*header.slot_genders.values(), *([header.hint] if header.hint is not None else [])]
    width = max(used) + 1
    for row, cells in rows:
        if str(cells[0]).lstrip().startswith("#"):
            comments += 1
            continue
        if len(cells) > header.width and any(c.strip() for c in cells[header.width :]):
            if positional:
                log.add("ragged_row", ERROR, row, cells=len(cells), columns=header.width)
                excluded += 1
                continue
            log.add("cells_outside", NOTICE, row, columns=header.width)
        elif positional and len(cells) < width:
            log.add("short_row", NOTICE, row, cells=len(cells), columns=header.width)
        raw = cell(cells, session_pos)
        if isinstance(raw, FormulaCell):
            log.add("formula", ERROR, row, column=shorten(header.names[session_pos]))
            excluded += 1
            continue
        label = " ".join(raw.split())
        if not label:
            if last_session is None or last_row is None or row != last_row + 1:
                log.add("no_session", ERROR, row)
                excluded += 1
                last_row = row
                continue
            label = last_session
            log.add("session_filled", NOTICE, row, session=shorten(label))
        last_session, last_row = label, row
        index = build.session(label.casefold(), label)
        for person, identity in _people(header, reader, cells, row, index, log):
            build.add(person, identity)
    if comments:
        log.add("comment_rows", NOTICE, count=comments)
    return header, found, excluded


def _people(header: Header, reader: RowReader, cells, row: int, session: int, log):
    """The people of one row: the name column (split), then each side-by-side slot."""
    dims = reader.dims(cells, row)
    hint = cell(cells, header.hint).strip() if header.hint is not None else ""
    default_role = role_from_type(hint) if hint else "speaker"
    has_name = any(k in header.index for k in ("name", "given_name", "family_name"))
    out = []
    if has_name or "gender" in header.index or not header.slots:
        name = reader.name(cells, row)
        names = split_names(name) if name else []
        if "name" not in header.index and name:
            names = [(name, None)]  # given + family name: one person
        g_raw = cell(cells, header.index.get("gender"))
        formula = isinstance(g_raw, FormulaCell)
        genders = [] if formula else split_values(g_raw)
        count = len(names) or len(genders) or (0 if header.slots else 1)
        if count:
            if len(names) > 1:
                log.add("several_people", NOTICE, row, count=len(names))
            if not names and len(genders) > 1:
                log.add("several_people", NOTICE, row, count=len(genders))
            if formula:
                gender_of = [reader.gender(cells, row)] * count
            else:
                gender_of = _pair(genders, count, row, log)
            role_raw = cell(cells, header.index.get("role"))
            roles = split_values(role_raw) if role_raw.strip() else []
            role_of = _pair_roles(roles, count, row, log, reader, cells, default_role, header)
            for i in range(count):
                who, own_role = names[i] if i < len(names) else ("", None)
                role = own_role or role_of[i]
                out.append((Person(row, session, role, gender_of[i], dims, who), _key(who)))
    for role, number, pos in header.slots:
        raw = cell(cells, pos)
        if not raw.strip() or isinstance(raw, FormulaCell):
            continue
        names = split_names(raw)
        gpos = header.slot_genders.get((role, number))
        genders = split_values(cell(cells, gpos)) if gpos is not None else []
        gender_of = _pair(genders, len(names), row, log)
        for i, (who, own_role) in enumerate(names):
            person = Person(row, session, own_role or role, gender_of[i], dims, who)
            out.append((person, _key(who)))
    return out


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _gender_value(raw: str, row: int, log) -> str:
    if not norm(raw):
        return "not_stated"
    found = lookup(GENDER_VALUES, raw)
    if found is None:
        log.add("unknown_gender", ERROR, row, value=shorten(raw))
        return "unrecognised"
    return found


def _pair(values, count, row, log) -> list[str]:
    if count == 0:
        return []
    if not values:
        return ["not_stated"] * count
    if len(values) == count:
        return [_gender_value(v, row, log) for v in values]
    if len(values) == 1 and count == 1:
        return [_gender_value(values[0], row, log)]
    log.add("gender_mismatch", ERROR, row, names=count, values=len(values))
    return ["unrecognised"] * count


def _pair_roles(values, count, row, log, reader, cells, default, header) -> list[str]:
    if "role" not in header.index:
        return [default] * count
    if not values:
        if header.hint is not None and default != "speaker":
            return [default] * count
        return [reader.role(cells, row)] * count  # logs the missing role
    if len(values) == 1 or len(values) == count:
        out = []
        for value in values if len(values) == count else values * count:
            found = lookup(ROLE_VALUES, value)
            if found is None:
                log.add("unknown_role", ERROR, row, value=shorten(value))
                found = "unrecognised"
            out.append(found)
        return out
    log.add("role_mismatch", ERROR, row, names=count, values=len(values))
    return ["unrecognised"] * count


def with_rows(source, people: int):
    return replace(source, rows=people)


__all__ = ["find_header", "header_from", "map_rows", "with_rows"]
