"""The client's address (honouring trusted proxies) and per-address limits kept in the database.

Counters live in the database, not in process memory, so every gunicorn worker and every host
sharing the database sees the same counts. Addresses are stored only as keyed hashes.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F

from . import clock
from .models import RateCounter


def _parse(value: str):
    try:
        return ipaddress.ip_address(value.strip().strip("[]"))
    except ValueError:
        return None


def client_ip(remote_addr: str, forwarded_for: str, trusted: list[str]) -> str:
    """The address of the person: X-Forwarded-For is believed only from trusted proxies.

    Walk the X-Forwarded-For chain from the right (the hop nearest to us) and return the first
    address that is not a trusted proxy.
    """
    remote = _parse(remote_addr or "")
    trusted_ips = {ip for ip in (_parse(t) for t in trusted) if ip is not None}
    if remote is None:
        return remote_addr or ""
    if remote not in trusted_ips or not forwarded_for:
        return str(remote)
    for hop in reversed(forwarded_for.split(",")):
        ip = _parse(hop)
        if ip is None:
            break  # a garbled chain: trust nothing further left
        if ip not in trusted_ips:
            return str(ip)
    return str(remote)


def request_ip(request) -> str:
    meta = request.META
    return client_ip(
        meta.get("REMOTE_ADDR", ""), meta.get("HTTP_X_FORWARDED_FOR", ""), settings.TRUSTED_PROXIES
    )


def address_key(scope: str, address: str) -> str:
    """A keyed hash of the address (IPv6 by /64 network, since one host usually owns it)."""
    ip = _parse(address)
    if ip is not None and ip.version == 6 and not ip.ipv4_mapped:
        address = str(ipaddress.ip_network(f"{ip}/64", strict=False))
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{scope}:{address}".encode(), hashlib.sha256)
    return f"{scope}:{digest.hexdigest()[:48]}"


def hit(key: str, limit: int, window: int, now: float | None = None) -> bool:
    """Count one hit for `key`; False when it goes over `limit` in the current window."""
    start = int((clock.now() if now is None else now) // window * window)
    for _ in range(3):
        updated = RateCounter.objects.filter(key=key, window_start=start).update(
            count=F("count") + 1
        )
        if not updated:
            try:
                with transaction.atomic():
                    RateCounter.objects.create(key=key, window_start=start, count=1)
                purge_counters()  # a new window: drop those that ended over a day ago
                return limit >= 1
            except IntegrityError:
                continue  # another process created it a moment ago: update it instead
        count = RateCounter.objects.filter(key=key, window_start=start).values_list(
            "count", flat=True
        )
        return bool(count) and count[0] <= limit
    return False


def allow(request, scope: str, rate: tuple[int, int]) -> bool:
    """True when this request's address is still within `rate` (count, seconds) for `scope`."""
    limit, window = rate
    return hit(address_key(scope, request_ip(request)), limit, window)


def purge_counters(older_than_seconds: int = 86400) -> int:
    """Delete windows that ended long ago; returns how many rows went."""
    cutoff = int(clock.now()) - older_than_seconds
    return RateCounter.objects.filter(window_start__lt=cutoff).delete()[0]
