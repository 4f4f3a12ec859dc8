"""Carry an uploaded programme from one check to the next, without storing it.

When the columns must be chosen on the page, the file the user sent comes back in the same
response as a signed, compressed hidden field, so they need not choose it again. It is their
own data, returned only to them; nothing is kept on the server, and it expires after an hour
(see docs/decisions/0111-panel-template-download.md).
"""

from __future__ import annotations

import base64

from django.core import signing

SALT = "allykit.panels.carry"
MAX_AGE = 60 * 60
MAX_CARRIED = 2 * 1024 * 1024  # larger files are chosen again


def pack(data: bytes | str, filename: str | None) -> str | None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_CARRIED:
        return None
    payload = {"d": base64.b64encode(raw).decode("ascii"), "n": (filename or "")[:200]}
    return signing.dumps(payload, salt=SALT, compress=True)


def unpack(token: str) -> tuple[bytes, str | None] | None:
    if not token or len(token) > 4 * MAX_CARRIED:
        return None
    try:
        payload = signing.loads(token, salt=SALT, max_age=MAX_AGE)
        return base64.b64decode(payload["d"]), payload["n"] or None
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
