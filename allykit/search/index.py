"""The search index of this process: built from the loaded content once, on first use.

The content is loaded once per process (allykit.toolkit.site.get_site) and never changes while
it runs, so the index is built once from it and rebuilt only if a different Site is loaded
(tests that load other content). Nothing is indexed per request.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import pickle
import tempfile
import threading
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: no lock, at worst two processes build the same index
    fcntl = None

from django.conf import settings

from allykit.routes import url_for
from allykit.toolkit.site import get_site

from .documents import documents
from .engine import SearchIndex

_lock = threading.Lock()
_built: tuple[object, SearchIndex] | None = None
_elsewhere = False


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
    with _file_lock(folder / f"{key}.lock"):
        return _read_or_build(docs, folder / f"{key}.index", folder)


@contextlib.contextmanager
def _file_lock(path: Path):
    """One process at a time builds a given index; the others wait, then read its copy."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield
        return
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the file releases the lock


def _read_or_build(docs: dict, path: Path, folder: Path) -> SearchIndex:
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
        for old in [*folder.glob("*.index"), *folder.glob("*.lock")]:
            if old.stem != path.stem:
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


def built_elsewhere(flag: bool) -> None:
    """`allykit serve` builds the index in a child process: do not build it here first."""
    global _elsewhere
    _elsewhere = flag


def is_built_elsewhere() -> bool:
    return _elsewhere
