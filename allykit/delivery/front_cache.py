"""Public pages' complete responses, kept per process and served before Django runs.

A content page is the same for everyone for as long as the process runs (the content is
loaded once), and `allykit.toolkit.page_cache` already keeps its HTML. Yet every request
still went through the whole middleware stack, URL resolution and response building, which
cost more than the page itself. This WSGI wrapper keeps the finished response (status line,
every header, body) of each public page and answers the next identical request with it, or
with a 304 when the client's validator matches.

What is kept: a 200 to a GET without a body, of HTML marked `Cache-Control: public`, without
`Set-Cookie` and varying on nothing but Accept-Encoding. The key holds the scheme, the Host
header, the path, the query string and whether the client accepts gzip, the only inputs such
a page depends on; a Host Django refused was never answered 200, so it is never found.
What is never served from here: requests with a body, or with the session or one-time
message cookie (a signed-in staff member, a visitor who has just sent a form), and anything
that is not such a page (forms with a CSRF token are `private`, APIs are not public).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from email.utils import parsedate_to_datetime

from allykit.delivery import validators

MAX_ENTRIES = 500
_NOT_IN_304 = {"content-length", "content-type", "content-encoding"}


class _Entry:
    __slots__ = ("site", "headers", "body", "etag", "modified", "not_modified_headers")

    def __init__(self, site, headers: list[tuple[str, str]], body: bytes):
        self.site = site
        self.headers = headers
        self.body = body
        found = {name.lower(): value for name, value in headers}
        self.etag = found.get("etag", "")
        try:
            self.modified = parsedate_to_datetime(found["last-modified"]).timestamp()
        except (KeyError, TypeError, ValueError, IndexError, OverflowError):
            self.modified = None
        self.not_modified_headers = [h for h in headers if h[0].lower() not in _NOT_IN_304]


def _storable(status: str, headers: list[tuple[str, str]]) -> bool:
    if not status.startswith("200"):
        return False
    found: dict[str, str] = {}
    for name, value in headers:
        lower = name.lower()
        if lower == "set-cookie":
            return False
        found[lower] = value
    cache_control = {part.strip() for part in found.get("cache-control", "").lower().split(",")}
    vary = {part.strip().lower() for part in found.get("vary", "").split(",") if part.strip()}
    return (
        "public" in cache_control
        and "etag" in found
        and found.get("content-type", "").startswith("text/html")
        and vary <= {"accept-encoding"}
    )


class FrontCache:
    """WSGI middleware: `application = FrontCache(get_wsgi_application())`."""

    def __init__(self, app, current_site, personal_cookies=("sessionid", "messages")):
        self.app = app
        self.current_site = current_site  # the loaded content; a new one empties the cache
        self.cookies = tuple(f"{name}=" for name in personal_cookies)
        self.entries: OrderedDict[tuple, _Entry] = OrderedDict()
        self.lock = threading.Lock()
        self.hits = 0

    def __call__(self, environ, start_response):
        if (
            environ.get("REQUEST_METHOD") != "GET"
            or environ.get("CONTENT_LENGTH", "") not in ("", "0")
            or "HTTP_TRANSFER_ENCODING" in environ
            or any(c in environ.get("HTTP_COOKIE", "") for c in self.cookies)
        ):
            return self.app(environ, start_response)
        key = (
            environ.get("wsgi.url_scheme"),
            environ.get("HTTP_HOST", ""),
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            "gzip" in environ.get("HTTP_ACCEPT_ENCODING", ""),
        )
        entry = self.entries.get(key)
        if entry is not None and entry.site is self.current_site():
            self.hits += 1
            if validators.not_modified(
                entry.etag,
                entry.modified if entry.modified is not None else float("inf"),
                environ.get("HTTP_IF_NONE_MATCH", ""),
                environ.get("HTTP_IF_MODIFIED_SINCE", ""),
            ):
                start_response("304 Not Modified", entry.not_modified_headers)
                return []
            start_response("200 OK", entry.headers)
            return [entry.body]
        return self._fill(key, environ, start_response)

    def _fill(self, key, environ, start_response):
        seen = {}

        def capture(status, headers, exc_info=None):
            seen["status"], seen["headers"] = status, list(headers)
            return start_response(status, headers, exc_info)

        result = self.app(environ, capture)
        conditional = "HTTP_IF_NONE_MATCH" in environ or "HTTP_IF_MODIFIED_SINCE" in environ
        if conditional or not _storable(seen.get("status", ""), seen.get("headers", [])):
            return result
        try:
            body = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        site = self.current_site()  # after the request, which loads the content if need be
        with self.lock:
            self.entries[key] = _Entry(site, seen["headers"], body)
            self.entries.move_to_end(key)
            while len(self.entries) > MAX_ENTRIES:
                self.entries.popitem(last=False)
        return [body]

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
