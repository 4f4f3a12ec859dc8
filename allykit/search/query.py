"""Turn what someone typed into a safe FTS5 query: words, "exact phrases", nothing else.

Plain Python (no Django). Only analysed keys (letters and digits) reach FTS5, each one quoted,
so SQL or FTS5 syntax, stray quotes, emoji and control characters can never cause an error.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from . import text
from .synonyms import NAMES, related, synonyms

MAX_LENGTH = 200
MAX_CLAUSES = 12
QUOTES = re.compile(r"[\"“”«»„]")


@dataclass(frozen=True)
class Clause:
    """One word (any of its alternative key sequences) or one quoted phrase."""

    words: tuple[str, ...]  # as typed, for messages and spelling suggestions
    alternatives: tuple[tuple[str, ...], ...]  # each: a sequence of keys (a phrase if > 1)
    phrase: bool = False
    prefix: str = ""  # live search: the folded last word, matched as a prefix too
    compound: bool = False  # a hyphenated word: its parts side by side are an alternative
    direct: int = 0  # the first `direct` alternatives are the word itself; 0: all of them

    @property
    def own(self) -> tuple[tuple[str, ...], ...]:
        """The alternatives that are the word itself (not a related word of its group)."""
        return self.alternatives[: self.direct] if self.direct else self.alternatives

    def marks(self) -> tuple[str, ...]:
        """Keys to highlight: a compound's joined form, not each of its parts."""
        if self.compound:
            return tuple(seq[0] for seq in self.alternatives if len(seq) == 1)
        return tuple(k for seq in self.alternatives for k in seq)

    def fts(self, own: bool = False) -> str:
        options = [_phrase(seq) for seq in (self.own if own else self.alternatives)]
        if self.prefix:
            options.append(f'"{self.prefix}"*')
        return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"


def _phrase(keys: tuple[str, ...]) -> str:
    return '"' + " ".join(keys) + '"'


@dataclass(frozen=True)
class Query:
    text: str  # cleaned and trimmed, as shown back to the user
    clauses: tuple[Clause, ...] = ()
    trimmed: bool = False  # longer than MAX_LENGTH, cut
    notes: tuple[str, ...] = field(default=())  # "no-words" when nothing searchable is left
    lang: str = "en"

    @property
    def empty(self) -> bool:
        return not self.clauses

    def fts(self, any_word: bool = False, own: bool = False) -> str:
        joiner = " OR " if any_word else " AND "
        return joiner.join(c.fts(own) for c in self.clauses)

    @property
    def has_related(self) -> bool:
        return any(c.direct and c.direct < len(c.alternatives) for c in self.clauses)

    def keys(self) -> frozenset[str]:
        """Every key the query looks for (to highlight the words it matched)."""
        return frozenset(k for c in self.clauses for k in c.marks())

    def own_keys(self) -> frozenset[str]:
        """The keys of the words themselves, without their groups' related words."""
        return frozenset(k for c in self.clauses for seq in c.own for k in seq)

    def loosened(self) -> Query:
        """The same search with each quoted phrase split into its words (for the any-word
        fallback: « ma belle » then also finds the synonyms of 'belle')."""
        clauses = []
        for clause in self.clauses:
            if not clause.phrase:
                clauses.append(clause)
                continue
            words = [w for w in clause.words if not text.is_stopword(w, self.lang)]
            clauses.extend(_word_clause(w, self.lang, prefix=False) for w in words)
        return Query(self.text, tuple(clauses[:MAX_CLAUSES]), self.trimmed, self.notes, self.lang)

    @property
    def folded(self) -> str:
        """The words looked for, folded, in order (to recognise a title typed in full)."""
        words = (w for c in self.clauses for w in c.words)
        return " ".join(text.fold(p) for w in words for p in text.parts(w))

    def prefixes(self) -> tuple[str, ...]:
        return tuple(c.prefix for c in self.clauses if c.prefix)


def clean(raw: str) -> tuple[str, bool]:
    """Remove control characters (null bytes...), collapse spaces, cut to MAX_LENGTH."""
    kept = "".join(
        " " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
        for c in raw
        if unicodedata.category(c) not in ("Cf", "Cs", "Co", "Cn") or c == "\u200d"
    )
    kept = " ".join(kept.split())
    if len(kept) <= MAX_LENGTH:
        return kept, False
    return kept[:MAX_LENGTH].rstrip(), True


def _word_clause(word: str, lang: str, prefix: bool) -> Clause:
    parts = text.parts(word)
    alternatives: list[tuple[str, ...]] = []
    if len(parts) > 1:  # micro-agression: the joined word, or the parts side by side
        joined = "".join(parts)
        alternatives.extend((k,) for k in text.keys(joined, lang))
        alternatives.append(tuple(text.key(p, lang) for p in parts))
    else:
        alternatives.extend((k,) for k in text.keys(word, lang))
    for other in synonyms(word, lang):
        alternatives.append(_keys_of(other, lang))
    direct = len(dict.fromkeys(alternatives))
    for other in related(word, lang):
        alternatives.append(_keys_of(other, lang))
    folded = text.fold("".join(parts))
    start = folded if prefix and len(folded) >= 3 else ""
    return Clause(
        (word,),
        tuple(dict.fromkeys(alternatives)),
        prefix=start,
        compound=len(parts) > 1,
        direct=direct,
    )


def _keys_of(words: str, lang: str) -> tuple[str, ...]:
    return tuple(text.key(p, lang) for w in text.WORD.findall(words) for p in text.parts(w))


def _phrase_clause(words: list[str], lang: str) -> Clause:
    keys = tuple(text.key(p, lang) for w in words for p in text.parts(w))
    return Clause(tuple(words), (keys,), phrase=len(keys) > 1)


def _quote_names(cleaned: str, lang: str) -> str:
    """Put the names that are one term (TIME'S UP) in quotes, so they are searched as phrases."""
    if QUOTES.search(cleaned):
        return cleaned  # the user quoted something already: respect their quotes
    for pattern in NAMES[lang]:
        cleaned = pattern.sub(lambda m: f'"{m.group(0)}"', cleaned)
    return cleaned


def parse(raw: str, lang: str, live: bool = False) -> Query:
    """The query in `raw`: words (stop words dropped unless alone) and "quoted phrases".

    `live`: typed so far (search as you type), so the last word may be unfinished and also
    matches as a prefix.
    """
    cleaned, trimmed = clean(raw or "")
    pieces = QUOTES.split(_quote_names(cleaned, lang))
    phrases, loose = [], []
    for i, piece in enumerate(pieces):
        found = text.WORD.findall(piece)
        if not found:
            continue
        # Odd pieces sit between quotes; an unclosed quote's words count as loose words.
        if i % 2 == 1 and i < len(pieces) - 1 and len(found) > 1:
            phrases.append(found)
        else:
            loose.extend(found)
    content = [w for w in loose if not text.is_stopword(w, lang)]
    words = content if content or phrases else loose
    clauses = [_phrase_clause(p, lang) for p in phrases]
    ends_mid_word = live and bool(cleaned) and not cleaned[-1].isspace()
    for i, word in enumerate(words):
        last = i == len(words) - 1 and ends_mid_word and bool(loose) and word == loose[-1]
        clauses.append(_word_clause(word, lang, prefix=last))
    clauses = [c for c in clauses if c.alternatives and all(c.alternatives)]
    notes = ("no-words",) if (raw or "").strip() and not clauses else ()
    return Query(cleaned, tuple(clauses[:MAX_CLAUSES]), trimmed, notes, lang)
