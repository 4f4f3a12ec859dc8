"""Numbers and spacing for display: English, or Canadian French (no-break space before ':'
and '%' and inside « », decimal comma, no-break space between thousands)."""

from __future__ import annotations

import re

NBSP = "\u00a0"
_BEFORE = re.compile(r"[ \u00a0\u202f]+([:»])")
_AFTER = re.compile(r"«[ \u00a0\u202f]+")


def fmt_int(n: int, lang: str) -> str:
    text = f"{n:,}"
    return text.replace(",", NBSP) if lang.startswith("fr") else text


def fmt_dec(value: float, lang: str) -> str:
    """12.5 -> '12.5' or '12,5'; whole numbers without decimals; at most two decimals."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang.startswith("fr"):
        return text.replace(",", NBSP).replace(".", ",")
    return text


def fmt_pct(share: float | None, lang: str) -> str:
    if share is None:
        return "s.o." if lang.startswith("fr") else "n/a"
    text = f"{share * 100:.0f}"
    return f"{text}{NBSP}%" if lang.startswith("fr") else f"{text}%"


def spacing(text: str, lang: str) -> str:
    """Canadian-French spacing for messages written with ordinary spaces (the engine's)."""
    if not lang.startswith("fr"):
        return text
    text = _BEFORE.sub(NBSP + r"\1", text)
    return _AFTER.sub("«" + NBSP, text)
