"""Canadian-French typography and number formatting: the site's one module,
allykit/typography.py (`fr_typo` is its `french_spacing`)."""

from __future__ import annotations

from allykit.typography import NBSP, fmt_dec, fmt_int, fmt_pct  # noqa: F401
from allykit.typography import french_spacing as fr_typo  # noqa: F401


def check_lang(lang: str) -> str:
    if lang not in ("en", "fr"):
        raise ValueError(f"lang must be 'en' or 'fr', not {lang!r}")
    return lang
