"""Column names and values in English or French, synonyms, and what cannot be mapped."""

from __future__ import annotations

import pytest

from allykit.panelaudit import audit, parse_table
from allykit.panelaudit.vocab import GENDER_VALUES, ROLE_VALUES, column_key, lookup

from .programs import as_xlsx


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("F", "woman"),
        ("femme", "woman"),
        ("Woman", "woman"),
        ("FEMME", "woman"),
        ("Woman (she/her)", "woman"),
        ("F / Femme", "woman"),
        ("trans woman", "woman"),
        ("M", "man"),
        ("Homme", "man"),
        ("h", "man"),
        ("male", "man"),
        ("non-binary", "non_binary"),
        ("Non binaire", "non_binary"),
        ("NB", "non_binary"),
        ("Two-Spirit", "another"),
        ("bispirituelle", "another"),
        ("another term", "another"),
        ("prefer not to say", "not_stated"),
        ("Préfère ne pas répondre", "not_stated"),
    ],
)
def test_gender_synonyms(raw, expected):
    assert lookup(GENDER_VALUES, raw) == expected


@pytest.mark.parametrize("raw", ["F / M", "xyz", "femme et homme", "Mx Lee"])
def test_gender_values_not_guessed(raw):
    assert lookup(GENDER_VALUES, raw) is None


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("modérateur", "chair"),
        ("Modératrice", "chair"),
        ("moderator", "chair"),
        ("Animatrice", "chair"),
        ("Président de séance", "chair"),
        ("panéliste", "panellist"),
        ("Panelist", "panellist"),
        ("Keynote speaker", "keynote"),
        ("conférencière principale", "keynote"),
        ("plénière", "plenary"),
        ("speaker", "speaker"),
        ("Conférencier", "speaker"),
        ("oratrice", "speaker"),
    ],
)
def test_role_synonyms(raw, expected):
    assert lookup(ROLE_VALUES, raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("SESSION", "session"),
        ("Séance", "session"),
        ("Titre de la séance", "session"),
        ("Genre", "gender"),
        ("Gender (self-described)", "gender"),
        ("Identité de genre", "gender"),
        ("Rôle", "role"),
        ("Fonction", "role"),
        ("Nom complet", "name"),
        ("Prénom", "given_name"),
        ("Autochtone", "indigenous"),
        ("Racialized", "racialised"),
        ("Stade de carrière", "career_stage"),
        ("Établissement", "institution"),
        ("Discipline", "discipline"),
        ("Shoe size", None),
    ],
)
def test_column_names(raw, expected):
    assert column_key(raw) == expected


def test_unknown_value_is_shown_with_its_row_not_guessed():
    program = parse_table("Session;Genre;Rôle\nA;femme;panéliste\nA;Frau;panéliste\nA;homme;chef\n")
    result = audit(program)
    assert result.whole.gender.woman == 1
    assert result.whole.gender.unrecognised == 1
    assert [(p.code, p.row, p.value) for p in result.problems] == [
        ("unknown_gender", 3, "Frau"),
        ("unknown_role", 4, "chef"),
    ]
    fr = result.problems[0].message("fr")
    assert fr.startswith("Ligne 3\u00a0: ") and "«\u00a0Frau\u00a0»" in fr


def test_unknown_column_and_no_role_column_are_notices():
    program = parse_table("Session,Gender,Shoe size\nA,F,38\nA,M,44\n")
    codes = {p.code: p for p in program.problems}
    assert codes["unknown_column"].column == "Shoe size"
    assert "no_role_column" in codes
    assert program.complete  # notices do not make the counts incomplete
    assert {p.role for p in program.people} == {"speaker"}


def test_extra_dimension_is_counted():
    program = parse_table(
        "Session,Gender,Langue\nA,F,fr\nA,M,en\nB,M,FR\n", extra_dimensions=["Langue"]
    )
    result = audit(program)
    assert result.dimensions[0].header == "Langue"
    assert dict(result.dimensions[0].values) == {"fr": 2, "en": 1}


