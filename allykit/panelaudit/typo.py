"""Canadian-French typography and number formatting (OQLF conventions).

French strings are written with ordinary spaces; `fr_typo` turns the space before ':' and '»',
after '«' and before '%' or '$' into a no-break space. Nothing goes before ';', '!' or '?'
in fr-CA. Numbers: thousands separated by a no-break space, decimal comma.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
_BEFORE = re.compile(r"[ \u00a0\u202f]*([:»])(?=\s|$|[.,;)\]])")
_UNIT = re.compile(r"(\d)[ \u00a0\u202f]?([%$])")
_AFTER = re.compile(r"«[ \u00a0\u202f]*")


def fr_typo(text: str) -> str:
    """Apply fr-CA spacing to a French template. Leaves 'https://' and '10:30' alone."""
    text = _BEFORE.sub(lambda m: NBSP + m.group(1), text)
    text = _UNIT.sub(lambda m: m.group(1) + NBSP + m.group(2), text)
    return _AFTER.sub("«" + NBSP, text)


def fmt_int(n: int, lang: str) -> str:
    text = f"{n:,}"
    return text.replace(",", NBSP) if lang == "fr" else text


def fmt_pct(share: float | None, lang: str, digits: int = 0) -> str:
    """0.4 -> '40%' (en) or '40 %' (fr); None -> 'n/a' or 's.o.'."""
    if share is None:
        return "s.o." if lang == "fr" else "n/a"
    text = f"{share * 100:.{digits}f}"
    return text.replace(".", ",") + NBSP + "%" if lang == "fr" else text + "%"


def fmt_dec(value: float, lang: str, digits: int = 1) -> str:
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "fr" else text


def check_lang(lang: str) -> str:
    if lang not in ("en", "fr"):
        raise ValueError(f"lang must be 'en' or 'fr', not {lang!r}")
    return lang
