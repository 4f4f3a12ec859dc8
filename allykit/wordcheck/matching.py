"""Finding the list and pattern matches in a text: each form looked up by its longest token,
tried in text order, longest first, never overlapping; regex rules only around the substrings
they need; names worked out only when a match may be one. Used by ``engine.check``."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress, count
from operator import itemgetter

from . import context, rules


class People:
    """Names are worked out only when something needs them: a list match on a capitalised
    token, the first-name rule, or a first-name alternative. ``people()`` gives
    ``rules.names``; ``is_name(i)`` answers for one token and, while it can, without them."""

    __slots__ = ("ctx", "found", "first_names")

    def __init__(self, ctx: rules.Context) -> None:
        self.ctx = ctx
        self.found: tuple[frozenset[int], dict[str, str], bool] | None = None
        self.first_names: dict[str, bool] = {}  # word -> could be a first name (scanned)

    def __call__(self) -> tuple[frozenset[int], dict[str, str], bool]:
        if self.found is None:
            self.found = rules.names(self.ctx)
        return self.found

    def is_name(self, i: int) -> bool:
        """Token i is part of a person's name (``i in names(ctx)[0]``). A name position has
        a title or a name partner next to it, or its word is a first name given elsewhere;
        when neither can hold the answer is no without working out every name. Each word's
        scan is kept; past a few words, working out the names once costs less."""
        if self.found is None and not rules.near_name(self.ctx, i):
            w = self.ctx.toks.words[i]
            known = self.first_names.get(w)
            if known is None and len(self.first_names) < _MAX_SCANS:
                known = self.first_names[w] = rules.first_name_elsewhere(self.ctx, w)
            if known is False:
                return False
        return i in self()[0]


_MAX_SCANS = 4  # words scanned (one C-level pass over the tokens each) before names() instead


def list_hits(ctx: rules.Context, idx, people: People):
    """List matches, longest phrase first, never overlapping. ``idx`` is ``lexicon.matcher``
    (each form under its longest token); ``people.is_name(i)`` tells a name position.

    Every place where a form's tokens occur is found first (few: the key tokens are rare);
    then, in text order and longest form first at each place, as if each form were looked up
    by its first token, the first form whose context fits is kept."""
    toks = ctx.toks
    words, n = toks.words, len(toks.words)
    found = []
    for p in compress(count(), map(idx.__contains__, words)):
        for off, rank, cand in idx[words[p]]:
            k = cand[1]
            if k == 1:
                found.append((p, rank, cand))
                continue
            i = p - off
            if i < 0 or i + k > n or tuple(words[i : i + k]) != cand[0]:
                continue
            found.append((i, rank, cand))
    if not found:
        return []
    found.sort(key=_PLACE)
    starts, text = toks.starts, toks.text
    original, orig_at = ctx.original, ctx.norm.starts
    boundary = toks.boundary
    out = []
    covered = -1  # last token used by a match (matches do not overlap)
    for i, _rank, (_ftoks, k, entry, contextual, descriptor, name_check) in found:
        if i <= covered:
            continue
        if k > 1:
            if k == 2:
                if boundary(i + 1):
                    continue
            elif any(boundary(i + m) for m in range(1, k)):
                continue
            if entry.hyphen and any(toks.sep(i + m) != "-" for m in range(1, k)):
                continue
        if contextual and not context.context_ok(ctx, i, k, entry):
            continue
        s = starts[i]
        if descriptor and i and text[s - 1] == "-" and s - 1 == toks.end(i - 1):
            continue  # the second half of a compound: nurse-led, data-driven
        if (
            name_check
            and original[s if orig_at is None else orig_at[s]].isupper()
            and people.is_name(i)
        ):
            continue
        out.append((i, i + k, entry.category, entry.rule_id, entry))
        covered = i + k - 1
    return out


_PLACE = itemgetter(0, 1)  # start token, then the candidates' order at one start


def pattern_hits(ctx: rules.Context, patterns, hits: list[context.Hit]) -> list[context.Hit]:
    """Regex rules over the normalised text, as token ranges; a list hit already covering
    the same tokens wins. The regex is tried only in a window around each occurrence of one
    of its ``needs`` substrings (found with C-level ``str.find``), so a long text without
    them costs one scan per substring."""
    starts = ctx.toks.starts
    n = len(starts)
    text = ctx.norm.text
    hit_starts: list[int] | None = None  # the list hits are in order and never overlap
    taken: set[int] = set()  # tokens of the pattern hits so far
    out: list[context.Hit] = []
    for needs, regex, entry in patterns:
        seen: set[int] = set()
        for need in needs:
            pos = text.find(need)
            while pos != -1:
                m = regex.search(text, max(0, pos - _WINDOW), pos + len(need) + _WINDOW)
                pos = text.find(need, pos + 1)
                if m is None or m.start() in seen:
                    continue
                seen.add(m.start())
                i = bisect_left(starts, m.start())
                j = bisect_left(starts, m.end())
                if i >= n or i >= j:
                    continue
                if hit_starts is None:
                    hit_starts = list(map(itemgetter(0), hits))
                before = bisect_right(hit_starts, j - 1) - 1  # the last list hit starting < j
                if before >= 0 and hits[before][1] > i:
                    continue
                if any(k in taken for k in range(i, j)):
                    continue
                out.append((i, j, entry.category, entry.rule_id, entry))
                taken.update(range(i, j))
    return out


_WINDOW = 60  # characters either side of a needed substring where its regex may match
