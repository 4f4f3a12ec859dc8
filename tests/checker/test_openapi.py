"""GET /api/v1/openapi.json: an OpenAPI 3.1 document whose references all resolve."""

from __future__ import annotations

import pytest

from allykit.checker import openapi


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
    assert set(response.json()) == set(document["components"]["schemas"]["Report"]["required"])


def test_panels_paths_are_merged_when_the_module_exists(monkeypatch):
    import sys
    import types

    fake = types.ModuleType("allykit.panels.openapi")
    fake.OPENAPI_PATHS = {"/api/v1/panels": {"post": {"responses": {}}}}
    fake.OPENAPI_SCHEMAS = {"Audit": {"type": "object"}}
    monkeypatch.setitem(sys.modules, "allykit.panels.openapi", fake)
    doc = openapi.document()
    assert "/api/v1/panels" in doc["paths"] and "/api/v1/check" in doc["paths"]
    assert "Audit" in doc["components"]["schemas"]


def test_a_missing_panels_module_is_fine(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "allykit.panels.openapi", None)  # import raises
    assert "/api/v1/check" in openapi.document()["paths"]
