"""Self-assessment pages: the list, each assessment's form (GET) and its result (POST).

Nothing is stored: the result is computed from the posted form and rendered in the response
(no database row, no session, no log line with the answers; decision 1305)."""

from __future__ import annotations

from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from allykit.toolkit.site import get_site

from . import present, scoring
from .bank import get_bank
from .forms import AssessmentForm


@require_safe
def overview(request, lang: str):
    bank = get_bank().langs[lang]
    cards = [present.card(a, lang) for a in bank.assessments.values()]
    return render(request, "self_assessment/overview.html", {"lang": lang, "cards": cards})


def _assessment_view(request, lang: str, aid: str):
    bank = get_bank().langs[lang]
    assessment = bank.assessments[aid]
    refs = get_site()[lang].references_html
    context = {
        "lang": lang,
        "assessment": assessment,
        "route_key": present.ROUTE_KEYS[aid],
        "sources": [{"key": k, "html": refs[k]} for k in assessment.cite if k in refs],
    }
    if request.method == "POST":
        form = AssessmentForm(assessment, bank.scale, request.POST)
        if form.is_valid():
            result = scoring.score(aid, present.function_items(assessment), form.answers())
            context.update(
                present.result_context(assessment, result, form.answers(), lang, bank.scale)
            )
            response = render(request, "self_assessment/result.html", context)
            response["Cache-Control"] = "no-store"
            return response
    else:
        form = AssessmentForm(assessment, bank.scale)
    context.update(
        form=form,
        errors=present.form_errors(form),
        sections=present.form_sections(form, assessment),
    )
    response = render(request, "self_assessment/form.html", context)
    if request.method == "POST":
        response.status_code = 400
        response["Cache-Control"] = "no-store"
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def mentor(request, lang: str):
    return _assessment_view(request, lang, "mentor")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def sponsor(request, lang: str):
    return _assessment_view(request, lang, "sponsor")
