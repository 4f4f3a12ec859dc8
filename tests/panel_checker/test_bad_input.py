"""Bad input, against the page and the API: a clear message naming the row or the problem,
never a 500, never a wrong count shown as right."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass

import pytest

from allykit.panelaudit import PanelInputError, parse_table
from allykit.panelaudit.readers import MAX_BYTES, MAX_ROWS
from tests.panelaudit.programs import as_text

from .helpers import API, post_page, text_of, upload


def _zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    return buf.getvalue()


@dataclass(frozen=True)
class Bad:
    id: str
    data: bytes | str
    filename: str | None  # None: pasted text (page) / "table" (JSON API)
    code: str
    status: int


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
BIG = b"session,gender\r\n" + b"A,F\r\n" * (MAX_BYTES // 5)
MANY = "session,gender\n" + "A,F\n" * (MAX_ROWS + 1)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
REFUSED = [
    Bad("blank", "  \r\n\r\n", "p.csv", "empty", 422),
    Bad("no-header", "Panel A,Ann,chair,F\nPanel A,Bob,panellist,M\n", None, "no_header", 422),
    Bad("unknown-columns", "colour,size\nred,3\n", None, "no_header", 422),
    Bad("header-only", "session,role,gender\n", None, "no_rows", 422),
    Bad("one-column", "just some text\nmore text\n", None, "one_column", 422),
    Bad("zip-bomb-as-xlsx", _zip_bomb(), "programme.xlsx", "unsafe_xlsx", 422),
    Bad("text-as-xlsx", as_text().encode(), "programme.xlsx", "not_xlsx", 422),
    Bad("old-xls", OLE, "p.xls", "xls_unsupported", 422),
    Bad("over-5-mb", BIG, "big.csv", "too_large", 413),
    Bad("over-20000-rows", MANY, "many.csv", "too_many_rows", 422),
    Bad("image", PNG, "photo.png", "binary", 422),
    Bad("bad-json", '{"schedule": ', "s.json", "bad_json", 422),
    Bad(
        "xml-entities",
        '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aa">]><s>&a;</s>',
        "s.xml",
        "bad_xml",
        422,
    ),
]


def engine_message(case: Bad, lang: str) -> str:
    with pytest.raises(PanelInputError) as info:
        parse_table(case.data, case.filename)
    assert info.value.code == case.code
    return " ".join(info.value.message(lang).split())


def _as_file(case: Bad):
    data = case.data.encode() if isinstance(case.data, str) else case.data
    return upload(case.filename or "pasted.txt", data)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("case", REFUSED, ids=[c.id for c in REFUSED])
def test_page_explains_a_refused_input(client, case, lang):
    if case.filename is None:
        response = post_page(client, lang, table=case.data)
    else:
        response = post_page(client, lang, file=_as_file(case))
    assert response.status_code == 200
    body = response.content.decode()
    assert "data-error-summary" in body and 'href="#id_table"' in body
    assert engine_message(case, lang) in text_of(response)
    assert 'id="result"' not in body  # nothing counted is shown


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("case", REFUSED, ids=[c.id for c in REFUSED])
def test_api_explains_a_refused_input(client, case, lang):
    response = client.post(API, {"file": _as_file(case), "lang": lang})
    assert response.status_code == case.status
    error = response.json()["error"]
    assert error["code"] == case.code
    assert " ".join(error["message"].split()) == engine_message(case, lang)
    if isinstance(case.data, str) and len(case.data) < MAX_BYTES:
        payload = {"table": case.data, "lang": lang}
        response = client.post(API, json.dumps(payload), content_type="application/json")
        assert response.status_code == case.status
        assert response.json()["error"]["code"] == case.code


def test_empty_input(client):
    response = post_page(client, table="")
    assert "Paste a table or choose a file: the programme is missing." in text_of(response)
    for body in ({"table": ""}, {}, {"table": None}):
        response = client.post(API, json.dumps(body), content_type="application/json")
        assert response.status_code == 422 and response.json()["error"]["code"] == "empty"
    response = client.post(API, {"file": upload("empty.csv", b"")})
    assert response.status_code == 422 and response.json()["error"]["code"] == "empty"


HEADER = "session,name,role,gender\n"
COUNTED = [  # (id, table, problem code, row, the figures still shown, complete)
    (
        "ragged-row",
        HEADER + "A,Ann,chair,F\nA,Bob,panellist,M,x,y\nA,Cy,panellist,M\n",
        "ragged_row",
        3,
        "Speaking places counted 2",
        False,
    ),
    (
        "formula",
        HEADER + "A,Ann,chair,=1+1\nA,Bob,panellist,M\n",
        "formula",
        2,
        "Speaking places counted 2",
        False,
    ),
    (
        "duplicate-person",
        HEADER + "A,Ann,chair,F\nA,Ann,chair,F\nA,Bob,panellist,M\n",
        "duplicate_person",
        3,
        "Speaking places counted 2",
        True,
    ),
    (
        "unknown-extra-column",
        "session,name,role,gender,shoe size\nA,Ann,chair,F,7\n",
        "unknown_column",
        None,
        "Speaking places counted 1",
        True,
    ),
    (
        "unknown-gender",
        HEADER + "A,Ann,chair,F\nA,Bob,panellist,martian\n",
        "unknown_gender",
        3,
        "Speaking places counted 2",
        False,
    ),
    (
        "conflicting-gender",
        HEADER + "A,Ann,chair,F\nB,Ann,chair,M\n",
        "conflicting_gender",
        3,
        "Speaking places counted 2",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "table", "code", "row", "shown", "complete"), COUNTED, ids=[c[0] for c in COUNTED]
)
def test_problems_are_listed_with_their_row(client, case, table, code, row, shown, complete):
    response = post_page(client, table=table)
    text = text_of(response)
    assert shown in text
    assert (f"Row {row}:" in text) if row else ("was not recognised and was ignored" in text)
    assert ("The counts are incomplete." in text) is (not complete)
    api = client.post(API, json.dumps({"table": table}), content_type="application/json")
    assert api.status_code == 200
    result = api.json()
    assert result["complete"] is complete
    assert [(p["code"], p["row"]) for p in result["problems"] if p["code"] == code] == [(code, row)]
