"""The OpenAPI component schemas of the panel checker's result (`Audit.to_dict(lang)`): the
`PanelResult` and the parts it is made of. The request side and the paths are in openapi.py."""

from __future__ import annotations

from allykit.api import ref as _ref
from allykit.panelaudit.errors import ERROR, NOTICE

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
