"""Word lists: load the YAML data once and compile it into per-language, per-genre indexes.

Each list entry names its forms explicitly (every inflection is written out; nothing is
matched by prefix), the source it comes from, optional alternatives and optional context
exceptions (the token just before or after that makes the match a false hit).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .messages import reason
from .model import (
    DESCRIPTORS,
    GENRE_CATEGORIES,
    GENRES,
    LANGS,
    NAME_SAFE,
    NOTE_CATEGORIES,
    Source,
)
from .text import normalise

_SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it
DATA = Path(__file__).with_name("data")
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Entry:
    rule_id: str
    category: str
    genres: frozenset[str]
    forms: tuple[tuple[str, ...], ...]
    source: str
    alternatives: tuple[str, ...] = ()
    unless_prev: frozenset[str] = frozenset()
    unless_next: frozenset[str] = frozenset()
    require_prev: frozenset[str] = frozenset()
    pair: frozenset[str] = frozenset()  # feminine counterparts that make a doublet
    reason: str = ""
    provenance: str = "published"
    hyphen: bool = False  # the words must be joined by a hyphen (peut-être, not peut être)
    require_next: frozenset[str] = frozenset()  # a word that must come just after
    participle: bool = False  # a past participle: a verb after an auxiliary (has accomplished)
    person_clause: bool = False  # counts only in a clause about a person (she, her, elle...)
    standout: bool = False  # a standout word: counted on the agentic side of the balance
    folded: bool = False  # a form typed without its accents: never matched on a capital


def form_tokens(form: str) -> tuple[str, ...]:
    """Tokens of a list form, normalised exactly like the text is."""
    return tuple(_LETTERS.findall(normalise(unicodedata.normalize("NFC", form)).text))


def _slug(form: str) -> str:
    return "-".join(form_tokens(form)) or "x"


def _words(items: Any) -> frozenset[str]:
    out: set[str] = set()
    for item in items or ():
        out.update(form_tokens(str(item)))
    return frozenset(out)


# Every source is a key of the site's reference list (content/references/*.yaml, where each
# entry says how and when it was verified): the list entries name theirs ("source"); these are
# the sources of the findings no list entry carries. The project's own lists cite PROJECT.
PROJECT = "allytoolkit2026"
RULE_SOURCES = {  # Python rules (rules.py): category -> language -> key
    "conditional_superlative": {"en": "marr2018", "fr": "marr2018"},
    "gender_marker": {"en": "marr2018", "fr": "marr2018"},
    "first_name": {"en": "uacsw-nd", "fr": "vanier-nd"},
    "doubt": {"en": "madera2019", "fr": "madera2019"},  # a confidence deficit
}
NOTE_SOURCES = {"minimal_assurance": "trix2003", "posting_gap": PROJECT}  # document notes


@cache
def source_keys() -> frozenset[str]:
    """Every reference key the word lists, the rules and the notes cite (the web app and
    `allykit check-content` check each against the reference list)."""
    keys = {e.source for lang in LANGS for e in entries(lang)}
    keys.update(k for by_lang in RULE_SOURCES.values() for k in by_lang.values())
    keys.update(NOTE_SOURCES.values())
    keys.add(PROJECT)
    return frozenset(keys)


@cache
def sources() -> dict[str, Source]:
    return {key: Source(key) for key in sorted(source_keys())}


@cache
def raw_lists(lang: str) -> dict[str, Any]:
    return yaml.load((DATA / f"{lang}.yaml").read_text(encoding="utf-8"), Loader=_SAFE)  # noqa: S506


@cache
def entries(lang: str) -> tuple[Entry, ...]:
    raw = raw_lists(lang)
    out: list[Entry] = []
    seen_ids: set[str] = set()
    for category, block in raw["categories"].items():
        genres = frozenset(block.get("genres") or GENRES)
        for item in block["entries"]:
            forms = tuple(form_tokens(f) for f in item["forms"])
            rule_id = f"{lang}.{category}.{item.get('id') or _slug(item['forms'][0])}"
            if rule_id in seen_ids:
                raise ValueError(f"duplicate rule id {rule_id}")
            seen_ids.add(rule_id)
            out.append(
                Entry(
                    rule_id=rule_id,
                    category=category,
                    genres=frozenset(item.get("genres") or genres),
                    forms=forms,
                    source=item.get("source") or block["source"],
                    alternatives=tuple(item.get("alt") or ()),
                    unless_prev=_words(item.get("unless_prev")),
                    unless_next=_words(item.get("unless_next")),
                    require_prev=_words(item.get("require_prev")),
                    pair=_words(item.get("pair")),
                    reason=item.get("reason", ""),
                    provenance=block.get("provenance", "published"),
                    hyphen=bool(item.get("hyphen")),
                    require_next=_words(item.get("require_next")),
                    participle=bool(item.get("participle")),
                    person_clause=bool(item.get("person_clause") or block.get("person_clause")),
                    standout=bool(item.get("standout")),
                )
            )
    return tuple(out)


def fold(word: str) -> str:
    """The word without its accents (devouee for dévouée; œ stays a ligature)."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _folded_forms(lang: str, entry: Entry, toks: tuple[str, ...]) -> tuple[str, ...] | None:
    """French text is often typed without accents: the accentless spelling of a form."""
    if lang != "fr":
        return None
    bare = tuple(map(fold, toks))
    return bare if bare != toks else None


