"""The plan as an iCalendar file (RFC 5545), made with the `icalendar` library. Plain Python.

One all-day VEVENT per action still to do (open or postponed), on the action's date, with a
VALARM that reminds at 9:00 that day (floating time: the reader's own time zone). Done and
dropped actions are left out: a calendar holds what is ahead. Each event's UID is the plan's
id plus the action's id, so importing a newer download updates the events rather than
duplicating them; SEQUENCE counts the action's check-ins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from icalendar import Alarm, Calendar, Event

from . import plan as planlib

PRODID = "-//Ally Toolkit//Action plan//EN"
ALARM_AT = dt.timedelta(hours=9)  # after the start of the all-day event: 9:00 that day
AHEAD = ("open", "postponed")


def has_events(plan: planlib.Plan) -> bool:
    """RFC 5545 wants at least one component: a plan with nothing ahead makes no calendar."""
    return any(item.status in AHEAD for item in plan.items)


@dataclass(frozen=True)
class Labels:
    """The calendar's words in the plan's language."""

    calendar: str  # the calendar's name
    reminder: str  # the alarm's text, with {title}
    note: str  # "Your note:" before the private note
    read: str  # "Read more:" before the module page's address


def build(
    plan: planlib.Plan,
    actions: Mapping[str, object],
    labels: Labels,
    now: dt.datetime,
    domain: str,
    url_of: Callable[[object], str],
) -> bytes:
    """The calendar's bytes. `actions` maps ids to catalogue actions in the plan's language;
    `url_of(action)` gives the absolute address of the action's module page."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", labels.calendar)
    stamp = now.astimezone(dt.UTC).replace(microsecond=0)
    for item in planlib.sorted_items(plan):
        action = actions.get(item.id)
        if action is None or item.status not in AHEAD:
            continue
        event = Event()
        event.add("uid", f"{plan.uid}-{item.id}@{domain}")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.date)
        event.add("dtend", item.date + dt.timedelta(days=1))
        event.add("summary", action.title)
        lines = [action.how]
        if item.note:
            lines.append(f"{labels.note} {item.note}")
        url = url_of(action)
        lines.append(f"{labels.read} {url}")
        event.add("description", "\n\n".join(lines))
        event.add("url", url)
        event.add("sequence", max(0, len(item.log) - 1))
        event.add("transp", "TRANSPARENT")  # a reminder, not busy time
        event.add("categories", [labels.calendar])
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", labels.reminder.format(title=action.title))
        alarm.add("trigger", ALARM_AT)
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()
