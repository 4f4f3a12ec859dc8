"""What the assessment templates show: cards, error summary, result and its links."""

from __future__ import annotations

import json
import math

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from allykit.routes import url_for
from allykit.toolkit.navigation import link

from . import plan_links, scoring
from .items import Assessment

ROUTE_KEYS = {"mentor": "assessment-mentor", "sponsor": "assessment-sponsor"}
LEVEL_TITLES = {
    "strength": lambda: _("Strengths"),
    "growing": lambda: _("Room to grow"),
    "gap": lambda: _("Gaps"),
}
LEVEL_WORDS = {
    "strength": lambda: _("strength"),
    "growing": lambda: _("room to grow"),
    "gap": lambda: _("gap"),
}


def card(assessment: Assessment, lang: str) -> dict:
    n = len(assessment.items)
    return {
        "title": assessment.title,
        "url": url_for(ROUTE_KEYS[assessment.id], lang),
        "text": assessment.summary,
        "meta": ngettext("%(n)s question", "%(n)s questions", n) % {"n": n},
    }


def function_items(assessment: Assessment):
    return tuple(
        (f.id, tuple(i.id for i in assessment.items_of(f.id))) for f in assessment.functions
    )


def form_errors(form) -> list[dict]:
    if not form.is_bound or form.is_valid():
        return []
    return [
        {"text": " ".join(errs), "field": form[name].auto_id} for name, errs in form.errors.items()
    ]


def form_sections(form, assessment: Assessment) -> list[dict]:
    return [
        {"function": f, "fields": [form[i.id] for i in assessment.items_of(f.id)]}
        for f in assessment.functions
    ]


def read_link(function, lang: str) -> dict:
    """The toolkit page to read for a function: its URL (with the anchor) and full title."""
    key, anchor = function.read
    page = link(key, lang)
    return {"url": page["url"] + (f"#{anchor}" if anchor else ""), "title": page["full_title"]}


def result_context(
    assessment: Assessment, result: scoring.Result, answers, lang: str, scale: tuple[str, ...]
) -> dict:
    rows = []
    for fs in result.functions:
        function = assessment.function(fs.function)
        rows.append(
            {
                "id": fs.function,
                "title": function.title,
                "means": function.means,
                "mean": fs.mean,
                "mean_text": _format_mean(fs.mean, lang),
                "percent": fs.percent,
                "level": fs.level,
                "level_word": LEVEL_WORDS[fs.level](),
                "read": read_link(function, lang),
                "actions": [],
            }
        )
    by_id = {r["id"]: r for r in rows}
    groups = [
        {
            "level": level,
            "title": LEVEL_TITLES[level](),
            "rows": [by_id[f.function] for f in result.by_level(level)],
        }
        for level in ("gap", "growing", "strength")
    ]
    # Actions for gaps and room to grow, in the order shown (weakest first); an action two
    # functions share is offered once, under the weaker one. Strengths get none.
    offered: set[str] = set()
    for group in groups[:2]:
        for row in group["rows"]:
            ids = [a for a in assessment.function(row["id"]).actions if a not in offered]
            offered.update(ids)
            row["actions"] = plan_links.actions(tuple(ids), lang)
    keep = {
        "assessment": assessment.id,
        "answers": answers,
        "functions": result.as_data(),
    }
    strings = {
        "levels": {k: v() for k, v in LEVEL_WORDS.items()},
        "titles": {f.id: f.title for f in assessment.functions},
    }
    answer_rows = [{"text": i.text, "label": scale[answers[i.id]]} for i in assessment.items]
    return {
        "rows": rows,
        "answer_rows": answer_rows,
        "groups": [g for g in groups if g["rows"]],
        "keep": keep,
        "keep_strings": json.dumps(strings, ensure_ascii=False),
        "plan_add_url": plan_links.add_url(lang),
    }


def _format_mean(mean: float, lang: str) -> str:
    from allykit.typography import fmt_dec

    # Half up, as the browser's toLocaleString does in the comparison (2.25 -> 2.3).
    return _("%(mean)s of 4") % {"mean": fmt_dec(math.floor(mean * 10 + 0.5) / 10, lang, 1)}
