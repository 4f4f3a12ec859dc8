"""Real responses of both APIs checked in full against the documented schemas."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.panelaudit.programs import as_text, as_xlsx

from .schema import assert_documented

CHECK, PANELS = "/api/v1/check", "/api/v1/panels"
FIXTURES = Path(__file__).resolve().parents[1] / "panelaudit" / "fixtures"
TEXTS = {
    "en": "She is a hardworking, caring and warm colleague. Her husband is a surgeon. "
    "Dr. Patience Okafor is a brilliant, independent leader who chairs the committee. "
    "She may be a little emotional but she never complains.",
    "fr": "Elle est dévouée, chaleureuse et attentionnée. Son mari est chirurgien. "
    "Mme Okafor est une leader brillante et indépendante.",
}


@pytest.mark.parametrize("genre", ["letter", "review", "nomination", "job"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_check_reports_fit_the_report_schema(client, lang, genre):
    body = {
        "text": TEXTS[lang],
        "genre": genre,
        "lang": lang,
        "name": "Patience Okafor",
        "ignore": ["personal"],
    }
    response = client.post(CHECK, json.dumps(body), content_type="application/json")
    assert response.status_code == 200
    report = assert_documented(response, CHECK)
    assert report["flags"] and report["summary"]["words"] > 10


@pytest.mark.parametrize("text", ["", "x", "a " * 5000])
def test_small_and_long_reports_fit_too(client, text):
    body = {"text": text, "genre": "letter", "lang": "en"}
    response = client.post(CHECK, json.dumps(body), content_type="application/json")
    assert_documented(response, CHECK)


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def test_panel_audits_fit_the_audit_schema(client):
    table = (
        "session,role,gender,name,language\nA,chair,F,Ann,en\nA,panellist,zz,Bo,fr\n"
        "B,panellist,M,Cy,en\nC,keynote,,Di,en\n"
    )
    bodies = [
        {"table": as_text()},
        {"table": as_text(), "lang": "fr", "target": "60%"},
        {"table": table, "dimensions": ["language"], "estimate": True},
        {"table": table, "target": 0.4, "format": "csv"},
    ]
    for body in bodies:
        response = client.post(PANELS, json.dumps(body), content_type="application/json")
        assert response.status_code == 200, response.content
        assert_documented(response, PANELS)
    uploads = [
        {"file": upload("p.xlsx", as_xlsx()), "lang": "fr"},
        {
            "file": upload("s.json", (FIXTURES / "pretalx_schedule.json").read_bytes()),
            "supplement": upload("sup.csv", (FIXTURES / "supplement.csv").read_bytes()),
        },
        {
            "file": upload("f.xml", (FIXTURES / "frab_schedule.xml").read_bytes()),
            "supplement": upload("sup.csv", (FIXTURES / "supplement.csv").read_bytes()),
            "estimate": "yes",
        },
    ]
    for data in uploads:
        response = client.post(PANELS, data)
        assert response.status_code == 200, response.content
        assert_documented(response, PANELS)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (CHECK, b"{"),
        (CHECK, b"{}"),
        (CHECK, b'{"text": "a", "genre": "poem", "lang": "en"}'),
        (PANELS, b"{"),
        (PANELS, b'{"table": "x"}'),
        (PANELS, b'{"table": "a", "target": "?"}'),
    ],
)
def test_errors_fit_the_error_schema(client, path, body):
    response = client.post(path, body, content_type="application/json")
    assert response.status_code in (400, 422)
    assert_documented(response, path)


@pytest.mark.parametrize("path", [CHECK, PANELS])
def test_other_methods_and_media_types_fit(client, path):
    assert_documented(client.get(path), path)
    assert_documented(client.post(path, "a", content_type="text/plain"), path)
    big = b"x" * (6 * 1024 * 1024 + 1)
    assert_documented(client.post(path, big, content_type="application/json"), path)


def test_every_documented_schema_is_valid_json_schema():
    import jsonschema_rs

    from allykit.api import document

    from .schema import validator

    doc = document()
    for name, schema in doc["components"]["schemas"].items():
        jsonschema_rs.meta.validate(schema)  # a Draft 2020-12 schema (raises otherwise)
        validator({"$ref": f"#/components/schemas/{name}"}, doc)
