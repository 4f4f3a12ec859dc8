"""Public data types of the writing checker: genres, languages, categories, flags, reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .i18n import pgettext_

LANGS: tuple[str, ...] = ("en", "fr")

# Labels in English: the msgids of the engine's gettext domain (context "genre" and
# "category"); GENRES and CATEGORIES map each key to its label in every language.
GENRE_LABELS: dict[str, str] = {
    "letter": "Reference or recommendation letter",
    "review": "Performance review",
    "nomination": "Award or promotion nomination",
    "job": "Job posting",
}
# "note" categories are counted for a balance and need no change; "warning" categories are
# worth a second look; "document" categories are about the whole text.
CATEGORY_LABELS: dict[str, str] = {
    "effort": "Effort (grindstone) word",
    "ability": "Ability or standout word",
    "doubt": "Doubt raiser, hedge or faint praise",
    "personal": "Family, personal life or appearance",
    "communal": "Communal descriptor",
    "agentic": "Agentic descriptor",
    "gender_marker": "Unnecessary gender marker",
    "conditional_superlative": "Conditional superlative",
    "first_name": "First name where others get a title",
    "vague_praise": "Vague praise",
    "stereotype": "Stereotype word",
    "minimal_assurance": "Minimal assurance",
    "masculine_coded": "Masculine-coded word",
    "feminine_coded": "Feminine-coded word",
    "gendered_term": "Gendered term or title",
    "masculine_generic": "Masculine generic",
    "jargon": "Exclusionary jargon",
    "exclusionary": "Exclusionary requirement",
    "posting_gap": "Missing from the posting",
}
GENRES: dict[str, dict[str, str]] = {
    k: {lang: pgettext_(lang, "genre", v) for lang in LANGS} for k, v in GENRE_LABELS.items()
}
CATEGORIES: dict[str, dict[str, str]] = {
    k: {lang: pgettext_(lang, "category", v) for lang in LANGS} for k, v in CATEGORY_LABELS.items()
}
NOTE_CATEGORIES = frozenset({"ability", "agentic", "feminine_coded"})
DOCUMENT_CATEGORIES = frozenset({"minimal_assurance", "posting_gap"})
# Descriptors count only when they describe the person (see context.py); a descriptor is
# never the second half of a compound (nurse-led). Matches in the name-safe categories are
# kept even on a token that is part of a person's name.
DESCRIPTORS = frozenset({"ability", "agentic", "communal", "effort", "vague_praise"})
NAME_SAFE = frozenset({"gendered_term", "masculine_generic", "jargon"})

_LETTER_LIKE = (
    "effort",
    "ability",
    "doubt",
    "personal",
    "communal",
    "agentic",
    "gender_marker",
    "conditional_superlative",
    "vague_praise",
    "stereotype",
)
GENRE_CATEGORIES: dict[str, tuple[str, ...]] = {
    "letter": _LETTER_LIKE + ("first_name", "minimal_assurance"),
    "nomination": _LETTER_LIKE + ("first_name", "minimal_assurance"),
    "review": _LETTER_LIKE,
    "job": (
        "masculine_coded",
        "feminine_coded",
        "gendered_term",
        "masculine_generic",
        "jargon",
        "exclusionary",
        "posting_gap",
    ),
}

MAX_CHARS = 100_000


class CheckError(ValueError):
    """Bad input. ``code`` is one of unknown_genre, unknown_language, too_long, not_text."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Source:
    """A finding's source: only its key in the site's reference list
    (content/references/*.yaml). The engine formats no citation: the web app and the CLI
    turn the key into a short citation in the reader's language (allykit/wordcheck/citing.py)."""

    key: str

    def to_dict(self) -> dict[str, str]:
        return {"key": self.key}


class Flag(NamedTuple):
    """One finding with a span in the original text (immutable; a NamedTuple because a long
    text can produce thousands of them and tuples are cheap to build)."""

    start: int
    end: int
    text: str
    category: str
    rule_id: str
    reason: str
    source: Source
    alternatives: tuple[str, ...] = ()
    severity: str = "warning"  # "warning" (worth a look) or "note" (counted for a balance)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category,
            "rule_id": self.rule_id,
            "reason": self.reason,
            "source": self.source.to_dict(),
            "alternatives": list(self.alternatives),
            "severity": self.severity,
        }


@dataclass(frozen=True, slots=True)
class DocumentNote:
    """A finding about the whole text (no span), e.g. minimal assurance."""

    category: str
    rule_id: str
    reason: str
    source: Source

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "rule_id": self.rule_id,
            "reason": self.reason,
            "source": self.source.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Report:
    genre: str
    lang: str
    flags: tuple[Flag, ...]
    notes: tuple[DocumentNote, ...]
    summary: dict[str, Any] = field(hash=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "genre": self.genre,
            "lang": self.lang,
            "flags": [f.to_dict() for f in self.flags],
            "notes": [n.to_dict() for n in self.notes],
            "summary": self.summary,
        }
