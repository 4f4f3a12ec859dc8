"""The frab-compatible schedule XML (pretalx, frab, c3voc), read streaming with expat.

Only the frab layout is walked: schedule > day > room > event, with the event's own title,
type, track and persons > person. Nothing is searched at other depths, so nested days or
rooms cost nothing. Limits: no document type declaration (no entities), at most
`MAX_DEPTH` levels, `MAX_ELEMENTS` elements, `MAX_EVENTS` sessions and `MAX_ROWS` people.
"""

from __future__ import annotations

from xml.parsers import expat

from ..errors import PanelInputError
from .schedule import Collector, clean

MAX_DEPTH = 16
MAX_ELEMENTS = 400_000
_EVENT = ("schedule", "day", "room", "event")
_FIELDS = {"title", "type", "track", "start", "date"}


class _Frab:
    def __init__(self, out: Collector) -> None:
        self.out = out
        self.stack: list[str] = []
        self.elements = 0
        self.day = ""
        self.room = ""
        self.event: dict | None = None
        self.person: list | None = None
        self.field: list | None = None

    def start(self, tag: str, attrs: dict) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise PanelInputError("too_many_elements", limit=MAX_ELEMENTS)
        stack = self.stack
        stack.append(tag)
        depth = len(stack)
        if depth > MAX_DEPTH:
            raise PanelInputError("too_deep", limit=MAX_DEPTH)
        if depth == 1 and tag != "schedule":
            root = clean(tag)[:30]
            raise PanelInputError("bad_schedule", detail="root element <{tag}>", tag=root)
        if depth == 2 and tag == "day":
            self.day = attrs.get("date", "")
        elif depth == 3 and tag == "room" and stack[1] == "day":
            self.room = attrs.get("name", "")
        elif depth == 4 and tuple(stack) == _EVENT:
            self.event = {"guid": attrs.get("guid") or attrs.get("id") or "", "persons": []}
        elif self.event is not None:
            if depth == 5 and tag in _FIELDS:
                self.field = []
            elif depth == 6 and tag == "person" and stack[4] == "persons":
                code = attrs.get("guid") or attrs.get("id") or attrs.get("code") or ""
                self.person = [code, []]

    def text(self, data: str) -> None:
        if self.person is not None:
            if len(self.person[1]) < 32:
                self.person[1].append(data)
        elif self.field is not None and len(self.field) < 32:
            self.field.append(data)

    def end(self, tag: str) -> None:
        depth = len(self.stack)
        self.stack.pop()
        event = self.event
        if event is None:
            return
        if depth == 4:
            self.event = None
            key = event["guid"] or f"{self.day} {self.room} {event.get('start', '')}"
            self.out.event(
                clean(key)[:200],
                event.get("title", ""),
                event["persons"],
                type_name=event.get("type", ""),
                track=event.get("track", ""),
            )
        elif depth == 5 and self.field is not None:
            event[tag] = clean(" ".join("".join(self.field).split()))[:300]
            self.field = None
        elif depth == 6 and self.person is not None:
            code, parts = self.person
            event["persons"].append((clean(code)[:100], clean("".join(parts))[:300]))
            self.person = None


def _refuse_dtd(*_args) -> None:
    raise PanelInputError("bad_xml", detail="document type declarations are not accepted")


def read_xml(text: str, encoding: str | None):
    out = Collector("frab-xml", encoding)
    reader = _Frab(out)
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.text
    try:
        parser.Parse(text, True)  # a str: expat reads it as UTF-8, the declaration is moot
    except expat.ExpatError as exc:
        raise PanelInputError("bad_xml", detail=str(exc)[:80]) from exc
    if not reader.elements:
        raise PanelInputError("bad_xml", detail="no elements")
    return out.result()
