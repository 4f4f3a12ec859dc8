"""The plan between requests: a signed, compressed hidden form field without JavaScript, or
the browser's own copy as JSON when plan.js posts it.

Nothing is stored on the server: each form on the plan pages carries the whole plan. The
hidden field is signed with the site's secret, so a plan from elsewhere is refused rather than
trusted; either way the plan is parsed again (sizes, dates, ids) on every post.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from django.core import signing
from django.utils import timezone

from . import plan as planlib
from .store import get_catalogue

SALT = "allykit.action_plan.state"
FIELD = "state"
JSON_FIELD = "plan_json"  # the browser's copy (localStorage), posted by plan.js
MAX_STATE = 1_500_000  # characters of the signed field: the largest plan fits (tested)


def today() -> dt.date:
    return timezone.localdate()


def dumps(plan: planlib.Plan) -> str:
    return signing.dumps(plan.to_json(), salt=SALT, compress=True)


def loads(text: str, lang: str) -> planlib.Plan:
    """The plan in a signed field ('' gives an empty plan); PlanError when it is not ours."""
    if not text:
        return planlib.Plan(lang=lang)
    if len(text) > MAX_STATE:
        raise planlib.PlanError(["the plan in the form is too large"])
    try:
        data = signing.loads(text, salt=SALT)
    except signing.BadSignature:
        reason = "the plan in the form was changed or is not from this site"
        raise planlib.PlanError([reason]) from None
    plan = planlib.parse(data, get_catalogue(), today())
    return replace(plan, lang=lang)


def from_json(text: str, lang: str) -> planlib.Plan:
    plan = planlib.parse(text or "{}", get_catalogue(), today())
    return replace(plan, lang=lang)


def from_request(request, lang: str) -> planlib.Plan:
    """The plan a post carries (PlanError when it cannot be read)."""
    if JSON_FIELD in request.POST:
        return from_json(request.POST[JSON_FIELD], lang)
    return loads(request.POST.get(FIELD, ""), lang)
