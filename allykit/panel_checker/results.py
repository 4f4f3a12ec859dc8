"""What the result part of the page shows, built from an Audit (the engine does the counting)."""

from __future__ import annotations

from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from allykit.panelaudit import FLAGS, Audit
from allykit.panelaudit.chart import chart_svg, chart_table
from allykit.panelaudit.letters import KINDS, letter, organiser_checklist
from allykit.panelaudit.messages import (
    coverage_line,
    flag_help,
    label,
    layout_message,
    no_information_line,
    problem_message,
)
from allykit.panelaudit.typo import fmt_dec, fmt_int, fmt_pct
from allykit.panelaudit.vocab import GENDERS, YES_NO_DIMENSIONS

from . import downloads
from .citations import target_source

MAX_SESSIONS_SHOWN = 1000


def other(lang: str) -> str:
    return "fr" if lang == "en" else "en"


def _genders(audit: Audit) -> list[str]:
    """Genders worth a column: women and men always, the others when someone has them."""
    return [g for g in GENDERS if g in ("woman", "man") or audit.whole.gender.get(g)]


def _group_rows(audit: Audit, groups, genders: list[str], lang: str) -> list[dict]:
    meets = {True: _("Yes"), False: _("No"), None: _("Not applicable")}
    rows = []
    for g in groups:
        if not g.gender.total:
            continue
        rows.append(
            {
                "label": label(g.key, lang),
                "cells": [
                    {"label": label(x, lang), "value": fmt_int(g.gender.get(x), lang)}
                    for x in genders
                ],
                "total": fmt_int(g.gender.total, lang),
                "share": fmt_pct(g.gender.women_share, lang),
                "meets": meets[g.meets_target],
                "met": g.meets_target,
                "needed": fmt_int(g.women_needed, lang),
            }
        )
    return rows


def _composition(counts, lang: str) -> str:
    parts = [f"{label(g, lang)} {fmt_int(counts.get(g), lang)}" for g in GENDERS if counts.get(g)]
    return ", ".join(parts)


def _sessions(audit: Audit, genders: list[str], lang: str) -> list[dict]:
    """Sessions with some gender information; those with none are summed up in one line."""
    colon = "\u00a0: " if lang == "fr" else ": "
    rows = []
    informed = [s for s in audit.sessions if s.flags != ("no_information",)]
    for s in informed[:MAX_SESSIONS_SHOWN]:
        rows.append(
            {
                "label": s.label,
                "size": fmt_int(s.size, lang),
                "cells": [
                    {"label": label(g, lang), "value": fmt_int(s.gender.get(g), lang)}
                    for g in genders
                ],
                "roles": [label(r, lang) + colon + _composition(c, lang) for r, c in s.roles],
                "flags": [
                    {"key": f, "label": label(f, lang), "help": flag_help(f, lang)} for f in s.flags
                ],
            }
        )
    return rows


def _dimensions(audit: Audit, lang: str) -> list[dict]:
    out = []
    for d in audit.dimensions:
        named = d.key in YES_NO_DIMENSIONS
        values = [
            {
                "value": label(v, lang) if (named or v in ("not_stated", "unrecognised")) else v,
                "count": fmt_int(n, lang),
            }
            for v, n in d.values
        ]
        name = d.header if d.key.startswith("x:") else label(d.key, lang)
        out.append({"name": name, "values": values})
    return out


def _estimate(audit: Audit, lang: str) -> dict | None:
    est = audit.estimate
    if est is None:
        return None
    out = {"available": est.available, "candidates": fmt_int(est.candidates, lang)}
    if est.available and est.expected_women is not None:
        out.update(
            estimable=fmt_int(est.estimable, lang),
            abstained=fmt_int(est.abstained, lang),
            unknown=fmt_int(est.unknown, lang),
            expected=fmt_dec(est.expected_women, lang),
            low=fmt_dec(est.low, lang),
            high=fmt_dec(est.high, lang),
        )
    return out


def _labelled(table: dict) -> dict:
    """Each cell with its column name, so the table can become cards on a phone."""
    rows = [
        [{"label": c, "value": v} for c, v in zip(table["columns"], row, strict=False)]
        for row in table["rows"]
    ]
    return {**table, "rows": rows}


def result_context(audit: Audit, lang: str) -> dict:
    """Everything the result template needs; no person's name is in any of it."""
    genders = _genders(audit)
    letters = []
    for letter_lang in (lang, other(lang)):
        for kind in KINDS:
            text = letter(audit, kind, letter_lang)
            letters.append(
                {
                    "kind": kind,
                    "lang": letter_lang,
                    "text": text,
                    "item": f"letter-{kind}-{letter_lang}",
                }
            )
    problems = [{"message": p.message(lang), "severity": p.severity} for p in audit.problems]
    hidden = audit.problems_total - len(audit.problems)
    target = audit.target
    empty = audit.flag_counts["no_information"]
    shown = len(audit.sessions) - empty
    return {
        "audit": audit,
        "coverage_line": coverage_line(audit.stated, audit.people, lang),
        "coverage_full": audit.coverage == 1,
        "layout_line": layout_message(audit.layout, lang) if audit.layout else "",
        "no_information_line": no_information_line(empty, lang) if empty else "",
        "template": downloads.pack_template(audit, lang),
        "people": fmt_int(audit.people, lang),
        "unique_people": None
        if audit.unique_people is None
        else fmt_int(audit.unique_people, lang),
        "sessions_count": fmt_int(len(audit.sessions), lang),
        "sessions_hidden": fmt_int(max(0, shown - MAX_SESSIONS_SHOWN), lang),
        "rows": fmt_int(audit.source.rows, lang),
        "excluded_rows": fmt_int(audit.excluded_rows, lang),
        "errors_total": fmt_int(audit.errors_total, lang),
        "target": {
            "label": target.label(lang),
            "share": fmt_pct(target.share, lang),
            **target_source(target, lang),
        },
        "whole_share": fmt_pct(audit.whole.gender.women_share, lang),
        "coverage": fmt_pct(audit.whole.gender.coverage, lang),
        "chart_svg": mark_safe(chart_svg(audit, lang)),  # noqa: S308 - the engine escapes all text
        "chart_svg_narrow": mark_safe(  # noqa: S308 - the engine escapes all text
            chart_svg(audit, lang, id_prefix="panel-chart-narrow", narrow=True)
        ),
        "chart_table": _labelled(chart_table(audit, lang)),
        "gender_columns": [label(g, lang) for g in genders],
        "groups": _group_rows(audit, audit.groups, genders, lang),
        "roles": _group_rows(audit, audit.roles, genders, lang),
        "sessions": _sessions(audit, genders, lang),
        "flag_counts": [
            {"label": label(f, lang), "help": flag_help(f, lang), "count": n}
            for f, n in audit.flag_counts.items()
            if n and f in FLAGS and f != "no_information"
        ],
        "dimensions": _dimensions(audit, lang),
        "problems": problems,
        "more_problems": problem_message("more_problems", lang, count=hidden) if hidden else "",
        "estimate": _estimate(audit, lang),
        "checklist": organiser_checklist(audit, lang),
        "letters": letters,
        "downloads": downloads.pack(audit, lang, letters),
    }
