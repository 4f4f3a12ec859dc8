"""The private link: save the plan under a long random token, open it on another device,
change it, download it, delete it at once. No email, no account: whoever holds the link is
the owner (docs/decisions/1301-action-plan.md)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from allykit.config import value
from allykit.contact import ratelimit
from allykit.routes import url_for

from . import keys, present, private, state, views
from . import plan as planlib
from .store import get_catalogue
from .views import DOWNLOADS, download, page


def link_of(request, lang: str, token: str) -> str:
    return request.build_absolute_uri(
        f"{url_for('plan-private', lang)}?{urlencode({'key': token})}"
    )


def _page(request, lang: str, mode: str, plan=None, status=200, **extra):
    plan = plan or planlib.Plan(lang=lang)
    context = present.base_context(lang, plan, extra.pop("errors", ()), **extra)
    context.update(mode=mode, plan_days=private.days())
    response = page(request, "action_plan/private.html", context, status=status)
    # The address holds the key. The site's Referrer-Policy (same-origin) already keeps it from
    # other hosts; "no-referrer" would make the browser send "Origin: null" with this page's
    # forms, which the CSRF check refuses.
    response["X-Robots-Tag"] = "noindex"
    return response


def _opened(request, lang: str, token: str, mode: str = "open", **extra):
    found = private.open_plan(token, get_catalogue(), lang)
    if found is None:
        return _page(request, lang, "missing", status=404)
    plan, row = found
    return _page(
        request,
        lang,
        mode,
        plan,
        key=token,
        link=link_of(request, lang, token),
        expires=present.day(row.expires_at.date()),
        source="private",
        **extra,
    )


def _save(request, lang: str, token: str):
    try:
        plan = state.from_request(request, lang)
    except planlib.PlanError:
        plan = None
    if plan is None or not plan.items:
        errors = [
            {
                "text": _(
                    "There is nothing to save yet: add at least one action to your plan first."
                ),
                "href": url_for("plan", lang),
            }
        ]
        return _page(request, lang, "ask", plan, status=400, errors=errors)
    if not ratelimit.allow(request, "plan-save", value("ALLYKIT_PLAN_RATE_LIMIT")):
        errors = [
            {
                "text": _(
                    "Too many plans were saved from your address in the last hour. "
                    "Your plan is still in this page and in your browser: download "
                    "it, or try again later."
                )
            }
        ]
        return _page(request, lang, "ask", plan, status=429, errors=errors)
    token, _row = private.save(plan, token or None)
    query = urlencode({"key": token, "saved": "1"})
    return HttpResponseRedirect(f"{url_for('plan-private', lang)}?{query}", status=303)


@require_http_methods(["GET", "HEAD", "POST"])
def private_page(request, lang: str):
    """GET ?key=: the saved plan (or a form to paste the link). POST op=save: save the plan in
    the form (a new link, or the same one when `key` is given); op=delete: delete it now;
    op=ics|pdf|print: download the saved copy."""
    if request.method != "POST":
        token = request.GET.get("key", "").strip()[:200]
        if "key=" in token:  # a whole link pasted into the form
            token = token.rsplit("key=", 1)[1].split("&")[0]
        if not token:
            return _page(request, lang, "ask")
        if not keys.looks_like_token(token):
            return _page(request, lang, "missing", status=404)
        return _opened(request, lang, token, saved=request.GET.get("saved") == "1")
    op = request.POST.get("op", "")[:20]
    token = request.POST.get("key", "").strip()[:60]
    if op == "save":
        return _save(request, lang, token)
    if op == "delete":
        deleted = private.delete(token)
        try:
            plan = state.from_request(request, lang)
        except planlib.PlanError:
            plan = planlib.Plan(lang=lang)
        return _page(
            request, lang, "deleted" if deleted else "missing", plan, status=200 if deleted else 404
        )
    if op in DOWNLOADS:
        found = private.open_plan(token, get_catalogue(), lang)
        if found is None:
            return _page(request, lang, "missing", status=404)
        plan = found[0]
        back = f"{url_for('plan-private', lang)}?{urlencode({'key': token})}"
        response = download(request, plan, op, back=back, back_link=True)
        if response is None:
            return _opened(request, lang, token, errors=[views.nothing_ahead()])
        return response
    return _page(request, lang, "ask")
