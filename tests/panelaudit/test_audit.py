"""Flags, targets, shares, and the property that counts always add up."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allykit.panelaudit import PARITY, PRESETS, Person, Target, audit, parse_table, parse_target
from allykit.panelaudit.audit import session_flags
from allykit.panelaudit.vocab import GENDERS, ROLES

from .programs import ROWS, as_text


def people(*pairs):
    return [Person(i + 2, 0, role, gender) for i, (role, gender) in enumerate(pairs)]


@pytest.mark.parametrize(
    "pairs, flags",
    [
        ([("panellist", "man"), ("panellist", "man")], ("all_men",)),
        ([("speaker", "man")], ()),  # a talk by one man is not a panel
        (
            [("chair", "woman"), ("panellist", "man"), ("panellist", "man")],
            ("all_men_but_moderator",),
        ),
        ([("chair", "woman"), ("panellist", "man")], ()),
        (
            [("chair", "man"), ("chair", "non_binary"), ("panellist", "man"), ("panellist", "man")],
            ("all_men_but_moderator",),
        ),
        ([("panellist", "woman")] + [("panellist", "man")] * 4, ("token",)),
        ([("panellist", "another")] + [("panellist", "man")] * 5, ("token",)),
        ([("panellist", "woman")] + [("panellist", "man")] * 3, ()),  # four people: not token
        ([("panellist", "woman")] * 2 + [("panellist", "man")] * 4, ()),
        ([("panellist", "not_stated")] * 3, ("no_information",)),
        (
            [("panellist", "man"), ("panellist", "man"), ("panellist", "not_stated")],
            ("all_known_men",),
        ),
        ([("panellist", "man"), ("panellist", "unrecognised")], ()),
        ([("panellist", "woman"), ("panellist", "non_binary")], ()),
    ],
)
def test_session_flags(pairs, flags):
    assert session_flags(people(*pairs)) == flags


def test_targets_and_presets():
    assert parse_target(None) is PARITY
    assert parse_target("50%") is PARITY and parse_target("0.5") is PARITY
    assert parse_target("70 %").share == pytest.approx(0.7)
    assert parse_target("62,5").share == pytest.approx(0.625)
    assert parse_target(0.3).share == 0.3
    who = parse_target("who-2019-health-workforce")
    assert who.share == 0.7 and "World Health Organization" in who.source
    for preset in PRESETS.values():
        assert preset.label("fr") and preset.label("en")
        assert preset.key == "parity" or (preset.source and preset.ref)
        assert preset.url is None or preset.url.startswith("https://")
    with pytest.raises(ValueError):
        parse_target("lots")
    with pytest.raises(ValueError):
        Target(0)


def test_shares_and_women_needed():
    result = audit(parse_table("session,gender\nA,F\nA,M\nA,M\nA,M\nA,\n"), "parity")
    g = result.whole
    assert g.gender.women_share == 0.25 and g.gender.coverage == 0.8
    assert g.meets_target is False and g.women_needed == 1  # 2 of 4 stated
    assert audit(parse_table("session,gender\nA,F\nA,M\n"), 0.5).whole.meets_target is True
    assert audit(parse_table("session,gender\nA,\n"), 0.5).whole.meets_target is None


def test_keynotes_and_plenaries_counted_apart_from_panels():
    result = audit(parse_table(as_text()))
    groups = {g.key: g.gender for g in result.groups}
    assert groups["headline"].total == 2  # a keynote and a plenary
    assert groups["panels"].total == 20
    assert groups["talks"].total == 1
    assert sum(g.total for g in groups.values()) == result.people


def test_to_dict_is_json_ready_and_never_contains_names():
    result = audit(parse_table(as_text()), "who-2019-health-workforce")
    text = json.dumps(result.to_dict("fr"), ensure_ascii=False)
    for row in ROWS:
        assert row[1] not in text
    data = json.loads(text)
    assert data["schema"] == "allykit.panelaudit/1"
    assert data["whole"]["gender"]["counts"]["woman"] == 4
    assert data["flag_counts"]["all_men"] == 1
    assert data["target"]["share"] == 0.7


def test_names_never_in_repr():
    program = parse_table(as_text())
    assert "Amélie" not in repr(program.people[0])


rows = st.lists(
    st.tuples(
        st.sampled_from(["A", "B", "C", "D", ""]),
        st.sampled_from(
            ["chair", "modératrice", "panelist", "keynote", "plénière", "speaker", "", "boss"]
        ),
        st.sampled_from(["F", "homme", "non-binary", "two-spirit", "", "??", "M", "Femme"]),
        st.sampled_from(["oui", "no", "", "maybe"]),
    ),
    min_size=1,
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(rows, st.sampled_from([",", ";", "\t"]))
def test_counts_always_add_up_to_the_number_of_people(data, sep):
    text = (
        sep.join(["Session", "Role", "Gender", "Indigenous"])
        + "\n"
        + "".join(sep.join(r) + "\n" for r in data)
    )
    try:
        program = parse_table(text)
    except Exception as exc:  # only a whole-input refusal is allowed, never a crash
        assert exc.__class__.__name__ == "PanelInputError"
        return
    result = audit(program)
    n = len(program.people)
    assert result.people == n == result.whole.gender.total
    assert n + program.excluded_rows == sum(any(cell for cell in r) for r in data)
    assert sum(result.whole.gender.get(g) for g in GENDERS) == n
    assert sum(r.gender.total for r in result.roles) == n
    assert sum(g.gender.total for g in result.groups) == n
    assert sum(s.size for s in result.sessions) == n
    assert sum(c for _, c in result.dimensions[0].values) == n
    for s in result.sessions:
        assert sum(c.total for _, c in s.roles) == s.size
        assert {r for r, _ in s.roles} <= set(ROLES)
    unrecognised = sum(p.code in ("unknown_gender", "formula") for p in program.problems)
    assert result.whole.gender.unrecognised == unrecognised
