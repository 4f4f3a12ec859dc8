"""HTTP validators for public pages: strong ETags, Last-Modified and conditional requests.

Plain Python (no Django): the page cache calls it with the bytes it is about to send.
"""

from __future__ import annotations

import hashlib
from email.utils import formatdate, parsedate_to_datetime

# Public pages may be kept by browsers and shared caches for five minutes, then served stale
# for a day while the cache revalidates in the background (a 304 costs almost nothing).
PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400"


def strong_etag(body: bytes, encoding: str = "") -> str:
    """A strong validator for one representation: the same bytes give the same tag."""
    digest = hashlib.sha256(body).hexdigest()[:32]
    return f'"{digest}{"-" + encoding if encoding else ""}"'


def http_date(timestamp: float) -> str:
    return formatdate(int(timestamp), usegmt=True)


def _etags(header: str) -> list[str]:
    return [part.strip().removeprefix("W/") for part in header.split(",") if part.strip()]


def not_modified(
    etag: str, last_modified: float, if_none_match: str, if_modified_since: str
) -> bool:
    """RFC 9110 section 13.2.2: If-None-Match decides when present, else If-Modified-Since."""
    if if_none_match:
        tags = _etags(if_none_match)
        return "*" in tags or etag in tags
    if if_modified_since:
        try:
            since = parsedate_to_datetime(if_modified_since).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        return int(last_modified) <= since
    return False
