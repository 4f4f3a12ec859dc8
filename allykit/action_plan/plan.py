"""A person's action plan: chosen actions, each with a date, a private note and a record of
check-ins. Plain Python, no Django.

A plan is one JSON-able dict, the same in the browser (localStorage), in the signed hidden
field of the no-JavaScript forms and under a private link:

    {"v": 1, "uid": "k3J9...", "lang": "en", "items": [
        {"id": "say-her-title", "date": "2026-12-08", "note": "", "status": "open",
         "log": [{"on": "2026-12-01", "status": "added", "note": ""}]}]}

`parse(data, known_ids)` checks a plan from outside (sizes, dates, ids, statuses) and returns a
`Plan`, or raises PlanError with the reasons; unknown action ids (an action dropped from the
catalogue) are left out rather than refused, so an old plan still opens.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace

VERSION = 1
MAX_ITEMS = 60
MAX_NOTE = 500
MAX_CHECKIN_NOTE = 200  # a check-in's "what happened"
MAX_LOG = 20  # check-ins kept per action (the oldest go first, the first entry stays)
# Characters of a plan's JSON: the largest plan these limits allow fits (tested).
MAX_JSON = 400_000
STATUSES = ("open", "done", "postponed", "dropped")
LOG_EVENTS = ("added", "done", "postponed", "dropped", "reopened")
# Dates are kept within sensible bounds: no alarm in 1970 or in 2400.
MIN_YEAR, MAX_YEARS_AHEAD = 2000, 10
UID_RE = re.compile(r"^[A-Za-z0-9_-]{8,32}$")  # the plan's own id: calendar UIDs stay stable


def new_uid() -> str:
    return secrets.token_urlsafe(12)


class PlanError(ValueError):
    def __init__(self, reasons: Iterable[str]):
        self.reasons = tuple(reasons)
        super().__init__("; ".join(self.reasons))


@dataclass(frozen=True)
class Entry:
    on: dt.date
    status: str  # one of LOG_EVENTS
    note: str = ""

    def to_json(self) -> dict:
        return {"on": self.on.isoformat(), "status": self.status, "note": self.note}


@dataclass(frozen=True)
class Item:
    id: str
    date: dt.date
    note: str = ""
    status: str = "open"
    log: tuple[Entry, ...] = ()

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "date": self.date.isoformat(),
            "note": self.note,
            "status": self.status,
            "log": [e.to_json() for e in self.log],
        }


@dataclass(frozen=True)
class Plan:
    lang: str = "en"
    items: tuple[Item, ...] = field(default_factory=tuple)
    uid: str = ""  # given when the first action is added (an empty plan has none)

    def to_json(self) -> dict:
        return {
            "v": VERSION,
            "uid": self.uid,
            "lang": self.lang,
            "items": [i.to_json() for i in self.items],
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))

    def ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.items)

    def get(self, action_id: str) -> Item | None:
        return next((i for i in self.items if i.id == action_id), None)

    def __len__(self) -> int:
        return len(self.items)


def clean_note(text: object) -> str:
    """A note as kept: control characters out, at most MAX_NOTE characters (never silently:
    callers refuse longer notes before they get here)."""
    text = "" if text is None else str(text)
    text = "".join(c for c in text if c in "\n\t" or c >= " ").replace("\r", "")
    return text.strip()[:MAX_NOTE]


def parse_date(value: object, today: dt.date) -> dt.date | None:
    """An ISO date (YYYY-MM-DD) within bounds, or None."""
    if isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(str(value or "").strip()[:10])
        except ValueError:
            return None
    if day.year < MIN_YEAR or day.year > today.year + MAX_YEARS_AHEAD:
        return None
    return day


def add(plan: Plan, action_id: str, due_days: int, today: dt.date, note: str = "") -> Plan:
    """The plan with `action_id` added (due in `due_days`), or unchanged if already there."""
    if plan.get(action_id) is not None:
        return plan
    if len(plan.items) >= MAX_ITEMS:
        raise PlanError([f"a plan holds at most {MAX_ITEMS} actions"])
    item = Item(
        action_id,
        today + dt.timedelta(days=due_days),
        clean_note(note),
        "open",
        (Entry(today, "added"),),
    )
    return replace(plan, items=(*plan.items, item), uid=plan.uid or new_uid())


def remove(plan: Plan, action_id: str) -> Plan:
    return replace(plan, items=tuple(i for i in plan.items if i.id != action_id))


def edit(plan: Plan, action_id: str, date: dt.date | None = None, note: str | None = None) -> Plan:
    """Change an action's date and/or note."""
    items = []
    for item in plan.items:
        if item.id == action_id:
            item = replace(
                item,
                date=date or item.date,
                note=item.note if note is None else clean_note(note),
            )
        items.append(item)
    return replace(plan, items=tuple(items))


