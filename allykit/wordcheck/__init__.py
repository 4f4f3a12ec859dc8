"""Writing checker engine (issue 6): pure Python, no Django.

Public API::

    from allykit.wordcheck import check, GENRES, LANGS, CATEGORIES, CheckError
    report = check(text, genre="letter", lang="en", ignore=frozenset({"en.effort.dedicated"}))
    report.to_dict()  # JSON-ready: flags, notes, summary
"""

from .engine import check
from .lexicon import warm
from .model import (
    CATEGORIES,
    GENRE_CATEGORIES,
    GENRES,
    LANGS,
    MAX_CHARS,
    NOTE_CATEGORIES,
    CheckError,
    DocumentNote,
    Flag,
    Report,
    Source,
)

__all__ = [
    "CATEGORIES",
    "GENRE_CATEGORIES",
    "GENRES",
    "LANGS",
    "MAX_CHARS",
    "NOTE_CATEGORIES",
    "CheckError",
    "DocumentNote",
    "Flag",
    "Report",
    "Source",
    "check",
    "warm",
]
