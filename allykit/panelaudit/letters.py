"""The organiser's checklist and the letters for invited men, filled in with the figures.

Letters are meant to be sent, so they carry only event-level figures: no names and no
session titles. The checklist is for the organiser and may list session titles.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from . import letters_text as T
from .audit import Audit
from .i18n import npgettext, pgettext
from .messages import label
from .typo import check_lang, fmt_int, fmt_pct, fr_typo

KINDS = ("decline", "conditions")
TEXTS = Path(__file__).parent / "texts"  # the letters, one file per kind and language


@cache
def letter_text(kind: str, lang: str) -> str:
    """The letter's text as written in texts/<kind>.<lang>.txt ({figures}, {target} and
    [brackets] filled in later)."""
    if kind not in KINDS:
        raise ValueError(f"unknown letter {kind!r}: use one of {', '.join(KINDS)}")
    text = (TEXTS / f"{kind}.{check_lang(lang)}.txt").read_text(encoding="utf-8")
    return fr_typo(text) if lang == "fr" else text


MAX_LISTED = 8


def _t(text: str, lang: str, context: str = "checklist") -> str:
    return pgettext(lang, context, text)


def _sessions(results, lang: str) -> str:
    labels = [f"« {s.label} »" if lang == "fr" else f"“{s.label}”" for s in results]
    if len(labels) > MAX_LISTED:
        more = len(labels) - MAX_LISTED
        labels = labels[:MAX_LISTED] + [f"+{more}"]
    return ", ".join(labels).replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def organiser_checklist(audit: Audit, lang: str = "en") -> list[str]:
    """What to change, in order of urgency, then where to look for speakers."""
    check_lang(lang)
    items = []
    if audit.errors_total:
        items.append(
            _t(T.CHECKLIST["fix_problems"], lang).format(n=fmt_int(audit.errors_total, lang))
        )
    for flag in ("all_men", "all_men_but_moderator", "token"):
        found = audit.flagged(flag)
        if found:
            items.append(
                _t(T.CHECKLIST[flag], lang).format(
                    n=fmt_int(len(found), lang), sessions=_sessions(found, lang)
                )
            )
    unknown = audit.flagged("all_known_men") + audit.flagged("no_information")
    if unknown:
        items.append(
            _t(T.CHECKLIST["unknown"], lang).format(
                n=fmt_int(len(unknown), lang), sessions=_sessions(unknown, lang)
            )
        )
    for group in (audit.whole, *audit.groups):
        if group.meets_target is False and group.key != "unrecognised":
            items.append(
                _t(T.CHECKLIST["below_target"], lang).format(
                    group=label(group.key, lang),
                    share=fmt_pct(group.gender.women_share, lang),
                    target=fmt_pct(audit.target.share, lang),
                    needed=fmt_int(group.women_needed, lang),
                )
            )
    chairs = next((r for r in audit.roles if r.key == "chair"), None)
    if chairs is not None and chairs.meets_target is False:
        items.append(_t(T.CHECKLIST["chairs"], lang))
    if audit.dimensions:
        names = ", ".join(
            label(d.key, lang) if not d.key.startswith("x:") else d.header for d in audit.dimensions
        )
        items.append(_t(T.CHECKLIST["dimensions"], lang).format(names=names))
    for key in ("ask_speakers", "look_wider", "directories", "networks", "feasible"):
        items.append(_t(T.CHECKLIST[key], lang))
    return items


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def figures(audit: Audit, lang: str = "en") -> str:
    """One paragraph of the event's figures, for the letters."""
    check_lang(lang)
    whole = audit.whole.gender
    text = _t(T.FIGURES, lang, "letter").format(
        stated=fmt_int(whole.stated, lang),
        women=fmt_int(whole.woman, lang),
        share=fmt_pct(whole.women_share, lang),
        target=fmt_pct(audit.target.share, lang),
        target_label=_lower_first(audit.target.label(lang)),
    )
    headline = next((g for g in audit.groups if g.key == "headline"), None)
    if headline is not None and headline.gender.stated:
        text += _t(T.FIGURES_HEADLINE, lang, "letter").format(
            women=fmt_int(headline.gender.woman, lang),
            stated=fmt_int(headline.gender.stated, lang),
            share=fmt_pct(headline.gender.women_share, lang),
        )
    manels = audit.flag_counts["all_men"]
    if manels:
        one, many = T.FIGURES_MANELS
        text += npgettext(lang, "letter", one, many, manels).format(n=fmt_int(manels, lang))
    return text


def letter(audit: Audit, kind: str = "decline", lang: str = "en") -> str:
    """A letter for an invited man: to decline, or to accept on conditions."""
    check_lang(lang)
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    body = letter_text(kind, lang)
    return body.replace("{figures}", figures(audit, lang)).replace(
        "{target}", fmt_pct(audit.target.share, lang)
    )
