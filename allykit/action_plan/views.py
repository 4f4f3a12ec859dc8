"""The plan page, the check-in page and the "add to plan" post. Thin: the plan's logic is in
plan.py, its travel between requests in state.py, what the pages show in present.py, the
files in downloads.py; the private link's views are in views_private.py.

Every form carries the whole plan: a signed hidden field (`state`) without JavaScript, or the
browser's copy as JSON (`plan_json`) when plan.js posts it. Nothing is stored on the server.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from allykit.routes import url_for

from . import downloads, ics, present, state
from . import plan as planlib
from .forms import CheckInForm, ItemForm
from .store import get_catalogue

DOWNLOADS = ("ics", "pdf", "print")
UNREADABLE = {"text": "", "field": "plan-items"}


def _unreadable() -> dict:
    return {
        **UNREADABLE,
        "text": _(
            "The plan sent with the form could not be read, so an "
            "empty plan is shown. The copy kept in your browser or "
            "under a private link is not affected."
        ),
    }


def unreadable(response):
    """Mark an answer to a plan that could not be read: plan.js then keeps the browser's copy
    instead of storing the empty plan the page shows."""
    response["X-Plan-Unreadable"] = "1"
    return response


def page(request, template: str, context: dict, status: int = 200):
    response = render(request, template, context, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


def nothing_ahead() -> dict:
    return {
        "text": _(
            "There is no action still to do in your plan, so there is nothing to put "
            "in a calendar. Add an action, or mark one as still to do."
        ),
        "field": "plan-items",
    }


def download(request, plan: planlib.Plan, kind: str, back: str = "", back_link: bool = False):
    """The plan as a calendar file, a PDF, or the printable page (whose "back" button posts the
    plan to `back`, or is a plain link to it when `back_link`). None when there is nothing to
    put in a calendar: the caller shows its page with nothing_ahead()."""
    if kind == "ics":
        if not ics.has_events(plan):
            return None
        return downloads.calendar(request, plan)
    if kind == "pdf":
        return downloads.pdf_download(request, plan)
    context = present.document_context(plan.lang, plan, request)
    context.update(
        state=state.dumps(plan), back=back or url_for("plan", plan.lang), back_link=back_link
    )
    return page(request, "action_plan/print.html", context)


def add_action(plan: planlib.Plan, action_id: str, lang: str) -> tuple[planlib.Plan, list, str]:
    """(plan, errors, notice) after adding `action_id`."""
    action = get_catalogue().get(lang, action_id)
    if action is None:
        return plan, [{"text": _("That action is not in the catalogue."), "field": "catalogue"}], ""
    if plan.get(action.id):
        return plan, [], "already"
    try:
        return planlib.add(plan, action.id, action.due_days, state.today()), [], "added"
    except planlib.PlanError:
        message = _("A plan holds at most %(n)s actions. Remove one first.") % {
            "n": planlib.MAX_ITEMS
        }
        return plan, [{"text": message, "field": "plan-items"}], ""


def _op(request) -> tuple[str, str]:
    op, _sep, target = request.POST.get("op", "")[:80].partition(":")
    return op, target


def _notice(kind: str, target: str, lang: str) -> str:
    return present.notice_text(kind, target, lang)


# Where the notice of each change is drawn (id="plan-notice"): in the element changed. Each
# button's formaction ends in #plan-notice, so a page posted without JavaScript opens at the
# change with its message there, not at its top (nothing is stored on the server, so the
# answer cannot be a redirect to the item: it is drawn from the posted plan). An error draws
# no notice, so the page opens at its top, where the error summary takes focus (a browser
# skips autofocus when the address points to an element). plan.js focuses the same element.
NOTICE_AT = {
    "add": "action-{}",
    "save": "item-{}",
    "remove": "plan-items",
    "checkin": "item-{}",
    "added": "item-{}",
}


def notice_at(op: str, target: str, notice: str) -> str:
    """The id of the element that shows `notice`: "" (the top of the page) without one."""
    return NOTICE_AT[op].format(target) if notice and op in NOTICE_AT else ""


def _fresh(request, lang: str, added: str):
    """The plan page without a plan from the form: empty, or with the one action `added`
    (plan.js then merges it into the browser's copy)."""
    plan, errors, notice = planlib.Plan(lang=lang), [], ""
    if added:
        plan, errors, notice = add_action(plan, added, lang)
    context = present.plan_context(
        lang,
        plan,
        errors,
        notice=_notice(notice, added, lang),
        notice_at=notice_at("added", added, notice),
        source="added" if notice else "empty",
        added=added if notice else "",
    )
    return page(request, "action_plan/plan.html", context, status=400 if errors else 200)


@require_http_methods(["GET", "HEAD", "POST"])
def plan_page(request, lang: str):
    """GET: the catalogue and an empty plan (or one action, ?add=<id>). POST: the plan in the
    form, changed by the button pressed (add, remove, save one action's date and note), or
    downloaded."""
    key = request.POST.get("key", "")[:60]
    if request.method != "POST":
        return _fresh(request, lang, request.GET.get("add", "")[:60])
    try:
        plan = state.from_request(request, lang)
    except planlib.PlanError:
        context = present.plan_context(lang, planlib.Plan(lang=lang), [_unreadable()])
        return unreadable(page(request, "action_plan/plan.html", context, status=400))
    op, target = _op(request)
    errors, notice, status, invalid = [], "", 200, None
    if op in DOWNLOADS and (response := download(request, plan, op)) is not None:
        return response
    if op == "ics":
        errors, status = [nothing_ahead()], 400
    elif op == "add":
        target = target or request.POST.get("action", "")[:60]
        plan, errors, notice = add_action(plan, target, lang)
    elif op == "remove" and plan.get(target):
        plan, notice = planlib.remove(plan, target), "removed"
    elif op == "save" and plan.get(target):
        form = ItemForm(request.POST, prefix=target)
        if form.is_valid():
            data = form.cleaned_data
            plan, notice = planlib.edit(plan, target, data["date"], data["note"]), "saved"
        else:
            errors, status, invalid = present.form_errors(form), 400, {target: form}
    context = present.plan_context(
        lang,
        plan,
        errors,
        notice=_notice(notice, target, lang),
        notice_at=notice_at(op, target, notice),
        invalid=invalid,
        key=key,
        source="posted",
        focus=target if op == "add" else "",
    )
    return page(request, "action_plan/plan.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def checkin_page(request, lang: str):
    """Mark actions done, postponed, dropped or still to do; see the record over time."""
    key = request.POST.get("key", "")[:60]
    if request.method != "POST":
        context = present.base_context(lang, planlib.Plan(lang=lang), source="empty")
        context["record"] = []
        return page(request, "action_plan/checkin.html", context)
    try:
        plan = state.from_request(request, lang)
    except planlib.PlanError:
        context = present.base_context(lang, planlib.Plan(lang=lang), [_unreadable()])
        context["record"] = []
        return unreadable(page(request, "action_plan/checkin.html", context, status=400))
    op, target = _op(request)
    back = url_for("plan-checkin", lang)
    if op in DOWNLOADS and (response := download(request, plan, op, back=back)) is not None:
        return response
    errors, notice, status, bound = [], "", 200, None
    if op == "ics":
        errors, status = [nothing_ahead()], 400
    elif op == "checkin" and plan.get(target):
        form = CheckInForm(request.POST, prefix=f"c-{target}")
        if form.is_valid():
            data = form.cleaned_data
            plan = planlib.check_in(
                plan, target, data["status"], state.today(), data["note"], data["new_date"]
            )
            notice = "checked"
        else:
            errors, status, bound = present.form_errors(form), 400, {target: form}
    context = present.base_context(
        lang,
        plan,
        errors,
        notice=_notice(notice, target, lang),
        notice_at=notice_at(op, target, notice),
        checkin=bound,
        key=key,
        source="posted",
    )
    context["record"] = present.record(lang, plan)
    return page(request, "action_plan/checkin.html", context, status=status)


@csrf_exempt  # changes nothing on the server: it only shows the plan with the action added
@require_http_methods(["GET", "HEAD", "POST"])
def add(request, lang: str):
    """The "Add to my plan" button of every page: POST action=<id> (and the plan, if any).
    GET ?action=<id> is its link form: the plan page with that action."""
    if request.method != "POST":
        return _fresh(request, lang, request.GET.get("action", "")[:60])
    action_id = request.POST.get("action", "")[:60]
    if state.FIELD not in request.POST and state.JSON_FIELD not in request.POST:
        # From a content page: show the plan with it, at an address that survives a reload,
        # opened at the action added (where its notice is).
        query = f"?{urlencode({'add': action_id})}" if action_id else ""
        known = get_catalogue().get(lang, action_id) if action_id else None
        fragment = f"#item-{known.id}" if known else ""
        return HttpResponseRedirect(f"{url_for('plan', lang)}{query}{fragment}", status=303)
    try:
        plan = state.from_request(request, lang)
    except planlib.PlanError:
        plan = planlib.Plan(lang=lang)
    plan, errors, notice = add_action(plan, action_id, lang)
    context = present.plan_context(
        lang,
        plan,
        errors,
        notice=_notice(notice, action_id, lang),
        notice_at=notice_at("added", action_id, notice),
        source="posted",
    )
    return page(request, "action_plan/plan.html", context, status=400 if errors else 200)
