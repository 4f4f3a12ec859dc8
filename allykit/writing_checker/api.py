"""JSON API: `POST /api/v1/check` with `{text, genre, lang, ui_lang?, ignore?, name?}` as JSON,
or the same fields as `multipart/form-data` with the text as a `file` upload (.docx, .pdf,
.txt) instead of `text`; answers `Report.to_dict()` (plus `document` for an upload).
Errors are JSON `{"error": {"code", "message"}}` (allykit.api):

- 400 bad_json: the body is not UTF-8 JSON, or is nested too deeply; 400 bad_request: the
  multipart body cannot be read;
- 405 method_not_allowed: anything but POST;
- 413 too_long: the text is over 100,000 characters (or the body over the request limit);
  413 too_large: the file is over 5 MB;
- 415 unsupported_media_type: the body is neither `application/json` nor multipart;
- 422 invalid_request, invalid_text, invalid_ignore, invalid_name, invalid_unicode,
  unknown_genre, unknown_language: well-formed input that is not a valid request; for an
  upload also unknown_format, unreadable, encrypted, unsafe_archive, too_many_pages,
  too_slow (`allykit.wordcheck.documents`, the page's limits and hostile-file care). A file
  with no text in it (empty, a scanned PDF; an upload with no file part, which is how an
  empty file input arrives) gets the empty report, `document.no_text` true.

`lang` is the language of the text (its word lists); `ui_lang` the language of the reasons,
changes, notes and error messages (by default the text's: French when `lang` is "fr").
Never a 500. CSRF-exempt: it keeps no session state. Nothing is stored or logged; an upload
is read in memory, never written to disk.
The OpenAPI description is `allykit/writing_checker/openapi.py`; tests/api/ keeps the two in step.
To accept another body type, add a reader to READERS returning the same dict.
"""

from __future__ import annotations

import re

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
from allykit.uploads import memory_uploads_api
from allykit.wordcheck import LANGS
from allykit.wordcheck.documents import MAX_BYTES, DocumentError, extract, sniff

from .forms import document_message
from .openapi import RULE_ID_PATTERN
from .service import clean_ignore, run

_RULE_ID = re.compile(RULE_ID_PATTERN)
_FILE = "file"  # the multipart part that holds a document
_UPLOAD = object()  # the body's key for the upload (a JSON key is always a string)


def _read_multipart(request) -> dict:
    """The form fields as the JSON body's keys (`ignore` repeated), and the upload, unread."""
    post = request.POST
    check_form_text(v for key in post for v in post.getlist(key))
    body: dict = {key: post.get(key) for key in post if key != "ignore"}
    if "ignore" in post:
        body["ignore"] = post.getlist("ignore")
    if _FILE in body:  # a form field, not a file
        raise ApiError(422, "invalid_request", _("“file” must be a file upload."), field=_FILE)
    body[_UPLOAD] = request.FILES.get(_FILE)
    return body


READERS = {"application/json": read_json_object, "multipart/form-data": _read_multipart}


def _read_body(request) -> dict:
    reader = READERS.get(request.content_type)
    if reader is None:
        message = _("Send the request as application/json or multipart/form-data.")
        raise ApiError(415, "unsupported_media_type", message)
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
    if isinstance(values, list) and not all(
        isinstance(v, str) and _RULE_ID.match(v) for v in values
    ):
        raise ApiError(
            422, "invalid_ignore", _("“ignore” must be a list of rule ids."), field="ignore"
        )
    return clean_ignore(values)


def ui_language(body: dict) -> str:
    """The language of the messages: `ui_lang` when it is one we have, else the text's
    when that is French, else English (an unknown `ui_lang` is refused in `_check`)."""
    ui = body.get("ui_lang")
    if ui in LANGS:
        return ui
    return "fr" if body.get("lang") == "fr" else "en"


def _ui_lang(body: dict) -> str | None:
    if "ui_lang" not in body:
        return None
    ui = _string(body, "ui_lang")
    if ui not in LANGS:
        raise ApiError(
            422, "unknown_language", _("Unknown language: use en or fr."), field="ui_lang"
        )
    return ui


def _document(upload) -> tuple[str, dict]:
    """The text of an uploaded .docx, .pdf or .txt and what the report says about it.

    A file that holds no text (empty, or a scanned PDF) is answered like an empty `text`,
    with `document.no_text` saying why the report is empty; the page asks a person for
    another file instead. Everything else that cannot be read is an error."""
    if upload.size is not None and upload.size > MAX_BYTES:
        error = DocumentError("too_large")
    else:
        upload.seek(0)
        data = upload.read(MAX_BYTES + 1)
        try:
            got = extract(data, upload.name or "")
        except DocumentError as exc:
            if exc.code in ("empty", "no_text"):
                return "", {"format": sniff(data), "truncated": False, "no_text": True}
            error = exc
        else:
            return got.text, {"format": got.format, "truncated": got.truncated, "no_text": False}
    status = 413 if error.code == "too_large" else 422
    lang = translation.get_language() or "en"
    raise ApiError(status, error.code, document_message(error, lang), field=_FILE)


def _check(body: dict) -> dict:
    ui = _ui_lang(body)
    document = None
    if _UPLOAD in body:  # multipart: the text comes as a file
        if "text" in body:
            raise ApiError(
                422, "invalid_request", _("Send the text as “file”, not as “text”."), field="text"
            )
        if body[_UPLOAD] is None:  # no file, or an empty one (a form sends no file so)
            text, document = "", {"format": "txt", "truncated": False, "no_text": True}
        else:
            text, document = _document(body[_UPLOAD])
    else:
        text = _string(body, "text", code="invalid_text")
    genre, lang = _string(body, "genre"), _string(body, "lang")
    report = run(text, genre, lang, _ignore(body), _string(body, "name", ""), ui)
    if document is not None:
        report["document"] = document
    return report


@memory_uploads_api
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
    except (MultiPartParserError, TooManyFieldsSent, SuspiciousOperation):
        return error_response(400, "bad_request", "The multipart body could not be read.")
    with translation.override(ui_language(body)):
        try:
            return success(_check(body))
        except ApiError as failure:  # the service raises only this
            return failure.response()
