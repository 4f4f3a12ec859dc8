"""JSON API: `POST /api/v1/check` with `{text, genre, lang, ignore?, name?}`; answers
`Report.to_dict()`. Errors are JSON `{"error": {"code", "message"}}` (allykit.api):

- 400 bad_json: the body is not UTF-8 JSON, or is nested too deeply;
- 405 method_not_allowed: anything but POST;
- 413 too_long: the text is over 100,000 characters (or the body over the request limit);
- 415 unsupported_media_type: the body is not `application/json`;
- 422 invalid_request, invalid_text, invalid_ignore, invalid_name, invalid_unicode,
  unknown_genre, unknown_language: well-formed JSON that is not a valid request.

Never a 500. CSRF-exempt: it keeps no session state. The text is not stored or logged.
Error messages are in the request's `lang` when it is "fr", in English otherwise.
The OpenAPI description is `allykit/writing_checker/openapi.py`; tests/api/ keeps the two in step.
To accept another body type (a file upload), add a reader to READERS returning the same dict.
"""

from __future__ import annotations

import re

from django.core.exceptions import RequestDataTooBig
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from allykit.api import ApiError, error_response, method_not_allowed, read_json_object, success

from .openapi import RULE_ID_PATTERN
from .service import clean_ignore, run

_RULE_ID = re.compile(RULE_ID_PATTERN)

READERS = {"application/json": read_json_object}


def _read_body(request) -> dict:
    reader = READERS.get(request.content_type)
    if reader is None:
        raise ApiError(415, "unsupported_media_type", _("Send the request as application/json."))
    return reader(request)


def _string(body: dict, key: str, default: str | None = None, code: str = "invalid_request"):
    """A string field; absent -> `default` (required when None); present, it must be a string."""
    if key not in body:
        if default is None:
            message = _("“%(field)s” is required.") % {"field": key}
            raise ApiError(422, "invalid_request", message, field=key)
        return default
    value = body[key]
    if not isinstance(value, str):
        message = _("“%(field)s” must be a string.") % {"field": key}
        raise ApiError(422, code, message, field=key)
    return value


def _ignore(body: dict) -> frozenset[str]:
    """The documented list of rule ids (the schema's pattern), then the service's own check."""
    if "ignore" not in body:
        return frozenset()
    values = body["ignore"]
    if isinstance(values, list) and not all(isinstance(v, str) and _RULE_ID.match(v)
                                            for v in values):  # fmt: skip
        raise ApiError(422, "invalid_ignore", _("“ignore” must be a list of rule ids."),
                       field="ignore")  # fmt: skip
    return clean_ignore(values)


def _check(body: dict) -> dict:
    return run(
        _string(body, "text", code="invalid_text"),
        _string(body, "genre"),
        _string(body, "lang"),
        _ignore(body),
        _string(body, "name", ""),
    )


@csrf_exempt
def check_api(request):
    if request.method != "POST":
        return method_not_allowed()
    try:
        with translation.override("en"):  # no language is known before the body is read
            body = _read_body(request)
    except ApiError as failure:
        return failure.response()
    except RequestDataTooBig:
        return error_response(413, "too_long", "The request body is too large.")
    with translation.override("fr" if body.get("lang") == "fr" else "en"):
        try:
            return success(_check(body))
        except ApiError as failure:  # the service's CheckFailed is one
            return failure.response()
