"""Workshop mode, the participants' side: join with a code, then vote from a phone."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from allykit.routes import url_for

from . import codes, labels, limits, workshops
from .bank import get_bank
from .models import Vote
from .present import scenario_context
from .tally import results
from .workshop_http import by_field, field_error, participant_cookie, set_cookie


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def join(request, lang: str):
    typed = (request.POST if request.method == "POST" else request.GET).get("code", "")[:40]
    context = {"lang": lang, "typed": typed}
    if request.method != "POST":
        return render(request, "practice/join.html", context)
    if limits.join_blocked(request):
        context["errors"] = [
            field_error(
                "code",
                _("Too many wrong codes from your network. Wait ten minutes, then try again."),
            )
        ]
        return render(request, "practice/join.html", context, status=429)
    ws = workshops.by_code(typed)
    if ws is None or ws.phase == "ended":
        limits.join_failed(request)
        message = (
            _("No open workshop has this code. Check it with your facilitator.")
            if typed.strip()
            else _("Enter the code shown on the facilitator's screen.")
        )
        context["errors"] = [field_error("code", message)]
        return render(request, "practice/join.html", context, status=400)
    room = url_for("workshop-room", lang) + f"?code={ws.code}"
    if workshops.is_participant(ws, request.COOKIES.get(participant_cookie(ws.code), "")):
        return HttpResponseRedirect(room)
    try:
        key = workshops.join(ws)
    except workshops.Full:
        context["errors"] = [field_error("code", _("This workshop is full."))]
        return render(request, "practice/join.html", context, status=409)
    response = HttpResponseRedirect(room)
    set_cookie(request, response, participant_cookie(ws.code), key)
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def room(request, lang: str):
    ws = workshops.by_code(request.GET.get("code", ""))
    if ws is None:
        return render(request, "practice/join.html", {"lang": lang, "typed": ""})
    key = request.COOKIES.get(participant_cookie(ws.code), "")
    if not workshops.is_participant(ws, key):
        return HttpResponseRedirect(url_for("workshop-join", lang) + f"?code={ws.code}")
    bank = get_bank()
    scenario = bank.get(ws.lang, ws.scenario_ids[ws.current])
    errors = []
    wants_json = request.headers.get("Accept", "") == "application/json"
    if request.method == "POST":
        choice = request.POST.get("choice", "")
        own = request.POST.get("own_line", "")[:1000]
        question = request.POST.get("question", "")
        valid = scenario.response(choice) is not None or (
            choice == workshops.OWN and ws.allow_own_lines
        )
        if not valid:
            errors.append(field_error("choices", _("Choose one of the responses.")))
        elif len(own.strip()) > 200:
            message = _("Your line is too long: keep it under 200 characters.")
            errors.append(field_error("own_line", message))
        else:
            try:
                workshops.vote(ws, key, int(question), choice, own)
                if wants_json:  # workshop.js: no page reload, no page render
                    picked = scenario.response(choice)
                    label = picked.plain["text"] if picked else str(labels.DS["own"])
                    return JsonResponse({"recorded": True, "label": label})
                room = url_for("workshop-room", lang) + f"?code={ws.code}&voted=1"
                return HttpResponseRedirect(room)
            except (workshops.Closed, ValueError):
                errors.append(field_error("choices", _("Voting on this question is closed.")))
        if wants_json:
            return JsonResponse({"recorded": False}, status=400)
    ballot = codes.ballot(settings.SECRET_KEY, key, ws.code, ws.current)
    mine = Vote.objects.filter(workshop=ws, question=ws.current, ballot=ballot).first()
    context = {
        "lang": lang,
        "ws": ws,
        "code": codes.display(ws.code),
        "errors": errors,
        "field_errors": by_field(errors),
        # on error the page shows what was sent, not the vote on record (nothing lost)
        "picked": request.POST.get("choice", "") if errors else (mine.choice if mine else ""),
        "own_text": request.POST.get("own_line", "")[:1000]
        if errors
        else (mine.own_line if mine else ""),
        "mine": mine,
        "mine_label": _mine_label(scenario, mine),
        "voted": request.GET.get("voted") == "1" and mine is not None,
        "question_number": ws.current + 1,
        "question_total": len(ws.scenario_ids),
        "results": results(ws, scenario) if ws.phase in ("closed", "revealed") else None,
        **scenario_context(scenario, ws.lang),
    }
    return render(request, "practice/room.html", context, status=400 if errors else 200)


def _mine_label(scenario, mine) -> str:
    if mine is None:
        return ""
    response = scenario.response(mine.choice)
    return response.plain["text"] if response else str(labels.DS["own"])
