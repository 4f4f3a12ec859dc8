"""Workshop mode, the facilitator's side: start a workshop, run it from the projected screen,
export its results and its join code, and the state both sides poll. Participants' views are in
views_join.py, what both share in workshop_http.py (identity: see there)."""

from __future__ import annotations

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from allykit.routes import url_for

from . import codes, conf, labels, limits, livestate, workshops
from .bank import get_bank
from .present import scenario_context
from .qr import qr_svg
from .tally import results
from .workshop_http import by_field, field_error, host_cookie, host_of, set_cookie

MINUTES = (1, 2, 3, 5, 8)
MAX_SCENARIOS = 12
# Where the facilitator's screen opens after a control (the controls sit below the question):
# on what the control changed, not at the top of the page.
LANDS_AT = {
    "open": "#question",
    "close": "#question",
    "next": "#question",
    "end": "#question",
    "reveal": "#feedback",
    "show-lines": "#own-lines",
    "hide-lines": "#own-lines",
}


# --- starting a workshop -------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def start(request, lang: str):
    bank = get_bank().langs[lang]
    context = {
        "lang": lang,
        "bank": [(s, labels.SETTINGS[s.setting], labels.POSITIONS[s.position]) for s in bank],
        "minutes_choices": MINUTES,
        "chosen": [],
        "minutes": 3,
        "allow_own_lines": False,
        "retention": conf.retention_hours(),
        "max_scenarios": MAX_SCENARIOS,
    }
    if request.method != "POST":
        return render(request, "practice/workshop_start.html", context)
    known = {s.id for s in bank}
    chosen = [sid for sid in request.POST.getlist("scenarios")[:50] if sid in known]
    chosen = list(dict.fromkeys(chosen))
    try:
        minutes = int(request.POST.get("minutes", "3"))
    except ValueError:
        minutes = 0
    errors = []
    if not chosen:
        errors.append(field_error("scenarios", _("Choose at least one scenario.")))
    elif len(chosen) > MAX_SCENARIOS:
        message = _("Choose at most %(n)s scenarios.") % {"n": MAX_SCENARIOS}
        errors.append(field_error("scenarios", message))
    if minutes not in MINUTES:
        errors.append(field_error("minutes", _("Choose a time per question from the list.")))
    context.update(
        chosen=chosen, minutes=minutes, allow_own_lines=request.POST.get("allow_own_lines") == "on"
    )
    if not errors and not limits.may_create(request):
        errors.append(
            field_error(
                "scenarios",
                _(
                    "Too many workshops were started from your network in "
                    "the last hour. Try again later."
                ),
            )
        )
    if errors:
        context.update(errors=errors, field_errors=by_field(errors))
        return render(request, "practice/workshop_start.html", context, status=400)
    ws, key = workshops.create(lang, chosen, minutes, context["allow_own_lines"])
    response = HttpResponseRedirect(url_for("workshop-host", lang) + f"?code={ws.code}&new=1")
    set_cookie(request, response, host_cookie(ws.code), key)
    return response


# --- the facilitator's screen ---------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def host(request, lang: str):
    key = request.GET.get("key", "")
    if key:  # the private link: trade it for a cookie, then drop it from the address bar
        ws = workshops.by_key(key)
        if ws is None:
            return render(
                request, "practice/host_none.html", {"lang": lang, "bad": True}, status=404
            )
        response = HttpResponseRedirect(url_for("workshop-host", lang) + f"?code={ws.code}")
        set_cookie(request, response, host_cookie(ws.code), key)
        return response
    ws, key = host_of(request, request.GET.get("code", "") or request.POST.get("code", ""))
    if ws is None:
        return render(request, "practice/host_none.html", {"lang": lang})
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action in workshops.ACTIONS:
            workshops.act(ws, action)
        anchor = LANDS_AT.get(action, "")
        return HttpResponseRedirect(url_for("workshop-host", lang) + f"?code={ws.code}{anchor}")
    bank = get_bank()
    scenario = bank.get(ws.lang, ws.scenario_ids[ws.current])
    join_url = request.build_absolute_uri(url_for("workshop-join", ws.lang) + f"?code={ws.code}")
    private = request.build_absolute_uri(url_for("workshop-host", ws.lang) + f"?key={key}")
    context = {
        "lang": lang,
        "ws": ws,
        "code": codes.display(ws.code),
        "join_url": join_url,
        "private_url": private,
        "new": request.GET.get("new") == "1",
        "participants": workshops.participant_count(ws),
        "question_number": ws.current + 1,
        "question_total": len(ws.scenario_ids),
        "last": ws.current >= len(ws.scenario_ids) - 1,
        "results": results(ws, scenario),
        "own_lines": (workshops.own_lines(ws) if ws.allow_own_lines and ws.show_own_lines else []),
        **scenario_context(scenario, ws.lang),
    }
    return render(request, "practice/host.html", context)


@never_cache
@require_http_methods(["GET", "HEAD"])
def export(request, lang: str):
    ws, _key = host_of(request, request.GET.get("code", ""))
    if ws is None:
        raise Http404
    body = workshops.export_csv(ws, get_bank())
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="workshop-{ws.code}.csv"'
    return response


@require_http_methods(["GET", "HEAD"])
def qr(request, lang: str):
    ws = workshops.by_code(request.GET.get("code", ""))
    if ws is None:
        raise Http404
    url = request.build_absolute_uri(url_for("workshop-join", ws.lang) + f"?code={ws.code}")
    svg = qr_svg(url, _("QR code of the join link"))
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Cache-Control"] = "private, max-age=3600"
    return response


@require_http_methods(["GET", "HEAD"])
def state(request, lang: str):
    code = codes.normalize(request.GET.get("code", ""))
    if request.GET.get("host") == "1":
        ws, _key = host_of(request, code)
        if ws is None:
            raise Http404
        return livestate.host_response(request, ws)
    row = livestate.public_state(code) if code else None
    if row is None:
        raise Http404
    return livestate.participant_response(request, row)
