"""The colour-scheme preference: "auto" (the device's), "light" or "dark", kept in a cookie.

Pages are cached and identical for everyone, so the preference is applied by a tiny stylesheet,
scheme.css, that the server answers per request from the cookie (render-blocking, so there is
no flash of the wrong scheme, with or without JavaScript). site.js sets the same cookie.
"""

from __future__ import annotations

COOKIE = "scheme"
CHOICES = ("auto", "light", "dark")
MAX_AGE = 365 * 24 * 3600

_ICON = ":root:not([data-scheme]) .scheme-toggle .icon-{}{{display:{}}}"
CSS = {
    "auto": "/* colour scheme: the device's */\n",
    "light": ":root{color-scheme:light}"
    + _ICON.format("sun", "none")
    + _ICON.format("moon", "block")
    + "\n",
    "dark": ":root{color-scheme:dark}"
    + _ICON.format("sun", "block")
    + _ICON.format("moon", "none")
    + "\n",
}


def from_cookie(value: str | None) -> str:
    return value if value in CHOICES else "auto"
