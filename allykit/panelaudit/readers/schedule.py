"""Conference schedules: pretalx's schedule JSON, its API list of submissions, Sessionize's
"All" JSON view, and the frab-compatible XML (readers/frab.py).

They list sessions ("events"), each with its type, track and people. They rarely carry
gender: the people they list are counted as "not stated" unless a supplementary table (or a
Sessionize question about gender) gives it. Work is limited by what the file declares: JSON
nesting is checked before parsing, and sessions (empty ones included) and people are counted
against limits as they are read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from ..errors import PanelInputError
from ..model import SourceInfo
from ..vocab import norm, role_hint
from . import MAX_ROWS, ScheduleEntry, ScheduleRows

MAX_EVENTS = 20_000  # sessions, with or without people
MAX_JSON_DEPTH = 32
MAX_PERSONS_PER_EVENT = 200
MAX_JSON_OBJECTS = 400_000  # objects and arrays, counted before parsing (an upper bound)
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_PAIR = re.compile(r"\[\]|\{\}")
_SURROGATE = re.compile("[\ud800-\udfff]")
_JOINED = re.compile(r"\s*(?:,|;|\s&\s|\sand\s|\set\s|\sund\s)\s*")


def clean(text: str) -> str:
    """Lone surrogates (possible in JSON escapes) become U+FFFD: they cannot be encoded."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def text_of(value: object) -> str:
    if isinstance(value, dict):  # pretalx may give {"en": "...", "fr": "..."} for i18n fields
        value = next((v for v in value.values() if isinstance(v, str) and v), "")
    if value is None or isinstance(value, (list, dict)):
        return ""
    return clean(" ".join(str(value).split()))[:300]


