"""Attempt limits for workshops, kept in the database (shared by every server process).

Reuses the contact app's counters: addresses are stored only as keyed hashes, and
`allykit purge` already clears old windows.
"""

from __future__ import annotations

import time

from allykit.contact import ratelimit
from allykit.contact.models import RateCounter

from . import conf


def _key(request, scope: str) -> str:
    return ratelimit.address_key(scope, ratelimit.request_ip(request))


def join_blocked(request) -> bool:
    """True once this address has sent too many wrong join codes in the current window."""
    limit, window = conf.JOIN_FAILURES
    start = int(time.time() // window * window)
    count = RateCounter.objects.filter(key=_key(request, "ws-join"), window_start=start)
    found = count.values_list("count", flat=True).first()
    return bool(found) and found >= limit


def join_failed(request) -> None:
    limit, window = conf.JOIN_FAILURES
    ratelimit.hit(_key(request, "ws-join"), limit, window)


def may_create(request) -> bool:
    return ratelimit.allow(request, "ws-create", conf.start_rate())
