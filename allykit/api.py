"""The site's JSON API layer: one error type, the success and error helpers, the request-body
reader, and the OpenAPI 3.1 document assembled from the apps' fragments.

Every endpoint answers JSON: the result with 200, or `{"error": {"code", "message", ...}}`
(schema `Error`) with 400, 405, 413, 415 or 422, never a 5xx. Responses are never cached.

An app describes its API in an `allykit.api.Fragment` (its paths and component schemas) and
registers it with its endpoint (`allykit.registry.Endpoint(..., openapi="dotted.FRAGMENT")`);
`document()` merges every registered fragment into the one document at /api/v1/openapi.json.
Why the document is written as data rather than derived by a framework:
docs/decisions/0601-api-layer.md.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

REF = "#/components/schemas/"
MAX_DEPTH = 64  # deeper JSON than any request of ours needs is refused (400 bad_json)


class ApiError(Exception):
    """Unusable input, for the API and the tools' forms alike: the HTTP `status`, a stable
    `code`, a translated `message`, optionally the input `row` (tables) or request `field` at
    fault, and `details` a page may show beside the message (never part of the JSON body;
    e.g. the panel checker's columns as read, for the column choice)."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        row: int | None = None,
        field: str | None = None,
        details: dict | None = None,
    ):
        super().__init__(code)
        self.status, self.code, self.message = status, code, message
        self.row, self.field = row, field
        self.details = details or {}

    def response(self) -> JsonResponse:
        return error_response(self.status, self.code, self.message, self.row)


def _json_response(body, status: int = 200, **dumps) -> JsonResponse:
    try:
        response = JsonResponse(
            body, status=status, json_dumps_params={"ensure_ascii": False, **dumps}
        )
    except UnicodeEncodeError:  # a lone surrogate in the output: escape it rather than fail
        response = JsonResponse(body, status=status, json_dumps_params=dumps)
    response["Cache-Control"] = "no-store"
    return response


def success(body: dict) -> JsonResponse:
    """200 with the result as JSON, never cached."""
    return _json_response(body)


def error_response(status: int, code: str, message: str, row: int | None = None) -> JsonResponse:
    """A JSON error that is never cached; `row` names the input row at fault, if any."""
    body = {"error": {"code": code, "message": message}}
    if row is not None:
        body["error"]["row"] = row
    return _json_response(body, status)


def method_not_allowed() -> JsonResponse:
    response = error_response(405, "method_not_allowed", "Use POST.")
    response["Allow"] = "POST"
    return response


def _check_tree(value) -> None:
    """Refuse nesting past MAX_DEPTH and strings that are not valid Unicode (lone surrogates)."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ApiError(400, "bad_json", _("The request body is nested too deeply."))
        if isinstance(node, str):
            _check_text(node)
        elif isinstance(node, dict):
            for key, item in node.items():
                _check_text(key)
                stack.append((item, depth + 1))
        elif isinstance(node, list):
            stack.extend((item, depth + 1) for item in node)


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        message = _(
            "The request holds an unpaired surrogate (an escape between \\ud800 and "
            "\\udfff), which is not text: send the text as valid Unicode."
        )
        raise ApiError(422, "invalid_unicode", message) from None


def _too_deep(raw: bytes) -> bool:
    """True when brackets nest past MAX_DEPTH (checked before parsing: no RecursionError)."""
    if raw.count(b"[") + raw.count(b"{") <= MAX_DEPTH:
        return False
    depth = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return False


def read_json_object(request) -> dict:
    """The request body as a JSON object, or ApiError: 400 bad_json (not UTF-8 JSON, nested
    past MAX_DEPTH), 422 invalid_request (JSON but not an object), 422 invalid_unicode."""
    raw = request.body
    if _too_deep(raw):
        raise ApiError(400, "bad_json", _("The request body is nested too deeply."))
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ApiError(400, "bad_json", _("The request body is not valid JSON.")) from None
    if not isinstance(body, dict):
        raise ApiError(422, "invalid_request", _("The request body must be a JSON object."))
    _check_tree(body)
    return body


def check_form_text(values) -> None:
    """Multipart fields are decoded by Django; refuse lone surrogates there too."""
    for value in values:
        if isinstance(value, str):
            _check_text(value)


# --- The OpenAPI document -------------------------------------------------------------------


def ref(name: str) -> dict:
    return {"$ref": REF + name}


def error(description: str) -> dict:
    """A documented error response: the shared `Error` schema."""
    return {"description": description, "content": {"application/json": {"schema": ref("Error")}}}


def json_body(schema: dict, example: dict | None = None) -> dict:
    content = {"schema": schema}
    if example is not None:
        content["example"] = example
    return {"required": True, "content": {"application/json": content}}


def ok(schema_name: str, description: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": ref(schema_name)}},
    }


@dataclass(frozen=True)
class Fragment:
    """One app's part of the OpenAPI document: its paths and its component schemas."""

    paths: dict
    schemas: dict = field(default_factory=dict)


ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "additionalProperties": False,
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "additionalProperties": False,
            "properties": {
                "code": {"type": "string", "examples": ["bad_json", "too_large", "no_header"]},
                "message": {
                    "type": "string",
                    "description": "What to fix, in the request's language when it is known.",
                },
                "row": {"type": "integer", "description": "Row of the table, header = 1."},
            },
        }
    },
}

SITE = Fragment(
    paths={
        "/api/v1/openapi.json": {
            "get": {
                "operationId": "openapi",
                "summary": "This document",
                "responses": {
                    "200": {
                        "description": "OpenAPI 3.1 document.",
                        "content": {"application/json": {}},
                    }
                },
            }
        }
    },
    schemas={"Error": ERROR_SCHEMA},
)


def fragments() -> list[Fragment]:
    from django.utils.module_loading import import_string

    from allykit import registry

    found = [SITE]
    found += [import_string(e.openapi) for e in registry.endpoints() if e.openapi]
    return found


def document() -> dict:
    """The whole OpenAPI 3.1 document (a fresh copy each time)."""
    paths: dict = {}
    schemas: dict = {}
    for fragment in fragments():
        for name in (*fragment.paths, *fragment.schemas):
            if name in paths or name in schemas:
                raise RuntimeError(f"OpenAPI name declared twice: {name}")
        paths.update(fragment.paths)
        schemas.update(fragment.schemas)
    return copy.deepcopy(
        {
            "openapi": "3.1.0",
            "info": {
                "title": "Ally Toolkit API",
                "version": "1",
                "description": "JSON APIs of the Ally Toolkit's tools. Texts and tables sent here "
                "are checked in memory; nothing is stored or logged.",
            },
            "paths": dict(sorted(paths.items())),
            "components": {"schemas": dict(sorted(schemas.items()))},
        }
    )


@require_safe
@cache_control(max_age=3600, public=True)
def openapi_view(request):
    return JsonResponse(document(), json_dumps_params={"ensure_ascii": False, "indent": 2})
