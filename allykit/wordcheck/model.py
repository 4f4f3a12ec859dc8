"""Public data types of the writing checker: genres, languages, categories, flags, reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

LANGS: tuple[str, ...] = ("en", "fr")
GENRES: dict[str, dict[str, str]] = {
    "letter": {"en": "Reference or recommendation letter", "fr": "Lettre de recommandation"},
    "review": {"en": "Performance review", "fr": "Évaluation du rendement"},
    "nomination": {
        "en": "Award or promotion nomination",
        "fr": "Mise en candidature (prix ou promotion)",
    },
    "job": {"en": "Job posting", "fr": "Offre d'emploi"},
}

# Category key -> labels. "note" categories are counted for a balance and need no change;
# "warning" categories are worth a second look. "document" categories are about the whole text.
CATEGORIES: dict[str, dict[str, str]] = {
    "effort": {"en": "Effort (grindstone) word", "fr": "Mot d'effort"},
    "ability": {"en": "Ability or standout word", "fr": "Mot de compétence ou d'excellence"},
    "doubt": {"en": "Doubt raiser, hedge or faint praise", "fr": "Doute, réserve ou éloge tiède"},
    "personal": {
        "en": "Family, personal life or appearance",
        "fr": "Famille, vie personnelle ou apparence",
    },
    "communal": {"en": "Communal descriptor", "fr": "Qualificatif communautaire"},
    "agentic": {"en": "Agentic descriptor", "fr": "Qualificatif agentique"},
    "gender_marker": {"en": "Unnecessary gender marker", "fr": "Mention inutile du genre"},
    "conditional_superlative": {
        "en": "Conditional superlative",
        "fr": "Superlatif conditionnel",
    },
    "first_name": {"en": "First name where others get a title", "fr": "Prénom au lieu du titre"},
    "vague_praise": {"en": "Vague praise", "fr": "Éloge vague"},
    "stereotype": {"en": "Stereotype word", "fr": "Mot stéréotypé"},
    "minimal_assurance": {"en": "Minimal assurance", "fr": "Appui minimal"},
    "masculine_coded": {"en": "Masculine-coded word", "fr": "Mot à connotation masculine"},
    "feminine_coded": {"en": "Feminine-coded word", "fr": "Mot à connotation féminine"},
    "gendered_term": {"en": "Gendered term or title", "fr": "Terme ou titre genré"},
    "masculine_generic": {"en": "Masculine generic", "fr": "Masculin générique"},
    "jargon": {"en": "Exclusionary jargon", "fr": "Jargon excluant"},
    "exclusionary": {"en": "Exclusionary requirement", "fr": "Exigence excluante"},
    "posting_gap": {"en": "Missing from the posting", "fr": "Absent de l'offre"},
}
NOTE_CATEGORIES = frozenset({"ability", "agentic", "feminine_coded"})
DOCUMENT_CATEGORIES = frozenset({"minimal_assurance", "posting_gap"})

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
    key: str
    citation: str  # short, e.g. "Gaucher, Friesen & Kay (2011)"
    reference: str = ""  # full reference with DOI or URL
    url: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"key": self.key, "citation": self.citation, "url": self.url}


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