def test_session_filled_down_from_the_row_above_with_a_notice():
    program = parse_table("Session,Role,Gender\nPanel A,chair,F\n,panellist,M\n,panellist,M\n")
    assert {p.session for p in program.people} == {0}
    filled = [p.row for p in program.problems if p.code == "session_filled"]
    assert filled == [3, 4]


def test_first_row_without_session_is_excluded():
    program = parse_table("Session,Role,Gender\n,chair,F\nA,panellist,M\n")
    assert len(program.people) == 1 and program.excluded_rows == 1
    assert [(p.code, p.row) for p in program.problems if p.severity == "error"] == [
        ("no_session", 2)
    ]


def test_duplicate_person_in_a_session_counted_once():
    program = parse_table(
        "Session,Name,Role,Gender\nA,Ann Lee,chair,F\nA,ann  lee,chair,F\nB,Ann Lee,panellist,F\n"
    )
    assert len(program.people) == 2
    dup = next(p for p in program.problems if p.code == "duplicate_person")
    assert dup.row == 3 and dict(dup.params)["first"] == 2
    result = audit(program)
    assert result.unique_people == 1 and result.people == 2


def test_conflicting_gender_for_the_same_person():
    program = parse_table("Session,Name,Gender\nA,Ann Lee,F\nB,Ann Lee,M\n")
    assert not program.complete
    conflict = next(p for p in program.problems if p.code == "conflicting_gender")
    assert conflict.row == 3


def test_ragged_row_is_excluded_and_named():
    program = parse_table("Session,Name,Gender\nHealth, equity,Ann,F\nB,Bob,M\n")
    assert len(program.people) == 1
    problem = next(p for p in program.problems if p.code == "ragged_row")
    assert problem.row == 2 and "4" in problem.message("en")


def test_short_row_is_read_with_a_notice():
    program = parse_table("Session,Gender,Name\nA,F\n")
    assert len(program.people) == 1
    assert [p.code for p in program.problems] == ["no_role_column", "short_row"]


def test_formula_in_csv_is_not_counted():
    program = parse_table('Session,Role,Gender\nA,chair,"=IF(1,""F"",""M"")"\n=B1,chair,F\n')
    result = audit(program)
    assert result.whole.gender.unrecognised == 1
    assert program.excluded_rows == 1
    assert [(p.code, p.row) for p in program.problems] == [("formula", 2), ("formula", 3)]


def test_formula_in_xlsx_is_not_counted():
    rows = [["A", "Ann", "chair", '=LEFT("Femme",1)', ""], ["A", "Bob", "panellist", "M", ""]]
    program = parse_table(as_xlsx(rows=rows), "p.xlsx")
    formula = next(p for p in program.problems if p.code == "formula")
    assert formula.row == 2 and formula.column == "Genre"
    assert audit(program).whole.gender.unrecognised == 1


def test_xlsx_extra_sheets_and_blank_rows():
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Session", "Gender"])
    sheet.append([None, None])
    sheet.append(["A", "F"])
    book.create_sheet("Notes").append(["anything"])
    out = io.BytesIO()
    book.save(out)
    program = parse_table(out.getvalue(), "p.xlsx")
    assert [p.row for p in program.people] == [3]
    assert "other_sheets" in {p.code for p in program.problems}


def test_given_and_family_name_columns():
    program = parse_table("Session,Prénom,Nom de famille,Genre\nA,Ann,Lee,F\nA,Ann,Lee,F\n")
    assert len(program.people) == 1
    assert program.people[0].name == "Ann Lee"


def test_problem_list_is_capped_but_counted():
    data = "Session,Role,Gender\n" + "A,chair,zz\n" * 3000
    program = parse_table(data)
    assert program.problems_total == 3000 + 0
    assert len(program.problems) <= 500
    assert program.errors_total == 3000