@cache
def standout_ids(lang: str) -> frozenset[str]:
    """Rule ids of the standout words (counted on the agentic side of the balance)."""
    return frozenset(e.rule_id for e in entries(lang) if e.standout)


@cache
def index(lang: str, genre: str) -> dict[str, tuple[tuple[tuple[str, ...], Entry], ...]]:
    """First token -> (tokens, entry) pairs, longest phrase first."""
    allowed = set(GENRE_CATEGORIES[genre]) | {SIGNAL}
    table: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
    for entry in entries(lang) + posting_signals(lang):
        if genre not in entry.genres or entry.category not in allowed:
            continue
        folded_entry = None
        for toks in entry.forms:
            if toks:
                table.setdefault(toks[0], []).append((toks, entry))
                bare = _folded_forms(lang, entry, toks)
                if bare:
                    if folded_entry is None:
                        folded_entry = replace(entry, folded=True)
                    table.setdefault(bare[0], []).append((bare, folded_entry))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in table.items()}


# One candidate of the matcher: the form's tokens, their number, the entry, whether it has a
# context rule to check (most have none), whether it is a descriptor, whether a name
# position rules it out.
Candidate = tuple[tuple[str, ...], int, Entry, bool, bool, bool]
# Key token -> (offset of the key in the form, rank, candidate): a form is looked up by its
# longest token (phrases mostly start with common words: "a year", "de la"), and rank
# orders the candidates that start at one place as ``index`` does (longest phrase first).
Keyed = tuple[int, int, Candidate]


@cache
def matcher(lang: str, genre: str) -> dict[str, tuple[Keyed, ...]]:
    """``index`` keyed for the matching loop, with what it asks of each entry worked out."""
    out: dict[str, list[Keyed]] = {}
    rank = 0
    for pairs in index(lang, genre).values():
        for toks, e in pairs:
            off = max(range(len(toks)), key=lambda m: (len(toks[m]), -m))
            cand = (
                toks,
                len(toks),
                e,
                _contextual(e),
                e.category in DESCRIPTORS,
                e.category not in NAME_SAFE,
            )
            out.setdefault(toks[off], []).append((off, rank, cand))
            rank += 1
    return {key: tuple(v) for key, v in out.items()}


def _contextual(e: Entry) -> bool:
    return bool(
        e.unless_prev
        or e.unless_next
        or e.require_prev
        or e.require_next
        or e.pair
        or e.participle
        or e.person_clause
        or e.folded
    )


FlagTail = tuple[str, str, str, Source, tuple[str, ...], str]


