"""From table rows or schedule entries to a ParsedProgram: sessions, people and problems."""

from __future__ import annotations

from .columns import Header, RowReader, cell
from .errors import ERROR, NOTICE, PanelInputError, shorten
from .model import ParsedProgram, Person, ProblemLog, Session
from .readers import ScheduleRows, TableRows
from .table import header_from, map_rows, with_rows
from .vocab import GENDER_VALUES, lookup


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

    def program(self, header: Header | None, source, excluded: int, layout=None) -> ParsedProgram:
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
            layout=layout,
        )


def map_table(table: TableRows, extra_dimensions=(), mapping=None) -> ParsedProgram:
    log = table.log
    if not any(sheet.rows for sheet in table.sheets):
        raise PanelInputError("empty")
    build = _Builder(log)
    header, found, excluded = map_rows(table, build, log, extra_dimensions, mapping)
    source = with_rows(table.source, len(build.people))
    layout = {
        "sheet": found.sheet_name,
        "row": found.row,
        "columns": [c.to_dict() for c in found.columns if c.text],
    }
    return build.program(header, source, excluded, layout)


def map_schedule(
    schedule: ScheduleRows, supplement: TableRows | None = None, extra_dimensions=(), mapping=None
) -> ParsedProgram:
    log = supplement.log if supplement is not None else ProblemLog()
    for code, params in schedule.notes:
        log.add(code, NOTICE, **params)
    if not schedule.entries:
        raise PanelInputError("no_people", sessions=len({e.session_key for e in schedule.entries}))
    header, by_code, by_name, used = None, {}, {}, set()
    if supplement is not None:
        header, by_code, by_name = _read_supplement(supplement, log, extra_dimensions, mapping)
    build = _Builder(log)
    unknown = 0
    moderators_unknown = False
    for entry in schedule.entries:
        index = build.session(entry.session_key, entry.session_label)
        found = by_code.get(entry.code) if entry.code else None
        if found is None:
            found = by_name.get(_name_key(entry.name)) if entry.name else None
        if found is None:
            gender = (lookup(GENDER_VALUES, entry.gender) or "unrecognised") if entry.gender else ""
            if gender == "unrecognised":
                log.add("unknown_gender", ERROR, entry.position, value=shorten(entry.gender))
            unknown += not gender
            dims = tuple((key, "not_stated") for key, _, _ in header.dims) if header else ()
            person = Person(None, index, entry.role, gender or "not_stated", dims, entry.name)
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


def _read_supplement(table: TableRows, log: ProblemLog, extra_dimensions, mapping=None):
    """A table of name (or speaker code) and gender, with optional role and dimensions."""
    from .header import detect

    found = detect(table.sheets, mapping)
    if found is None:
        raise PanelInputError("empty")
    header = header_from(found.columns, ProblemLog(), extra_dimensions)
    if not header.has("gender"):
        raise PanelInputError("supplement_no_gender", row=found.row)
    if not (header.has("name") or header.has("given_name") or header.has("code")):
        raise PanelInputError("supplement_no_name", row=found.row)
    reader = RowReader(header, log)
    by_code, by_name = {}, {}
    for row, cells in table.sheets[found.sheet].rows[found.row_index + 1 :]:
        role = reader.role(cells, row) if cell(cells, header.index.get("role")).strip() else None
        found = (row, reader.gender(cells, row), role, reader.dims(cells, row))
        code = cell(cells, header.index.get("code")).strip()
        name = _name_key(reader.name(cells, row))
        if code:
            by_code[code] = found
        if name:
            by_name[name] = found
    return header, by_code, by_name
