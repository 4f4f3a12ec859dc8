"""The writing checker's part of the OpenAPI 3.1 document (`FRAGMENT`), written as data.

Registered with its endpoint in allykit/writing_checker/routes.py; allykit.api.document() merges it
with the other apps' fragments into /api/v1/openapi.json. The request schema states exactly
what allykit/writing_checker/api.py accepts (tests/api/ checks both directions).
"""

from __future__ import annotations

from allykit.api import Fragment, error, ref
from allykit.wordcheck import CATEGORIES, GENRES, LANGS, MAX_CHARS
from allykit.wordcheck.documents import FORMATS, MAX_BYTES, MAX_PAGES

from .names import MAX_NAME
from .service import MAX_IGNORE, MAX_RULE_CHARS

# A rule id, as the API accepts it: "<lang>.<category>.<word>" or a category. The word class
# is spelled out (Latin letters with their accents) so that Python and ECMA-262 regexes, as
# JSON Schema uses, read it alike; allykit/writing_checker/api.py checks items against this pattern.
_WORD = r"[0-9A-Za-z_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f'’-]"
RULE_ID_PATTERN = rf"^[a-z]{{2}}\.[a-z_]+(?:\.{_WORD}+)*$|^[a-z_]+$"

_ref, _error = ref, error
_UPLOAD_TYPES = ", ".join(m for f in FORMATS.values() for m in f["media_types"])


_SOURCE = {
    "type": "object",
    "required": ["key", "citation", "url", "reference_url"],
    "properties": {
        "key": {
            "type": "string",
            "description": "Key of the work in the site's reference list, e.g. “trix2003”.",
        },
        "citation": {
            "type": "string",
            "description": "Short citation in the language of the messages (ui_lang): "
            "“Trix & Psenka (2003)”, « Trix et Psenka (2003) ».",
        },
        "url": {"type": "string", "description": "DOI or web address; may be empty."},
        "reference_url": {
            "type": "string",
            "description": "Path of the work's entry in the site's reference list, in the "
            "language of the messages, e.g. /en/references/#ref-trix2003.",
        },
    },
}
_BALANCE = {"type": ["object", "null"], "additionalProperties": True}
_COUNTS = {"type": "object", "additionalProperties": {"type": "number"}}

_REQUEST: dict = {
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
        "description": "Language of the text (the word lists it is checked with); "
        "the report's messages are in it too unless ui_lang is given.",
    },
    "ui_lang": {
        "type": "string",
        "enum": list(LANGS),
        "description": "Language of the reasons, changes, notes and error messages "
        "(for example a French interface checking an English letter). Default: the "
        "text's language.",
    },
    "ignore": {
        "type": "array",
        "maxItems": MAX_IGNORE,
        "items": {
            "type": "string",
            "maxLength": MAX_RULE_CHARS,
            "pattern": RULE_ID_PATTERN,
        },
        "description": "Rule ids (e.g. en.effort.hardworking, fr.effort.dévoué) or "
        "categories to skip.",
    },
    "name": {
        "type": "string",
        "maxLength": MAX_NAME,
        "description": "The candidate's name: its words are never flagged as "
        "wording (the first-name rule still applies).",
    },
}

SCHEMAS: dict = {
    "CheckRequest": {
        "type": "object",
        "required": ["text", "genre", "lang"],
        "properties": _REQUEST,
    },
    "CheckUpload": {
        "type": "object",
        "required": ["genre", "lang"],
        "description": "The text as a file. Without a file part (which is how a form sends an "
        "empty file input), the text is empty and the report says document.no_text.",
        "properties": {
            "file": {
                "type": "string",
                "format": "binary",
                "description": f"The document: .docx, .pdf or .txt (UTF-8, UTF-16 or "
                f"Windows-1252), at most {MAX_BYTES // (1024 * 1024)} MB and, for a PDF, "
                f"{MAX_PAGES} pages. The format is read from its first bytes, not its name. "
                f"Only the first {MAX_CHARS:,} characters of its text are checked "
                "(document.truncated says so).",
            },
            "genre": _REQUEST["genre"],
            "lang": _REQUEST["lang"],
            "ui_lang": _REQUEST["ui_lang"],
            "ignore": _REQUEST["ignore"],
            "name": _REQUEST["name"],
        },
        "not": {"required": ["text"]},
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
            "document": {
                "type": "object",
                "required": ["format", "truncated", "no_text"],
                "description": "Only for an uploaded file: what was read from it.",
                "properties": {
                    "format": {"type": "string", "enum": list(FORMATS)},
                    "no_text": {
                        "type": "boolean",
                        "description": "The file holds no text (it is empty, or a scanned "
                        "PDF of images): the report is that of an empty text.",
                    },
                    "truncated": {
                        "type": "boolean",
                        "description": f"The text was longer than {MAX_CHARS:,} characters; "
                        "only its beginning was checked.",
                    },
                },
            },
        },
    },
}

PATHS: dict = {
    "/api/v1/check": {
        "post": {
            "operationId": "checkWriting",
            "summary": "Check a letter, review, nomination or job posting for biased wording",
            "description": "Nothing is stored or logged. CSRF-exempt; no cookies are needed.",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": _ref("CheckRequest"),
                        "example": {
                            "text": "She is a hardworking and caring colleague.",
                            "genre": "letter",
                            "lang": "en",
                        },
                    },
                    "multipart/form-data": {
                        "schema": _ref("CheckUpload"),
                        "encoding": {"file": {"contentType": _UPLOAD_TYPES}},
                    },
                },
            },
            "responses": {
                "200": {
                    "description": "The report.",
                    "content": {"application/json": {"schema": _ref("Report")}},
                },
                "400": _error(
                    "bad_json: the body is not UTF-8 JSON, or is nested too deeply; "
                    "bad_request: the multipart body cannot be read."
                ),
                "405": _error("method_not_allowed: use POST."),
                "413": _error(
                    f"too_long: the text is over {MAX_CHARS:,} characters; "
                    f"too_large: the file is over {MAX_BYTES // (1024 * 1024)} MB."
                ),
                "415": _error(
                    "unsupported_media_type: send application/json or multipart/form-data."
                ),
                "422": _error(
                    "invalid_request (the body is not a JSON object, a field is "
                    "missing or of the wrong type, or a multipart request sends "
                    "text rather than file), "
                    "invalid_text, invalid_ignore, invalid_name, invalid_unicode (an "
                    "unpaired surrogate), unknown_genre or unknown_language; for a "
                    "file also unknown_format, unreadable, encrypted, "
                    "unsafe_archive (a .docx that would unpack to too much), "
                    "too_many_pages or too_slow (a PDF whose text takes too long to "
                    "read). A file with no text (empty, a scanned PDF) is not an "
                    "error: its report is empty and says document.no_text."
                ),
            },
        }
    },
}


FRAGMENT = Fragment(paths=PATHS, schemas=SCHEMAS)
