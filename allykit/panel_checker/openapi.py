"""The panel checker's part of the OpenAPI 3.1 document (`FRAGMENT`), written as data.

Registered with its endpoint in allykit/panel_checker/routes.py; allykit.api.document() merges it
into /api/v1/openapi.json. The request schemas state what allykit/panel_checker/api.py accepts
(tests/api/ checks both directions)."""

from __future__ import annotations

from allykit.api import Fragment, error
from allykit.panelaudit import PRESETS
from allykit.panelaudit.errors import ERROR, NOTICE
from allykit.panelaudit.header import FIELDS, IGNORE
from allykit.panelaudit.parse import MAX_MAPPING
from allykit.panelaudit.readers import MAX_BYTES, MAX_ROWS

from .api import FORMATS, LANGS

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

_INT = {"type": "integer", "minimum": 0}
_SHARE = {"type": ["number", "null"], "minimum": 0, "maximum": 1}
_COUNTS = {
    "type": "object",
    "additionalProperties": _INT,
    "description": "Speaking places by gender key (woman, man, non_binary, another, "
    "not_stated, unrecognised).",
}
_VALUE_COUNTS = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["value", "count"],
        "properties": {"value": {"type": "string"}, "count": _INT},
    },
}


def _ref(name: str) -> dict:
    return {"$ref": "#/components/schemas/" + name}


OPENAPI_SCHEMAS = {
    "PanelTally": {
        "type": "object",
        "description": "The gender count of the whole event, a group of sessions or a role.",
        "required": ["key", "gender", "meets_target", "women_needed"],
        "properties": {
            "key": {"type": "string"},
            "gender": {
                "type": "object",
                "required": [
                    "counts",
                    "total",
                    "stated",
                    "coverage",
                    "shares",
                    "women_and_gender_diverse_share",
                ],
                "properties": {
                    "counts": _COUNTS,
                    "total": _INT,
                    "stated": _INT,
                    "coverage": _SHARE,
                    "shares": {"type": "object", "additionalProperties": _SHARE},
                    "women_and_gender_diverse_share": _SHARE,
                },
            },
            "meets_target": {"type": ["boolean", "null"]},
            "women_needed": {"type": ["integer", "null"], "minimum": 0},
        },
    },
    "PanelProblem": {
        "type": "object",
        "required": ["code", "severity", "row", "message"],
        "properties": {
            "code": {"type": "string"},
            "severity": {"type": "string", "enum": [ERROR, NOTICE]},
            "row": {"type": ["integer", "null"], "description": "Row of the table, header = 1."},
            "column": {"type": ["string", "null"]},
            "value": {"type": ["string", "null"]},
            "params": {"type": "object"},
            "message": {"type": "string", "description": "In the request's language."},
        },
    },
    "PanelAudit": {
        "type": "object",
        "description": "Audit.to_dict(lang), schema allykit.panelaudit/1. Never holds a name.",
        "required": ["schema", "target", "complete", "people", "whole", "sessions", "problems"],
        "properties": {
            "schema": {"const": "allykit.panelaudit/1"},
            "complete": {
                "type": "boolean",
                "description": "True only when every row was counted "
                "as given and every speaking place has a stated gender.",
            },
            "counted_as_given": {
                "type": "boolean",
                "description": "No row was left out or guessed (the old meaning of `complete`).",
            },
            "coverage": {
                "type": ["number", "null"],
                "description": "Share of speaking places "
                "with a stated gender (null when there are none).",
            },
            "stated": {"type": "integer", "description": "Speaking places with a stated gender."},
            "layout": {
                "type": ["object", "null"],
                "description": "Where the header was found "
                "and how each column was read (sheet, row, columns, message).",
            },
            "people": {"type": "integer", "description": "Speaking places counted."},
            "unique_people": {"type": ["integer", "null"]},
            "sessions_count": _INT,
            "excluded_rows": _INT,
            "target": {
                "type": "object",
                "required": ["key", "share", "label"],
                "properties": {
                    "key": {"type": "string"},
                    "share": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
                    "label": {
                        "type": "object",
                        "required": ["en", "fr"],
                        "properties": {"en": {"type": "string"}, "fr": {"type": "string"}},
                    },
                    "source": {"type": ["string", "null"]},
                    "url": {"type": ["string", "null"]},
                },
            },
            "source": {
                "type": "object",
                "required": ["format"],
                "properties": {
                    "format": {"type": "string"},
                    "encoding": {"type": ["string", "null"]},
                    "separator": {"type": ["string", "null"]},
                    "rows": {"type": ["integer", "null"]},
                },
            },
            "whole": _ref("PanelTally"),
            "groups": {"type": "array", "items": _ref("PanelTally")},
            "roles": {"type": "array", "items": _ref("PanelTally")},
            "flag_counts": {"type": "object", "additionalProperties": _INT},
            "sessions": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["index", "label", "size", "gender", "roles", "flags"],
                    "properties": {
                        "index": _INT,
                        "label": {"type": "string"},
                        "size": _INT,
                        "gender": _COUNTS,
                        "roles": {"type": "object", "additionalProperties": _COUNTS},
                        "flags": {"type": "array", "items": {"type": "string"}},
                    },
                },
            },
            "dimensions": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["key", "header", "values"],
                    "properties": {
                        "key": {"type": "string"},
                        "header": {"type": "string"},
                        "values": _VALUE_COUNTS,
                        "by_group": {"type": "object", "additionalProperties": _VALUE_COUNTS},
                    },
                },
            },
            "problems": {"type": "array", "items": _ref("PanelProblem")},
            "problems_total": _INT,
            "errors_total": _INT,
            "estimate": {
                "type": ["object", "null"],
                "description": "Only when asked for: an aggregate estimate from first names.",
                "required": ["kind", "available"],
                "properties": {
                    "kind": {"const": "estimate"},
                    "available": {"type": "boolean"},
                    "method": {"type": "string"},
                    "citation": {"type": "string"},
                    "coverage": _SHARE,
                    "expected_women": {"type": ["number", "null"]},
                    "interval_95": {
                        "type": ["array", "null"],
                        "items": {"type": "number"},
                        "minItems": 2,
                        "maxItems": 2,
                    },
                },
            },
        },
    },
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
