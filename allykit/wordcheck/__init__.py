"""Writing checker engine (issue 6): pure Python, no Django.

Public API::

    from allykit.wordcheck import check, GENRES, LANGS, CATEGORIES, CheckError
    report = check(text, genre="letter", lang="en", ignore=frozenset({"en.effort.dedicated"}))
    report.to_dict()  # JSON-ready: flags, notes, summary
"""

from . import documents, lexicon
from .engine import check
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


def warm(uploads: bool = True) -> None:
    """Do every first-use cost now (the web app calls this at start-up, before forking):
    compile the word lists and the French catalogue, and, with ``uploads``, import the
    .pdf and .docx readers and run a tiny file through each (``documents.warm``)."""
    lexicon.warm()
    if uploads:
        documents.warm()


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