def check_in(
    plan: Plan,
    action_id: str,
    status: str,
    today: dt.date,
    note: str = "",
    new_date: dt.date | None = None,
) -> Plan:
    """Record a check-in: done, postponed (to `new_date`), dropped, or reopened (open)."""
    if status not in STATUSES:
        raise PlanError([f"unknown status '{status}'"])
    items = []
    for item in plan.items:
        if item.id == action_id:
            event = "reopened" if status == "open" else status
            log = (*item.log, Entry(today, event, clean_note(note)[:MAX_CHECKIN_NOTE]))
            if len(log) > MAX_LOG:
                log = (log[0], *log[len(log) - MAX_LOG + 1 :])
            date = item.date
            if status == "postponed":
                date = new_date or max(item.date, today) + dt.timedelta(days=7)
            item = replace(item, status=status, log=log, date=date)
        items.append(item)
    return replace(plan, items=tuple(items))


def _entry(raw, today: dt.date, reasons: list[str]) -> Entry | None:
    if not isinstance(raw, dict):
        reasons.append("a check-in is not an object")
        return None
    on = parse_date(raw.get("on"), today)
    status = raw.get("status")
    if on is None or status not in LOG_EVENTS:
        reasons.append("a check-in has a bad date or status")
        return None
    note = raw.get("note") or ""
    if not isinstance(note, str) or len(note) > MAX_CHECKIN_NOTE:
        reasons.append(f"a check-in note is longer than {MAX_CHECKIN_NOTE} characters")
        return None
    return Entry(on, status, clean_note(note))


def _item(raw, known_ids: Collection[str], today: dt.date, reasons: list[str]) -> Item | None:
    if not isinstance(raw, dict):
        reasons.append("an action is not an object")
        return None
    aid = raw.get("id")
    if not isinstance(aid, str) or aid not in known_ids:
        return None  # no longer in the catalogue (or never was): left out
    date = parse_date(raw.get("date"), today)
    if date is None:
        reasons.append(f"action '{aid}': bad date")
        return None
    note = raw.get("note") or ""
    if not isinstance(note, str) or len(note) > MAX_NOTE:
        reasons.append(f"action '{aid}': note longer than {MAX_NOTE} characters")
        return None
    status = raw.get("status") or "open"
    if status not in STATUSES:
        reasons.append(f"action '{aid}': unknown status")
        return None
    log_raw = raw.get("log") or []
    if not isinstance(log_raw, list) or len(log_raw) > MAX_LOG:
        reasons.append(f"action '{aid}': bad check-in record")
        return None
    log = tuple(e for e in (_entry(r, today, reasons) for r in log_raw) if e is not None)
    return Item(aid, date, clean_note(note), status, log)


def parse(data: object, known_ids: Collection[str], today: dt.date) -> Plan:
    """A plan from JSON text or a decoded dict; raises PlanError with every reason."""
    if isinstance(data, str | bytes):
        if len(data) > MAX_JSON:
            raise PlanError([f"the plan is larger than {MAX_JSON:,} characters"])
        try:
            data = json.loads(data)
        except (ValueError, RecursionError):
            raise PlanError(["the plan is not valid JSON"]) from None
    if not isinstance(data, dict) or not isinstance(data.get("items", []), list):
        raise PlanError(["the plan must be an object with a list of items"])
    lang = data.get("lang") if data.get("lang") in ("en", "fr") else "en"
    raw_items = data.get("items", [])
    if len(raw_items) > MAX_ITEMS:
        raise PlanError([f"a plan holds at most {MAX_ITEMS} actions"])
    reasons: list[str] = []
    items, seen = [], set()
    for raw in raw_items:
        item = _item(raw, known_ids, today, reasons)
        if item is not None and item.id not in seen:
            seen.add(item.id)
            items.append(item)
    if reasons:
        raise PlanError(reasons)
    uid = data.get("uid")
    if not (isinstance(uid, str) and UID_RE.match(uid)):
        uid = new_uid() if items else ""
    return Plan(lang=lang, items=tuple(items), uid=uid)


def sorted_items(plan: Plan) -> list[Item]:
    """Open and postponed actions by date first, then done, then dropped."""
    rank = {"open": 0, "postponed": 0, "done": 1, "dropped": 2}
    return sorted(plan.items, key=lambda i: (rank[i.status], i.date, i.id))


def record(plan: Plan) -> list[tuple[Entry, str]]:
    """Every check-in of the plan, newest first, with its action id."""
    entries = [(n, e, i.id) for i in plan.items for n, e in enumerate(i.log)]
    entries.sort(key=lambda t: (t[1].on, t[0]), reverse=True)  # later check-ins first
    return [(e, aid) for _n, e, aid in entries]
