"""The OpenAPI 3.1 description of the site's JSON APIs, written as data.

The writing checker's path is described here; the panel checker's paths are merged in from
`allykit.panels.openapi.OPENAPI_PATHS` (and `OPENAPI_SCHEMAS`) when that module exists, so one
document describes both APIs. Served at /api/v1/openapi.json.
"""

from __future__ import annotations

import copy
from importlib import import_module

from allykit.wordcheck import CATEGORIES, GENRES, LANGS, MAX_CHARS

_REF = "#/components/schemas/"


def _ref(name: str) -> dict:
    return {"$ref": _REF + name}


def _error(description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": _ref("Error")}}}  # fmt: skip


_SOURCE = {
    "type": "object",
    "required": ["key", "citation", "url"],
    "properties": {
        "key": {"type": "string"},
        "citation": {
            "type": "string",
            "description": "Short citation, e.g. “Trix & Psenka (2003)”.",
        },
        "url": {"type": "string", "description": "DOI or web address; may be empty."},
    },
}
_BALANCE = {"type": ["object", "null"], "additionalProperties": True}
_COUNTS = {"type": "object", "additionalProperties": {"type": "number"}}

SCHEMAS: dict = {
    "CheckRequest": {
        "type": "object",
        "required": ["text", "genre", "lang"],
        "properties": {
            "text": {"type": "string", "maxLength": MAX_CHARS, "description": "The text to check."},
            "genre": {
                "type": "string",
                "enum": list(GENRES),
                "description": "letter (reference or recommendation letter), review "
                "(performance review), nomination (award or promotion), job (job posting).",
            },
            "lang": {
                "type": "string",
                "enum": list(LANGS),
                "description": "Language of the text; the report's messages are in it too.",
            },
            "ignore": {
                "type": "array",
                "maxItems": 200,
                "items": {"type": "string"},
                "description": "Rule ids (e.g. en.effort.hardworking) or categories to skip.",
            },
            "name": {
                "type": "string",
                "maxLength": 200,
                "description": "The candidate's name: its words are never flagged as "
                "wording (the first-name rule still applies).",
            },
        },
    },
    "Source": _SOURCE,
    "Flag": {
        "type": "object",
        "required": [
            "start",
            "end",
            "text",
            "category",
            "rule_id",
            "reason",
            "source",
            "alternatives",
            "severity",
        ],
        "properties": {
            "start": {"type": "integer", "description": "Offset in the text, in code points."},
            "end": {"type": "integer"},
            "text": {"type": "string"},
            "category": {"type": "string", "enum": list(CATEGORIES)},
            "rule_id": {"type": "string"},
            "reason": {"type": "string", "description": "One sentence: why this is flagged."},
            "source": _ref("Source"),
            "alternatives": {"type": "array", "items": {"type": "string"}},
            "severity": {
                "type": "string",
                "enum": ["warning", "note"],
                "description": "warning: worth a second look; note: counted for a "
                "balance, no change needed.",
            },
        },
    },
    "DocumentNote": {
        "type": "object",
        "required": ["category", "rule_id", "reason", "source"],
        "properties": {
            "category": {"type": "string"},
            "rule_id": {"type": "string"},
            "reason": {"type": "string"},
            "source": _ref("Source"),
        },
    },
    "Summary": {
        "type": "object",
        "required": ["words", "counts", "rates_per_1000", "top_changes"],
        "properties": {
            "words": {"type": "integer"},
            "counts": _COUNTS,
            "rates_per_1000": _COUNTS,
            "ability_effort_balance": _BALANCE,
            "agentic_communal_balance": _BALANCE,
            "length": {"type": "object"},
            "specificity": {"type": "object"},
            "top_changes": {
                "type": "array",
                "maxItems": 3,
                "items": {
                    "type": "object",
                    "properties": {
                        "category": {"type": "string"},
                        "count": {"type": "integer"},
                        "message": {"type": "string"},
                    },
                },
            },
            "indicative_lists": {
                "type": "array",
                "items": {"type": "string"},
                "description": "Categories checked with the project's own "
                "list (no published validated list exists).",
            },
            "indicative_note": {"type": "string"},
        },
    },
    "Report": {
        "type": "object",
        "required": ["genre", "lang", "flags", "notes", "summary"],
        "properties": {
            "genre": {"type": "string"},
            "lang": {"type": "string"},
            "flags": {"type": "array", "items": _ref("Flag")},
            "notes": {"type": "array", "items": _ref("DocumentNote")},
            "summary": _ref("Summary"),
        },
    },
    "Error": {
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
            }
        },
    },
}

PATHS: dict = {
    "/api/v1/check": {
        "post": {
            "operationId": "checkWriting",
            "summary": "Check a letter, review, nomination or job posting for biased wording",
            "description": "Nothing is stored or logged. CSRF-exempt; no cookies are needed.",
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": _ref("CheckRequest"),
                "example": {"text": "She is a hardworking and caring colleague.",
                            "genre": "letter", "lang": "en"}}}},
            "responses": {
                "200": {"description": "The report.",
                        "content": {"application/json": {"schema": _ref("Report")}}},
                "400": _error("bad_json: the body is not UTF-8 JSON."),
                "405": _error("method_not_allowed: use POST."),
                "413": _error(f"too_long: the text is over {MAX_CHARS:,} characters."),
                "415": _error("unsupported_media_type: send application/json."),
                "422": _error("invalid_request, invalid_text, invalid_ignore, invalid_name, "
                              "unknown_genre or unknown_language."),
            },
        }
    },
    "/api/v1/openapi.json": {
        "get": {
            "operationId": "openapi",
            "summary": "This document",
            "responses": {"200": {"description": "OpenAPI 3.1 document.",
                                  "content": {"application/json": {}}}},
        }
    },
}  # fmt: skip


def _panels() -> tuple[dict, dict]:
    try:
        module = import_module("allykit.panels.openapi")
    except ImportError:
        return {}, {}
    return dict(getattr(module, "OPENAPI_PATHS", {})), dict(getattr(module, "OPENAPI_SCHEMAS", {}))


def document() -> dict:
    """The whole OpenAPI 3.1 document (a fresh copy each time)."""
    panel_paths, panel_schemas = _panels()
    schemas = {**panel_schemas, **SCHEMAS}
    return copy.deepcopy({
        "openapi": "3.1.0",
        "info": {
            "title": "Ally Toolkit API",
            "version": "1",
            "description": "JSON APIs of the Ally Toolkit's tools. Texts and tables sent here "
            "are checked in memory; nothing is stored or logged.",
        },
        "paths": {**PATHS, **panel_paths},
        "components": {"schemas": schemas},
    })  # fmt: skip
