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
from itertools import accumulate, compress, count
from operator import add

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
    """The normalised text and, per character, its original start and end.

    ``starts``/``ends`` are None when the normalised text has exactly the original's length
    and character positions (the common case): the offset map is then the identity.
    """

    text: str
    starts: tuple[int, ...] | None
    ends: tuple[int, ...] | None
    cased: str = ""  # same characters before lower-casing (fast path only)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the normalised span [start, end)."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]

    def start_of(self, i: int) -> int:
        return i if self.starts is None else self.starts[i]


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for ch in _HYPHENS:
        table[ord(ch)] = "-"
    for ch in _APOSTROPHES:
        table[ord(ch)] = "'"
    for ch in _QUOTES:
        table[ord(ch)] = '"'
    for ch in _BULLETS - _HYPHENS:
        table[ord(ch)] = ";"
    for ch in "\u2028\u2029\x0b\x0c\x85":
        table[ord(ch)] = "\n"
    for cp in [0x09, 0x0D, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000]:
        table[cp] = " "
    return table


_TABLE = _table()


def _bytes_table(table: dict[int, str]) -> bytes:
    """The ASCII part of a str.translate table as a bytes.translate table (one C lookup per
    byte instead of a dict lookup per character); every value must be one ASCII character."""
    out = bytearray(range(256))
    for cp, ch in table.items():
        if cp < 128:
            assert len(ch) == 1 and ord(ch) < 128, (cp, ch)
            out[cp] = ord(ch)
    return bytes(out)


def _ascii_translate(text: str, table: bytes) -> str:
    return text.encode("ascii").translate(table).decode("ascii")


_ASCII_TABLE = _bytes_table(_TABLE)
_SLOW = re.compile(
    "[" + "".join(sorted(_DELETE)) + r"\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
    r"\ufe20-\ufe2f]|-[ \t]*\n"
)
_HYPHEN_BREAK = re.compile(r"-[ \t]*\n")


def normalise(original: str) -> Normalised:
    """Fast path: one C-level translate and lower-case when no character is deleted, composed
    or joined; otherwise the character-by-character path with an explicit offset map."""
    if original.isascii():
        cased = _ascii_translate(original, _ASCII_TABLE)
        # On ASCII text only a hyphenated line break can need the slow path.
        slow = "\n" in cased and _HYPHEN_BREAK.search(cased)
    else:
        cased = original.translate(_TABLE)
        slow = _SLOW.search(cased)
    if not slow:
        low = cased.lower()
        if len(low) == len(original):
            return Normalised(low, None, None, cased)
    return _normalise_slow(original)


def _normalise_slow(original: str) -> Normalised:
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
        elif ch in _BULLETS:  # (after _HYPHENS: U+2043 is a hyphen bullet)
            mapped = ";"  # a list item is its own clause
        elif ch == "\n" or ch in "\u2028\u2029\x0b\x0c\x85":
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


