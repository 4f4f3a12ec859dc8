"""The checker: match the word lists and rules over normalised tokens, build a report.

Nothing is stored or logged: the text lives only for the duration of the call.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import compress, count
from operator import itemgetter
from typing import Any

from . import context, lexicon, rules
from .messages import reason
from .model import (
    DESCRIPTORS,
    DOCUMENT_CATEGORIES,
    GENRE_CATEGORIES,
    GENRES,
    LANGS,
    MAX_CHARS,
    NOTE_CATEGORIES,
    CheckError,
    Flag,
    Report,
)
from .summary import document_notes, specifics, summarise
from .text import count_numbers, count_words, normalise, tokenise

_FLAG_ORDER = itemgetter(0, 1, 3)  # start, end, category
_ALLOWED = {g: frozenset(cats) for g, cats in GENRE_CATEGORIES.items()}
_new_flag = tuple.__new__


def check(
    text: str,
    genre: str,
    lang: str,
    ignore: frozenset[str] = frozenset(),
    *,
    max_chars: int | None = MAX_CHARS,
    ui_lang: str | None = None,
) -> Report:
    """Check ``text`` written in ``lang`` as a ``genre`` document.

    ``max_chars`` is the size limit (None lifts it: benchmarks only).
    ``ignore`` holds rule ids (e.g. ``"en.effort.hardworking"``) or whole categories to skip.
    ``ui_lang`` is the language of the reasons, changes and notes (the page's; by default
    the text's). Raises CheckError (a ValueError) with code unknown_genre, unknown_language,
    too_long or not_text.
    """
    _validate(text, genre, lang, max_chars)
    ui = ui_lang or lang
    if ui not in LANGS:
        raise CheckError("unknown_language", f"Unknown language {ui!r}; use en or fr.")
    if type(ignore) is not frozenset:
        ignore = frozenset(ignore)
    norm = normalise(text)
    ctx = rules.Context(text, norm, tokenise(norm), lexicon.rule_words(lang), lang)
    allowed = _ALLOWED[genre]
    people = _People(ctx)
    numbers = count_numbers(norm.text)
    hits = _collect_hits(ctx, genre, allowed, people, numbers)
    signals: frozenset[str] = frozenset()
    if genre == "job":  # (job ads have no descriptor categories, and only they have signals)
        signals = frozenset(
            rid.rsplit(".", 1)[1] for _i, _j, cat, rid, _e in hits if cat == lexicon.SIGNAL
        )
    elif not DESCRIPTORS.isdisjoint(allowed):
        hits = context.drop_out_of_context(ctx, hits, genre)
    flags = _build_flags(ctx, hits, allowed, ignore, people, ui)
    words = count_words(norm.text)
    spec = specifics(ctx, numbers)
    src = lexicon.sources()
    notes = tuple(
        n
        for n in document_notes(genre, lang, words, spec, src, ctx, ui, signals)
        if n.category in allowed and not (ignore and (n.category in ignore or n.rule_id in ignore))
    )
    summary = summarise(genre, lang, words, spec, flags, notes, ui)
    return Report(genre, lang, tuple(flags), notes, summary)


def _validate(text: str, genre: str, lang: str, max_chars: int | None) -> None:
    if not isinstance(text, str):
        raise CheckError("not_text", "The text must be a string.")
    if genre not in GENRES:
        raise CheckError("unknown_genre", f"Unknown genre {genre!r}; use one of {list(GENRES)}.")
    if lang not in LANGS:
        raise CheckError("unknown_language", f"Unknown language {lang!r}; use en or fr.")
    if max_chars is not None and len(text) > max_chars:
        raise CheckError("too_long", f"The text is longer than {max_chars:,} characters.")


class _People:
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


def _collect_hits(
    ctx: rules.Context, genre: str, allowed, people, numbers: int = 1
) -> list[context.Hit]:
    hits: list[context.Hit] = _list_hits(ctx, lexicon.matcher(ctx.lang, genre), people)
    patterns = lexicon.pattern_rules(ctx.lang, genre) if numbers else ()
    if patterns:  # every pattern holds a number (24/7, 50 lb)
        hits.extend(_pattern_hits(ctx, patterns, hits))
    if genre != "job":
        for i, j, cat, rid in rules.superlative_hits(ctx):
            hits.append((i, j, cat, rid, None))
        for i, j, cat, rid in rules.marker_hits(ctx):
            hits.append((i, j, cat, rid, None))
    if "first_name" in allowed:
        _positions, first_names, titled = people()
        for i, j, cat, rid in rules.first_name_hits(ctx, first_names, titled):
            hits.append((i, j, cat, rid, None))
    return hits


def _build_flags(
    ctx: rules.Context, hits: list[context.Hit], allowed, ignore, people, ui: str
) -> list[Flag]:
    text, lang = ctx.original, ctx.lang
    src = lexicon.sources()
    tails = lexicon.flag_tails(lang, ui)
    starts, tok_words = ctx.toks.starts, ctx.toks.words
    identity = ctx.norm.starts is None
    flags: list[Flag] = []
    append = flags.append
    for i, j, cat, rid, entry in hits:
        if cat not in allowed or (ignore and (cat in ignore or rid in ignore)):
            continue
        start = starts[i]
        end = starts[j - 1] + len(tok_words[j - 1])
        if not identity:
            start, end = ctx.norm.span(start, end)
        if entry is not None and cat != "stereotype":
            tail = tails.get(rid)
            if tail is not None:
                # The fields that do not depend on the text are built once per entry.
                append(_new_flag(Flag, (start, end, text[start:end]) + tail))
                continue
        append(_rule_flag(ctx, i, j, cat, rid, entry, (start, end), src, people, ui))
    flags.sort(key=_FLAG_ORDER)
    return flags


def _rule_flag(ctx, i, j, cat, rid, entry, span, src, people, ui: str) -> Flag:
    lang = ctx.lang
    why = reason(cat, ui)
    if entry is not None and entry.reason:
        why = entry.reason
    if cat == "stereotype" and context.negated(ctx, i):
        why = reason("stereotype_negated", ui)
    if rid.endswith(context.DEFICIT_RULE):
        why = reason("confidence_deficit", ui)
    source_key = entry.source if entry is not None else _RULE_SOURCES[cat]
    alternatives = (
        _DEFICIT_ALT[lang]
        if rid.endswith(context.DEFICIT_RULE)
        else entry.alternatives
        if entry is not None
        else _rule_alternatives(ctx, i, j, cat, people)
    )
    start, end = span
    return Flag(
        start=start,
        end=end,
        text=ctx.original[start:end],
        category=cat,
        rule_id=rid,
        reason=why,
        source=src[source_key],
        alternatives=alternatives,
        severity="note" if cat in NOTE_CATEGORIES else "warning",
    )


_DEFICIT_ALT = {
    "en": ("state the confidence the candidate already shows, with an example",),
    "fr": ("décrire l'assurance dont la personne fait déjà preuve, avec un exemple",),
}


_RULE_SOURCES = {
    "conditional_superlative": "genderbias",
    "gender_marker": "uacsw",
    "first_name": "creo",
    "doubt": "madera2019",  # a confidence deficit ("should be more confident")
}
assert not (set(_RULE_SOURCES) & DOCUMENT_CATEGORIES)


def _rule_alternatives(
    ctx: rules.Context, i: int, j: int, cat: str, people: Callable[[], tuple[Any, ...]]
) -> tuple[str, ...]:
    """Concrete swaps for rule-based flags: the role alone, the title and surname."""
    orig, norm, toks = ctx.original, ctx.norm, ctx.toks
    if cat == "gender_marker":
        markers = ctx.words["marker_words"]
        keep = [k for k in range(i, j) if toks.words[k] not in markers and toks.words[k] != "sexe"]
        if keep:
            s, e = norm.span(toks.starts[keep[0]], toks.end(keep[-1]))
            return (orig[s:e],)
    if cat == "first_name":
        surname = people()[1].get(toks.words[i], "")
        if not surname:
            return ()
        name = surname.capitalize()
        used = _title_used(ctx, toks.words[i], surname)
        if used:
            return (f"{used} {name}",)  # the title the text already gives: Dr. Chen
        if ctx.lang == "fr":
            return (f"Dre {name}", f"Dr {name}", f"Mme {name}", f"M. {name}")
        return (f"Dr. {name}", f"Ms. {name}", f"Mr. {name}")
    return ()


def _title_used(ctx: rules.Context, first: str, surname: str) -> str:
    """The title the text gives this person (Dr. Sarah Chen, Dr. Chen), as written, or ""."""
    words, n = ctx.toks.words, len(ctx.toks.words)
    titles = ctx.words["titles"]
    for k in range(n - 1):
        if words[k] not in titles or not ctx.is_title(k):
            continue
        nxt = words[k + 1]
        if nxt == surname or (nxt == first and k + 2 < n and words[k + 2] == surname):
            s, e = ctx.norm.span(ctx.toks.starts[k], ctx.toks.end(k))
            title = ctx.original[s:e]
            if ctx.toks.sep(k + 1).startswith("."):
                title += "."
            return title
    return ""


def _list_hits(ctx: rules.Context, idx, people: _People):
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


def _pattern_hits(ctx: rules.Context, patterns, hits: list[context.Hit]) -> list[context.Hit]:
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
