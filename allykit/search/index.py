"""The search index of this process: built from the loaded content once, on first use.

The content is loaded once per process (allykit.toolkit.site.get_site) and never changes while
it runs, so the index is built once from it and rebuilt only if a different Site is loaded
(tests that load other content). Nothing is indexed per request.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import pickle
import tempfile
import threading
from pathlib import Path

from django.conf import settings

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


log = logging.getLogger(__name__)
_CODE = Path(__file__).resolve().parent


def _code_digest() -> bytes:
    digest = hashlib.sha256()
    for path in sorted(_CODE.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.digest()


def _documents(site) -> dict:
    return {lang: documents(site, lang, _page_url, _term_url) for lang in ("en", "fr")}


def build(site) -> SearchIndex:
    return SearchIndex(_documents(site))


def _cache_folder() -> Path:
    return Path(settings.DATA_DIR) / "search-index"


def _sign(data: bytes) -> bytes:
    return hmac.new(settings.SECRET_KEY.encode(), data, hashlib.sha256).digest()


def load_or_build(site) -> SearchIndex:
    """The index for this content, from the instance folder when an earlier start built it.

    The copy is named after a hash of the documents and of this package's code, so changed
    content or code builds a new one; it is signed with the secret key, so only a copy this
    installation wrote is read. Older copies are removed.
    """
    docs = _documents(site)
    key = hashlib.sha256(pickle.dumps(docs) + _code_digest()).hexdigest()[:24]
    folder = _cache_folder()
    path = folder / f"{key}.index"
    try:
        blob = path.read_bytes()
        signature, data = blob[:32], blob[32:]
        if hmac.compare_digest(signature, _sign(data)):
            return pickle.loads(data)  # noqa: S301 - signed by this installation
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError) as exc:
        log.warning("search index copy %s unreadable (%s); rebuilding", path.name, exc)
    index = SearchIndex(docs)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        data = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(_sign(data) + data)
        os.replace(tmp, path)
        for old in folder.glob("*.index"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("search index not kept in the instance folder: %s", exc)
    return index


def get_index() -> SearchIndex:
    """The index of the content this process serves (built on first call)."""
    global _built
    site = get_site()
    current = _built
    if current is None or current[0] is not site:
        with _lock:
            if _built is None or _built[0] is not site:
                _built = (site, load_or_build(site))
            current = _built
    return current[1]
