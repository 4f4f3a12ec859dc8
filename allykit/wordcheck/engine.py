"""The checker: match the word lists and rules over normalised tokens, build a report.

Nothing is stored or logged: the text lives only for the duration of the call.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import compress, count
from operator import itemgetter
from typing import Any

from . import lexicon, rules
from .lexicon import Entry
from .messages import REASONS
from .model import (
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
from .text import count_words, normalise, tokenise

_NAME_SAFE = frozenset({"gendered_term", "masculine_generic", "jargon"})
_FLAG_ORDER = itemgetter(0, 1, 3)  # start, end, category
_new_flag = tuple.__new__
_SUFFIX = re.compile(r"[(\[·./\-]")


def check(
    text: str,
    genre: str,
    lang: str,
    ignore: frozenset[str] = frozenset(),
    *,
    max_chars: int | None = MAX_CHARS,
) -> Report:
    """Check ``text`` written in ``lang`` as a ``genre`` document.

    ``max_chars`` is the size limit (None lifts it: benchmarks only).
    ``ignore`` holds rule ids (e.g. ``"en.effort.hardworking"``) or whole categories to skip.
    Raises CheckError (a ValueError) with code unknown_genre, unknown_language, too_long or
    not_text.
    """
    if not isinstance(text, str):
        raise CheckError("not_text", "The text must be a string.")
    if genre not in GENRES:
        raise CheckError("unknown_genre", f"Unknown genre {genre!r}; use one of {list(GENRES)}.")
    if lang not in LANGS:
        raise CheckError("unknown_language", f"Unknown language {lang!r}; use en or fr.")
    if max_chars is not None and len(text) > max_chars:
        raise CheckError("too_long", f"The text is longer than {max_chars:,} characters.")
    ignore = frozenset(ignore)

    norm = normalise(text)
    toks = tokenise(norm)
    ctx = rules.Context(text, norm, toks, lexicon.rule_words(lang), lang)
    allowed = GENRE_CATEGORIES[genre]
    # Names are worked out only when something needs them: a list match on a capitalised
    # token, the first-name rule, or a first-name alternative.
    found: list[tuple[frozenset[int], dict[str, str], bool]] = []

    def people() -> tuple[frozenset[int], dict[str, str], bool]:
        if not found:
            found.append(rules.names(ctx))
        return found[0]

    hits: list[tuple[int, int, str, str, Entry | None]] = []
    hits.extend(_list_hits(ctx, lexicon.matcher(lang, genre), people))
    if genre != "job":
        for i, j, cat, rid in rules.superlative_hits(ctx):
            hits.append((i, j, cat, rid, None))
        for i, j, cat, rid in rules.marker_hits(ctx):
            hits.append((i, j, cat, rid, None))
    if "first_name" in allowed:
        _positions, first_names, titled = people()
        for i, j, cat, rid in rules.first_name_hits(ctx, first_names, titled):
            hits.append((i, j, cat, rid, None))

    if not _DESCRIPTORS.isdisjoint(allowed):  # (job ads have no descriptor categories)
        hits = _drop_out_of_context(ctx, hits, genre)
    src = lexicon.sources()
    tails = lexicon.flag_tails(lang)
    starts, tok_words = toks.starts, toks.words
    identity = norm.starts is None
    flags: list[Flag] = []
    append = flags.append
    for i, j, cat, rid, entry in hits:
        if cat not in allowed or cat in ignore or rid in ignore:
            continue
        start = starts[i]
        end = starts[j - 1] + len(tok_words[j - 1])
        if not identity:
            start, end = norm.span(start, end)
        if entry is not None and cat != "stereotype":
            # The fields that do not depend on the text are built once per entry.
            append(_new_flag(Flag, (start, end, text[start:end]) + tails[rid]))
            continue
        reason = REASONS[cat][lang]
        if entry is not None and entry.reason:
            reason = entry.reason
        if cat == "stereotype" and _negated(ctx, i):
            reason = REASONS["stereotype_negated"][lang]
        source_key = entry.source if entry is not None else _RULE_SOURCES[cat]
        append(
            Flag(
                start=start,
                end=end,
                text=text[start:end],
                category=cat,
                rule_id=rid,
                reason=reason,
                source=src[source_key],
                alternatives=entry.alternatives
                if entry is not None
                else _rule_alternatives(ctx, i, j, cat, people),
                severity="note" if cat in NOTE_CATEGORIES else "warning",
            )
        )
    flags.sort(key=_FLAG_ORDER)

    words = count_words(norm.text)
    spec = specifics(ctx)
    notes = tuple(
        n
        for n in document_notes(genre, lang, words, spec, src)
        if n.category in allowed and n.category not in ignore and n.rule_id not in ignore
    )
    summary = summarise(genre, lang, words, spec, flags, notes)
    return Report(genre, lang, tuple(flags), notes, summary)


_RULE_SOURCES = {
    "conditional_superlative": "genderbias",
    "gender_marker": "uacsw",
    "first_name": "creo",
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
        if ctx.lang == "fr":
            return (f"Dre {name}", f"Dr {name}", f"Mme {name}", f"M. {name}")
        return (f"Dr. {name}", f"Ms. {name}", f"Mr. {name}")
    return ()


def _negated(ctx: rules.Context, i: int, extra: frozenset[str] = frozenset()) -> bool:
    neg = ctx.words["negators"] | extra
    for k in range(i - 1, max(-1, i - 4), -1):
        if not ctx.joined(k + 1):
            return False
        w = ctx.toks.words[k]
        if w == "t" and ctx.toks.sep(k) != "'":
            continue  # only the "t" of "n't" negates
        if w in neg and ctx.toks.words[k + 1] not in ctx.words["not_only"]:
            return True
    return False


# Descriptors that only count when they describe the person: a negated one ("not confident",
# "lacks confidence") is a doubt raiser, not a strength, and one attached to a family role
# ("devoted mother", "caring for her mother") belongs to the personal-life mention.
_DESCRIPTORS = frozenset({"ability", "agentic", "communal", "effort", "vague_praise"})


def _drop_out_of_context(ctx: rules.Context, hits, genre: str):
    personal_starts = {i for i, _j, cat, _r, _e in hits if cat == "personal"}
    lack = ctx.words["lack_words"]
    out = []
    for hit in hits:
        i, j, cat, _rid, _entry = hit
        if cat in _DESCRIPTORS:
            if cat != "vague_praise" and _negated(ctx, i, lack):
                continue
            if _attached_to_personal(ctx, j, personal_starts):
                continue
            if genre != "job" and _title_case(ctx, i):
                continue
        out.append(hit)
    return out


def _attached_to_personal(ctx: rules.Context, j: int, personal_starts: set[int]) -> bool:
    stop = ctx.words["conjunctions"]
    for k in range(j, min(j + 4, len(ctx.toks.words))):
        if not ctx.joined(k) or (k > j and ctx.toks.words[k - 1] in stop):
            return False
        if k in personal_starts:
            return True
    return False


def _title_case(ctx: rules.Context, i: int) -> bool:
    """Token i sits in a Title Case name (an award, a department), not in running text."""
    if not ctx.cap(i) or not ctx.joined(i):
        return False
    n = len(ctx.toks.words)
    caps = 0
    for k in range(max(0, i - 3), min(n, i + 4)):
        if k != i and ctx.cap(k) and (k == 0 or ctx.joined(k) or k == i + 1):
            caps += 1
    return caps >= 2


def _list_hits(ctx: rules.Context, idx, people: Callable[[], tuple[Any, ...]]):
    """List matches, longest phrase first, never overlapping. ``idx`` maps a first token to
    (tokens, entry, needs context check) triples; ``people()`` gives the name positions."""
    toks = ctx.toks
    words, n = toks.words, len(toks.words)
    out = []
    covered = -1  # last token used by a match (matches do not overlap)
    for i in compress(count(), map(idx.__contains__, words)):
        if i <= covered:
            continue
        for ftoks, entry, contextual in idx[words[i]]:
            k = len(ftoks)
            if k > 1:
                if (
                    i + k > n
                    or tuple(words[i : i + k]) != ftoks
                    or any(toks.boundary(i + m) for m in range(1, k))
                ):
                    continue
                if entry.hyphen and any(toks.sep(i + m) != "-" for m in range(1, k)):
                    continue
            if contextual and not _context_ok(ctx, i, k, entry):
                continue
            if entry.category not in _NAME_SAFE and ctx.cap(i) and i in people()[0]:
                continue
            out.append((i, i + k, entry.category, entry.rule_id, entry))
            covered = i + k - 1
            break
    return out


def _context_ok(ctx: rules.Context, i: int, k: int, e: Entry) -> bool:
    words, n = ctx.toks.words, len(ctx.toks.words)
    if e.unless_prev or e.require_prev:
        prev = words[i - 1] if ctx.joined(i) else None
        if prev is not None and prev in e.unless_prev:
            return False
        if e.require_prev and (prev is None or prev not in e.require_prev):
            return False
    if e.unless_next:
        nxt = words[i + k] if i + k < n and ctx.joined(i + k) else None
        if nxt is not None and nxt in e.unless_next:
            return False
    if e.pair:
        # An abbreviated doublet (infirmier(ère), infirmier·ère) or a full doublet nearby.
        sep = ctx.toks.sep(i + k) if i + k < n else ""
        if _SUFFIX.search(sep) and not any(c.isspace() for c in sep) and len(words[i + k]) <= 6:
            return False
        lo, hi = max(0, i - 5), min(n, i + k + 5)
        if any(words[m] in e.pair for m in range(lo, hi)):
            return False
    return True
