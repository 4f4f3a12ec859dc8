"""Document-level findings and the report summary: counts, rates, balances, length,
specificity and the three most useful changes."""

from __future__ import annotations

from functools import cache
from operator import itemgetter
from typing import Any

from . import lexicon
from .messages import CHANGES, LIST_NOTES, REASONS
from .model import DOCUMENT_CATEGORIES, GENRE_CATEGORIES, DocumentNote, Flag, Source
from .rules import Context
from .text import count_numbers

# Letters and nominations: below this many words a letter reads as short (Trix & Psenka 2003
# found letters for women shorter; the UA CSW guide asks writers not to stop short).
SHORT_WORDS = 200
VERY_SHORT_WORDS = 60
LOW_SPECIFICS_PER_100 = 1.0  # shown as "low specificity" in the summary
MINIMAL_SPECIFICS_PER_100 = 0.5  # below this even a long letter gives minimal assurance

_WEIGHTS = {
    "personal": 3.0,
    "stereotype": 3.0,
    "conditional_superlative": 3.0,
    "minimal_assurance": 3.0,
    "doubt": 2.5,
    "gender_marker": 2.5,
    "first_name": 2.0,
    "masculine_generic": 2.0,
    "gendered_term": 2.0,
    "jargon": 2.0,
    "specificity": 2.0,
    "vague_praise": 1.5,
    "effort": 1.5,
    "communal": 1.0,
    "masculine_coded": 1.0,
}


def specifics(ctx: Context) -> int:
    """Concrete details: numbers, years, percentages, and output words (published, grant...)."""
    spec = ctx.words["specific_words"]
    return count_numbers(ctx.norm.text) + sum(map(spec.__contains__, ctx.toks.words))


def document_notes(
    genre: str, lang: str, words: int, spec: int, src: dict[str, Source]
) -> list[DocumentNote]:
    if "minimal_assurance" not in GENRE_CATEGORIES[genre] or words == 0:
        return []
    per100 = spec * 100 / words
    very_short = words < VERY_SHORT_WORDS
    short_and_vague = words < SHORT_WORDS and spec < 2
    if very_short or short_and_vague or per100 < MINIMAL_SPECIFICS_PER_100:
        rid = f"{lang}.minimal_assurance." + ("short" if very_short else "few-specifics")
        return [
            DocumentNote(
                "minimal_assurance", rid, REASONS["minimal_assurance"][lang], src["trix2003"]
            )
        ]
    return []


_FLAG_CATEGORIES = {
    g: tuple(c for c in cats if c not in DOCUMENT_CATEGORIES)
    for g, cats in GENRE_CATEGORIES.items()
}


@cache
def _indicative(genre: str, lang: str) -> tuple[str, ...]:
    """The genre's categories whose list in this language is project-built."""
    prov = lexicon.provenance(lang)
    return tuple(c for c in _FLAG_CATEGORIES[genre] if prov.get(c) == "project")


def _share(a: int, b: int) -> float | None:
    return round(a / (a + b), 3) if a + b else None


def summarise(
    genre: str,
    lang: str,
    words: int,
    spec: int,
    flags: list[Flag],
    notes: tuple[DocumentNote, ...],
) -> dict[str, Any]:
    cats = _FLAG_CATEGORIES[genre]
    counts = dict.fromkeys(cats, 0)  # every flag's category is one of the genre's
    for c in map(itemgetter(3), flags):  # Flag.category
        counts[c] += 1
    per1000 = {c: round(counts[c] * 1000 / words, 2) if words else 0.0 for c in cats}
    if genre == "job":
        a, b = counts["masculine_coded"], counts["feminine_coded"]
        agentic = {
            "agentic": a,
            "communal": b,
            "agentic_share": _share(a, b),
            "agentic_category": "masculine_coded",
            "communal_category": "feminine_coded",
        }
        effort: dict[str, Any] | None = None
    else:
        a, b = counts["agentic"], counts["communal"]
        agentic = {
            "agentic": a,
            "communal": b,
            "agentic_share": _share(a, b),
            "agentic_category": "agentic",
            "communal_category": "communal",
        }
        effort = {
            "ability": counts["ability"],
            "effort": counts["effort"],
            "ability_share": _share(counts["ability"], counts["effort"]),
        }
    per100 = round(spec * 100 / words, 2) if words else 0.0
    length_band = "short" if words < SHORT_WORDS else "typical"
    if genre == "job" or genre == "review":
        length_band = "n/a" if words else "empty"

    scores: dict[str, int] = {c: counts[c] for c in cats}
    for n in notes:
        scores[n.category] = 1
    if effort and effort["effort"] <= effort["ability"]:
        scores["effort"] = 0
    if genre == "job" and a <= b:
        scores["masculine_coded"] = 0
    if genre != "job" and b <= a:
        scores["communal"] = 0
    if genre in ("review", "nomination", "letter") and words and per100 < LOW_SPECIFICS_PER_100:
        if "minimal_assurance" not in scores:
            scores["specificity"] = 1
    ranked = sorted(
        ((_WEIGHTS.get(c, 0.0) * min(n, 5), c, n) for c, n in scores.items() if n),
        key=lambda t: (-t[0], t[1]),
    )
    top = [
        {"category": c, "count": n, "message": CHANGES[c][lang].format(n=n)}
        for w, c, n in ranked[:3]
        if w > 0 and c in CHANGES
    ]
    indicative = list(_indicative(genre, lang))
    return {
        "words": words,
        "counts": counts,
        "rates_per_1000": per1000,
        "ability_effort_balance": effort,
        "agentic_communal_balance": agentic,
        "length": {"words": words, "band": length_band, "short_below": SHORT_WORDS},
        "specificity": {
            "specifics": spec,
            "per_100_words": per100,
            "low": bool(words) and per100 < LOW_SPECIFICS_PER_100,
        },
        "top_changes": top,
        "indicative_lists": indicative,
        "indicative_note": LIST_NOTES["project"][lang] if indicative else "",
    }
