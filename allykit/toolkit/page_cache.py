"""Rendered content pages, kept per process so a page costs almost nothing per request.

A page's HTML depends only on its language, its key, the host and its query string; the CSRF
token of any form on it is put back in per request. Pages without a token are also kept
gzip-compressed, for clients that accept it. Requests carrying flash messages are not cached.
"""

from __future__ import annotations

import gzip
import threading
from collections import OrderedDict

from django.contrib.messages import get_messages
from django.http import HttpResponse, HttpResponseNotModified
from django.middleware.csrf import get_token
from django.utils.cache import patch_vary_headers

from allykit.delivery import validators
from allykit.delivery.version import site_version

CSRF_PLACEHOLDER = "csrf0placeholder0a1ly0kit"
_PLACEHOLDER_BYTES = CSRF_PLACEHOLDER.encode()
MAX_ENTRIES = 1000

_lock = threading.Lock()


class _Entry:
    """A rendered page; the gzip copy and validators only when it holds no CSRF token."""

    __slots__ = ("html", "compressed", "etag", "etag_gzip")

    def __init__(self, html: bytes):
        self.html = html
        # Never compress a page that carries a secret token (BREACH); the others are public.
        if _PLACEHOLDER_BYTES in html:
            self.compressed = self.etag = self.etag_gzip = None
        else:
            self.compressed = gzip.compress(html, 6, mtime=0)
            self.etag = validators.strong_etag(html)
            self.etag_gzip = validators.strong_etag(html, "gzip")


_pages: OrderedDict[tuple, _Entry] = OrderedDict()


def _accepts_gzip(request) -> bool:
    return "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")


def cached_page(request, key: tuple, render) -> HttpResponse:
    """Serve `render()`'s HTML from the cache for `key` plus the host and query string.

    Token-free pages are public: they carry a strong ETag (one per encoding), Last-Modified
    (the content's version date) and Cache-Control for shared caches, and a matching
    conditional request gets 304.
    """
    if len(get_messages(request)):
        return HttpResponse(render(None))
    full_key = (*key, request.get_host(), request.GET.urlencode())
    with _lock:
        entry = _pages.get(full_key)
        if entry is not None:
            _pages.move_to_end(full_key)
    if entry is None:
        entry = _Entry(render(CSRF_PLACEHOLDER).encode())
        with _lock:
            _pages[full_key] = entry
            while len(_pages) > MAX_ENTRIES:
                _pages.popitem(last=False)
    if entry.compressed is None:
        # A page with a form token is personal: never stored by a shared cache.
        token = get_token(request).encode()
        response = HttpResponse(entry.html.replace(_PLACEHOLDER_BYTES, token))
        response["Cache-Control"] = "private, no-cache"
        return response
    return _public_response(request, entry)


def _public_response(request, entry: _Entry) -> HttpResponse:
    gzipped = _accepts_gzip(request)
    etag = entry.etag_gzip if gzipped else entry.etag
    modified = site_version().modified
    meta = request.META
    if validators.not_modified(
        etag, modified, meta.get("HTTP_IF_NONE_MATCH", ""), meta.get("HTTP_IF_MODIFIED_SINCE", "")
    ):
        response = HttpResponseNotModified()
    elif gzipped:
        response = HttpResponse(entry.compressed)
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(entry.html)
    response["ETag"] = etag
    response["Last-Modified"] = validators.http_date(modified)
    response["Cache-Control"] = validators.PUBLIC_PAGE_CACHE_CONTROL
    patch_vary_headers(response, ("Accept-Encoding",))
    return response


def clear() -> None:
    with _lock:
        _pages.clear()
