"""JSON API: `POST /api/v1/check` with `{text, genre, lang, ignore?, name?}`; answers
`Report.to_dict()`. Errors are JSON `{"error": {"code", "message"}}`:

- 400 bad_json: the body is not UTF-8 JSON;
- 405 method_not_allowed: anything but POST;
- 413 too_long: the text is over 100,000 characters (or the body over the request limit);
- 415 unsupported_media_type: the body is not `application/json`;
- 422 invalid_request, invalid_text, invalid_ignore, invalid_name, unknown_genre,
  unknown_language: well-formed JSON that is not a valid request.

Never a 500. CSRF-exempt: it keeps no session state. The text is not stored or logged.
Error messages are in the request's `lang` when it is "fr", in English otherwise.
"""

from __future__ import annotations

import json

from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from allykit.api_errors import error_response, method_not_allowed

from .service import CheckFailed, clean_ignore, run

_JSON = {"ensure_ascii": False}


def _read_body(request) -> dict:
    if request.content_type != "application/json":
        raise CheckFailed(415, "unsupported_media_type", _("Send the request as application/json."))
    try:
        body = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise CheckFailed(400, "bad_json", _("The request body is not valid JSON.")) from None
    if not isinstance(body, dict):
        raise CheckFailed(422, "invalid_request", _("The request body must be a JSON object."))
    return body


def _string(body: dict, key: str, default: str | None = None) -> str:
    value = body.get(key)
    value = default if value is None else value
    if value is None:
        raise CheckFailed(422, "invalid_request", _("“%(field)s” is required.") % {"field": key},
                          key)  # fmt: skip
    if not isinstance(value, str):
        code = "invalid_text" if key == "text" else "invalid_request"
        message = _("“%(field)s” must be a string.") % {"field": key}
        raise CheckFailed(422, code, message, key)
    return value


@csrf_exempt
def check_api(request):
    if request.method != "POST":
        return method_not_allowed()
    try:
        with translation.override("en"):  # no language is known before the body is read
            body = _read_body(request)
    except CheckFailed as failure:
        return error_response(failure.status, failure.code, failure.message)
    except RequestDataTooBig:
        return error_response(413, "too_long", "The request body is too large.")
    with translation.override("fr" if body.get("lang") == "fr" else "en"):
        try:
            result = run(
                _string(body, "text"),
                _string(body, "genre"),
                _string(body, "lang"),
                clean_ignore(body.get("ignore") or []),
                _string(body, "name", ""),
            )
        except CheckFailed as failure:
            return error_response(failure.status, failure.code, failure.message)
    response = JsonResponse(result, json_dumps_params=_JSON)
    response["Cache-Control"] = "no-store"
    return response


@require_safe
@cache_control(max_age=3600, public=True)
def openapi_document(request):
    from .openapi import document

    return JsonResponse(document(), json_dumps_params={**_JSON, "indent": 2})
