"""The search index of this process: built from the loaded content once, on first use.

The content is loaded once per process (allykit.toolkit.site.get_site) and never changes while
it runs, so the index is built once from it and rebuilt only if a different Site is loaded
(tests that load other content). Nothing is indexed per request.
"""

from __future__ import annotations

import threading

from allykit.routes import url_for
from allykit.toolkit.site import get_site

from .documents import documents
from .engine import SearchIndex

_lock = threading.Lock()
_built: tuple[object, SearchIndex] | None = None


def _page_url(key: str, lang: str) -> str:
    return url_for(key, lang)


def _term_url(term_id: str, lang: str) -> str:
    return url_for("term", lang, term_id=term_id)


def build(site) -> SearchIndex:
    return SearchIndex({lang: documents(site, lang, _page_url, _term_url) for lang in ("en", "fr")})


def get_index() -> SearchIndex:
    """The index of the content this process serves (built on first call)."""
    global _built
    site = get_site()
    current = _built
    if current is None or current[0] is not site:
        with _lock:
            if _built is None or _built[0] is not site:
                _built = (site, build(site))
            current = _built
    return current[1]
