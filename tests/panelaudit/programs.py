"""A programme whose true counts are known, rendered in every input format."""

from __future__ import annotations

import io

HEADER = ["Séance", "Nom", "Rôle", "Genre", "Racisé"]
ROWS = [
    ["Ouverture - santé mondiale", "Amélie Côté", "Conférencière principale", "Femme", "oui"],
    ["Table ronde : leadership", "Jean Dupré", "Modérateur", "Homme", "non"],
    ["Table ronde : leadership", "Marc Lévesque", "Panéliste", "H", "non"],
    ["Table ronde : leadership", "Luc Bélanger", "panelist", "Man", ""],
    ["Table ronde : leadership", "Paul Roy", "Panellist", "male", "no"],
    ["Panel B", "Chloé Girard", "Chair", "woman", "yes"],
    ["Panel B", "Ahmed Said", "panellist", "M", "yes"],
    ["Panel B", "Tom Ng", "panellist", "M", "no"],
    ["Panel B", "Ravi Das", "panellist", "m", "no"],
    ["Panel C", "Ana Lima", "panellist", "F", "yes"],
    ["Panel C", "Bob Hart", "panellist", "M", ""],
    ["Panel C", "Carl Fox", "panellist", "M", ""],
    ["Panel C", "Dan Wu", "panellist", "M", ""],
    ["Panel C", "Ed Kim", "panellist", "M", ""],
    ["Panel C", "Fred Poe", "moderator", "M", ""],
    ["Panel D", "Sam Reid", "panellist", "Non-binary", ""],
    ["Panel D", "Eve Roy", "panellist", "Femme", ""],
    ["Panel D", "Al Bui", "panellist", "Homme", ""],
    ["Talk E", "Kim Park", "Speaker", "", ""],
    ["Panel F", "Gus Tan", "panellist", "M", ""],
    ["Panel F", "Hal Orr", "panellist", "M", ""],
    ["Panel F", "Ian Lee", "panellist", "prefer not to say", ""],
    ["Plénière", "Zoé Nadeau", "plénière", "Two-Spirit", "non"],
]
PEOPLE = len(ROWS)
GENDER = {"woman": 4, "man": 15, "non_binary": 1, "another": 1, "not_stated": 2, "unrecognised": 0}
FLAGS = {
    "Table ronde : leadership": ("all_men",),
    "Panel B": ("all_men_but_moderator",),
    "Panel C": ("token",),
    "Panel D": (),
    "Talk E": ("no_information",),
    "Panel F": ("all_known_men",),
    "Ouverture - santé mondiale": (),
    "Plénière": (),
}
RACIALISED = {"yes": 4, "no": 6, "not_stated": 13}


def as_text(sep: str = ",", header=HEADER, rows=ROWS) -> str:
    import csv

    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def as_xlsx(header=HEADER, rows=ROWS, title="Programme") -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append([c if c != "" else None for c in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def check_known(program_audit) -> None:
    a = program_audit
    assert a.people == PEOPLE
    counts = a.whole.gender
    assert {g: counts.get(g) for g in GENDER} == GENDER
    flags = {s.label: s.flags for s in a.sessions}
    assert flags == FLAGS
    racialised = dict(a.dimensions[0].values)
    assert racialised == RACIALISED
    assert a.counted_as_given and not a.complete  # two genders are not stated
    assert a.coverage == (PEOPLE - 2) / PEOPLE
