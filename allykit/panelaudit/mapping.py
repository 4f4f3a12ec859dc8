"""From table rows or schedule entries to a ParsedProgram: sessions, people and problems."""

from __future__ import annotations

from .columns import Header, RowReader, cell, read_header
from .errors import ERROR, NOTICE, PanelInputError, shorten
from .model import ParsedProgram, Person, ProblemLog, Session
from .readers import FormulaCell, ScheduleRows, TableRows


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


class _Builder:
    """Sessions in order of appearance, people, duplicate and conflict checks."""

    def __init__(self, log: ProblemLog) -> None:
        self.log = log
        self.sessions: dict[str, int] = {}
        self.labels: list[str] = []
        self.people: list[Person] = []
        self.in_session: dict[tuple[int, str], int | None] = {}
        self.gender_of: dict[str, tuple[str, int | None]] = {}

    def session(self, key: str, label: str) -> int:
        index = self.sessions.get(key)
        if index is None:
            index = self.sessions[key] = len(self.labels)
            self.labels.append(label)
        return index

    def add(self, person: Person, identity: str) -> None:
        """`identity` is a name or speaker code ('' when unknown: never de-duplicated)."""
        if identity:
            seen = (person.session, identity)
            if seen in self.in_session:
                self.log.add("duplicate_person", NOTICE, person.row, first=self.in_session[seen])
                return
            self.in_session[seen] = person.row
            earlier = self.gender_of.setdefault(identity, (person.gender, person.row))
            if earlier[0] != person.gender and "not_stated" not in (earlier[0], person.gender):
                self.log.add("conflicting_gender", ERROR, person.row, first=earlier[1])
        self.people.append(person)

    def program(self, header: Header | None, source, excluded: int) -> ParsedProgram:
        dims = tuple((key, text) for key, text, _ in header.dims) if header else ()
        return ParsedProgram(
            people=tuple(self.people),
            sessions=tuple(Session(i, label) for i, label in enumerate(self.labels)),
            dimensions=dims,
            problems=self.log.listed(),
            problems_total=self.log.total,
            errors_total=self.log.error_total,
            source=source,
            excluded_rows=excluded,
        )


def map_table(table: TableRows, extra_dimensions=()) -> ParsedProgram:
    log = table.log
    if not table.rows:
        raise PanelInputError("empty")
    header = read_header(table.rows[0][1], log, extra_dimensions)
    for required in ("session", "gender"):
        if not header.has(required):
            raise PanelInputError("no_header", row=table.rows[0][0], missing=required)
    if len(table.rows) < 2:
        raise PanelInputError("no_rows")
    if not header.has("role"):
        log.add("no_role_column", NOTICE)
    reader = RowReader(header, log)
    build = _Builder(log)
    width = max(p for p in header.index.values()) + 1
    width = max([width] + [pos + 1 for _, _, pos in header.dims])
    positional = table.source.format != "xlsx"  # in a workbook, cells cannot shift
    last_session: str | None = None
    excluded = 0
    for row, cells in table.rows[1:]:
        if len(cells) > header.width and any(c.strip() for c in cells[header.width :]):
            if positional:
                log.add("ragged_row", ERROR, row, cells=len(cells), columns=header.width)
                excluded += 1
                continue
            log.add("cells_outside", NOTICE, row, columns=header.width)
        elif positional and len(cells) < width:
            log.add("short_row", NOTICE, row, cells=len(cells), columns=header.width)
        raw = cell(cells, header.index["session"])
        if isinstance(raw, FormulaCell):
            log.add("formula", ERROR, row, column=shorten(header.names[header.index["session"]]))
            excluded += 1
            continue
        label = " ".join(raw.split())
        if not label:
            if last_session is None:
                log.add("no_session", ERROR, row)
                excluded += 1
                continue
            label = last_session
            log.add("session_filled", NOTICE, row, session=shorten(label))
        last_session = label
        index = build.session(label.casefold(), label)
        name = reader.name(cells, row)
        person = Person(
            row,
            index,
            reader.role(cells, row),
            reader.gender(cells, row),
            reader.dims(cells, row),
            name,
        )
        build.add(person, _name_key(name))
    return build.program(header, table.source, excluded)


def map_schedule(
    schedule: ScheduleRows, supplement: TableRows | None = None, extra_dimensions=()
) -> ParsedProgram:
    log = supplement.log if supplement is not None else ProblemLog()
    if not schedule.entries:
        raise PanelInputError("no_people")
    header, by_code, by_name, used = None, {}, {}, set()
    if supplement is not None:
        header, by_code, by_name = _read_supplement(supplement, log, extra_dimensions)
    build = _Builder(log)
    unknown = 0
    moderators_unknown = False
    for entry in schedule.entries:
        index = build.session(entry.session_key, entry.session_label)
        found = by_code.get(entry.code) if entry.code else None
        if found is None:
            found = by_name.get(_name_key(entry.name)) if entry.name else None
        if found is None:
            unknown += 1
            dims = tuple((key, "not_stated") for key, _, _ in header.dims) if header else ()
            person = Person(None, index, entry.role, "not_stated", dims, entry.name)
            moderators_unknown |= entry.role == "panellist"
        else:
            srow, gender, role, dims = found
            used.add(srow)
            if role is None:
                moderators_unknown |= entry.role == "panellist"
            person = Person(None, index, role or entry.role, gender, dims, entry.name)
        build.add(person, entry.code or _name_key(entry.name))
    if unknown:
        log.add("schedule_no_gender", NOTICE, count=unknown)
    if moderators_unknown:
        log.add("schedule_roles", NOTICE)
    for srow in sorted(set(r for r, *_ in by_code.values()) | set(r for r, *_ in by_name.values())):
        if srow not in used:
            log.add("supplement_unmatched", NOTICE, srow)
    return build.program(header, schedule.source, 0)


def _read_supplement(table: TableRows, log: ProblemLog, extra_dimensions):
    """A table of name (or speaker code) and gender, with optional role and dimensions."""
    if not table.rows:
        raise PanelInputError("empty")
    header = read_header(table.rows[0][1], log, extra_dimensions)
    if not header.has("gender"):
        raise PanelInputError("no_header", row=table.rows[0][0], missing="gender")
    if not (header.has("name") or header.has("given_name") or header.has("code")):
        raise PanelInputError("no_header", row=table.rows[0][0], missing="name")
    reader = RowReader(header, log)
    by_code, by_name = {}, {}
    for row, cells in table.rows[1:]:
        role = reader.role(cells, row) if cell(cells, header.index.get("role")).strip() else None
        found = (row, reader.gender(cells, row), role, reader.dims(cells, row))
        code = cell(cells, header.index.get("code")).strip()
        name = _name_key(reader.name(cells, row))
        if code:
            by_code[code] = found
        if name:
            by_name[name] = found
    return header, by_code, by_name
