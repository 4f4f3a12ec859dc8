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
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_vary_headers

CSRF_PLACEHOLDER = "csrf0placeholder0a1ly0kit"
_PLACEHOLDER_BYTES = CSRF_PLACEHOLDER.encode()
MAX_ENTRIES = 1000

_lock = threading.Lock()
# key -> (HTML bytes, gzip bytes or None when the page holds a per-request CSRF token)
_pages: OrderedDict[tuple, tuple[bytes, bytes | None]] = OrderedDict()


def _accepts_gzip(request) -> bool:
    return "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")


def cached_page(request, key: tuple, render) -> HttpResponse:
    """Serve `render()`'s HTML from the cache for `key` plus the host and query string."""
    if len(get_messages(request)):
        return HttpResponse(render(None))
    full_key = (*key, request.get_host(), request.GET.urlencode())
    with _lock:
        entry = _pages.get(full_key)
        if entry is not None:
            _pages.move_to_end(full_key)
    if entry is None:
        html = render(CSRF_PLACEHOLDER).encode()
        # Never compress a page that carries a secret token (BREACH); the others are public.
        compressed = None if _PLACEHOLDER_BYTES in html else gzip.compress(html, 6, mtime=0)
        entry = (html, compressed)
        with _lock:
            _pages[full_key] = entry
            while len(_pages) > MAX_ENTRIES:
                _pages.popitem(last=False)
    html, compressed = entry
    if compressed is None:
        return HttpResponse(html.replace(_PLACEHOLDER_BYTES, get_token(request).encode()))
    if _accepts_gzip(request):
        response = HttpResponse(compressed)
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(html)
    patch_vary_headers(response, ("Accept-Encoding",))
    return response


def clear() -> None:
    with _lock:
        _pages.clear()