@cache
def flag_tails(lang: str, ui: str | None = None) -> dict[str, FlagTail]:
    """Rule id -> the Flag fields after ``text`` (category, rule_id, reason, source,
    alternatives, severity) for a list entry, built once instead of once per flag."""
    src = sources()
    return {
        e.rule_id: (
            e.category,
            e.rule_id,
            e.reason or reason(e.category, ui or lang),
            src[e.source],
            e.alternatives,
            "note" if e.category in NOTE_CATEGORIES else "warning",
        )
        for e in entries(lang)
    }


@cache
def rule_words(lang: str) -> dict[str, frozenset[str]]:
    """Word sets used by the Python rules (superlatives, gender words, titles, ...)."""
    out = {k: _words(v) for k, v in raw_lists(lang).get("rules", {}).items()}
    if lang == "fr":  # text typed without accents reads the same (tres for très)
        out = {k: v | frozenset(map(fold, v)) for k, v in out.items()}
    return out


@cache
def provenance(lang: str) -> dict[str, str]:
    return {c: b.get("provenance", "published") for c, b in raw_lists(lang)["categories"].items()}


SIGNAL = "posting_signal"  # a hit that is never a flag: it shows what a job posting states


@cache
def posting_signals(lang: str) -> tuple[Entry, ...]:
    """The words and phrases of the YAML ``posting`` block as list entries of the job genre,
    so the one pass over the tokens also finds what a posting states (salary, flexibility,
    accommodation); their hits are never flags. Symbols ($) are left to ``posting_phrases``."""
    out = []
    for part, items in (raw_lists(lang).get("posting") or {}).items():
        forms = tuple(t for t in (form_tokens(str(i)) for i in items) if t)
        out.append(
            Entry(
                rule_id=f"{lang}.{SIGNAL}.{part}",
                category=SIGNAL,
                genres=frozenset({"job"}),
                forms=forms,
                source=PROJECT,
            )
        )
    return tuple(out)


@cache
def posting_phrases(
    lang: str,
) -> dict[str, tuple[frozenset[str], tuple[tuple[str, str], ...], tuple[str, ...]]]:
    """What a good job posting states (salary, flexibility, accommodation). Per part: single
    words (looked up in the text's tokens), phrases as (first token, normalised phrase) and
    symbols ($) found as substrings."""
    out = {}
    for part, items in (raw_lists(lang).get("posting") or {}).items():
        words, phrases, symbols = set(), [], []
        for item in map(str, items):
            toks = form_tokens(item)
            if not toks:
                symbols.append(item)
            elif len(toks) == 1 and toks[0] == normalise(item).text:
                words.add(toks[0])
            else:
                phrases.append((toks[0], normalise(item).text))
        out[part] = (frozenset(words), tuple(phrases), tuple(symbols))
    return out


@cache
def pattern_rules(
    lang: str, genre: str
) -> tuple[tuple[tuple[str, ...], re.Pattern[str], Entry], ...]:
    """Requirements with numbers (available 24/7, lift 50 lb) that tokens of letters cannot
    hold: (substrings one of which must occur, regex over the normalised text, the list entry
    whose id, reason and alternatives the flag takes)."""
    by_id = {e.rule_id: e for e in entries(lang)}
    out = []
    for key, rule in (raw_lists(lang).get("patterns") or {}).items():
        entry = by_id[f"{lang}.{key}"]
        if genre in entry.genres and entry.category in GENRE_CATEGORIES[genre]:
            needs = tuple(map(str, rule.get("needs") or ("",)))
            out.append((needs, re.compile(rule["regex"]), entry))
    return tuple(out)


def warm() -> None:
    """Compile everything now (the web app calls this at start-up), the French catalogue
    included."""
    from .i18n import translations

    translations("fr")
    sources()
    for lang in LANGS:
        rule_words(lang)
        flag_tails(lang)
        standout_ids(lang)
        posting_phrases(lang)
        for genre in GENRES:
            matcher(lang, genre)
            pattern_rules(lang, genre)
