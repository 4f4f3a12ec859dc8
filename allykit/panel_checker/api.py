"""JSON API: `POST /api/v1/panels` with a JSON body or a multipart file; answers
`Audit.to_dict(lang)`. Errors are JSON `{"error": {"code", "message", "row"?}}` (allykit.api)
with 400, 405, 413, 415 or 422, never 500. CSRF-exempt: it keeps no session state. Nothing
is stored or logged. The OpenAPI description is allykit/panel_checker/openapi.py; tests/api/ keeps
the two in step.

To add a request field (e.g. a column `mapping`): read it in `_fields_from_json` and
`_fields_from_multipart`, pass it on in `_check`, and describe it in openapi.py `_FIELDS`.
"""

from __future__ import annotations

import json

from django.core.exceptions import RequestDataTooBig, SuspiciousOperation, TooManyFieldsSent
from django.http.multipartparser import MultiPartParserError
from django.utils import translation
from django.utils.translation import gettext as _

from allykit.api import (
    ApiError,
    check_form_text,
    error_response,
    method_not_allowed,
    read_json_object,
    success,
)
from allykit.panelaudit import formats, parse_target
from allykit.uploads import memory_uploads_api

from .service import (
    CheckInput,
    parse_mapping,
    read_upload,
    run_check,
    split_dimensions,
)

FORMATS = formats.hints()  # the JSON `format` hint -> extension, from the format table
LANGS = ("en", "fr")
_TRUE = ("1", "true", "yes", "on", "oui")
_FALSE = ("", "0", "false", "no", "off", "non")


def _bool(value) -> bool:
    """JSON: true or false. Form fields (strings): the usual yes/no words."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE + _FALSE:
        return value.strip().lower() in _TRUE
    raise ApiError(400, "bad_field", _("“estimate” must be true or false."))


def _lang(value) -> str:
    """The language of the messages; absent means English."""
    if value is None:
        return "en"
    if value not in LANGS:
        raise ApiError(422, "unknown_language", _("Unknown language: use en or fr."))
    return value


def _fields_from_json(body: dict) -> dict:
    for key in ("table", "supplement", "format", "lang"):
        # A null table is refused as "empty" (422) below, like a missing one.
        if key in body and not isinstance(body[key], str) and (key, body[key]) != ("table", None):
            raise ApiError(400, "bad_field", _("“%(field)s” must be a string.") % {"field": key})
    dims = body.get("dimensions", [])
    if not (isinstance(dims, list) and all(isinstance(d, str) for d in dims)):
        raise ApiError(400, "bad_field", _("“dimensions” must be a list of column names."))
    if "estimate" in body and not isinstance(body["estimate"], bool):
        raise ApiError(400, "bad_field", _("“estimate” must be true or false."))
    fmt = body.get("format")
    if fmt is not None and fmt not in FORMATS:
        message = _("Unknown format: use one of %(formats)s.") % {"formats": ", ".join(FORMATS)}
        raise ApiError(422, "unknown_format", message)
    name = f"table.{FORMATS[fmt]}" if fmt else None
    return {
        "data": body.get("table"),
        "filename": name,
        "supplement": body.get("supplement"),
        "supplement_filename": None,
        "target": body.get("target"),
        "dimensions": tuple(dims),
        "estimate": body.get("estimate", False),
        "mapping": body.get("mapping"),
    }


def _fields_from_multipart(request) -> dict:
    post, files = request.POST, request.FILES
    check_form_text(v for key in post for v in post.getlist(key))
    upload, extra = files.get("file"), files.get("supplement")
    data = read_upload(upload) if upload else post.get("table")
    supplement = read_upload(extra) if extra else post.get("supplement")
    dims = tuple(d for value in post.getlist("dimensions") for d in split_dimensions(value))
    return {
        "data": data,
        "filename": upload.name if upload else None,
        "supplement": supplement,
        "supplement_filename": extra.name if extra else None,
        "target": post.get("target"),
        "dimensions": dims,
        "estimate": post.get("estimate", ""),
        "mapping": _json_field(post.get("mapping")),
    }


def _json_field(value):
    """A multipart field holding JSON (the `mapping` object); None when absent."""
    if value in (None, ""):
        return None
    try:
        return json.loads(value)
    except ValueError:
        raise ApiError(400, "bad_field", _("“mapping” must be a JSON object.")) from None


def _check(fields: dict) -> CheckInput:
    data = fields["data"]
    if data is None or (isinstance(data, str) and not data.strip()):
        raise ApiError(422, "empty", _("Send the programme as “table” (text) or “file” (upload)."))
    target = fields["target"]
    if isinstance(target, bool) or not isinstance(target, (str, int, float, type(None))):
        raise ApiError(400, "bad_field", _("“target” must be a string or a number."))
    try:
        target = parse_target(target)
    except ValueError:
        message = _("Unknown target: give a share (0.5 or 50%) or the key of a preset.")
        raise ApiError(422, "bad_target", message) from None
    return CheckInput(
        data,
        fields["filename"],
        fields["supplement"] or None,
        fields["supplement_filename"],
        target,
        fields["dimensions"],
        _bool(fields["estimate"]),
        mapping=parse_mapping(fields.get("mapping")),
    )


def _read(request) -> tuple[str, dict]:
    """The messages' language and the request's fields, from either body type."""
    if request.content_type == "application/json":
        with translation.override("en"):
            body = read_json_object(request)
            lang = _lang(body.get("lang"))
        with translation.override(lang):
            return lang, _fields_from_json(body)
    if request.content_type == "multipart/form-data":
        with translation.override("en"):
            lang = _lang(request.POST.get("lang") or None)
        with translation.override(lang):
            return lang, _fields_from_multipart(request)
    raise ApiError(415, "unsupported_media_type", "Send application/json or multipart/form-data.")


@memory_uploads_api
def panels_api(request):
    if request.method != "POST":
        return method_not_allowed()
    lang = "en"
    try:
        lang, fields = _read(request)
        with translation.override(lang):
            result = run_check(_check(fields), lang)
    except ApiError as exc:  # bad fields, and input the checker cannot use (service.refused)
        return exc.response()
    except RequestDataTooBig:
        return error_response(413, "too_large", "The request body is too large.")
    except (MultiPartParserError, TooManyFieldsSent, SuspiciousOperation):
        return error_response(400, "bad_request", "The multipart body could not be read.")
    return success(result.to_dict(lang))
