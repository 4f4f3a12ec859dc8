"""Property tests over every reader: any input gives a result or the engine's own
PanelInputError (with a message in both languages), never another exception. Bounded
(a few dozen examples each, small inputs) so the suite stays fast."""

from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allykit.panelaudit import PanelInputError, audit, parse_table
from allykit.panelaudit.readers import delimited, frab, schedule, xlsx

from .programs import as_text, as_xlsx

FAST = settings(
    max_examples=int(__import__("os").environ.get("PANELS_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
VALID_XLSX = as_xlsx()


def survives(fn, *args):
    try:
        result = fn(*args)
    except PanelInputError as exc:
        assert exc.message("en") and exc.message("fr")
        exc.to_dict()
        return None
    return result


def _full(data, filename=None, mapping=None):
    result = audit(parse_table(data, filename, mapping=mapping))
    result.to_dict("fr")
    return result


@FAST
@given(st.binary(max_size=2048), st.sampled_from([None, "p.csv", "p.xlsx", "p.json", "p.xml"]))
def test_any_bytes(data, filename):
    survives(_full, data, filename)


@FAST
@given(st.text(max_size=1024))
def test_any_pasted_text(text):
    survives(_full, text)


_cell = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12)


@FAST
@given(st.lists(st.lists(_cell, min_size=1, max_size=6), min_size=1, max_size=12))
def test_any_table_of_cells(rows):
    header = [["Session", "Name", "Role", "Gender"]]
    survives(_full, as_text(",", header=header[0], rows=rows))
    survives(_full, as_text(";", header=rows[0], rows=rows[1:]))


@FAST
@given(
    st.dictionaries(
        st.text(max_size=10),
        st.sampled_from(["session", "name", "gender", "role", "ignore", "bogus"]),
        max_size=5,
    )
)
def test_any_mapping(mapping):
    survives(_full, as_text(), None, mapping)


@FAST
@given(st.binary(max_size=600), st.integers(min_value=0, max_value=len(VALID_XLSX) - 1))
def test_xlsx_reader_on_corrupted_workbooks(junk, at):
    survives(xlsx.read_xlsx, VALID_XLSX[:at] + junk + VALID_XLSX[at + len(junk) :])


@FAST
@given(st.text(max_size=400), st.sampled_from(["xl/worksheets/sheet1.xml", "xl/workbook.xml"]))
def test_xlsx_reader_on_any_part_text(text, part):
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(VALID_XLSX)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, text if info.filename == part else src.read(info))
    survives(xlsx.read_xlsx, out.getvalue())


_xml = st.recursive(
    st.sampled_from(["", "A B", "x, y", "&amp;"]),
    lambda inner: st.builds(
        lambda tag, body, attr: f"<{tag}{attr}>{''.join(body)}</{tag}>",
        st.sampled_from(["schedule", "day", "room", "event", "persons", "person", "title", "type"]),
        st.lists(inner, max_size=3),
        st.sampled_from(["", ' guid="g"', ' id="1"', ' name="R"']),
    ),
    max_leaves=20,
)


@FAST
@given(_xml)
def test_frab_reader_on_any_nesting(doc):
    survives(frab.read_xml, doc, None)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "schedule",
                    "conference",
                    "days",
                    "rooms",
                    "persons",
                    "title",
                    "speakers",
                    "sessions",
                    "results",
                    "name",
                    "code",
                    "id",
                    "categories",
                    "questions",
                ]
            ),
            inner,
            max_size=4,
        )
    ),
    max_leaves=25,
)


@FAST
@given(_json)
def test_json_reader_on_any_structure(doc):
    import json

    survives(schedule.read_json, json.dumps(doc), None)


@FAST
@given(st.text(max_size=300))
def test_delimited_reader_on_any_text(text):
    survives(delimited.read_delimited, text, None)
