"""The checker: match the word lists and rules over normalised tokens, build a report.

Nothing is stored or logged: the text lives only for the duration of the call.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any

from . import context, lexicon, rules
from .matching import People, list_hits, pattern_hits
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
    people = People(ctx)
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


def _collect_hits(
    ctx: rules.Context, genre: str, allowed, people, numbers: int = 1
) -> list[context.Hit]:
    hits: list[context.Hit] = list_hits(ctx, lexicon.matcher(ctx.lang, genre), people)
    patterns = lexicon.pattern_rules(ctx.lang, genre) if numbers else ()
    if patterns:  # every pattern holds a number (24/7, 50 lb)
        hits.extend(pattern_hits(ctx, patterns, hits))
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
    source_key = entry.source if entry is not None else lexicon.RULE_SOURCES[cat][lang]
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


assert not (set(lexicon.RULE_SOURCES) & DOCUMENT_CATEGORIES)


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
