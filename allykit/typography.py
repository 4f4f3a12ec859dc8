"""Canadian-French typography and number formatting, for every part of the site (pure Python).

French text is written with ordinary spaces; `french_spacing` applies the OQLF rules the
project follows (see ../shared/brief/french-language.md): a no-break space (U+00A0) before ':'
and '»', after '«', and between a number and '%' or '$'; no space before ';', '!' or '?'.
A ':' or '»' right after a word gets the space only when the word ends there, so
"https://", "10:30" and "fr.effort.x" are left alone.

English text is written with straight double quotes; `english_quotes` curls them by context
(“ after a space, an opening bracket or the start; ” otherwise). Apostrophes and single quotes
stay straight, as in French.

Numbers: English "12,345.6" and "40%"; French "12 345,6" and "40 %" (no-break spaces).
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
_SPACES = "[ \\t\\u00a0\\u202f]"
_BEFORE_TALL = re.compile(rf"{_SPACES}+([:»])|(?<=\w)([:»])(?=\s|$|[.,;)\]<])")
_BEFORE_SHORT = re.compile(rf"{_SPACES}+([;!?])")
_AFTER_OPENING = re.compile(rf"«{_SPACES}*")
_UNIT = re.compile(rf"(\d){_SPACES}?([%$])")


def is_french(lang: str) -> bool:
    return lang.startswith("fr")


def french_spacing(text: str) -> str:
    """Apply Canadian-French spacing to a French text (idempotent)."""
    text = _BEFORE_TALL.sub(lambda m: NBSP + (m.group(1) or m.group(2)), text)
    text = _BEFORE_SHORT.sub(r"\1", text)
    text = _AFTER_OPENING.sub("«" + NBSP, text)
    return _UNIT.sub(lambda m: m.group(1) + NBSP + m.group(2), text)


# A double quote after one of these (or at the start) opens a quotation; after anything else it
# closes one: 'said "yes".' -> 'said “yes”.', '("manels")' -> '(“manels”)'.
_OPENS_AFTER = frozenset(" \t\n\r\u00a0\u202f([{<“‘—–-/")


def english_quotes(text: str, before: str = "") -> str:
    """Curl the straight double quotes of an English text (idempotent). `before` is the text
    that comes just before it (an earlier part of the same sentence), when there is one."""
    if '"' not in text:
        return text
    out = []
    prev = before[-1:]
    for ch in text:
        if ch == '"':
            ch = "“" if prev == "" or prev in _OPENS_AFTER else "”"
        out.append(ch)
        prev = ch
    return "".join(out)


def spacing(text: str, lang: str) -> str:
    """The language's typography: French spacing, or English curled double quotes."""
    return french_spacing(text) if is_french(lang) else english_quotes(text)


def _localise(text: str, lang: str) -> str:
    """'12,345.6' (Python's format) in `lang`: French groups with U+00A0, decimal comma."""
    if not is_french(lang):
        return text
    return text.replace(",", NBSP).replace(".", ",")


def fmt_int(n: int, lang: str) -> str:
    """12345 -> '12,345' or '12 345'."""
    return _localise(f"{n:,}", lang)


def fmt_dec(value: float, lang: str, digits: int = 1) -> str:
    """Exactly `digits` decimals: 12.5 -> '12.5' or '12,5'; 1234 -> '1,234.0' or '1 234,0'."""
    return _localise(f"{value:,.{digits}f}", lang)


def fmt_trimmed(value: float, lang: str, digits: int = 2) -> str:
    """At most `digits` decimals, trailing zeros dropped: 12.50 -> '12.5' / '12,5'; 2.0 -> '2'."""
    text = f"{value:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return _localise(text, lang)


def fmt_pct(share: float | None, lang: str, digits: int = 0) -> str:
    """0.4 -> '40%' or '40 %'; None -> 'n/a' or 's.o.' (sans objet)."""
    if share is None:
        return "s.o." if is_french(lang) else "n/a"
    text = f"{share * 100:.{digits}f}"
    return _localise(text, lang) + NBSP + "%" if is_french(lang) else text + "%"
