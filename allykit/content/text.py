"""Small text helpers shared by the content engine."""

from __future__ import annotations

import re
import unicodedata

# Canadian-French spacing lives in the site's one typography module.
from allykit.typography import english_quotes  # noqa: F401
from allykit.typography import french_spacing as french_typography  # noqa: F401


def slugify(text: str) -> str:
    """'Reconnaître les micro-agressions !' -> 'reconnaitre-les-micro-agressions'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def fold(text: str) -> str:
    """Lowercase without accents, for comparisons that ignore both."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
