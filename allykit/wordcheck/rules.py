"""Rules that need more than a word list: names and titles, conditional superlatives, gender
markers before a role. Each returns (first token, end token, category, rule id) tuples."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .text import Normalised, Tokens

Hit = tuple[int, int, str, str]  # token range [i, j), category, rule id


@dataclass(frozen=True, slots=True)
class Context:
    original: str
    norm: Normalised
    toks: Tokens
    words: dict[str, frozenset[str]]
    lang: str

    def cap(self, i: int) -> bool:
        return self.original[self.norm.starts[self.toks.starts[i]]].isupper()

    def joined(self, i: int) -> bool:
        """Token i follows token i-1 in the same sentence."""
        return i > 0 and not self.toks.boundary[i]

    def is_title(self, i: int) -> bool:
        w = self.toks.words[i]
        if w not in self.words["titles"] or not self.cap(i):
            return False
        nxt = i + 1
        if nxt >= len(self.toks.words) or not self.cap(nxt):
            return False
        if len(w) <= 2:  # M., Dr, Pr: an abbreviation must be followed by a dot or space only
            return self.toks.seps[nxt].strip() in ("", ".")
        return self.toks.seps[nxt].strip() in ("", ".")


def names(ctx: Context) -> tuple[frozenset[int], dict[str, str], bool]:
    """Token positions that are part of a person's name, first name -> surname, and whether
    anyone in the text is given a title."""
    words, n = ctx.toks.words, len(ctx.toks.words)
    stop = ctx.words["name_stop"]
    lowered = _lowercase_words(ctx)
    positions: set[int] = set()
    first_names: dict[str, str] = {}
    titled = False

    def plausible(i: int) -> bool:
        return (
            i < n
            and ctx.cap(i)
            and words[i] not in stop
            and words[i] not in lowered
            and len(words[i]) > 1
        )

    for i in range(n - 1):
        if ctx.is_title(i):
            titled = True
            j = i + 1
            while j < n and j <= i + 3 and ctx.cap(j) and (j == i + 1 or ctx.joined(j)):
                if ctx.toks.seps[j].strip() not in ("", ".", "-") or words[j] in stop:
                    break
                positions.add(j)
                j += 1
            if j - i >= 3:
                first_names.setdefault(words[i + 1], words[i + 2])
        elif (
            plausible(i)
            and plausible(i + 1)
            and ctx.joined(i + 1)
            and ctx.toks.seps[i + 1] == " "
            and (i == 0 or not ctx.is_title(i - 1))
        ):
            positions.update((i, i + 1))
            first_names.setdefault(words[i], words[i + 1])
    if first_names:
        for i in range(n):
            if words[i] in first_names and ctx.cap(i):
                positions.add(i)
    return frozenset(positions), first_names, titled


def _lowercase_words(ctx: Context) -> frozenset[str]:
    out = set()
    for i, w in enumerate(ctx.toks.words):
        if not ctx.cap(i):
            out.add(w)
    return frozenset(out)


def first_name_hits(ctx: Context, first_names: dict[str, str], titled: bool) -> Iterator[Hit]:
    if not titled or not first_names:
        return
    words, n = ctx.toks.words, len(ctx.toks.words)
    for i in range(n):
        w = words[i]
        if w not in first_names or not ctx.cap(i):
            continue
        if i + 1 < n and ctx.joined(i + 1) and words[i + 1] == first_names[w]:
            continue  # full name
        if i > 0 and ctx.joined(i) and ctx.is_title(i - 1):
            continue
        if i + 1 < n and ctx.joined(i + 1) and ctx.cap(i + 1) and ctx.toks.seps[i + 1] == " ":
            continue  # part of another full name
        yield i, i + 1, "first_name", f"{ctx.lang}.first_name.bare-first-name"


def superlative_hits(ctx: Context) -> Iterator[Hit]:
    words, n = ctx.toks.words, len(ctx.toks.words)
    sup, gender = ctx.words["superlatives"], ctx.words["gender_words"]
    most = ctx.words["most"]
    rid = f"{ctx.lang}.conditional_superlative."
    i = 0
    while i < n:
        w = words[i]
        if w in sup or (w in most and i + 1 < n and ctx.joined(i + 1)):
            for j in range(i + 1, min(n, i + 7)):
                if not ctx.joined(j):
                    break
                if words[j] in gender:
                    yield i, j + 1, "conditional_superlative", rid + "superlative-gender"
                    i = j
                    break
        i += 1
    # "for a woman" / "pour une femme"
    lead, art = ctx.words["for_words"], ctx.words["articles"]
    for i in range(n - 2):
        if (
            words[i] in lead
            and words[i + 1] in art
            and words[i + 2] in gender
            and ctx.joined(i + 1)
            and ctx.joined(i + 2)
        ):
            yield i, i + 3, "conditional_superlative", rid + "for-a-woman"


def marker_hits(ctx: Context) -> Iterator[Hit]:
    words, n = ctx.toks.words, len(ctx.toks.words)
    markers, jobs = ctx.words["marker_words"], ctx.words["occupations"]
    suffixes = tuple(ctx.words["occupation_suffixes"])
    after = ctx.words["marker_after"]
    rid = f"{ctx.lang}.gender_marker."

    def job(k: int) -> bool:
        return words[k] in jobs or words[k].endswith(suffixes)

    for i in range(n - 1):
        tight = ctx.joined(i + 1) and ctx.toks.seps[i + 1].strip() in ("", "-")
        if not tight:
            continue
        if words[i] in markers and job(i + 1):
            yield i, i + 2, "gender_marker", rid + "marker-role"
        elif job(i) and words[i + 1] in after:
            yield i, i + 2, "gender_marker", rid + "role-marker"
    phrase = ctx.words.get("marker_phrase_start", frozenset())
    for i in range(n - 2):
        if words[i] in phrase and words[i + 1] == "sexe" and words[i + 2] in markers:
            yield i, i + 3, "gender_marker", rid + "de-sexe"
