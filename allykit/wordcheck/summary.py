"""Document-level findings and the report summary: counts, rates, balances, length,
specificity and the three most useful changes."""

from __future__ import annotations

from functools import cache
from operator import itemgetter
from typing import Any

from . import lexicon
from .messages import CHANGES, change, list_note, reason, verdict_text
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
    "exclusionary": 3.0,
    "posting_gap": 2.0,
    "specificity": 2.0,
    "vague_praise": 1.5,
    "effort": 1.5,
    "communal": 1.0,
    "masculine_coded": 1.0,
}


def specifics(ctx: Context, numbers: int | None = None) -> int:
    """Concrete details: numbers, years, percentages, and output words (published, grant...)."""
    spec = ctx.words["specific_words"]
    if numbers is None:
        numbers = count_numbers(ctx.norm.text)
    return numbers + sum(map(spec.__contains__, ctx.toks.words))


def document_notes(
    genre: str,
    lang: str,
    words: int,
    spec: int,
    src: dict[str, Source],
    ctx: Context,
    ui: str | None = None,
    signals: frozenset[str] = frozenset(),
) -> list[DocumentNote]:
    ui = ui or lang
    if genre == "job":
        return posting_gaps(ctx, src, ui, signals) if words else []
    if "minimal_assurance" not in GENRE_CATEGORIES[genre] or words == 0:
        return []
    per100 = spec * 100 / words
    very_short = words < VERY_SHORT_WORDS
    short_and_vague = words < SHORT_WORDS and spec < 2
    if very_short or short_and_vague or per100 < MINIMAL_SPECIFICS_PER_100:
        rid = f"{lang}.minimal_assurance." + ("short" if very_short else "few-specifics")
        return [
            DocumentNote(
                "minimal_assurance",
                rid,
                reason("minimal_assurance", ui),
                src[lexicon.NOTE_SOURCES["minimal_assurance"]],
            )
        ]
    return []


POSTING_PARTS = ("salary", "flexibility", "accommodation")


def posting_gaps(
    ctx: Context, src: dict[str, Source], ui: str = "", signals: frozenset[str] = frozenset()
) -> list[DocumentNote]:
    """What a good job posting states and this one does not: a salary range, flexibility,
    an accommodation statement. ``signals`` are the parts whose words the list pass found
    (``lexicon.posting_signals``); symbols such as $ are substring tests."""
    parts = lexicon.posting_phrases(ctx.lang)
    text = ctx.norm.text
    missing = []
    for part in POSTING_PARTS:
        if part not in parts or part in signals:
            continue
        if any(map(text.__contains__, parts[part][2])):
            continue
        missing.append(_gap_note(ctx.lang, part, ui or ctx.lang))
    return missing


@cache
def _gap_note(lang: str, part: str, ui: str) -> DocumentNote:
    src = lexicon.sources()
    why = reason(f"posting_gap.{part}", ui)
    key = lexicon.NOTE_SOURCES["posting_gap"]
    return DocumentNote("posting_gap", f"{lang}.posting_gap.{part}", why, src[key])


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
    ui: str | None = None,
) -> dict[str, Any]:
    ui = ui or lang
    cats = _FLAG_CATEGORIES[genre]
    counts = dict.fromkeys(cats, 0)  # every flag's category is one of the genre's
    for c in map(_CATEGORY, flags):
        counts[c] += 1
    standout = _standouts(flags, lang) if genre != "job" else 0
    agentic, effort = _balances(genre, counts, standout)
    per100 = round(spec * 100 / words, 2) if words else 0.0
    length_band = "short" if words < SHORT_WORDS else "typical"
    if genre == "job" or genre == "review":
        length_band = "n/a" if words else "empty"
    indicative = list(_indicative(genre, lang))
    if words:
        rates = {c: round(n * 1000 / words, 2) if n else 0.0 for c, n in counts.items()}
    else:
        rates = dict.fromkeys(cats, 0.0)
    out = {
        "words": words,
        "counts": counts,
        "rates_per_1000": rates,
        "ability_effort_balance": effort,
        "agentic_communal_balance": agentic,
        "length": {"words": words, "band": length_band, "short_below": SHORT_WORDS},
        "specificity": {
            "specifics": spec,
            "per_100_words": per100,
            "low": bool(words) and per100 < LOW_SPECIFICS_PER_100,
        },
        "top_changes": _top_changes(genre, ui, words, per100, counts, agentic, effort, notes),
        "indicative_lists": indicative,
        "indicative_note": list_note("project", ui) if indicative else "",
    }
    if genre == "job":
        out["verdict"] = verdict(ui, counts, agentic, notes)
    return out


