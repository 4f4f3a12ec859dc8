"""Bad input: each gets a clear message naming the row or the problem, never a crash."""

from __future__ import annotations

import io
import zipfile

import pytest

from allykit.panelaudit import PanelInputError, audit, parse_table
from allykit.panelaudit.readers import MAX_BYTES, MAX_ROWS

from .programs import as_text, as_xlsx


def error_of(data, filename=None, **kw) -> PanelInputError:
    with pytest.raises(PanelInputError) as info:
        parse_table(data, filename, **kw)
    err = info.value
    assert err.message("en") and err.message("fr")  # both languages have a message
    assert isinstance(err, ValueError)
    return err


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n", "", "\ufeff", b"\xef\xbb\xbf"])
def test_empty(data):
    assert error_of(data).code == "empty"


def test_header_only():
    assert error_of("session,role,gender\r\n").code == "no_rows"


def test_no_header_names_the_missing_column():
    err = error_of("Panel A,Ann,chair,F\nPanel A,Bob,panellist,M\n")
    assert err.code == "no_header"
    assert "session" in err.message("en") and "séance" in err.message("fr")
    assert "Panel A" in err.message("en")  # what was found, so the user can choose


def test_missing_gender_column_is_read_as_not_stated_with_a_next_step():
    result = audit(parse_table("session,name,role\nA,x,chair\n"))
    assert result.people == 1 and result.whole.gender.not_stated == 1
    assert result.coverage == 0 and not result.complete and result.counted_as_given
    notice = next(p for p in result.problems if p.code == "no_gender_column")
    assert "template" in notice.message("en") and "modèle" in notice.message("fr")


def test_one_column():
    assert error_of("just some text\nmore text\n").code == "one_column"


def test_binary_data():
    assert error_of(bytes(range(256)) * 10, "p.csv").code == "binary"


def test_old_xls_refused():
    assert error_of(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "p.xls").code == (
        "xls_unsupported"
    )


def test_text_passed_off_as_xlsx():
    assert error_of(as_text().encode(), "p.xlsx").code == "not_xlsx"


def test_zip_that_is_not_a_workbook():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    assert error_of(buf.getvalue(), "p.xlsx").code == "not_xlsx"


def test_zip_bomb_refused_before_inflating():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    data = buf.getvalue()
    assert len(data) < MAX_BYTES
    err = error_of(data, "bomb.xlsx")
    assert err.code == "unsafe_xlsx"
    assert "ratio" in err.message("en") or "MB" in err.message("en")


def test_truncated_xlsx():
    data = as_xlsx()
    assert error_of(data[: len(data) // 2], "p.xlsx").code == "unreadable_xlsx"


def test_corrupt_member_in_xlsx():
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(as_xlsx())) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                body = b"<worksheet><not closed"
            dst.writestr(info, body)
    assert error_of(buf.getvalue(), "p.xlsx").code == "unreadable_xlsx"


def test_over_5_mb():
    assert error_of(b"a,b\n" * (MAX_BYTES // 4 + 1)).code == "too_large"
    assert error_of("é" * (MAX_BYTES // 2 + 1)).code == "too_large"


def test_over_20000_rows():
    data = "session,gender\n" + "A,F\n" * (MAX_ROWS + 1)
    err = error_of(data)
    assert err.code == "too_many_rows"
    assert "20,000" in err.message("en") and "20\u00a0000" in err.message("fr")


def test_exactly_20000_rows_is_fine():
    program = parse_table("session,gender\n" + "A,F\n" * MAX_ROWS)
    assert len(program.people) == MAX_ROWS


def test_over_20000_rows_in_xlsx():
    rows = [["A", "", "panellist", "F", ""]] * (MAX_ROWS + 1)
    assert error_of(as_xlsx(rows=rows), "p.xlsx").code == "too_many_rows"


def test_bad_json_and_not_a_schedule():
    assert error_of('{"schedule": ', "s.json").code == "bad_json"
    assert error_of('{"talks": []}', "s.json").code == "bad_schedule"
    assert error_of("[" * 100_000, "s.json").code in ("bad_json", "bad_schedule")


def test_xml_entity_expansion_refused():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><schedule>&b;</schedule>'
    )
    assert error_of(bomb, "s.xml").code == "bad_xml"


def test_xml_that_is_not_a_schedule():
    assert error_of("<html><body/></html>", "s.xml").code == "bad_schedule"
    assert error_of("<schedule><day", "s.xml").code == "bad_xml"


def test_malformed_quotes_do_not_crash():
    program = parse_table('session,gender\n"A,F\nB,M\n')
    assert program is not None  # csv reads the open quote to the end; no exception


def test_supplement_only_for_schedules():
    assert error_of(as_text(), supplement="name,gender\nx,F\n").code == "supplement_for_table"


def test_error_to_dict_is_json_ready():
    import json

    err = error_of("session,gender\n" + "A,F\n" * (MAX_ROWS + 1))
    assert json.loads(json.dumps(err.to_dict()))["code"] == "too_many_rows"


def test_audit_of_bad_rows_is_marked_incomplete():
    result = audit(parse_table("session,role,gender\nA,chair,F\nA,boss,M\nA,panellist,zz\n"))
    assert not result.complete
    assert result.whole.gender.unrecognised == 1
    assert [(p.code, p.row) for p in result.problems] == [
        ("unknown_role", 3),
        ("unknown_gender", 4),
    ]
