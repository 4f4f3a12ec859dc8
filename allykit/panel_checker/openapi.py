"""The panel checker's part of the OpenAPI 3.1 document (`FRAGMENT`), written as data.

Registered with its endpoint in allykit/panel_checker/routes.py; allykit.api.document() merges it
into /api/v1/openapi.json. The request schemas state what allykit/panel_checker/api.py accepts
(tests/api/ checks both directions)."""

from __future__ import annotations

from allykit.api import Fragment, error
from allykit.api import ref as _ref
from allykit.panelaudit import PRESETS
from allykit.panelaudit.header import FIELDS, IGNORE
from allykit.panelaudit.parse import MAX_MAPPING
from allykit.panelaudit.readers import MAX_BYTES, MAX_ROWS

from .api import FORMATS, LANGS
from .openapi_schemas import OPENAPI_SCHEMAS

_MAPPING = {
    "type": "object",
    "description": "How to read the columns, when detection is unsure: column header -> field.",
    "maxProperties": MAX_MAPPING,
    "propertyNames": {"minLength": 1, "maxLength": 200, "pattern": "\\S"},
    "additionalProperties": {"type": "string", "enum": [*FIELDS, IGNORE]},
}
_error = error


_TARGET = {
    "description": 'Share of women to aim for: 0.5, "50%", or a preset key. Default: parity.',
    "oneOf": [
        {"type": "number", "exclusiveMinimum": 0, "maximum": 100},
        {"type": "string", "examples": ["parity", "60%", *PRESETS]},
    ],
}
_LANG = {
    "type": "string",
    "enum": list(LANGS),
    "default": "en",
    "description": "Language of the problem and error messages.",
}
_ESTIMATE = {
    "type": "boolean",
    "default": False,
    "description": "Add an aggregate estimate from names (nomquamgender).",
}
_FORM_ESTIMATE = {
    "type": "string",
    "enum": ["", "1", "0", "true", "false", "yes", "no", "on", "off", "oui", "non"],
    "default": "",
    "description": "Add an aggregate estimate from names (nomquamgender); "
    "upper case is accepted too.",
}


OPENAPI_PATHS = {
    "/api/v1/panels": {
        "post": {
            "operationId": "checkPanels",
            "summary": "Count who speaks at an event, by gender and role",
            "description": (
                "Reads a table (CSV/TSV text, .xlsx) or a pretalx JSON / frab XML schedule and "
                f"returns the audit. At most {MAX_BYTES // (1024 * 1024)} MB and {MAX_ROWS:,} "
                "rows. Nothing is stored or logged. No CSRF token or session is needed."
            ),
            "tags": ["panels"],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["table"],
                            "properties": {
                                "table": {"type": "string", "description": "The table as text."},
                                "format": {
                                    "type": "string",
                                    "enum": sorted(FORMATS),
                                    "description": "Hint when detection by content fails.",
                                },
                                "supplement": {
                                    "type": "string",
                                    "description": "Name (or code) and gender table, "
                                    "for schedules.",
                                },
                                "dimensions": {
                                    "type": "array",
                                    "items": {"type": "string"},
                                    "description": "Other columns to count.",
                                },
                                "mapping": _MAPPING,
                                "target": _TARGET,
                                "lang": _LANG,
                                "estimate": _ESTIMATE,
                            },
                        }
                    },
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "file": {"type": "string", "format": "binary"},
                                "table": {"type": "string", "description": "Instead of file."},
                                "supplement": {"type": "string", "format": "binary"},
                                "dimensions": {
                                    "type": "string",
                                    "description": "Column names separated by commas.",
                                },
                                "mapping": {
                                    "type": "string",
                                    "description": "The `mapping` object as JSON text.",
                                },
                                "target": _TARGET,
                                "lang": _LANG,
                                "estimate": _FORM_ESTIMATE,
                            },
                        }
                    },
                },
            },
            "responses": {
                "200": {
                    "description": "The audit.",
                    "content": {"application/json": {"schema": _ref("PanelAudit")}},
                },
                "400": _error(
                    "bad_json: the body is not UTF-8 JSON or is nested too deeply; "
                    "bad_field: a field of the wrong type; bad_request: an "
                    "unreadable multipart body."
                ),
                "405": _error("Only POST is allowed."),
                "413": _error("Input over the size limit."),
                "415": _error("Not application/json or multipart/form-data."),
                "422": _error(
                    "invalid_request: the body is not a JSON object; "
                    "invalid_unicode: an unpaired surrogate; unknown_language; "
                    "otherwise the input cannot be used (no header, unsafe "
                    "workbook, too many rows, unknown target...): the message "
                    "says what to fix."
                ),
            },
        }
    }
}

FRAGMENT = Fragment(paths=OPENAPI_PATHS, schemas=OPENAPI_SCHEMAS)
