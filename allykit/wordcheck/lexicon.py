"""Word lists: load the YAML data once and compile it into per-language, per-genre indexes.

Each list entry names its forms explicitly (every inflection is written out; nothing is
matched by prefix), the source it comes from, optional alternatives and optional context
exceptions (the token just before or after that makes the match a false hit).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .messages import REASONS
from .model import GENRE_CATEGORIES, GENRES, LANGS, NOTE_CATEGORIES, Source
from .text import normalise

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


@cache
def sources() -> dict[str, Source]:
    raw = yaml.safe_load((DATA / "sources.yaml").read_text(encoding="utf-8"))
    return {
        key: Source(key, v["citation"], v.get("reference", ""), v.get("url", ""))
        for key, v in raw.items()
    }


@cache
def raw_lists(lang: str) -> dict[str, Any]:
    return yaml.safe_load((DATA / f"{lang}.yaml").read_text(encoding="utf-8"))


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
                )
            )
    return tuple(out)


@cache
def index(lang: str, genre: str) -> dict[str, tuple[tuple[tuple[str, ...], Entry], ...]]:
    """First token -> (tokens, entry) pairs, longest phrase first."""
    allowed = set(GENRE_CATEGORIES[genre])
    table: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
    for entry in entries(lang):
        if genre not in entry.genres or entry.category not in allowed:
            continue
        for toks in entry.forms:
            if toks:
                table.setdefault(toks[0], []).append((toks, entry))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in table.items()}


@cache
def matcher(lang: str, genre: str) -> dict[str, tuple[tuple[tuple[str, ...], Entry, bool], ...]]:
    """``index`` with, per entry, whether it has a context rule to check (most have none)."""
    return {
        first: tuple(
            (toks, e, bool(e.unless_prev or e.unless_next or e.require_prev or e.pair))
            for toks, e in pairs
        )
        for first, pairs in index(lang, genre).items()
    }


@cache
def flag_tails(lang: str) -> dict[str, tuple[str, str, str, Source, tuple[str, ...], str]]:
    """Rule id -> the Flag fields after ``text`` (category, rule_id, reason, source,
    alternatives, severity) for a list entry, built once instead of once per flag."""
    src = sources()
    return {
        e.rule_id: (
            e.category,
            e.rule_id,
            e.reason or REASONS[e.category][lang],
            src[e.source],
            e.alternatives,
            "note" if e.category in NOTE_CATEGORIES else "warning",
        )
        for e in entries(lang)
    }


@cache
def rule_words(lang: str) -> dict[str, frozenset[str]]:
    """Word sets used by the Python rules (superlatives, gender words, titles, ...)."""
    return {k: _words(v) for k, v in raw_lists(lang).get("rules", {}).items()}


@cache
def provenance(lang: str) -> dict[str, str]:
    return {c: b.get("provenance", "published") for c, b in raw_lists(lang)["categories"].items()}


def warm() -> None:
    """Compile everything now (the web app calls this at start-up)."""
    sources()
    for lang in LANGS:
        rule_words(lang)
        flag_tails(lang)
        for genre in GENRES:
            matcher(lang, genre)
