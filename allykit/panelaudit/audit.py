"""The audit: per-session composition and flags, whole-event shares against a target."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .counts import GenderCounts, GroupResult
from .errors import Problem
from .model import ParsedProgram, Person, SourceInfo
from .targets import Target, parse_target
from .vocab import ROLE_GROUPS, ROLES

FLAGS = ("all_men", "all_men_but_moderator", "token", "all_known_men", "no_information")
TOKEN_MIN_SIZE = 5  # "a single woman or gender-diverse person among five or more"
SCHEMA = "allykit.panelaudit/1"


@dataclass(frozen=True, slots=True)
class SessionResult:
    index: int
    label: str
    gender: GenderCounts
    roles: tuple[tuple[str, GenderCounts], ...]
    flags: tuple[str, ...]

    @property
    def size(self) -> int:
        return self.gender.total

    def to_dict(self) -> dict:
        return {
            "index": self.index,
            "label": self.label,
            "size": self.size,
            "gender": self.gender.to_dict()["counts"],
            "roles": {role: counts.to_dict()["counts"] for role, counts in self.roles},
            "flags": list(self.flags),
        }


@dataclass(frozen=True, slots=True)
class DimensionResult:
    key: str  # a known dimension ("racialised") or "x:<header>" for an extra one
    header: str  # the column name as written
    values: tuple[tuple[str, int], ...]  # value -> people, largest first; includes not_stated
    by_group: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "header": self.header,
            "values": [{"value": v, "count": n} for v, n in self.values],
            "by_group": {
                g: [{"value": v, "count": n} for v, n in vals] for g, vals in self.by_group
            },
        }


@dataclass(frozen=True)
class Audit:
    target: Target
    whole: GroupResult
    groups: tuple[GroupResult, ...]  # headline (keynote + plenary), panels, talks
    roles: tuple[GroupResult, ...]  # each role present
    sessions: tuple[SessionResult, ...]
    dimensions: tuple[DimensionResult, ...]
    unique_people: int | None  # distinct names, when every row has one
    problems: tuple[Problem, ...]
    problems_total: int
    errors_total: int
    excluded_rows: int
    source: SourceInfo
    estimate: object | None = None  # estimate.Estimate when asked for
    layout: dict | None = None  # tables: header row, sheet, how each column was read
    # The parsed programme, in memory only (it holds names, for the template): never in
    # to_dict(), repr() or any shared output.
    program: ParsedProgram | None = field(default=None, repr=False, compare=False)

    @property
    def people(self) -> int:
        """Speaking places counted (a person in two sessions counts twice)."""
        return self.whole.gender.total

    @property
    def stated(self) -> int:
        return self.whole.gender.stated

    @property
    def coverage(self) -> float | None:
        """Share of speaking places with a stated gender: the headline of how much is known."""
        return self.stated / self.people if self.people else None

    @property
    def counted_as_given(self) -> bool:
        """Every row and value was counted as given (no errors)."""
        return self.errors_total == 0

    @property
    def complete(self) -> bool:
        """Counted as given AND every gender stated: only then are the shares the event's."""
        return self.counted_as_given and self.coverage == 1

    @property
    def flag_counts(self) -> dict[str, int]:
        tally = Counter(flag for s in self.sessions for flag in s.flags)
        return {flag: tally.get(flag, 0) for flag in FLAGS}

    def flagged(self, flag: str) -> tuple[SessionResult, ...]:
        return tuple(s for s in self.sessions if flag in s.flags)

    def to_dict(self, lang: str | None = None) -> dict:
        """JSON-ready. Never contains a person's name; `lang` adds problem messages."""
        return {
            "schema": SCHEMA,
            "target": self.target.to_dict(),
            "complete": self.complete,
            "counted_as_given": self.counted_as_given,
            "coverage": self.coverage,
            "stated": self.stated,
            "people": self.people,
            "unique_people": self.unique_people,
            "sessions_count": len(self.sessions),
            "excluded_rows": self.excluded_rows,
            "source": self.source.to_dict(),
            "whole": self.whole.to_dict(),
            "groups": [g.to_dict() for g in self.groups],
            "roles": [r.to_dict() for r in self.roles],
            "flag_counts": self.flag_counts,
            "sessions": [s.to_dict() for s in self.sessions],
            "dimensions": [d.to_dict() for d in self.dimensions],
            "problems": [p.to_dict(lang) for p in self.problems],
            "problems_total": self.problems_total,
            "errors_total": self.errors_total,
            "estimate": self.estimate.to_dict() if self.estimate is not None else None,
            "layout": self.layout_dict(lang),
        }

    def layout_dict(self, lang: str | None = None) -> dict | None:
        """Where the header was found and how each column was read, with a sentence."""
        if self.layout is None:
            return None
        out = dict(self.layout)
        if lang:
            from .messages import layout_message

            out["message"] = layout_message(self.layout, lang)
        return out


