"""Validating API responses against the served OpenAPI document, in full (jsonschema-rs)."""

from __future__ import annotations

import jsonschema_rs

from allykit.api import document


def response_schema(doc: dict, path: str, status: int, method: str = "post") -> dict:
    """The documented JSON schema of `method path`'s response with `status`."""
    responses = doc["paths"][path][method]["responses"]
    return responses[str(status)]["content"]["application/json"]["schema"]


def validator(schema: dict, doc: dict | None = None):
    """A Draft 2020-12 validator for `schema`, resolving #/components/... in the document."""
    doc = doc or document()
    root = {**schema, "components": doc["components"]}
    return jsonschema_rs.Draft202012Validator(root)


def assert_documented(response, path: str, method: str = "post", doc: dict | None = None):
    """The response's status is documented for the path, and its body fits that schema."""
    doc = doc or document()
    responses = doc["paths"][path][method]["responses"]
    assert str(response.status_code) in responses, (response.status_code, response.content[:200])
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    schema = response_schema(doc, path, response.status_code, method)
    errors = [f"{e.instance_path}: {e.message}" for e in validator(schema, doc).iter_errors(body)]
    assert not errors, errors[:5]
    return body
