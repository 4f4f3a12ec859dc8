"""What the public pages are built from, as one version: a content hash and its date.

The hash covers the content folder and the code that renders it (templates, static files,
catalogues and the package's Python), so a deployment that changes either changes every
validator; the date is the newest modification time among those files.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path

_SUFFIXES = {".md", ".yaml", ".yml", ".html", ".txt", ".xml", ".css", ".js", ".svg", ".po", ".py"}
_lock = threading.Lock()
_cached: dict[tuple[str, ...], Version] = {}


@dataclass(frozen=True)
class Version:
    hash: str  # 16 hex digits
    modified: float  # POSIX time, whole seconds


def _files(roots: tuple[str, ...]):
    for root in roots:
        base = Path(root)
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__pycache__")))
            for name in sorted(filenames):
                path = Path(dirpath, name)
                if path.suffix in _SUFFIXES:
                    yield base, path


def compute(roots: tuple[str, ...]) -> Version:
    digest = hashlib.sha256()
    newest = 0.0
    for base, path in _files(roots):
        data = path.read_bytes()
        digest.update(f"{base.name}/{path.relative_to(base).as_posix()}\0".encode())
        digest.update(hashlib.sha256(data).digest())
        newest = max(newest, path.stat().st_mtime)
    return Version(digest.hexdigest()[:16], float(int(newest)))


def current(roots: tuple[str, ...]) -> Version:
    """The version of `roots`, computed once per process."""
    with _lock:
        version = _cached.get(roots)
        if version is None:
            version = _cached[roots] = compute(roots)
        return version


_PACKAGE = str(Path(__file__).resolve().parent.parent)


def site_version() -> Version:
    """The version of the content and the package (asked for on every public response)."""
    from django.conf import settings

    roots = (str(settings.CONTENT_DIR), _PACKAGE)
    version = _cached.get(roots)  # a plain read once computed: no lock, no path resolution
    return version if version is not None else current(roots)
