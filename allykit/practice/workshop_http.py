"""What the workshop views share: identity cookies and the facilitator's check, and form errors.

Identity without accounts: the facilitator holds a secret key (the private link, then an
HttpOnly cookie so the projected address bar never shows it); each participant holds a random
key in an HttpOnly cookie. The database keeps only hashes of both.
"""

from __future__ import annotations

from . import codes, workshops

COOKIE_AGE = 60 * 60 * 24


def field_error(field: str, text: str) -> dict:
    return {"field": field, "text": text}


def by_field(errors: list[dict]) -> dict[str, list[str]]:
    """The messages of each field, for the field errors under their labels."""
    found: dict[str, list[str]] = {}
    for error in errors:
        found.setdefault(error["field"], []).append(error["text"])
    return found


def host_cookie(code: str) -> str:
    return f"ws_host_{code}"


def participant_cookie(code: str) -> str:
    return f"ws_{code}"


def set_cookie(request, response, name: str, value: str) -> None:
    response.set_cookie(
        name, value, max_age=COOKIE_AGE, httponly=True, samesite="Lax", secure=request.is_secure()
    )


def host_of(request, code: str):
    ws = workshops.by_code(code)
    if ws is None:
        return None, ""
    key = request.COOKIES.get(host_cookie(ws.code), "")
    if workshops.by_key(key) is None or codes.digest(key) != ws.host_hash:
        return None, ""
    return ws, key
