"""JSON API: `POST /api/v1/panels` with a JSON body or a multipart file; answers
`Audit.to_dict(lang)`. Errors are JSON `{"error": {"code", "message"}}` with 400, 405, 413,
415 or 422, never 500. CSRF-exempt: it keeps no session state. Nothing is stored or logged.
"""

from __future__ import annotations

import json

from django.core.exceptions import RequestDataTooBig, SuspiciousOperation, TooManyFieldsSent
from django.core.files.uploadhandler import MemoryFileUploadHandler
from django.http import JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from allykit.api_errors import error_response, method_not_allowed
from allykit.panelaudit import parse_target

from .service import (
    CheckFailed,
    CheckInput,
    parse_mapping,
    read_upload,
    run_check,
    split_dimensions,
)

FORMATS = {"csv": "csv", "tsv": "tsv", "text": "txt", "json": "json", "pretalx": "json",
           "xml": "xml", "frab": "xml"}  # fmt: skip


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, row: int | None = None):
        super().__init__(code)
        self.status, self.code, self.message, self.row = status, code, message, row


def _bool(value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("1", "true", "yes", "on", "oui"):
        return True
    if value in (None, "", 0) or (isinstance(value, str) and value.strip().lower() in
                                  ("0", "false", "no", "off", "non")):  # fmt: skip
        return False
    raise ApiError(400, "bad_field", _("“estimate” must be true or false."))


def _lang(value) -> str:
    return value if value in ("en", "fr") else "en"


def _json_body(request):
    try:
        return json.loads(request.body or b"null")
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, "bad_request", "The request body is not valid JSON.") from None


def _fields_from_json(body) -> dict:
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", _("The request body must be a JSON object."))
    for key in ("table", "supplement", "format", "lang"):
        if body.get(key) is not None and not isinstance(body[key], str):
            raise ApiError(400, "bad_field", _("“%(field)s” must be a string.") % {"field": key})
    dims = body.get("dimensions") or []
    if not (isinstance(dims, list) and all(isinstance(d, str) for d in dims)):
        raise ApiError(400, "bad_field", _("“dimensions” must be a list of column names."))
    fmt = body.get("format")
    if fmt is not None and fmt not in FORMATS:
        message = _("Unknown format: use one of %(formats)s.") % {"formats": ", ".join(FORMATS)}
        raise ApiError(422, "unknown_format", message)
    name = f"table.{FORMATS[fmt]}" if fmt else None
    return {"data": body.get("table"), "filename": name, "supplement": body.get("supplement"),
            "supplement_filename": None, "target": body.get("target"),
            "dimensions": tuple(dims), "estimate": body.get("estimate"),
            "mapping": body.get("mapping")}  # fmt: skip


def _fields_from_multipart(request) -> dict:
    post, files = request.POST, request.FILES
    upload, extra = files.get("file"), files.get("supplement")
    data = read_upload(upload) if upload else post.get("table")
    supplement = read_upload(extra) if extra else post.get("supplement")
    dims = tuple(d for value in post.getlist("dimensions") for d in split_dimensions(value))
    return {"data": data, "filename": upload.name if upload else None, "supplement": supplement,
            "supplement_filename": extra.name if extra else None, "target": post.get("target"),
            "dimensions": dims, "estimate": post.get("estimate"),
            "mapping": _json_field(post.get("mapping"))}  # fmt: skip


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
    return CheckInput(data, fields["filename"], fields["supplement"] or None,
                      fields["supplement_filename"], target, fields["dimensions"],
                      _bool(fields["estimate"]),
                      mapping=parse_mapping(fields.get("mapping")))  # fmt: skip


@csrf_exempt
def panels_api(request):
    if request.method != "POST":
        return method_not_allowed()
    request.upload_handlers = [MemoryFileUploadHandler(request)]
    lang = "en"
    try:
        if request.content_type == "application/json":
            body = _json_body(request)
            lang = _lang(body.get("lang") if isinstance(body, dict) else None)
            read = lambda: _fields_from_json(body)  # noqa: E731
        elif request.content_type == "multipart/form-data":
            lang = _lang(request.POST.get("lang"))
            read = lambda: _fields_from_multipart(request)  # noqa: E731
        else:
            raise ApiError(415, "unsupported_media_type",
                           "Send application/json or multipart/form-data.")  # fmt: skip
        with translation.override(lang):
            result = run_check(_check(read()))
    except ApiError as exc:
        return error_response(exc.status, exc.code, exc.message, exc.row)
    except CheckFailed as failure:
        return error_response(failure.status, failure.code, failure.message(lang), failure.row)
    except RequestDataTooBig:
        return error_response(413, "too_large", "The request body is too large.")
    except (MultiPartParserError, TooManyFieldsSent, SuspiciousOperation):
        return error_response(400, "bad_request", "The multipart body could not be read.")
    response = JsonResponse(result.to_dict(lang), json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    return response