def session_flags(people: list[Person]) -> tuple[str, ...]:
    size = len(people)
    unknown = sum(p.gender in ("not_stated", "unrecognised") for p in people)
    stated = size - unknown
    men = sum(p.gender == "man" for p in people)
    if stated == 0:
        return ("no_information",)
    if unknown:
        return ("all_known_men",) if stated >= 2 and men == stated else ()
    if size >= 2 and men == size:
        return ("all_men",)
    others = [p for p in people if p.role != "chair"]
    if len(others) >= 2 and all(p.gender == "man" for p in others):
        return ("all_men_but_moderator",)  # so the non-men here are all chairs
    if size >= TOKEN_MIN_SIZE and size - men == 1:
        return ("token",)
    return ()


def _values(counter: Counter) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def _groups(program: ParsedProgram, share: float):
    by_role: dict[str, list[str]] = defaultdict(list)
    for person in program.people:
        by_role[person.role].append(person.gender)
    whole = GroupResult("all", GenderCounts.of(p.gender for p in program.people), share)
    groups = [
        GroupResult(g, GenderCounts.of(x for r in roles for x in by_role.get(r, ())), share)
        for g, roles in ROLE_GROUPS.items()
    ]
    if by_role.get("unrecognised"):
        groups.append(GroupResult("unrecognised", GenderCounts.of(by_role["unrecognised"]), share))
    roles = tuple(
        GroupResult(r, GenderCounts.of(by_role[r]), share) for r in ROLES if by_role.get(r)
    )
    return whole, tuple(groups), roles


def _sessions(program: ParsedProgram) -> tuple[SessionResult, ...]:
    per_session: dict[int, list[Person]] = defaultdict(list)
    for person in program.people:
        per_session[person.session].append(person)
    sessions = []
    for session in program.sessions:
        people = per_session.get(session.index, [])
        role_counts = tuple(
            (r, GenderCounts.of(p.gender for p in people if p.role == r))
            for r in ROLES
            if any(p.role == r for p in people)
        )
        counts = GenderCounts.of(p.gender for p in people)
        flags = session_flags(people)
        sessions.append(SessionResult(session.index, session.label, counts, role_counts, flags))
    return tuple(sessions)


def _dimensions(program: ParsedProgram) -> tuple[DimensionResult, ...]:
    role_group = {role: group for group, roles in ROLE_GROUPS.items() for role in roles}
    dimensions = []
    for i, (key, header) in enumerate(program.dimensions):
        overall: Counter = Counter()
        grouped: dict[str, Counter] = defaultdict(Counter)
        for person in program.people:
            value = person.dims[i][1] if i < len(person.dims) else "not_stated"
            overall[value] += 1
            grouped[role_group.get(person.role, "unrecognised")][value] += 1
        by_group = tuple(
            (g, _values(grouped[g])) for g in (*ROLE_GROUPS, "unrecognised") if g in grouped
        )
        dimensions.append(DimensionResult(key, header, _values(overall), by_group))
    return tuple(dimensions)


def audit(
    program: ParsedProgram,
    target: Target | str | float | None = None,
    *,
    estimate: bool = False,
    scorer=None,
) -> Audit:
    """Count the programme. `estimate=True` adds the optional name-based estimate."""
    target = parse_target(target)
    whole, groups, roles = _groups(program, target.share)
    names = [p.name.casefold() for p in program.people]
    estimated = None
    if estimate:
        from .estimate import estimate_names

        estimated = estimate_names(program, scorer=scorer)
    return Audit(
        target=target,
        whole=whole,
        groups=groups,
        roles=roles,
        sessions=_sessions(program),
        dimensions=_dimensions(program),
        unique_people=len(set(names)) if names and all(names) else None,
        problems=program.problems,
        problems_total=program.problems_total,
        errors_total=program.errors_total,
        excluded_rows=program.excluded_rows,
        source=program.source,
        estimate=estimated,
        layout=program.layout,
        program=program,
    )
