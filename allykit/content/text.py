"""Small text helpers shared by the content engine."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str) -> str:
    """'Reconnaître les micro-agressions !' -> 'reconnaitre-les-micro-agressions'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def fold(text: str) -> str:
    """Lowercase without accents, for comparisons that ignore both."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


_SPACE_BEFORE_TALL = re.compile(r"[ \t\u00a0\u202f]+([:»])")
_SPACE_BEFORE_SHORT = re.compile(r"[ \t\u00a0\u202f]+([;!?])")
_AFTER_OPENING = re.compile(r"«[ \t\u00a0\u202f]*")
_PERCENT = re.compile(r"(\d)[ \t\u202f]?%")


def french_typography(text: str) -> str:
    """Canadian-French spacing (OQLF): no-break space before : » % and after «; none before ; ! ?"""
    text = _SPACE_BEFORE_TALL.sub("\u00a0\\1", text)
    text = _SPACE_BEFORE_SHORT.sub("\\1", text)
    text = _AFTER_OPENING.sub("«\u00a0", text)
    return _PERCENT.sub("\\1\u00a0%", text)
