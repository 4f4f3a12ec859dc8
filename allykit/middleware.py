"""Middleware: language from the URL prefix, security headers, request size limits."""

from __future__ import annotations

import io

from django.conf import settings
from django.core.handlers.wsgi import LimitedStream
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import has_vary_header
from django.utils.translation import gettext

from allykit.api import error_response

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)
PERMISSIONS = "camera=(), microphone=(), geolocation=(), interest-cohort=(), payment=()"


def language_of_path(path: str) -> str:
    """'fr' for /fr/..., otherwise 'en' (the default language)."""
    return "fr" if path == "/fr" or path.startswith("/fr/") else "en"


class LanguageFromPathMiddleware:
    """Activate the language named by the URL's first segment (English elsewhere)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        lang = language_of_path(request.path_info)
        translation.activate(lang)
        request.LANGUAGE_CODE = lang
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", lang)
        return response


class SecurityHeadersMiddleware:
    """A strict Content-Security-Policy and the usual hardening headers on every response.

    A response that says nothing about caching but varies on the visitor's cookies or sets one
    (a page with a form token, a session) is marked `private, no-cache`, so no shared cache
    keeps it and the browser asks again each time.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Cache-Control" not in response and (
            response.cookies or has_vary_header(response, "Cookie")
        ):
            response["Cache-Control"] = "private, no-cache"
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


class RequestLimitsMiddleware:
    """Refuse bodies over MAX_REQUEST_BYTES with 413 before anything reads them.

    A chunked body (Transfer-Encoding: chunked, no Content-Length) would look empty to Django,
    which reads Content-Length bytes: when the server says the stream ends by itself
    (`wsgi.input_terminated`, as gunicorn does), it is read here, up to the limit.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        meta = request.META
        if "chunked" in meta.get("HTTP_TRANSFER_ENCODING", "").lower() and not meta.get(
            "CONTENT_LENGTH"
        ):
            if not meta.get("wsgi.input_terminated"):
                return HttpResponse("Length Required", status=411, content_type="text/plain")
            data = meta["wsgi.input"].read(settings.MAX_REQUEST_BYTES + 1)
            if len(data) > settings.MAX_REQUEST_BYTES:
                return too_large(request)
            meta["CONTENT_LENGTH"] = str(len(data))
            request._stream = LimitedStream(io.BytesIO(data), len(data))
        try:
            length = int(meta.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponse("Bad Content-Length", status=400, content_type="text/plain")
        if length > settings.MAX_REQUEST_BYTES:
            return too_large(request)
        return self.get_response(request)


def too_large(request):
    """413 in the request's terms: JSON for the API, a page in the URL's language elsewhere."""
    limit_mb = settings.MAX_REQUEST_BYTES // (1024 * 1024)
    with translation.override(language_of_path(request.path_info)):
        message = gettext("The request is larger than %(mb)s MB.") % {"mb": limit_mb}
        if request.path_info.startswith("/api/"):
            return error_response(413, "too_large", message)
        request.LANGUAGE_CODE = translation.get_language()
        title = gettext("Request too large")
        advice = gettext("Please send a shorter text or a smaller file.")
        context = {
            "lang": request.LANGUAGE_CODE,
            "error_title": title,
            "error_message": f"{message} {advice}",
        }
        return render(request, "error.html", context, status=413)
