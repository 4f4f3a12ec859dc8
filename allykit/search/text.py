"""Text analysis for search: words, hyphenated compounds, Snowball stems, accent folding.

Plain Python (no Django). The same analysis runs on the indexed text and on queries, so a word
matches whatever its accents, case, hyphenation or inflection (`Micro-agressions`,
`microagression`).
A word's key is its Snowball stem (of the accented, lowercased word) with the accents removed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from .stopwords import STOPWORDS

STEMMERS = {"en": "english", "fr": "french"}
HYPHENS = "-\u2010\u2011\u2012\u2013"
APOSTROPHES = "'\u2019"
# A word, or words joined by hyphens (a compound); apostrophes split words (l'alliance), except
# an English possessive or "is" ('s, TIME'S UP), which stays with its word and is not a word of
# its own.
WORD = re.compile(rf"[^\W_]+(?:[{HYPHENS}][^\W_]+)*(?:[{APOSTROPHES}][sS](?![^\W_]))?")
PART = re.compile(r"[^\W_]+")
CLITIC = re.compile(rf"[{APOSTROPHES}][sS]$")


def parts(word: str) -> list[str]:
    """The parts of a word found by WORD: 'micro-agression' -> two; "TIME'S" -> ['TIME']."""
    return PART.findall(CLITIC.sub("", word))


_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l"})


def fold(word: str) -> str:
    """Lowercase, without accents or ligatures: 'Œuvre' -> 'oeuvre', 'allié' -> 'allie'."""
    word = word.lower().translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _stemmers() -> dict:
    return {lang: snowballstemmer.stemmer(name) for lang, name in STEMMERS.items()}


@lru_cache(maxsize=65536)
def keys(word: str, lang: str) -> tuple[str, ...]:
    """Index keys of one word: the folded stem, and the stem of the folded word if different.

    'alliée' -> ('alli', 'allie'): a query typed without accents ('alliee') still matches.
    """
    stemmer = _stemmers()[lang]
    lower = word.lower()
    first = fold(stemmer.stemWord(lower))
    second = stemmer.stemWord(fold(lower))
    return (first,) if second == first else (first, second)


def key(word: str, lang: str) -> str:
    return keys(word, lang)[0]


def is_stopword(word: str, lang: str) -> bool:
    return fold(word) in STOPWORDS[lang]


@dataclass(frozen=True)
class Token:
    """A word found in a text, with its position and the keys it matches."""

    start: int
    end: int
    keys: frozenset[str]


def tokens(text: str, lang: str) -> list[Token]:
    """Words of `text` with offsets; a compound matches its joined form and each part."""
    found = []
    for match in WORD.finditer(text):
        pieces = parts(match.group())
        found_keys = set()
        for part in pieces:
            found_keys.update(keys(part, lang))
        if len(pieces) > 1:
            found_keys.update(keys("".join(pieces), lang))
        found.append(Token(match.start(), match.end(), frozenset(found_keys)))
    return found


def analyse(text: str, lang: str) -> tuple[str, str]:
    """(main, extra): the text as a sequence of keys, one per word part, for FTS5 (phrases keep
    their order), and the extra keys (joined compounds, accentless stems) that match too."""
    main, extra = [], []
    for match in WORD.finditer(text):
        pieces = parts(match.group())
        for part in pieces:
            k = keys(part, lang)
            main.append(k[0])
            extra.extend(k[1:])
        if len(pieces) > 1:
            extra.extend(keys("".join(pieces), lang))
    return " ".join(main), " ".join(extra)


def words(text: str) -> list[str]:
    """The plain words of a text (compounds split), for the spelling vocabulary."""
    return [p for w in WORD.findall(text) for p in parts(w)]
