"""The report's summary as the result shows it: the sentence read out, the counts and rates,
the balances, the verdict, and two reports compared side by side."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from allykit.wordcheck import GENRES

from .highlights import CATEGORY_ORDER, category_label, colour, labelled, segments
from .typo import fmt_dec, fmt_int, fmt_pct, spacing


def rounded(value: float, lang: str) -> str:
    """A rate as people read it: one decimal below 10, whole numbers above."""
    return fmt_dec(round(value, 1) if value < 10 else round(value), lang)


def status_line(report: dict, page_lang: str) -> str:
    """The sentence read out by screen readers when a result appears (aria-live)."""
    warnings = sum(1 for f in report["flags"] if f["severity"] == "warning")
    notes = len(report["flags"]) - warnings
    words = report["summary"]["words"]
    parts = [
        ngettext("%(n)s word checked.", "%(n)s words checked.", words)
        % {"n": fmt_int(words, page_lang)}
    ]
    if not report["flags"]:
        parts.append(_("Nothing was flagged."))
    else:
        parts.append(
            ngettext(
                "%(n)s passage worth a second look", "%(n)s passages worth a second look", warnings
            )
            % {"n": warnings}
            + ", "
            + ngettext("%(n)s note (no change needed).", "%(n)s notes (no change needed).", notes)
            % {"n": notes}
        )
    if report["notes"]:
        parts.append(_("There is a note on the whole text."))
    return " ".join(parts)


def _effort(ae: dict, page_lang: str) -> str:
    share = fmt_pct(ae["ability_share"], page_lang)
    return _("ability words: %(a)s, effort words: %(e)s (ability share: %(share)s)") % {
        "a": ae["ability"],
        "e": ae["effort"],
        "share": share,
    }


def _balance(genre: str, ac: dict, page_lang: str) -> dict:
    values = {
        "a": ac["agentic"],
        "c": ac["communal"],
        "share": fmt_pct(ac["agentic_share"], page_lang),
    }
    if genre == "job":
        return {
            "title": _("Masculine-coded to feminine-coded words"),
            "value": _(
                "masculine-coded: %(a)s, feminine-coded: %(c)s (masculine-coded share: %(share)s)"
            )
            % values,
        }
    standout = ac.get("standout", 0)
    value = _("agentic: %(a)s, communal: %(c)s (agentic share: %(share)s)") % values
    if standout:
        value += " " + ngettext(
            "The agentic side includes %(n)s standout word.",
            "The agentic side includes %(n)s standout words.",
            standout,
        ) % {"n": standout}
    return {"title": _("Agentic to communal descriptors"), "value": value}


def legend(report: dict, page_lang: str) -> list[dict]:
    """The categories found, each with its colour, label and count, in category order."""
    counts: dict[str, int] = {}
    for flag in report["flags"]:
        counts[flag["category"]] = counts.get(flag["category"], 0) + 1
    return [
        {
            "category": c,
            "label": category_label(c, page_lang),
            "count": counts[c],
            "colour": colour(c),
        }
        for c in CATEGORY_ORDER
        if c in counts
    ]


def _verdict(verdict: dict | None, page_lang: str) -> dict | None:
    if not verdict:
        return None
    return {
        "key": verdict["key"],
        "label": spacing(verdict["label"], page_lang),
        "reasons": [spacing(r, page_lang) for r in verdict["reasons"]],
    }


def summary_context(report: dict, page_lang: str) -> dict:
    s = report["summary"]
    rows = [
        {
            "label": category_label(c, page_lang),
            "count": n,
            "rate": rounded(s["rates_per_1000"].get(c, 0.0), page_lang),
            "colour": colour(c),
        }
        for c, n in s["counts"].items()
    ]
    ae = s.get("ability_effort_balance")
    ac = s.get("agentic_communal_balance")
    length = s.get("length") or {}
    spec = s.get("specificity") or {}
    return {
        "genre_label": GENRES[report["genre"]][page_lang],
        "words": fmt_int(s["words"], page_lang),
        "words_count": s["words"],
        "rows": rows,
        "ability_effort": ae and _effort(ae, page_lang),
        "agentic_communal": ac and _balance(report["genre"], ac, page_lang),
        "length_band": length.get("band", ""),
        "short_below": fmt_int(length.get("short_below", 0), page_lang),
        "specifics": spec.get("specifics", 0),
        "specifics_per_100": rounded(spec.get("per_100_words", 0.0), page_lang),
        "verdict": _verdict(s.get("verdict"), page_lang),
        "legend": legend(report, page_lang),
        "specifics_low": spec.get("low", False),
        "changes": [spacing(c["message"], page_lang) for c in s["top_changes"]],
        "indicative_note": spacing(s.get("indicative_note", ""), page_lang),
        "indicative": [category_label(c, page_lang) for c in s.get("indicative_lists", [])],
        "notes": [
            {
                "label": category_label(n["category"], page_lang),
                "reason": spacing(n["reason"], page_lang),
                "source": n["source"],
            }
            for n in report["notes"]
        ],
    }


def compare_context(a: dict, b: dict, text_b: str, page_lang: str) -> dict:
    """Two reports side by side: length, balances, specificity and counts per category."""
    sa, sb = summary_context(a, page_lang), summary_context(b, page_lang)

    def share(report: dict, key: str, field: str) -> str:
        block = report["summary"].get(key) or {}
        return fmt_pct(block.get(field), page_lang) if block else ""

    rows = [
        {"label": _("Words"), "a": sa["words"], "b": sb["words"]},
        {
            "label": _("Ability share (ability to effort)"),
            "a": share(a, "ability_effort_balance", "ability_share"),
            "b": share(b, "ability_effort_balance", "ability_share"),
        },
        {
            "label": _("Agentic share (agentic to communal)"),
            "a": share(a, "agentic_communal_balance", "agentic_share"),
            "b": share(b, "agentic_communal_balance", "agentic_share"),
        },
        {
            "label": _("Concrete details per 100 words"),
            "a": sa["specifics_per_100"],
            "b": sb["specifics_per_100"],
        },
    ]
    if a["genre"] == "job":
        rows[1:3] = [rows[2]]
        rows[1]["label"] = _("Masculine-coded share")
    for c, n in a["summary"]["counts"].items():
        m = b["summary"]["counts"].get(c, 0)
        if n or m:
            rows.append({"label": category_label(c, page_lang), "a": n, "b": m})
    return {
        "rows": rows,
        "b_segments": labelled(segments(text_b, b["flags"]), page_lang),
        "b_status": status_line(b, page_lang),
    }
