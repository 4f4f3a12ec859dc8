"""Workshop mode: a facilitator's screen, participants' phones, live counts by polling.

Identity without accounts: the facilitator holds a secret key (the private link, then an
HttpOnly cookie so the projected address bar never shows it); each participant holds a random
key in an HttpOnly cookie. The database keeps only hashes of both.
"""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from allykit.routes import url_for

from . import codes, conf, labels, limits, livestate, workshops
from .bank import get_bank
from .models import Vote
from .present import scenario_context
from .qr import qr_svg

MINUTES = (1, 2, 3, 5, 8)
MAX_SCENARIOS = 12
COOKIE_AGE = 60 * 60 * 24


def _err(field: str, text: str) -> dict:
    return {"field": field, "text": text}


def _by_field(errors: list[dict]) -> dict[str, list[str]]:
    """The messages of each field, for the field errors under their labels."""
    found: dict[str, list[str]] = {}
    for error in errors:
        found.setdefault(error["field"], []).append(error["text"])
    return found


def host_cookie(code: str) -> str:
    return f"ws_host_{code}"


def participant_cookie(code: str) -> str:
    return f"ws_{code}"


def _set_cookie(request, response, name: str, value: str) -> None:
    response.set_cookie(
        name, value, max_age=COOKIE_AGE, httponly=True, samesite="Lax", secure=request.is_secure()
    )


def _host_of(request, code: str):
    ws = workshops.by_code(code)
    if ws is None:
        return None, ""
    key = request.COOKIES.get(host_cookie(ws.code), "")
    if workshops.by_key(key) is None or codes.digest(key) != ws.host_hash:
        return None, ""
    return ws, key


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
        errors.append(_err("scenarios", _("Choose at least one scenario.")))
    elif len(chosen) > MAX_SCENARIOS:
        message = _("Choose at most %(n)s scenarios.") % {"n": MAX_SCENARIOS}
        errors.append(_err("scenarios", message))
    if minutes not in MINUTES:
        errors.append(_err("minutes", _("Choose a time per question from the list.")))
    context.update(
        chosen=chosen, minutes=minutes, allow_own_lines=request.POST.get("allow_own_lines") == "on"
    )
    if not errors and not limits.may_create(request):
        errors.append(
            _err(
                "scenarios",
                _(
                    "Too many workshops were started from your network in "
                    "the last hour. Try again later."
                ),
            )
        )
    if errors:
        context.update(errors=errors, field_errors=_by_field(errors))
        return render(request, "practice/workshop_start.html", context, status=400)
    ws, key = workshops.create(lang, chosen, minutes, context["allow_own_lines"])
    response = HttpResponseRedirect(url_for("workshop-host", lang) + f"?code={ws.code}&new=1")
    _set_cookie(request, response, host_cookie(ws.code), key)
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
        _set_cookie(request, response, host_cookie(ws.code), key)
        return response
    ws, key = _host_of(request, request.GET.get("code", "") or request.POST.get("code", ""))
    if ws is None:
        return render(request, "practice/host_none.html", {"lang": lang})
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action in workshops.ACTIONS:
            workshops.act(ws, action)
        return HttpResponseRedirect(url_for("workshop-host", lang) + f"?code={ws.code}")
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


def results(ws, scenario) -> dict:
    counts = workshops.tally(ws)
    rows = [
        {
            "id": r.id,
            "d": r.d,
            "d_label": labels.DS[r.d],
            "text": r.plain["text"],
            "count": counts.get(r.id, 0),
        }
        for r in scenario.responses
    ]
    if ws.allow_own_lines:
        own = {"id": workshops.OWN, "d": "own", "d_label": labels.DS["own"]}
        rows.append({**own, "text": _("Their own line"), "count": counts.get(workshops.OWN, 0)})
    total = sum(r["count"] for r in rows)
    top = max([r["count"] for r in rows] + [1])
    for r in rows:
        r["percent"] = round(100 * r["count"] / total) if total else 0
        r["bar"] = round(100 * r["count"] / top)
    return {"rows": rows, "total": total}


@never_cache
@require_http_methods(["GET", "HEAD"])
def export(request, lang: str):
    ws, _key = _host_of(request, request.GET.get("code", ""))
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
        ws, _key = _host_of(request, code)
        if ws is None:
            raise Http404
        return livestate.host_response(request, ws)
    row = livestate.public_state(code) if code else None
    if row is None:
        raise Http404
    return livestate.participant_response(request, row)


# --- participants ---------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def join(request, lang: str):
    typed = (request.POST if request.method == "POST" else request.GET).get("code", "")[:40]
    context = {"lang": lang, "typed": typed}
    if request.method != "POST":
        return render(request, "practice/join.html", context)
    if limits.join_blocked(request):
        context["errors"] = [
            _err(
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
        context["errors"] = [_err("code", message)]
        return render(request, "practice/join.html", context, status=400)
    room = url_for("workshop-room", lang) + f"?code={ws.code}"
    if workshops.is_participant(ws, request.COOKIES.get(participant_cookie(ws.code), "")):
        return HttpResponseRedirect(room)
    try:
        key = workshops.join(ws)
    except workshops.Full:
        context["errors"] = [_err("code", _("This workshop is full."))]
        return render(request, "practice/join.html", context, status=409)
    response = HttpResponseRedirect(room)
    _set_cookie(request, response, participant_cookie(ws.code), key)
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
            errors.append(_err("choices", _("Choose one of the responses.")))
        elif len(own.strip()) > 200:
            message = _("Your line is too long: keep it under 200 characters.")
            errors.append(_err("own_line", message))
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
                errors.append(_err("choices", _("Voting on this question is closed.")))
        if wants_json:
            return JsonResponse({"recorded": False}, status=400)
    ballot = codes.ballot(settings.SECRET_KEY, key, ws.code, ws.current)
    mine = Vote.objects.filter(workshop=ws, question=ws.current, ballot=ballot).first()
    context = {
        "lang": lang,
        "ws": ws,
        "code": codes.display(ws.code),
        "errors": errors,
        "field_errors": _by_field(errors),
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
