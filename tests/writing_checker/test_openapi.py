"""GET /api/v1/openapi.json: an OpenAPI 3.1 document whose references all resolve."""

from __future__ import annotations

import pytest

from allykit.api import document as openapi_document
from tests.api.schema import assert_documented


def refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


@pytest.fixture
def document(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_is_openapi_31_and_describes_the_check_api(document):
    assert document["openapi"].startswith("3.1")
    post = document["paths"]["/api/v1/check"]["post"]
    assert set(post["responses"]) >= {"200", "400", "405", "413", "415", "422"}
    schema = document["components"]["schemas"]["CheckRequest"]
    assert schema["required"] == ["text", "genre", "lang"]
    assert schema["properties"]["genre"]["enum"] == ["letter", "review", "nomination", "job"]


def test_every_reference_resolves(document):
    for ref in refs(document):
        assert ref.startswith("#/components/schemas/")
        assert ref.rsplit("/", 1)[1] in document["components"]["schemas"], ref


def test_example_request_is_accepted(client, document):
    example = document["paths"]["/api/v1/check"]["post"]["requestBody"]["content"][
        "application/json"
    ]["example"]
    response = client.post("/api/v1/check", example, content_type="application/json")
    assert response.status_code == 200
    assert_documented(response, "/api/v1/check", doc=document)  # the whole report, in full


def test_a_source_is_cited_in_the_language_of_the_messages(client, document):
    """Each flag's source: its reference-list key (as before), the short citation in ui_lang
    and the link to the reference list (added for issue 10), all documented."""
    source = document["components"]["schemas"]["Source"]
    assert source["required"] == ["key", "citation", "url", "reference_url"]
    body = {"text": "She is hardworking.", "genre": "letter", "lang": "en", "ui_lang": "fr"}
    response = client.post("/api/v1/check", body, content_type="application/json")
    assert_documented(response, "/api/v1/check", doc=document)
    flag = response.json()["flags"][0]
    assert flag["source"] == {
        "key": "trix2003",
        "citation": "Trix et Psenka (2003)",
        "url": "https://doi.org/10.1177/0957926503014002277",
        "reference_url": "/fr/references/#ref-trix2003",
    }


def test_both_apis_are_in_the_one_document(document):
    assert {"/api/v1/check", "/api/v1/panels", "/api/v1/openapi.json"} <= set(document["paths"])
    assert {"Error", "CheckRequest", "Report", "PanelAudit"} <= set(
        document["components"]["schemas"]
    )


def test_the_document_is_the_fragments_merged():
    from allykit.writing_checker.openapi import FRAGMENT

    doc = openapi_document()
    assert doc["paths"]["/api/v1/check"] == FRAGMENT.paths["/api/v1/check"]
    assert doc["components"]["schemas"]["CheckRequest"] == FRAGMENT.schemas["CheckRequest"]


def test_a_name_declared_by_two_fragments_is_an_error(monkeypatch):
    from allykit import api

    twice = api.Fragment(paths={"/api/v1/check": {}})
    monkeypatch.setattr(api, "fragments", lambda: [api.SITE, twice, twice])
    with pytest.raises(RuntimeError, match="declared twice"):
        api.document()