_CATEGORY = itemgetter(3)  # Flag.category


def _standouts(flags: list[Flag], lang: str) -> int:
    ids = lexicon.standout_ids(lang)
    return sum(1 for f in flags if f.rule_id in ids)


def _balances(genre: str, counts: dict[str, int], standout: int):
    """The agentic-to-communal balance (standout words count on the agentic side: they are
    the agentic praise letters for men get more of) and the ability-to-effort balance."""
    if genre == "job":
        a, b = counts["masculine_coded"], counts["feminine_coded"]
        return {
            "agentic": a,
            "communal": b,
            "agentic_share": _share(a, b),
            "agentic_category": "masculine_coded",
            "communal_category": "feminine_coded",
        }, None
    a, b = counts["agentic"] + standout, counts["communal"]
    agentic = {
        "agentic": a,
        "communal": b,
        "agentic_share": _share(a, b),
        "agentic_category": "agentic",
        "communal_category": "communal",
        "standout": standout,
    }
    effort = {
        "ability": counts["ability"],
        "effort": counts["effort"],
        "ability_share": _share(counts["ability"], counts["effort"]),
    }
    return agentic, effort


def _top_changes(genre, lang, words, per100, counts, agentic, effort, notes) -> list[dict]:
    scores: dict[str, int] = {c: n for c, n in counts.items() if n}
    for n in notes:
        scores[n.category] = scores.get(n.category, 0) + 1
    if effort and effort["effort"] <= effort["ability"]:
        scores.pop("effort", None)
    a, b = agentic["agentic"], agentic["communal"]
    if genre == "job" and a <= b:
        scores.pop("masculine_coded", None)
    if genre != "job" and b <= a:
        scores.pop("communal", None)
    if genre in ("review", "nomination", "letter") and words and per100 < LOW_SPECIFICS_PER_100:
        if "minimal_assurance" not in scores:
            scores["specificity"] = 1
    weights = _WEIGHTS
    ranked = sorted(
        [(-weights[c] * min(n, 5), c, n) for c, n in scores.items() if c in weights and n]
    )
    return [
        {"category": c, "count": n, "message": change(c, n, lang)}
        for _w, c, n in ranked[:3]
        if c in CHANGES
    ]


def verdict(lang: str, counts: dict[str, int], balance: dict, notes) -> dict[str, Any]:
    """An overall verdict for a job posting, with its reasons (like Gender Decoder's, but
    it also weighs exclusionary requirements, gendered terms and what the posting lacks)."""
    a, b = balance["agentic"], balance["communal"]
    if a - b >= 4 or (a > b and b == 0 and a >= 3):
        lean = "strongly-masculine"
    elif a > b:
        lean = "masculine"
    elif b - a >= 4 or (b > a and a == 0 and b >= 3):
        lean = "strongly-feminine"
    elif b > a:
        lean = "feminine"
    else:
        lean = "neutral"
    reasons = [verdict_text("lean." + lean, lang).format(a=a, b=b)]
    for cat in ("exclusionary", "gendered_term", "masculine_generic", "jargon"):
        n = counts.get(cat, 0)
        if n:
            reasons.append(change(cat, n, lang))
    gaps = [n.rule_id.rsplit(".", 1)[1] for n in notes if n.category == "posting_gap"]
    for part in gaps:
        reasons.append(verdict_text("gap." + part, lang))
    needs_work = lean.startswith("strongly-masculine") or any(
        counts.get(c, 0) for c in ("exclusionary", "gendered_term", "masculine_generic")
    )
    key = "revise" if needs_work else "improve" if (lean == "masculine" or gaps) else "good"
    label = verdict_text("key." + key, lang)
    return {"key": key, "lean": lean, "label": label, "reasons": reasons}
