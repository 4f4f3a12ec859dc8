"""Issue 17: uploads that declare more than they hold are refused at once, by what they
declare (row indexes, shared-string counts, nesting, event counts), never after the work.

The generators are bench/hostile_uploads.py's (the benchmark prints time and memory); here
each case must end in the engine's own error code or a correct result. No timing asserts.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from allykit.panelaudit import PanelInputError, audit, parse_table

_SPEC = importlib.util.spec_from_file_location(
    "hostile_uploads", Path(__file__).parents[2] / "bench" / "hostile_uploads.py"
)
hostile = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(hostile)


def outcome(name: str):
    data, filename = hostile.CASES[name]()
    assert len(data) <= hostile.MAX_BYTES
    try:
        return audit(parse_table(data, filename))
    except PanelInputError as exc:
        return exc


@pytest.mark.parametrize(
    "name, code",
    [
        ("xlsx-sparse-row-5000000", "sheet_rows_declared"),
        ("xlsx-sparse-row-1000000", "sheet_rows_declared"),
        ("xlsx-shared-strings-declared-count", "unsafe_xlsx"),
        ("xlsx-shared-strings-bomb", "unsafe_xlsx"),
        ("xlsx-many-empty-cells", "unsafe_xlsx"),
        ("frab-nested-200x200x1000", "too_deep"),
        ("frab-deep-nesting", "too_deep"),
        ("frab-many-empty-events", "too_many_events"),
        ("frab-empty-persons", "too_many_events"),
        ("xml-billion-laughs", "bad_xml"),
        ("json-deep-1000", "too_deep"),
        ("json-many-empty-talks", "too_many_elements"),
        ("json-small-lists-5mb", "too_many_elements"),
        ("json-submissions-50000", "too_many_events"),
        ("csv-5mb-of-newlines", "too_many_lines"),
        ("csv-20001-rows", "too_many_rows"),
        ("csv-quote-never-closed", "malformed_csv"),
    ],
)
def test_hostile_upload_is_refused_with_a_next_step(name, code):
    result = outcome(name)
    assert isinstance(result, PanelInputError), result
    assert result.code == code
    for lang in ("en", "fr"):
        message = result.message(lang)
        assert "{" not in message and len(message) > 40  # says what was found and what to do


@pytest.mark.parametrize(
    "name, people",
    [
        ("xlsx-declared-dimension-XFD1048576", 1),  # a declared dimension allocates nothing
        ("xlsx-wide-row-16384-cells", 1),  # cells past the 60th are not kept
        ("xlsx-sparse-rows-spread", 2000),  # sparse but within the row index limit
        ("csv-one-wide-row", 1),
    ],
)
def test_odd_but_harmless_uploads_are_read(name, people):
    result = outcome(name)
    assert not isinstance(result, PanelInputError), result.message("en")
    assert result.people == people


def test_sparse_row_message_names_the_sheet_and_the_row():
    result = outcome("xlsx-sparse-row-5000000")
    assert "Sheet1" in result.message("en") and "5,000,000" in result.message("en")


def test_lone_surrogate_in_pasted_text_is_replaced_not_a_crash():
    result = audit(parse_table("Session,Name,Gender\nHard\ud800work,Ann Lee,F\n"))
    assert result.sessions[0].label == "Hard\ufffdwork"
    result.to_dict("en")["sessions"][0]["label"].encode("utf-8")


def test_lone_surrogate_escaped_in_json_is_replaced():
    talk = '{"title":"A\\ud800","persons":[{"name":"A B"}]}'
    data = '{"schedule":{"conference":{"days":[{"rooms":{"R":[' + talk + "]}}]}}}"
    result = audit(parse_table(data))
    assert result.sessions[0].label == "A\ufffd"


def test_frab_doctype_is_refused_even_without_entities():
    data = '<?xml version="1.0"?><!DOCTYPE schedule SYSTEM "x.dtd"><schedule/>'
    with pytest.raises(PanelInputError) as caught:
        parse_table(data)
    assert caught.value.code == "bad_xml"


def test_rich_text_inline_strings_keep_every_run():
    row = (
        '<row r="2"><c r="A2" t="inlineStr"><is><r><t>Pan</t></r><r><t>el A</t></r></is></c>'
        '<c r="B2" t="inlineStr"><is><t>F</t></is></c></row>'
    )
    result = audit(parse_table(hostile._xlsx(hostile._HEAD + row), "p.xlsx"))
    assert [s.label for s in result.sessions] == ["Panel A"] and result.whole.gender.woman == 1
