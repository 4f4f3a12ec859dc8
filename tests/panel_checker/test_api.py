"""The JSON API: POST /api/v1/panels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.test import Client

from allykit.panel_checker.openapi import OPENAPI_PATHS
from allykit.panelaudit import audit, parse_table
from tests.panelaudit.programs import GENDER, PEOPLE, as_text, as_xlsx

from .helpers import API, NAMES, upload

FIXTURES = Path(__file__).resolve().parents[1] / "panelaudit" / "fixtures"


def post_json(client, payload, **kw):
    return client.post(API, json.dumps(payload), content_type="application/json", **kw)


def test_json_table_gives_the_engine_result(client):
    response = post_json(client, {"table": as_text()})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    body = response.json()
    assert body == json.loads(json.dumps(audit(parse_table(as_text())).to_dict("en")))
    assert body["people"] == PEOPLE
    assert body["whole"]["gender"]["counts"] == GENDER
    assert body["flag_counts"]["all_men"] == 1
    assert not [name for name in NAMES if name in response.content.decode()]


def test_multipart_xlsx_with_target_and_french_messages(client):
    data = {
        "file": upload("p.xlsx", as_xlsx()),
        "target": "who-2019-health-workforce",
        "lang": "fr",
    }
    body = client.post(API, data).json()
    assert body["people"] == PEOPLE and body["target"]["share"] == 0.7
    assert body["source"]["format"] == "xlsx"


def test_schedule_with_supplement_as_multipart(client):
    data = {
        "file": upload("s.json", (FIXTURES / "pretalx_schedule.json").read_bytes()),
        "supplement": upload("sup.csv", (FIXTURES / "supplement.csv").read_bytes()),
    }
    body = client.post(API, data).json()
    counts = body["whole"]["gender"]["counts"]
    assert (counts["woman"], counts["man"], counts["not_stated"]) == (3, 6, 3)


def test_format_and_dimensions_and_estimate(client):
    table = as_text(sep="\t").replace("Racisé", "Language")
    payload = {
        "table": table,
        "format": "tsv",
        "dimensions": ["Language"],
        "estimate": True,
        "target": "60%",
        "lang": "fr",
    }
    body = post_json(client, payload).json()
    assert body["target"]["share"] == 0.6
    assert [d["header"] for d in body["dimensions"]] == ["Language"]
    assert body["estimate"]["kind"] == "estimate"


def test_problems_carry_messages_in_the_language_asked(client):
    table = "session,role,gender\nA,chair,F\nA,panellist,zz\n"
    body = post_json(client, {"table": table, "lang": "fr"}).json()
    assert body["problems"][0]["message"].startswith("Ligne 3\u00a0: Le genre «\u00a0zz\u00a0»")


@pytest.mark.parametrize(
    ("content_type", "body", "status", "code"),
    [
        ("text/csv", as_text(), 415, "unsupported_media_type"),
        ("application/x-www-form-urlencoded", "table=a", 415, "unsupported_media_type"),
        ("application/json", "{not json", 400, "bad_json"),
        ("application/json", "[1, 2]", 422, "invalid_request"),
        ("application/json", json.dumps({"table": "a", "lang": "de"}), 422, "unknown_language"),
        ("application/json", json.dumps({"table": "a", "format": None}), 400, "bad_field"),
        ("application/json", json.dumps({"table": "a", "estimate": "yes"}), 400, "bad_field"),
        ("application/json", json.dumps({"table": "a", "dimensions": None}), 400, "bad_field"),
        ("application/json", json.dumps({"table": 5}), 400, "bad_field"),
        ("application/json", json.dumps({"table": "a", "dimensions": "x"}), 400, "bad_field"),
        ("application/json", json.dumps({"table": "a", "estimate": "maybe"}), 400, "bad_field"),
        ("application/json", json.dumps({"table": "a", "target": [1]}), 400, "bad_field"),
        ("application/json", json.dumps({"table": "a", "target": "lots"}), 422, "bad_target"),
        ("application/json", json.dumps({"table": "a", "target": 0}), 422, "bad_target"),
        ("application/json", json.dumps({"table": "a", "format": "pdf"}), 422, "unknown_format"),
        ("application/json", b"\xff\xfe\x00", 400, "bad_json"),
    ],
)
def test_request_errors_are_json(client, content_type, body, status, code):
    response = client.post(API, body, content_type=content_type)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    assert response.json()["error"]["message"]


def test_only_post(client):
    response = client.get(API)
    assert response.status_code == 405 and response["Allow"] == "POST"
    assert response.json()["error"]["code"] == "method_not_allowed"


def test_no_csrf_token_needed():
    client = Client(enforce_csrf_checks=True)
    assert post_json(client, {"table": as_text()}).status_code == 200


def test_bodies_over_the_request_limit_are_refused_before_reading(client):
    response = client.post(API, b"x" * (6 * 1024 * 1024 + 1), content_type="application/json")
    assert response.status_code == 413


def test_openapi_paths_describe_the_endpoint():
    op = OPENAPI_PATHS["/api/v1/panels"]["post"]
    assert set(op["requestBody"]["content"]) == {"application/json", "multipart/form-data"}
    assert {"200", "400", "405", "413", "415", "422"} <= set(op["responses"])
    json.dumps(OPENAPI_PATHS)  # plain JSON data


def test_the_format_hints_and_their_openapi_enum_come_from_the_format_table():
    from allykit.panel_checker.api import FORMATS
    from allykit.panel_checker.openapi import FRAGMENT
    from allykit.panelaudit.formats import hints

    assert FORMATS == hints()
    assert sorted(hints()) in _enums(FRAGMENT.paths)


def _enums(node) -> list:
    if isinstance(node, dict):
        found = [node["enum"]] if "enum" in node else []
        return found + [e for v in node.values() for e in _enums(v)]
    if isinstance(node, list):
        return [e for v in node for e in _enums(v)]
    return []
