"""The plan's pure logic: adding, editing, checking in, the record, and reading a plan from
outside (sizes, dates, ids, statuses)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from allykit.action_plan import plan as pl

TODAY = dt.date(2026, 12, 1)
KNOWN = {"say-her-title", "run-practice-round", "sponsor-named-colleague"}


def _plan() -> pl.Plan:
    plan = pl.add(pl.Plan(lang="en"), "say-her-title", 7, TODAY)
    return pl.add(plan, "run-practice-round", 30, TODAY, note="Ward 4B")


def test_add_proposes_a_date_and_records_the_day():
    plan = _plan()
    item = plan.get("say-her-title")
    assert item.date == TODAY + dt.timedelta(days=7) and item.status == "open"
    assert item.log == (pl.Entry(TODAY, "added"),)
    assert plan.get("run-practice-round").note == "Ward 4B"
    assert pl.add(plan, "say-her-title", 7, TODAY) is plan  # already there: unchanged


def test_a_plan_holds_at_most_max_items():
    plan = pl.Plan()
    for n in range(pl.MAX_ITEMS):
        plan = pl.add(plan, f"action-{n}", 7, TODAY)
    with pytest.raises(pl.PlanError):
        pl.add(plan, "one-more", 7, TODAY)


def test_edit_remove_and_notes_are_cleaned():
    plan = pl.edit(_plan(), "say-her-title", dt.date(2027, 1, 5), " Dr Lee\x00 at rounds \r\n")
    item = plan.get("say-her-title")
    assert item.date == dt.date(2027, 1, 5) and item.note == "Dr Lee at rounds"
    assert pl.remove(plan, "say-her-title").ids() == ("run-practice-round",)


def test_check_ins_change_the_status_and_build_the_record():
    plan = pl.check_in(_plan(), "say-her-title", "done", TODAY + dt.timedelta(days=3), "Did it")
    later = TODAY + dt.timedelta(days=10)
    plan = pl.check_in(plan, "run-practice-round", "postponed", later)
    item = plan.get("run-practice-round")
    assert item.status == "postponed" and item.date == TODAY + dt.timedelta(days=37)
    plan = pl.check_in(plan, "run-practice-round", "postponed", later, new_date=dt.date(2027, 3, 1))
    assert plan.get("run-practice-round").date == dt.date(2027, 3, 1)
    plan = pl.check_in(plan, "run-practice-round", "open", later)
    assert plan.get("run-practice-round").log[-1].status == "reopened"
    record = pl.record(plan)
    assert record[0][0].on == later and record[-1][0].status == "added"
    assert [i.id for i in pl.sorted_items(plan)] == ["run-practice-round", "say-her-title"]
    with pytest.raises(pl.PlanError):
        pl.check_in(plan, "say-her-title", "forgotten", TODAY)


def test_the_record_keeps_its_first_entry_and_the_latest():
    plan = _plan()
    for n in range(pl.MAX_LOG + 10):
        plan = pl.check_in(plan, "say-her-title", "postponed", TODAY + dt.timedelta(days=n))
    log = plan.get("say-her-title").log
    assert len(log) == pl.MAX_LOG and log[0].status == "added"


def test_a_plan_round_trips_through_json():
    plan = pl.check_in(_plan(), "say-her-title", "done", TODAY, "Done at grand rounds")
    again = pl.parse(plan.dumps(), KNOWN, TODAY)
    assert again == plan and again.uid == plan.uid


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d["items"][0].update(date="2026-02-30"), "bad date"),
        (lambda d: d["items"][0].update(date="1970-01-01"), "bad date"),
        (lambda d: d["items"][0].update(date="2999-01-01"), "bad date"),
        (lambda d: d["items"][0].update(note="x" * (pl.MAX_NOTE + 1)), "note longer"),
        (lambda d: d["items"][0]["log"][0].update(note="x" * 201), "check-in note is longer"),
        (lambda d: d["items"][0].update(status="someday"), "unknown status"),
        (lambda d: d["items"][0].update(log="nope"), "bad check-in record"),
        (lambda d: d["items"][0]["log"].append({"on": "2026-12-01", "status": "x"}), "check-in"),
        (lambda d: d.update(items=[d["items"][0]] * (pl.MAX_ITEMS + 1)), "at most"),
        (lambda d: d.update(items="all"), "list of items"),
    ],
)
def test_a_bad_plan_is_refused_with_its_reason(change, reason):
    data = _plan().to_json()
    change(data)
    with pytest.raises(pl.PlanError) as info:
        pl.parse(json.dumps(data), KNOWN, TODAY)
    assert reason in str(info.value)


def test_unknown_actions_are_left_out_and_bad_text_refused():
    data = _plan().to_json()
    data["items"].append({"id": "no-longer-in-the-catalogue", "date": "2026-12-09"})
    data["items"].append(dict(data["items"][0]))  # the same action twice: kept once
    assert pl.parse(data, KNOWN, TODAY).ids() == ("say-her-title", "run-practice-round")
    for text in ("not json", "[1, 2]", "x" * (pl.MAX_JSON + 1), "[" * 5000):
        with pytest.raises(pl.PlanError):
            pl.parse(text, KNOWN, TODAY)


def test_an_empty_plan_has_no_uid_until_its_first_action():
    assert pl.Plan().uid == "" and pl.parse({"items": []}, KNOWN, TODAY).uid == ""
    assert pl.UID_RE.match(_plan().uid)


def test_a_missing_or_bad_uid_is_replaced():
    data = _plan().to_json()
    data["uid"] = "<script>"
    uid = pl.parse(data, KNOWN, TODAY).uid
    assert pl.UID_RE.match(uid) and uid != "<script>"


def test_the_largest_plan_the_limits_allow_is_still_read():
    plan = pl.Plan(lang="fr")
    ids = [f"action-{n}" for n in range(pl.MAX_ITEMS)]
    for aid in ids:
        plan = pl.add(plan, aid, 7, TODAY, note="é" * pl.MAX_NOTE)
        for _n in range(pl.MAX_LOG + 2):
            plan = pl.check_in(plan, aid, "postponed", TODAY, "«" * 300)
    text = plan.dumps()
    assert len(text) <= pl.MAX_JSON
    assert pl.parse(text, set(ids), TODAY) == plan
