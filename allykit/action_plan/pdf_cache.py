"""The plan PDFs this process made in the last few minutes, so that downloading the same plan
again (a second tap, a retry on a slow phone, the private link opened twice) skips WeasyPrint.

Plain Python. An entry is found by a hash of everything the PDF is made from (the document's
HTML and its stylesheet: the plan with its notes, its language, the day, the site's address,
the content and the page size), so a change to any of them makes a new PDF and a stale one is
never served. The plan is private (decision 1301), so the cache holds nothing readable: each
PDF is encrypted (AES-GCM) under a key derived from that same material, which only a request
carrying the same plan can derive again. It lives in this process's memory only (never on
disk, never shared between processes), is not served after `ttl` seconds (and is dropped at
the next download), and is bounded by a count and a total size; the least recently used entry
goes first.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAX_ENTRIES = 16
MAX_BYTES = 8 * 1024 * 1024  # a 60-action plan's PDF is about 0.1 MB
TTL_SECONDS = 600


def _derive(label: bytes, material: bytes) -> bytes:
    return hashlib.sha256(label + b":" + material).digest()


class PdfCache:
    def __init__(
        self,
        entries: int = MAX_ENTRIES,
        max_bytes: int = MAX_BYTES,
        ttl: float = TTL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.entries, self.max_bytes, self.ttl, self.clock = entries, max_bytes, ttl, clock
        self._items: OrderedDict[bytes, tuple[float, bytes, bytes]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    @property
    def size(self) -> int:
        return self._size

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0

    def _drop(self, key: bytes) -> None:
        _, _, sealed = self._items.pop(key)
        self._size -= len(sealed)

    def _prune(self) -> None:
        now = self.clock()
        for key in [k for k, (expires, _, _) in self._items.items() if expires <= now]:
            self._drop(key)

    def get(self, material: bytes) -> bytes | None:
        key = _derive(b"allykit-pdf-find", material)
        with self._lock:
            self._prune()
            found = self._items.get(key)
            if found is None:
                return None
            self._items.move_to_end(key)
            _, nonce, sealed = found
        return AESGCM(_derive(b"allykit-pdf-key", material)).decrypt(nonce, sealed, None)

    def put(self, material: bytes, body: bytes) -> None:
        key, nonce = _derive(b"allykit-pdf-find", material), os.urandom(12)
        sealed = AESGCM(_derive(b"allykit-pdf-key", material)).encrypt(nonce, body, None)
        if len(sealed) > self.max_bytes:
            return
        with self._lock:
            self._prune()
            if key in self._items:
                self._drop(key)
            self._items[key] = (self.clock() + self.ttl, nonce, sealed)
            self._size += len(sealed)
            while len(self._items) > self.entries or self._size > self.max_bytes:
                self._drop(next(iter(self._items)))

    def get_or_make(self, material: bytes, make: Callable[[], bytes]) -> bytes:
        """The PDF for `material`: the cached one, or `make()`'s (then kept)."""
        body = self.get(material)
        if body is None:
            body = make()
            self.put(material, body)
        return body


CACHE = PdfCache()
