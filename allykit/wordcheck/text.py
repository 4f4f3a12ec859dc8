"""Text normalisation with an offset map, and tokenisation.

The checker never matches on the raw text. It first builds a normalised copy (lower case,
one kind of apostrophe, hyphen and space, hyphenated line breaks joined, combining accents
composed) and keeps, for every normalised character, the span of original characters it
came from. Every span the checker reports is mapped back through that table, so it always
indexes the text the user pasted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters that vanish: soft hyphen, zero-width space/joiners, word joiner, BOM.
_DELETE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
# Every hyphen and dash becomes "-"; they are all separators for matching.
_HYPHENS = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d")
_APOSTROPHES = frozenset("\u2019\u2018\u201b\u02bc\u2032\u0060\u00b4\uff07")
_QUOTES = frozenset("\u201c\u201d\u201e\u201f\u2033\uff02")
# Pasted list bullets start a new line (a boundary for context rules).
_BULLETS = frozenset("\u2022\u25e6\u25aa\u25ab\u2023\u2043\u25cf\u25cb\u25a0\u25a1\u2219\u27a2")

_JOIN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
_COUNTED_WORD = re.compile(r"[^\W_]+(?:['\-.,][^\W_]+)*")
# A sentence or clause ends at . ! ? ; : or at a blank line or a Markdown-style list item; a
# single line break (hard-wrapped paragraph) does not end anything.
_BOUNDARY = re.compile(r"[.!?;:]|\n\s*\n|\n\s*[-*+]")


@dataclass(frozen=True, slots=True)
class Normalised:
    """The normalised text and, per character, its original start and end."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the normalised span [start, end)."""
        return self.starts[start], self.ends[end - 1]


def normalise(original: str) -> Normalised:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(original):
        if ch in _DELETE:
            continue
        if out and unicodedata.combining(ch):
            composed = unicodedata.normalize("NFC", out[-1] + ch)
            if len(composed) == 1:
                out[-1] = composed
            ends[-1] = i + 1
            continue
        if ch in _HYPHENS:
            mapped = "-"
        elif ch in _APOSTROPHES:
            mapped = "'"
        elif ch in _QUOTES:
            mapped = '"'
        elif ch in _BULLETS:
            mapped = ";"  # a list item is its own clause
        elif ch == "\n" or ch == "\r" or ch in "\u2028\u2029\x0b\x0c\x85":
            mapped = "\n"
        elif ch.isspace():
            mapped = " "
        else:
            mapped = ch.lower()
            if len(mapped) != 1:
                mapped = ch
        out.append(mapped)
        starts.append(i)
        ends.append(i + 1)
    text = "".join(out)
    if "\n" in text and "-" in text:
        keep = [True] * len(text)
        for m in _JOIN_BREAK.finditer(text):
            for j in range(m.start(), m.end()):
                keep[j] = False
        if not all(keep):
            text = "".join(c for c, k in zip(text, keep, strict=True) if k)
            starts = [s for s, k in zip(starts, keep, strict=True) if k]
            ends = [e for e, k in zip(ends, keep, strict=True) if k]
    return Normalised(text, tuple(starts), tuple(ends))


@dataclass(frozen=True, slots=True)
class Tokens:
    """Letter-only tokens of a normalised text with their positions and separators."""

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    seps: tuple[str, ...]  # text between the previous token and this one
    boundary: tuple[bool, ...]  # a sentence or line boundary precedes this token


_TITLE_ABBREVIATIONS = frozenset(
    "dr dre drs mr mrs ms mx prof pr pre st m mme mlle jr sr vs etc e g i".split()
)


def tokenise(norm: str) -> Tokens:
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    seps: list[str] = []
    boundary: list[bool] = []
    prev_end = 0
    for m in _WORD.finditer(norm):
        s, e = m.start(), m.end()
        sep = norm[prev_end:s]
        words.append(m.group())
        starts.append(s)
        ends.append(e)
        seps.append(sep)
        n = len(words)
        b = n == 1 or bool(_BOUNDARY.search(sep))
        if b and n > 1 and sep.strip(" ") == "." and words[-2] in _TITLE_ABBREVIATIONS:
            b = False
        boundary.append(b)
        prev_end = e
    return Tokens(tuple(words), tuple(starts), tuple(ends), tuple(seps), tuple(boundary))


def count_words(norm: str) -> int:
    return sum(1 for _ in _COUNTED_WORD.finditer(norm))
