"""Rules that need more than a word list: names and titles, conditional superlatives, gender
markers before a role. Each returns (first token, end token, category, rule id) tuples."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress, count
from operator import itemgetter

from .text import _SPLIT, Normalised, Tokens

Hit = tuple[int, int, str, str]  # token range [i, j), category, rule id


class Context:
    """The text being checked: original, normalised copy, tokens, rule word sets, language."""

    __slots__ = ("original", "norm", "toks", "words", "lang", "_caps", "_capset")

    def __init__(
        self,
        original: str,
        norm: Normalised,
        toks: Tokens,
        words: dict[str, frozenset[str]],
        lang: str,
    ) -> None:
        self.original = original
        self.norm = norm
        self.toks = toks
        self.words = words
        self.lang = lang
        self._caps: list[int] | None = None
        self._capset: frozenset[int] = frozenset()

    def cap(self, i: int) -> bool:
        """Token i starts with a capital letter (one look-up until the full list is built)."""
        if self._caps is None:
            starts = self.norm.starts
            first = self.toks.starts[i]
            return self.original[first if starts is None else starts[first]].isupper()
        return i in self._capset

    def joined(self, i: int) -> bool:
        """Token i follows token i-1 in the same sentence."""
        return i > 0 and not self.toks.boundary(i)

    def capitalised(self) -> list[int]:
        """Indices of tokens that start with a capital letter (computed once)."""
        if self._caps is None:
            starts = self.toks.starts
            norm = self.norm
            if norm.starts is not None:
                starts = list(map(norm.starts.__getitem__, starts))
            if len(starts) > 1:  # the first letters, in one C-level call
                firsts = itemgetter(*starts)(self.original)
            else:
                firsts = [self.original[k] for k in starts]
            caps = list(compress(count(), map(str.isupper, firsts)))
            self._caps = caps
            self._capset = frozenset(caps)
        return self._caps

    def where(self, vocab: frozenset[str]) -> list[int]:
        return list(compress(count(), map(vocab.__contains__, self.toks.words)))

    def is_title(self, i: int) -> bool:
        w = self.toks.words[i]
        if w not in self.words["titles"] or not self.cap(i):
            return False
        nxt = i + 1
        if nxt >= len(self.toks.words) or not self.cap(nxt):
            return False
        return self.toks.sep(nxt).strip() in ("", ".")


def may_be_name(ctx: Context, i: int) -> bool:
    """False only when token i cannot be part of a name as ``names`` finds them (each test
    is one of its conditions, loosened): see ``near_name`` and ``first_name_elsewhere``."""
    return near_name(ctx, i) or first_name_elsewhere(ctx, ctx.toks.words[i])


def near_name(ctx: Context, i: int) -> bool:
    """A capitalised title in the three tokens before token i, or a two-word name with a
    neighbour could hold it (one look at each neighbour)."""
    words, titles, cap = ctx.toks.words, ctx.words["titles"], ctx.cap
    if any(words[t] in titles and cap(t) for t in range(max(0, i - 3), i)):
        return True
    return _pair(ctx, i - 1) or _pair(ctx, i)


def first_name_elsewhere(ctx: Context, w: str) -> bool:
    """The word could be someone's first name: somewhere it is the first word of a two-word
    name or the word after a title, before another capitalised word (one C-level scan of
    the token list, then a look at each occurrence)."""
    words, n = ctx.toks.words, len(ctx.toks.words)
    titles, cap = ctx.words["titles"], ctx.cap
    k = -1
    while True:
        try:
            k = words.index(w, k + 1)
        except ValueError:
            return False
        if _pair(ctx, k) or (
            k and k + 1 < n and words[k - 1] in titles and cap(k - 1) and cap(k + 1)
        ):
            return True


def _pair(ctx: Context, a: int) -> bool:
    """Tokens a and a+1 pass the two-word-name tests of ``names`` that need no other token:
    both capitalised, longer than one letter, not stop words, one space apart."""
    words, starts = ctx.toks.words, ctx.toks.starts
    if a < 0 or a + 1 >= len(words) or not (ctx.cap(a) and ctx.cap(a + 1)):
        return False
    w, w2, stop = words[a], words[a + 1], ctx.words["name_stop"]
    e = starts[a] + len(w)
    return (
        starts[a + 1] - e == 1
        and ctx.toks.text[e] == " "
        and len(w) > 1
        and len(w2) > 1
        and w not in stop
        and w2 not in stop
    )


def names(ctx: Context) -> tuple[frozenset[int], dict[str, str], bool]:
    """Token positions that are part of a person's name, first name -> surname, and whether
    anyone in the text is given a title."""
    words, n = ctx.toks.words, len(ctx.toks.words)
    stop = ctx.words["name_stop"]
    lowered: frozenset[str] | None = None  # built on first use
    positions: set[int] = set()
    first_names: dict[str, str] = {}
    titled = False

    caps = ctx.capitalised()
    capset = ctx._capset
    titles = ctx.words["titles"]
    starts, text = ctx.toks.starts, ctx.toks.text
    # Only a capitalised title or a capitalised word followed by another can start a name:
    # those positions, found with set and C-level operations, in text order.
    starters = set(capset.intersection(map((-1).__add__, caps)))
    starters.update(compress(caps, map(titles.__contains__, map(words.__getitem__, caps))))
    for i in sorted(starters):
        if i >= n - 1:
            continue
        w = words[i]
        if w in titles and ctx.is_title(i):
            titled = True
            j = i + 1
            while j < n and j <= i + 3 and j in capset and (j == i + 1 or ctx.joined(j)):
                if ctx.toks.sep(j).strip() not in ("", ".", "-") or words[j] in stop:
                    break
                positions.add(j)
                j += 1
            if j - i >= 3:
                first_names.setdefault(words[i + 1], words[i + 2])
        elif i + 1 in capset:
            # Two plausible capitalised words (not stop words, not single letters, never seen
            # in lower case) separated by exactly one space, not after a title.
            w2 = words[i + 1]
            e = starts[i] + len(w)
            if (
                starts[i + 1] - e == 1
                and text[e] == " "
                and len(w) > 1
                and len(w2) > 1
                and w not in stop
                and w2 not in stop
                and (
                    lowered if lowered is not None else (lowered := _lowercase_words(ctx))
                ).isdisjoint((w, w2))
                and (i == 0 or not ctx.is_title(i - 1))
            ):
                positions.update((i, i + 1))
                first_names.setdefault(w, w2)
    if first_names:
        positions.update(
            compress(caps, map(first_names.__contains__, map(words.__getitem__, caps)))
        )
    return frozenset(positions), first_names, titled


def _lowercase_words(ctx: Context) -> frozenset[str]:
    """Words that occur at least once without a capital (so they are not names)."""
    norm = ctx.norm
    if norm.starts is None and ctx.toks.words and not norm.cased.isascii():
        cased = _SPLIT.split(norm.cased)[1::2]
        return frozenset(w.lower() for w in set(cased) if not w[0].isupper())
    keep = [True] * len(ctx.toks.words)
    for i in ctx.capitalised():
        keep[i] = False
    return frozenset(compress(ctx.toks.words, keep))


def first_name_hits(ctx: Context, first_names: dict[str, str], titled: bool) -> Iterator[Hit]:
    if not titled or not first_names:
        return
    words, n = ctx.toks.words, len(ctx.toks.words)
    for i in ctx.where(frozenset(first_names)):
        w = words[i]
        if not ctx.cap(i):
            continue
        if i + 1 < n and ctx.joined(i + 1) and words[i + 1] == first_names[w]:
            continue  # full name
        if i > 0 and ctx.joined(i) and ctx.is_title(i - 1):
            continue
        if i + 1 < n and ctx.joined(i + 1) and ctx.cap(i + 1) and ctx.toks.sep(i + 1) == " ":
            continue  # part of another full name
        yield i, i + 1, "first_name", f"{ctx.lang}.first_name.bare-first-name"


def superlative_hits(ctx: Context) -> Iterator[Hit]:
    words, n = ctx.toks.words, len(ctx.toks.words)
    sup, gender = ctx.words["superlatives"], ctx.words["gender_words"]
    most = ctx.words["most"]
    rid = f"{ctx.lang}.conditional_superlative."
    done = -1
    for i in ctx.where(sup | most):
        if i <= done or (words[i] in most and not (i + 1 < n and ctx.joined(i + 1))):
            continue
        for j in range(i + 1, min(n, i + 7)):
            if not ctx.joined(j):
                break
            if words[j] in gender:
                yield i, j + 1, "conditional_superlative", rid + "superlative-gender"
                done = j
                break
    # "for a woman" / "pour une femme"
    lead, art = ctx.words["for_words"], ctx.words["articles"]
    for i in ctx.where(lead):
        if (
            i + 2 < n
            and words[i + 1] in art
            and words[i + 2] in gender
            and ctx.joined(i + 1)
            and ctx.joined(i + 2)
        ):
            yield i, i + 3, "conditional_superlative", rid + "for-a-woman"


def marker_hits(ctx: Context) -> Iterator[Hit]:
    words, n = ctx.toks.words, len(ctx.toks.words)
    markers, jobs = ctx.words["marker_words"], ctx.words["occupations"]
    suffixes = tuple(ctx.words["occupation_suffixes"] | ctx.words.get("role_suffixes", set()))
    not_roles = ctx.words.get("not_roles", frozenset())
    after = ctx.words["marker_after"]
    rid = f"{ctx.lang}.gender_marker."

    def job(k: int) -> bool:
        # Any role noun: from the list, or by its ending (-er, -ist, -ian...) unless the word
        # names a patient, a body part or a condition (female patients, female cancers).
        w = words[k]
        return w in jobs or (w not in not_roles and len(w) > 4 and w.endswith(suffixes))

    def tight(k: int) -> bool:  # token k follows k-1 with only a space or hyphen between
        return ctx.joined(k) and ctx.toks.sep(k).strip() in ("", "-")

    for m in ctx.where(markers | after):
        if words[m] in markers and m + 1 < n and tight(m + 1) and job(m + 1):
            yield m, m + 2, "gender_marker", rid + "marker-role"
        elif words[m] in after and m > 0 and tight(m) and job(m - 1):
            yield m - 1, m + 1, "gender_marker", rid + "role-marker"
    phrase = ctx.words.get("marker_phrase_start", frozenset())
    for i in ctx.where(phrase):
        if i + 2 < n and words[i + 1] == "sexe" and words[i + 2] in markers:
            yield i, i + 3, "gender_marker", rid + "de-sexe"
