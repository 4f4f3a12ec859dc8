"""POST /api/v1/check: the report, and every kind of bad input as a JSON error (never a 500)."""

from __future__ import annotations

import json

import pytest

from allykit.wordcheck import MAX_CHARS, check
from allykit.writing_checker.citations import attach

URL = "/api/v1/check"
LETTER = "She is a hardworking and caring colleague. Her husband is a surgeon."


def post(client, body, content_type="application/json"):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    # CONTENT_TYPE again: the test client drops it when the body is empty.
    return client.post(URL, data=data, content_type=content_type, CONTENT_TYPE=content_type)


def test_answers_the_engine_report(client):
    response = post(client, {"text": LETTER, "genre": "letter", "lang": "en"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "no-store" in response["Cache-Control"]
    # The engine's report, each source cited from the site's reference list.
    assert response.json() == attach(check(LETTER, "letter", "en").to_dict(), "en")


def test_ignore_drops_rules_and_categories(client):
    body = {
        "text": LETTER,
        "genre": "letter",
        "lang": "en",
        "ignore": ["en.effort.hardworking", "personal"],
    }
    got = post(client, body).json()
    categories = {f["category"] for f in got["flags"]}
    rules = {f["rule_id"] for f in got["flags"]}
    assert "personal" not in categories and "en.effort.hardworking" not in rules
    assert "communal" in categories


def test_accented_rule_ids_can_be_ignored(client):
    text = "Elle est dévouée."
    first = post(client, {"text": text, "genre": "letter", "lang": "fr"}).json()
    rule = next(f["rule_id"] for f in first["flags"] if f["text"] == "dévouée")
    again = post(client, {"text": text, "genre": "letter", "lang": "fr", "ignore": [rule]})
    assert again.status_code == 200
    assert rule not in {f["rule_id"] for f in again.json()["flags"]}


def test_candidate_name_is_not_flagged_but_offsets_hold(client):
    text = "I recommend Patience Okafor. Patience shows patience with students."
    plain = post(client, {"text": text, "genre": "letter", "lang": "en"}).json()
    named = post(
        client, {"text": text, "genre": "letter", "lang": "en", "name": "Patience Okafor"}
    ).json()
    assert any(f["text"] == "Patience" for f in plain["flags"])
    assert [f["text"] for f in named["flags"] if f["category"] == "communal"] == ["patience"]
    for flag in named["flags"]:
        assert text[flag["start"] : flag["end"]] == flag["text"]


def test_empty_text_is_a_valid_empty_report(client):
    response = post(client, {"text": "", "genre": "job", "lang": "fr"})
    assert response.status_code == 200
    assert response.json()["flags"] == []


def test_french_error_messages_when_lang_is_fr(client):
    response = post(client, {"text": "x", "genre": "poem", "lang": "fr"})
    assert response.status_code == 422
    assert response.json()["error"]["message"].startswith("Type de texte inconnu")


OK = {"text": "hello", "genre": "letter", "lang": "en"}
BAD = [
    # (name, body, content type, status, code)
    ("not json", b"{text: 1", "application/json", 400, "bad_json"),
    ("not utf-8", b'{"text": "\xff"}', "application/json", 400, "bad_json"),
    ("empty body", b"", "application/json", 400, "bad_json"),
    ("json array", [1, 2], "application/json", 422, "invalid_request"),
    ("json string", "just text", "application/json", 422, "invalid_request"),
    ("json null", None, "application/json", 422, "invalid_request"),
    ("no text", {"genre": "letter", "lang": "en"}, "application/json", 422, "invalid_request"),
    ("no genre", {"text": "x", "lang": "en"}, "application/json", 422, "invalid_request"),
    ("no lang", {"text": "x", "genre": "letter"}, "application/json", 422, "invalid_request"),
    ("text a number", {**OK, "text": 5}, "application/json", 422, "invalid_text"),
    ("text a list", {**OK, "text": ["a"]}, "application/json", 422, "invalid_text"),
    ("unknown genre", {**OK, "genre": "poem"}, "application/json", 422, "unknown_genre"),
    ("genre a number", {**OK, "genre": 1}, "application/json", 422, "invalid_request"),
    ("unknown lang", {**OK, "lang": "de"}, "application/json", 422, "unknown_language"),
    ("lang upper", {**OK, "lang": "EN"}, "application/json", 422, "unknown_language"),
    ("ignore a string", {**OK, "ignore": "en.effort.x"}, "application/json", 422, "invalid_ignore"),
    ("ignore numbers", {**OK, "ignore": [1]}, "application/json", 422, "invalid_ignore"),
    ("ignore markup", {**OK, "ignore": ["<b>"]}, "application/json", 422, "invalid_ignore"),
    (
        "ignore too many",
        {**OK, "ignore": ["effort"] * 201},
        "application/json",
        422,
        "invalid_ignore",
    ),
    ("name a number", {**OK, "name": 3}, "application/json", 422, "invalid_request"),
    ("name too long", {**OK, "name": "A" * 201}, "application/json", 422, "invalid_name"),
    ("text too long", {**OK, "text": "a" * (MAX_CHARS + 1)}, "application/json", 413, "too_long"),
    (
        "form encoded",
        b"text=x&genre=letter&lang=en",
        "application/x-www-form-urlencoded",
        415,
        "unsupported_media_type",
    ),
    ("plain text", b"hello", "text/plain", 415, "unsupported_media_type"),
    (
        "multipart without genre",
        b"--x--",
        "multipart/form-data; boundary=x",
        422,
        "invalid_request",
    ),
    ("multipart, bad boundary", b"--x--", 'multipart/form-data; boundary=""', 400, "bad_request"),
    ("deep nesting", b"[" * 100_000 + b"]" * 100_000, "application/json", 400, "bad_json"),
]


@pytest.mark.parametrize(
    ("body", "content_type", "status", "code"), [b[1:] for b in BAD], ids=[b[0] for b in BAD]
)
def test_bad_input_is_a_json_error(client, body, content_type, status, code):
    if body is None:
        body = b"null"
    elif isinstance(body, str):
        body = json.dumps(body)
    response = post(client, body, content_type)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == code
    assert isinstance(error["message"], str) and error["message"]


def test_text_of_exactly_the_limit_is_accepted(client):
    assert post(client, {**OK, "text": "a " * (MAX_CHARS // 2)}).status_code == 200


@pytest.mark.parametrize("method", ["get", "put", "delete", "patch"])
def test_only_post(client, method):
    response = getattr(client, method)(URL)
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert response.json()["error"]["code"] == "method_not_allowed"


def test_csrf_exempt_and_sets_no_cookie(settings):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = post(client, OK)
    assert response.status_code == 200
    assert not response.cookies


def test_the_text_is_not_logged(client, caplog):
    secret = "Confidential applicant Zebulon Quixote is hardworking."
    with caplog.at_level("DEBUG"):
        post(client, {**OK, "text": secret})
        post(client, {**OK, "text": secret, "genre": "nope"})
        post(client, secret.encode(), "application/json")
    assert "Zebulon" not in caplog.text
