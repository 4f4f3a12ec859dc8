"""Practice mode: one scenario at a time, a round of five, all state in the URL and the form."""

from __future__ import annotations

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from . import labels, rounds
from .bank import get_bank
from .present import anchor_url, scenario_context

OWN_MAX = 300


def _filtered(lang: str, setting: str, position: str):
    return [
        s.id
        for s in get_bank().langs[lang]
        if (not setting or s.setting == setting) and (not position or s.position == position)
    ]


def _filters(lang, setting, position):
    bank = get_bank().langs[lang]
    settings_used = [k for k in labels.SETTINGS if any(s.setting == k for s in bank)]
    return {
        "settings": [(k, labels.SETTINGS[k]) for k in settings_used],
        "positions": list(labels.POSITION_FILTER.items()),
        "setting": setting,
        "position": position,
        "total": len(bank),
    }


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def practice(request, lang: str):
    bank = get_bank()
    known = set(bank.ids())
    params = request.POST if request.method == "POST" else request.GET
    setting = params.get("setting", "") if params.get("setting", "") in labels.SETTINGS else ""
    position = params.get("position", "") if params.get("position", "") in labels.POSITIONS else ""
    context = {"lang": lang, **_filters(lang, setting, position)}
    if request.method == "GET" and "start" in params:
        rnd = rounds.draw(_filtered(lang, setting, position), setting, position)
        if rnd is None:
            context["none_match"] = True
            return render(request, "practice/start.html", context)
        return _question(request, lang, rnd, context)
    rnd = rounds.parse(params, known)
    if rnd is None:
        if "round" in params:
            context["bad_round"] = True
        return render(request, "practice/start.html", context)
    if rnd.done:
        return _summary(request, lang, rnd, context)
    if request.method != "POST":
        return _question(request, lang, rnd, context)
    scenario = bank.get(lang, rnd.current)
    choice = params.get("choice", "")
    own = params.get("own_line", "").strip()
    errors = []
    if len(own) > OWN_MAX:
        errors.append(_("Your line is too long: keep it under %(n)s characters.") % {"n": OWN_MAX})
    elif choice == rounds.OWN and not own:
        errors.append(_("Write your own line, or choose one of the responses."))
    elif choice != rounds.OWN and scenario.response(choice) is None:
        errors.append(_("Choose a response, or write your own line."))
    if errors:
        return _question(request, lang, rnd, context, errors=errors, own=own, status=400)
    picked = scenario.response(choice)
    nxt = rnd.after(picked.d if picked else rounds.OWN)
    context.update(
        scenario_context(scenario, lang),
        round=rnd,
        chosen=picked,
        own=own,
        next_query=nxt.query(),
        last=nxt.done,
    )
    return render(request, "practice/feedback.html", context)


def _question(request, lang, rnd, context, errors=(), own="", status=200):
    scenario = get_bank().get(lang, rnd.current)
    errors = [{"text": e, "field": "choices"} for e in errors]
    context.update(
        scenario_context(scenario, lang),
        round=rnd,
        errors=errors,
        own=own,
        step_number=rnd.step + 1,
        round_size=len(rnd.ids),
        chosen_id=request.POST.get("choice", "") if errors else "",
    )
    return render(request, "practice/question.html", context, status=status)


def _summary(request, lang, rnd, context):
    counts = [(d, labels.DS[d], labels.D_HINTS[d], n) for d, n in rounds.summary(rnd.picks)]
    unused = [c for c in counts if c[3] == 0 and c[0] not in ("nothing", rounds.OWN)]
    context.update(
        round=rnd,
        counts=counts,
        unused=unused,
        answered=len(rnd.picks),
        bystander_url=anchor_url("bystander", lang),
    )
    return render(request, "practice/summary.html", context)
