"""Property-based tests (Hypothesis) over both APIs: whatever arrives, the answer is never a
5xx and is a documented response that fits its schema. Bounded to stay fast."""

from __future__ import annotations

import json

from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from allykit.api import document

from .schema import assert_documented

CHECK, PANELS = "/api/v1/check", "/api/v1/panels"
DOC = document()
BOUNDED = settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
rule_ids = st.from_regex(r"[a-z]{2}\.[a-z_]{1,10}(\.[a-zé'-]{1,8})?|[a-z_]{1,12}", fullmatch=True)
check_bodies = st.fixed_dictionaries(
    {
        "text": st.text(max_size=300),
        "genre": st.sampled_from(["letter", "review", "nomination", "job", "poem"]),
        "lang": st.sampled_from(["en", "fr", "de"]),
    },
    optional={
        "ignore": st.lists(rule_ids, max_size=5) | json_values,
        "name": st.text(max_size=40) | json_values,
    },
)
cells = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12)
tables = st.lists(st.lists(cells, min_size=1, max_size=5), min_size=1, max_size=8).map(
    lambda rows: "\n".join(",".join(row) for row in rows)
)
panel_bodies = st.fixed_dictionaries(
    {"table": tables | st.just("session,role,gender\nA,chair,F\nA,panellist,M\n")},
    optional={
        "target": json_values | st.sampled_from(["parity", "60%", 0.4]),
        "format": st.sampled_from(["csv", "tsv", "text", "json", "xml", "pdf"]),
        "lang": st.sampled_from(["en", "fr", "xx"]),
        "dimensions": st.lists(cells, max_size=3) | json_values,
        "estimate": st.booleans() | json_values,
    },
)


def post(path: str, raw: bytes, content_type: str = "application/json"):
    response = Client().post(path, raw, content_type=content_type, CONTENT_TYPE=content_type)
    assert response.status_code < 500
    return assert_documented(response, path, doc=DOC)


@BOUNDED
@given(value=json_values)
def test_any_json_value_gets_a_documented_answer(value):
    raw = json.dumps(value).encode()
    post(CHECK, raw)
    post(PANELS, raw)


@BOUNDED
@given(raw=st.binary(max_size=200))
def test_any_bytes_get_a_documented_answer(raw):
    post(CHECK, raw)
    post(PANELS, raw)


@BOUNDED
@given(body=check_bodies)
def test_check_requests_of_every_shape(body):
    post(CHECK, json.dumps(body).encode())


@BOUNDED
@given(body=panel_bodies)
def test_panel_requests_of_every_shape(body):
    post(PANELS, json.dumps(body).encode())


@BOUNDED
@given(text=st.text(st.characters(exclude_categories=()), max_size=50), depth=st.integers(0, 200))
def test_escapes_and_nesting(text, depth):
    # json.dumps escapes lone surrogates as \\udXXX, the way an attacker would send them.
    inner = json.dumps({"text": text, "genre": "letter", "lang": "en"})
    post(CHECK, ("[" * depth + inner + "]" * depth).encode())
    post(PANELS, json.dumps({"table": text}).encode())


EXTENSIONS = ["csv", "tsv", "txt", "json", "xml", "xlsx", "bin"]


@BOUNDED
@given(
    data=st.binary(max_size=300) | tables.map(str.encode),
    ext=st.sampled_from(EXTENSIONS),
    supplement=st.none() | st.binary(max_size=100),
)
def test_any_upload_to_every_reader_gets_a_documented_answer(data, ext, supplement):
    from django.core.files.uploadedfile import SimpleUploadedFile

    fields = {"file": SimpleUploadedFile(f"p.{ext}", data)}
    if supplement is not None:
        fields["supplement"] = SimpleUploadedFile("s.csv", supplement)
    response = Client().post(PANELS, fields)
    assert response.status_code < 500
    assert_documented(response, PANELS, doc=DOC)