class Tokens:
    """Letter-only tokens of a normalised text: ``words`` and their ``starts``. Separators,
    ends and the sentence boundary before a token are worked out only when a rule asks.

    ASCII text (the usual case for English, after normalisation) is tokenised with C-level
    string operations (translate, split, accumulate); other text with one regex split. Both
    give exactly the letter runs that ``_SPLIT`` finds."""

    __slots__ = ("text", "words", "starts", "_boundary")

    def __init__(self, norm: str) -> None:
        self.text = norm
        if norm.isascii():
            # Every non-letter becomes a space; splitting on single spaces keeps one (possibly
            # empty) part per separator character, so a part's offset is the lengths before
            # it plus its index.
            parts = _ascii_translate(norm, _ASCII_NON_LETTERS).split(" ")
            self.words: list[str] = list(filter(None, parts))
            offs = map(add, accumulate(map(len, parts), initial=0), count())
            self.starts: list[int] = list(compress(offs, parts))
        else:
            parts = _SPLIT.split(norm)
            self.words = parts[1::2]
            self.starts = list(accumulate(map(len, parts)))[0::2][: len(self.words)]
        self._boundary: dict[int, bool] = {}

    def __len__(self) -> int:
        return len(self.words)

    def end(self, i: int) -> int:
        return self.starts[i] + len(self.words[i])

    def sep(self, i: int) -> str:
        """The separator just before token i (i == len(self) gives the trailing one)."""
        n = len(self.words)
        if i == 0:
            return self.text[: self.starts[0]] if n else self.text
        if i >= n:
            return self.text[self.end(n - 1) :]
        return self.text[self.starts[i - 1] + len(self.words[i - 1]) : self.starts[i]]

    def boundary(self, i: int) -> bool:
        """A sentence or clause boundary comes just before token i."""
        if i == 0:
            return True
        starts = self.starts
        s = starts[i]
        e = starts[i - 1] + len(self.words[i - 1])
        if s - e == 1 and self.text[e] == " ":
            return False  # the usual separator: one space
        b = self._boundary.get(i)
        if b is None:
            sep = self.text[e:s]
            b = bool(_BOUNDARY.search(sep))
            if b and sep.strip(" ") == "." and self.words[i - 1] in _TITLE_ABBREVIATIONS:
                b = False
            self._boundary[i] = b
        return b


_ASCII_NON_LETTERS = _bytes_table(
    str.maketrans({c: " " for c in map(chr, range(128)) if not re.match(r"[^\W\d_]", c)})
)
# Word counting (``_COUNTED_WORD``) on ASCII text: alphanumerics -> a, joiners -> j, rest -> space.
_ASCII_COUNT = _bytes_table(
    str.maketrans(
        {
            c: "a" if re.match(r"[^\W_]", c) else "j" if c in "'-.," else " "
            for c in map(chr, range(128))
        }
    )
)
# Number counting (``NUMBER`` below) on ASCII text: digits -> d, . and , -> j, rest -> space.
_ASCII_DIGITS = _bytes_table(
    str.maketrans(
        {c: "d" if c.isdigit() else "j" if c in ".," else " " for c in map(chr, range(128))}
    )
)


_SPLIT = re.compile(r"([^\W\d_]+)")
_TITLE_ABBREVIATIONS = frozenset(
    "dr dre drs mr mrs ms mx prof pr pre st m mme mlle jr sr vs etc e g i".split()
)


def tokenise(norm: Normalised | str) -> Tokens:
    return Tokens(norm.text if isinstance(norm, Normalised) else norm)


def _count_runs(s: str, a: str) -> int:
    """Runs of ``a`` joined by single ``j`` characters in a translated text (only ``a``,
    ``j`` and spaces), counted by where each starts: an ``a`` after a space or at the start,
    or after a ``j`` that does not itself follow an ``a``."""
    ja = "j" + a
    return (
        s.count(" " + a)
        + s.count(" " + ja)
        + s.count("j" + ja)
        + s.startswith(a)
        + s.startswith(ja)
    )


def count_words(norm: str) -> int:
    """Words as ``_COUNTED_WORD`` finds them (letters and digits joined by ' - . ,)."""
    if norm.isascii():
        return _count_runs(_ascii_translate(norm, _ASCII_COUNT), "a")
    return len(_COUNTED_WORD.findall(norm))


NUMBER = re.compile(r"\d+(?:[.,]\d+)*\s*%?")


def count_numbers(norm: str) -> int:
    """Matches of ``NUMBER`` (numbers, years, percentages)."""
    if norm.isascii():
        digits = _ascii_translate(norm, _ASCII_DIGITS)
        if "d" not in digits:
            return 0
        # Digits are rare: split into runs of digits and joiners (few, so cheap; counting
        # two-character needles in a text of spaces is not). A double joiner separates two
        # numbers; a lone joiner left on its own is no number.
        runs = digits.replace("jj", "  ").split()
        return len(runs) - runs.count("j")
    return len(NUMBER.findall(norm))
