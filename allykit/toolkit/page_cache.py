"""Rendered content pages, kept per process so a page costs almost nothing per request.

A page's HTML depends only on its language, its key, the host and its query string; the CSRF token of
any form on it is put back in per request. Requests carrying flash messages are not cached.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from django.contrib.messages import get_messages
from django.http import HttpResponse
from django.middleware.csrf import get_token

CSRF_PLACEHOLDER = "csrf0placeholder0a1ly0kit"
_PLACEHOLDER_BYTES = CSRF_PLACEHOLDER.encode()
MAX_ENTRIES = 1000

_lock = threading.Lock()
_pages: OrderedDict[tuple, bytes] = OrderedDict()


def cached_page(request, key: tuple, render) -> HttpResponse:
    """Serve `render()`'s HTML from the cache for `key` plus the query string."""
    if len(get_messages(request)):
        return HttpResponse(render(None))
    full_key = (*key, request.get_host(), request.GET.urlencode())
    with _lock:
        html = _pages.get(full_key)
        if html is not None:
            _pages.move_to_end(full_key)
    if html is None:
        html = render(CSRF_PLACEHOLDER).encode()
        with _lock:
            _pages[full_key] = html
            while len(_pages) > MAX_ENTRIES:
                _pages.popitem(last=False)
    if _PLACEHOLDER_BYTES in html:
        html = html.replace(_PLACEHOLDER_BYTES, get_token(request).encode())
    return HttpResponse(html)


def clear() -> None:
    with _lock:
        _pages.clear()
