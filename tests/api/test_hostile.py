"""Issue 17 items 3, 4 and 10 at the API layer: deep JSON, lone surrogates, nulls and wrong
types, bodies that are not objects, chunked bodies. Every answer is documented JSON."""

from __future__ import annotations

import io
import json
import logging

import pytest

from tests.panelaudit.programs import as_text

from .schema import assert_documented

CHECK, PANELS = "/api/v1/check", "/api/v1/panels"
TEXT = {"text": "She is hardworking.", "genre": "letter", "lang": "en"}
TABLE = {"table": "session,role,gender\nA,chair,F\nA,panellist,M\n"}
BOTH = pytest.mark.parametrize(("path", "good"), [(CHECK, TEXT), (PANELS, TABLE)])


def post(client, path, raw, **extra):
    data = raw if isinstance(raw, bytes) else json.dumps(raw).encode()
    return client.post(path, data, content_type="application/json", **extra)


@BOTH
@pytest.mark.parametrize(
    "raw", [b"[" * 1000, b'{"a":' * 1000, b"[" * 100_000, b"[" * 200 + b"]" * 200]
)
def test_deep_json_is_400_without_a_traceback(client, caplog, path, good, raw):
    with caplog.at_level(logging.WARNING):
        response = post(client, path, raw)
    assert response.status_code == 400
    assert assert_documented(response, path)["error"]["code"] == "bad_json"
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


@BOTH
def test_nesting_an_ordinary_request_needs_is_fine(client, path, good):
    body = {**good, "extra": [[[[["fine"]]]]]}
    assert post(client, path, body).status_code == 200


def test_a_lone_surrogate_in_the_text_is_422(client):
    raw = b'{"text": "She is hard\\ud800working", "genre": "letter", "lang": "en"}'
    response = post(client, CHECK, raw)
    assert response.status_code == 422
    error = assert_documented(response, CHECK)["error"]
    assert error["code"] == "invalid_unicode" and "surrogate" in error["message"]


def test_a_lone_surrogate_in_a_table_is_422(client):
    raw = b'{"table": "session,role,gender\\nA,chair,\\udfff\\n"}'
    response = post(client, PANELS, raw)
    assert response.status_code == 422
    assert assert_documented(response, PANELS)["error"]["code"] == "invalid_unicode"


def test_a_surrogate_pair_is_ordinary_text(client):
    raw = b'{"text": "Great \\ud83d\\ude00 colleague.", "genre": "letter", "lang": "en"}'
    assert post(client, CHECK, raw).status_code == 200


@BOTH
@pytest.mark.parametrize("raw", [b"[1, 2]", b"null", b'"text"', b"3", b"true"])
def test_a_body_that_is_not_an_object_gets_the_same_answer(client, path, good, raw):
    response = post(client, path, raw)
    assert response.status_code == 422
    assert assert_documented(response, path)["error"]["code"] == "invalid_request"


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        ({"name": None}, "invalid_request"),
        ({"name": 3}, "invalid_request"),
        ({"ignore": False}, "invalid_ignore"),
        ({"ignore": None}, "invalid_ignore"),
        ({"ignore": "personal"}, "invalid_ignore"),
        ({"ignore": [""]}, "invalid_ignore"),
        ({"ignore": ["en..x"]}, "invalid_ignore"),
        ({"text": None}, "invalid_text"),
        ({"genre": None}, "invalid_request"),
    ],
)
def test_check_fields_must_have_their_documented_type(client, extra, code):
    response = post(client, CHECK, {**TEXT, **extra})
    assert response.status_code == 422
    assert assert_documented(response, CHECK)["error"]["code"] == code


def test_ignore_and_name_may_be_left_out_or_empty(client):
    assert post(client, CHECK, {**TEXT, "ignore": [], "name": ""}).status_code == 200
    assert post(client, CHECK, {**TEXT, "ignore": ["fr.effort.dévoué"]}).status_code == 200


def test_the_schema_refuses_what_the_code_refuses():
    from allykit.writing_checker.openapi import SCHEMAS

    from .schema import validator

    schema = validator({"$ref": "#/components/schemas/CheckRequest"})
    assert not schema.is_valid({**TEXT, "ignore": [""]})
    assert not schema.is_valid({**TEXT, "name": None})
    assert not schema.is_valid({**TEXT, "ignore": False})
    assert schema.is_valid({**TEXT, "ignore": ["fr.effort.dévoué", "personal"]})
    assert SCHEMAS["CheckRequest"]["properties"]["ignore"]["items"]["pattern"]


def chunked(client, path, body: bytes, content_type="application/json", terminated=True):
    """A chunked request as gunicorn hands it over: no Content-Length, a self-ending stream."""
    return client.generic(
        "POST",
        path,
        b"",
        content_type=content_type,
        CONTENT_TYPE=content_type,
        CONTENT_LENGTH="",
        HTTP_TRANSFER_ENCODING="chunked",
        **{"wsgi.input": io.BytesIO(body), "wsgi.input_terminated": terminated},
    )


@BOTH
def test_a_chunked_json_body_is_read(client, path, good):
    response = chunked(client, path, json.dumps(good).encode())
    assert response.status_code == 200, response.content
    assert_documented(response, path)


def test_a_chunked_multipart_upload_is_read(client):
    boundary = "XyZ"
    head = f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.csv"'
    body = f"{head}\r\nContent-Type: text/csv\r\n\r\n{as_text()}\r\n--{boundary}--\r\n"
    body = body.encode()
    response = chunked(client, PANELS, body, f"multipart/form-data; boundary={boundary}")
    assert response.status_code == 200, response.content
    assert response.json()["people"] > 0


def test_a_chunked_body_over_the_limit_is_413(client, settings):
    settings.MAX_REQUEST_BYTES = 1000
    response = chunked(client, CHECK, b"{" + b" " * 2000 + b"}")
    assert response.status_code == 413


def test_a_chunked_body_the_server_cannot_end_is_411(client):
    response = chunked(client, CHECK, json.dumps(TEXT).encode(), terminated=False)
    assert response.status_code == 411
