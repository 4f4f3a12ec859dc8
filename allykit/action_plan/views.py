"""The plan page and the "add to plan" post. Thin: the plan's logic is in plan.py, its
travel between requests in state.py, what the page shows in present.py."""

from __future__ import annotations

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from allykit.routes import url_for

from . import plan as planlib
from . import present, state
from .forms import ItemForm
from .store import get_catalogue


def _render(request, lang: str, plan: planlib.Plan, errors=(), status=200, **extra):
    context = present.plan_context(lang, plan, errors=list(errors), **extra)
    response = render(request, "action_plan/plan.html", context, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


def _add(plan: planlib.Plan, action_id: str, lang: str) -> tuple[planlib.Plan, list]:
    action = get_catalogue().get(lang, action_id)
    if action is None:
        return plan, [{"text": _("That action is not in the catalogue."), "field": "catalogue"}]
    try:
        return planlib.add(plan, action.id, action.due_days, state.today()), []
    except planlib.PlanError:
        message = _("A plan holds at most %(n)s actions. Remove one first.") % {
            "n": planlib.MAX_ITEMS
        }
        return plan, [{"text": message, "field": "plan-items"}]


@require_http_methods(["GET", "HEAD", "POST"])
def plan_page(request, lang: str):
    """GET: the catalogue and an empty plan (or one action, ?add=<id>). POST: the plan in the
    form, changed by the button pressed (add, remove, save one action's date and note)."""
    if request.method != "POST":
        plan = planlib.Plan(lang=lang)
        errors = []
        added = request.GET.get("add", "")[:60]
        if added:
            plan, errors = _add(plan, added, lang)
        return _render(request, lang, plan, errors, added=added if not errors else "")
    try:
        plan = state.from_request(request, lang)
    except planlib.PlanError:
        return _render(request, lang, planlib.Plan(lang=lang), [
            {"text": _("The plan sent with the form could not be read, so an empty plan is "
                       "shown. Plans kept in this browser or under a private link are not "
                       "affected."), "field": "plan-items"}], status=400)  # fmt: skip
    op, _sep, target = request.POST.get("op", "")[:80].partition(":")
    if op == "add":
        plan, errors = _add(plan, target or request.POST.get("action", ""), lang)
        return _render(request, lang, plan, errors, added="" if errors else target)
    if op == "remove":
        return _render(request, lang, planlib.remove(plan, target), removed=target)
    if op == "save" and plan.get(target):
        form = ItemForm(request.POST, prefix=target)
        if not form.is_valid():
            return _render(request, lang, plan, present.form_errors(form), status=400,
                           invalid={target: form})  # fmt: skip
        plan = planlib.edit(plan, target, form.cleaned_data["date"], form.cleaned_data["note"])
        return _render(request, lang, plan, saved=target)
    return _render(request, lang, plan)


@csrf_exempt  # changes nothing on the server: it only shows the plan with the action added
@require_POST
def add(request, lang: str):
    """The "Add to my plan" button of every page: POST action=<id> (and the plan, if any)."""
    action_id = request.POST.get("action", "")[:60]
    if state.FIELD not in request.POST:
        return HttpResponseRedirect(url_for("plan", lang) + "?add=" + action_id, status=303)
    try:
        plan = state.from_request(request, lang)
    except planlib.PlanError:
        plan = planlib.Plan(lang=lang)
    plan, errors = _add(plan, action_id, lang)
    return _render(request, lang, plan, errors, added="" if errors else action_id)
