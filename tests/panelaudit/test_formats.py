"""The same programme, in every input format and encoding, gives the same true counts."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from allykit.panelaudit import audit, parse_table

from .programs import as_text, as_xlsx, check_known

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("sep", [",", ";", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "windows-1252", "latin-1", "utf-16"])
def test_csv_in_every_encoding_and_separator(encoding, sep):
    data = as_text(sep).encode(encoding)
    program = parse_table(data, "programme.csv")
    check_known(audit(program))
    assert program.source.separator == {",": "comma", ";": "semicolon", "\t": "tab"}[sep]


def test_bom_is_detected():
    data = codecs.BOM_UTF8 + as_text(";").encode("utf-8")
    assert parse_table(data, "p.csv").source.encoding == "utf-8-sig"


def test_windows_1252_only_bytes_are_decoded():
    text = as_text(";").replace("Panel B", "Panel B — suite")  # em dash: 0x97 in cp1252
    program = parse_table(text.encode("windows-1252"), "p.csv")
    assert program.source.encoding == "windows-1252"
    assert any(s.label == "Panel B — suite" for s in program.sessions)


def test_pasted_tab_separated_text():
    program = parse_table(as_text("\t"))
    assert program.source.format == "text"
    check_known(audit(program))


def test_excel_sep_line():
    program = parse_table(("sep=;\r\n" + as_text(";")).encode("windows-1252"), "p.csv")
    check_known(audit(program))
    assert program.people[0].row == 2  # Excel hides the sep= line


def test_xlsx_built_by_openpyxl():
    program = parse_table(as_xlsx(), "programme.xlsx")
    assert program.source.format == "xlsx"
    check_known(audit(program))


def test_xlsx_detected_without_a_filename():
    check_known(audit(parse_table(as_xlsx())))


def test_pretalx_json_without_gender_is_not_stated():
    program = parse_table((FIXTURES / "pretalx_schedule.json").read_bytes(), "schedule.json")
    result = audit(program)
    assert program.source.format == "pretalx-json"
    assert result.people == 13
    assert result.whole.gender.not_stated == 13
    assert [s.label for s in result.sessions][:2] == [
        "Opening keynote",
        "Panel: leadership in health care",
    ]
    roles = {r.key: r.gender.total for r in result.roles}
    assert roles == {"keynote": 1, "panellist": 9, "speaker": 3}
    assert {p.code for p in result.problems} >= {"schedule_no_gender", "schedule_roles"}
    assert all(s.flags == ("no_information",) for s in result.sessions)


def test_frab_xml_gives_the_same_programme():
    xml = parse_table((FIXTURES / "frab_schedule.xml").read_bytes(), "schedule.xml")
    js = parse_table((FIXTURES / "pretalx_schedule.json").read_bytes(), "schedule.json")
    assert xml.source.format == "frab-xml"
    a, b = audit(xml), audit(js)
    assert a.whole.gender == b.whole.gender
    assert [s.label for s in a.sessions] == [s.label for s in b.sessions]
    assert [r.to_dict() for r in a.roles] == [r.to_dict() for r in b.roles]


@pytest.mark.parametrize("name", ["pretalx_schedule.json", "frab_schedule.xml"])
def test_schedule_with_supplementary_gender_table(name):
    program = parse_table(
        (FIXTURES / name).read_bytes(),
        name,
        supplement=(FIXTURES / "supplement.csv").read_bytes(),
        supplement_filename="supplement.csv",
    )
    result = audit(program)
    g = result.whole.gender
    assert (g.woman, g.man, g.another, g.not_stated) == (3, 6, 1, 3)
    flags = {s.label: s.flags for s in result.sessions}
    # Jean Tremblay moderates: three men on the panel with Sophie Martin -> no flag
    assert flags["Panel: leadership in health care"] == ()
    # Élise Bouchard moderates the round table; the four others are men or two-spirit
    assert flags["Table ronde : santé autochtone"] == ()
    assert flags["Measuring who speaks"] == ("no_information",)
    codes = [p.code for p in result.problems]
    assert "supplement_unmatched" in codes
    unmatched = next(p for p in result.problems if p.code == "supplement_unmatched")
    assert unmatched.row == 12
    assert {r.key for r in result.roles} == {"keynote", "chair", "panellist", "speaker"}
