"""Conference schedules exported from pretalx: its schedule JSON and the frab-compatible XML.

Both list days, rooms and sessions ("events"), each with its type and its people. They carry
no gender: the people they list are counted as "not stated" unless a supplementary table
gives gender by name or pretalx speaker code. They do not say who moderates either.
"""

from __future__ import annotations

import json

from ..errors import PanelInputError
from ..model import SourceInfo
from ..vocab import role_from_type
from . import MAX_ROWS, ScheduleEntry, ScheduleRows


def _text(value: object) -> str:
    if isinstance(value, dict):  # pretalx may give {"en": "...", "fr": "..."} for i18n fields
        value = next((v for v in value.values() if isinstance(v, str) and v), "")
    return " ".join(str(value).split()) if value is not None else ""


def _collect(
    events: list[tuple[str, str, str, list[tuple[str, str]]]], fmt: str, encoding: str | None
) -> ScheduleRows:
    entries: list[ScheduleEntry] = []
    for key, title, type_name, persons in events:
        role = role_from_type(type_name)
        for code, name in persons:
            if len(entries) >= MAX_ROWS:
                raise PanelInputError("too_many_rows", limit=MAX_ROWS)
            entries.append(ScheduleEntry(key, title, role, len(entries) + 1, code, name))
    if not events:
        raise PanelInputError("bad_schedule", detail="no sessions")
    return ScheduleRows(entries, SourceInfo(fmt, encoding, None, len(entries)))


def read_json(text: str, encoding: str | None) -> ScheduleRows:
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise PanelInputError("bad_json", detail=str(exc)[:80]) from exc
    schedule = doc.get("schedule", doc) if isinstance(doc, dict) else None
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    days = conference.get("days") if isinstance(conference, dict) else None
    if not isinstance(days, list):
        raise PanelInputError("bad_schedule", detail="no schedule.conference.days")
    events = []
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
                key = _text(talk.get("guid") or talk.get("code") or talk.get("id")) or (
                    f"{_text(day.get('date'))} {room} {_text(talk.get('start'))}"
                )
                persons = []
                for person in talk.get("persons") or []:
                    if isinstance(person, dict):
                        name = _text(person.get("name") or person.get("public_name"))
                        code = _text(person.get("code") or person.get("id") or "")
                        persons.append((code, name))
                events.append(
                    (key, _text(talk.get("title")) or key, _text(talk.get("type")), persons)
                )
    return _collect(events, "pretalx-json", encoding)


def read_xml(text: str, encoding: str | None) -> ScheduleRows:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(text, forbid_dtd=True)  # str: the declared encoding is moot
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise PanelInputError("bad_xml", detail=str(exc)[:80]) from exc
    if root.tag != "schedule":
        raise PanelInputError("bad_schedule", detail=f"root element <{root.tag[:30]}>")
    events = []
    for day in root.iter("day"):
        for room in day.iter("room"):
            for event in room.iter("event"):
                title = _text(event.findtext("title"))
                key = (
                    event.get("guid")
                    or event.get("id")
                    or (f"{day.get('date', '')} {room.get('name', '')} {event.findtext('start')}")
                )
                persons = [
                    (p.get("code") or p.get("id") or "", _text(p.text))
                    for p in event.iter("person")
                ]
                events.append((key, title or key, _text(event.findtext("type")), persons))
    return _collect(events, "frab-xml", encoding)