def check_depth(text: str, limit: int = MAX_JSON_DEPTH) -> None:
    """Refuse JSON nested deeper than `limit`, before parsing it (strings do not count)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    for _ in range(limit):
        if not brackets:
            return
        brackets, removed = _PAIR.subn("", brackets)
        if not removed:
            return  # unbalanced: the JSON parser reports where
    if brackets:
        raise PanelInputError("too_deep", limit=limit)


def split_joined(name: str) -> list[str]:
    """'Ana Li, Ben Ode' -> two names; 'Li, Ana' (family, given) stays one."""
    parts = [p for p in _JOINED.split(name) if p.strip()]
    if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
        return parts
    return [name]


@dataclass
class Collector:
    """Sessions and people as they are read, with the limits and the notices."""

    fmt: str
    encoding: str | None
    entries: list[ScheduleEntry] = field(default_factory=list)
    events: int = 0
    split: int = 0
    skipped_empty: int = 0
    inferred: dict[str, int] = field(default_factory=dict)

    def event(
        self,
        key: str,
        title: str,
        persons: list[tuple[str, str]],
        *,
        type_name: str = "",
        track: str = "",
        extra: str = "",
        genders: dict[str, str] | None = None,
    ) -> None:
        self.events += 1
        if self.events > MAX_EVENTS:
            raise PanelInputError("too_many_events", limit=MAX_EVENTS)
        role, source = role_hint(type_name=type_name, track=track, title=title, extra=extra)
        if source not in ("", "type"):
            self.inferred[source] = self.inferred.get(source, 0) + 1
        for code, name in persons[:MAX_PERSONS_PER_EVENT]:
            name = " ".join(name.split())
            if not name:  # an empty <person/> or a speaker id with no name
                self.skipped_empty += 1
                continue
            names = split_joined(name) if name else [name]
            if len(names) > 1:
                self.split += 1
            for number, one in enumerate(names, start=1):
                code_one = f"{code}#{number}" if code and len(names) > 1 else code
                if len(self.entries) >= MAX_ROWS:
                    raise PanelInputError("too_many_rows", limit=MAX_ROWS)
                gender = (genders or {}).get(code, "")
                position = len(self.entries) + 1
                self.entries.append(
                    ScheduleEntry(key, title or key, role, position, code_one, one, gender)
                )

    def result(self) -> ScheduleRows:
        if not self.events:
            raise PanelInputError("bad_schedule", detail="no sessions")
        notes: list[tuple[str, dict]] = []
        if self.skipped_empty:
            notes.append(("empty_persons", {"count": self.skipped_empty}))
        if self.split:
            notes.append(("names_split", {"count": self.split}))
        for source, count in sorted(self.inferred.items()):
            notes.append(("roles_inferred", {"count": count, "source": source}))
        source = SourceInfo(self.fmt, self.encoding, None, len(self.entries))
        return ScheduleRows(self.entries, source, notes)


def read_json(text: str, encoding: str | None) -> ScheduleRows:
    if text.count("{") + text.count("[") > MAX_JSON_OBJECTS:
        raise PanelInputError("too_many_elements", limit=MAX_JSON_OBJECTS)
    check_depth(text)
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise PanelInputError("bad_json", detail=str(exc)[:80]) from exc
    from . import sessionize

    if sessionize.is_sessionize(doc):
        return sessionize.read(doc, Collector("sessionize-json", encoding))
    if _submissions(doc) is not None:
        return _read_submissions(_submissions(doc), Collector("pretalx-api", encoding))
    schedule = doc.get("schedule", doc) if isinstance(doc, dict) else None
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    days = conference.get("days") if isinstance(conference, dict) else None
    if not isinstance(days, list):
        raise PanelInputError("bad_schedule", detail="no schedule.conference.days")
    out = Collector("pretalx-json", encoding)
    for day in days:
        rooms = day.get("rooms") if isinstance(day, dict) else None
        if not isinstance(rooms, dict):
            raise PanelInputError("bad_schedule", detail="a day without rooms")
        for room, talks in rooms.items():
            if not isinstance(talks, list):
                raise PanelInputError("bad_schedule", detail="a room without a list of talks")
            for talk in talks:
                if not isinstance(talk, dict):
                    raise PanelInputError("bad_schedule", detail="a talk that is not an object")
                key = text_of(talk.get("guid") or talk.get("code") or talk.get("id")) or (
                    f"{text_of(day.get('date'))} {text_of(room)} {text_of(talk.get('start'))}"
                )
                out.event(
                    key,
                    text_of(talk.get("title")),
                    _persons(talk.get("persons")),
                    type_name=text_of(talk.get("type")),
                    track=text_of(talk.get("track")),
                )
    return out.result()


def _persons(value: object) -> list[tuple[str, str]]:
    persons = []
    for person in value if isinstance(value, list) else []:
        if isinstance(person, dict):
            name = text_of(person.get("public_name") or person.get("name"))
            code = text_of(person.get("guid") or person.get("code") or person.get("id"))
            persons.append((code, name))
        elif isinstance(person, str):
            persons.append(("", text_of(person)))
    return persons


def _submissions(doc: object) -> list | None:
    """pretalx's API: `{"count", "results": [...]}` or the bare list of submissions."""
    items = doc.get("results") if isinstance(doc, dict) else doc
    if isinstance(items, list) and items and all(isinstance(i, dict) for i in items[:50]):
        first = items[0]
        if "speakers" in first and ("title" in first or "code" in first):
            return items
    return None


def _read_submissions(items: list, out: Collector) -> ScheduleRows:
    states = {text_of(i.get("state")) for i in items if isinstance(i, dict)}
    keep = {"accepted", "confirmed"} & states
    left_out = 0
    for item in items:
        if not isinstance(item, dict):
            continue
        if keep and text_of(item.get("state")) not in keep:
            left_out += 1
            continue
        key = text_of(item.get("code") or item.get("id")) or f"#{out.events + 1}"
        kind = item.get("submission_type")
        track = item.get("track")
        out.event(
            key,
            text_of(item.get("title")),
            _persons(item.get("speakers")),
            type_name=text_of(
                kind.get("name") if isinstance(kind, dict) and "name" in kind else kind
            ),
            track=text_of(
                track.get("name") if isinstance(track, dict) and "name" in track else track
            ),
        )
    result = out.result()
    if left_out:
        result.notes.append(("submissions_left_out", {"count": left_out}))
    return result


def is_schedule_text(text: str) -> bool:
    return norm(text[:200]).startswith(("schedule", "xml"))
