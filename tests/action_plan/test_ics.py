"""The calendar file: read back with the icalendar parser and checked against RFC 5545's
rules for each component (required properties, properties that may occur once, exclusive
pairs), line folding and line ends; one event with an alarm per action still to do."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from icalendar import Alarm, Calendar, Event

from allykit.action_plan import plan as pl
from allykit.action_plan import state
from allykit.action_plan.store import get_catalogue

pytestmark = pytest.mark.django_db
TODAY = dt.date.today()


def rfc5545_problems(component) -> list[str]:
    """Required properties present, single-occurrence ones at most once, exclusive pairs not
    together, for the component and everything inside it (icalendar's own tables)."""
    problems = []
    for part in component.walk():
        names = [name for name, _value in part.property_items(recursive=False)][1:-1]
        for name in getattr(part, "required", ()):
            if name not in names:
                problems.append(f"{part.name}: {name} missing")
        for name in getattr(part, "singletons", ()):
            if names.count(name) > 1:
                problems.append(f"{part.name}: {name} more than once")
        for pair in getattr(part, "exclusive", ()):
            if all(p in names for p in pair):
                problems.append(f"{part.name}: {pair} together")
    return problems


def _plan(lang: str = "en", n: int = 3) -> pl.Plan:
    plan = pl.Plan(lang=lang)
    for action in get_catalogue().langs[lang][:n]:
        plan = pl.add(plan, action.id, action.due_days, TODAY, note=f"Note for {action.id}")
    return plan


def _download(plan: pl.Plan) -> bytes:
    response = Client().post(f"/{plan.lang}/plan/", {"state": state.dumps(plan), "op": "ics"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert (
        "attachment;" in response["Content-Disposition"]
        and ".ics" in response["Content-Disposition"]
    )
    return response.content


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_one_valid_event_with_an_alarm_per_action(lang):
    plan = _plan(lang, 5)
    plan = pl.check_in(plan, plan.items[3].id, "done", TODAY)
    plan = pl.check_in(plan, plan.items[4].id, "dropped", TODAY)
    body = _download(plan)
    assert body.startswith(b"BEGIN:VCALENDAR\r\n") and body.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in body.split(b"\r\n")), "lines are folded at 75 octets"
    assert b"\n" not in body.replace(b"\r\n", b"")
    cal = Calendar.from_ical(body)
    cal.validate()
    assert rfc5545_problems(cal) == []
    assert str(cal["VERSION"]) == "2.0" and "Ally Toolkit" in str(cal["PRODID"])
    events = cal.events
    assert len(events) == 3  # done and dropped actions are not reminders
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == 3 and all(u.startswith(plan.uid) for u in uids)
    catalogue = get_catalogue()
    for event, item in zip(events, pl.sorted_items(plan)[:3], strict=True):
        assert isinstance(event, Event)
        assert event.start == item.date and event.end == item.date + dt.timedelta(days=1)
        assert event.DTSTAMP.tzinfo is not None and event.DTSTAMP.utcoffset() == dt.timedelta(0)
        assert str(event["SUMMARY"]) == catalogue.get(lang, item.id).title
        assert item.note in str(event["DESCRIPTION"])
        assert str(event["URL"]).startswith("http://testserver/")
        alarms = event.subcomponents
        assert len(alarms) == 1 and isinstance(alarms[0], Alarm)
        alarm = alarms[0]
        assert str(alarm["ACTION"]) == "DISPLAY" and str(alarm["DESCRIPTION"])
        assert alarm["TRIGGER"].dt == dt.timedelta(hours=9)
    if lang == "fr":
        assert "Mon plan d" in str(cal["X-WR-CALNAME"])


def test_the_same_plan_gives_the_same_uids_and_a_later_sequence():
    plan = _plan("en", 2)
    first = Calendar.from_ical(_download(plan)).events
    moved = pl.check_in(plan, plan.items[0].id, "postponed", TODAY)
    second = Calendar.from_ical(_download(moved)).events
    assert {str(e["UID"]) for e in first} == {str(e["UID"]) for e in second}
    by_uid = {str(e["UID"]): e for e in second}
    old = next(e for e in first if plan.items[0].id in str(e["UID"]))
    new = by_uid[str(old["UID"])]
    assert int(new["SEQUENCE"]) > int(old["SEQUENCE"]) and new.start > old.start


def test_a_plan_with_nothing_ahead_makes_no_calendar_but_says_why():
    # RFC 5545 wants at least one component in a calendar.
    plan = _plan("en", 1)
    plan = pl.check_in(plan, plan.items[0].id, "done", TODAY)
    for current in (pl.Plan(lang="en"), plan):
        response = Client().post("/en/plan/", {"state": state.dumps(current), "op": "ics"})
        assert response.status_code == 400
        html = response.content.decode()
        assert "error-summary" in html and "nothing to put in a calendar" in html
