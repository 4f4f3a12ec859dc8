"""What the plan pages show: the plan's actions with their catalogue text, the catalogue by
module, forms bound to each action. Shared by the plan page, the check-in page and the
downloads."""

from __future__ import annotations

from django.utils.formats import date_format

from allykit.routes import url_for
from allykit.toolkit.navigation import link

from . import plan as planlib
from . import state
from .forms import CheckInForm, ItemForm
from .store import get_catalogue


def form_errors(form) -> list[dict]:
    """The error summary's entries for a bound form, each linked to its field."""
    out = []
    for name, errors in form.errors.items():
        field = form[name]
        target = f"{field.auto_id}_0" if name == "status" else field.auto_id
        out += [{"text": str(e), "field": target} for e in errors]
    return out


def source_of(action, lang: str) -> dict:
    """Where an action comes from: its module page, its tool, its reference keys."""
    out = {"module": link(action.module, lang), "cite": action.cite}
    if action.tool:
        out["tool_url"] = url_for(action.tool, lang)
    return out


def items(lang: str, plan: planlib.Plan, invalid=None, checkin=None) -> list[dict]:
    catalogue = get_catalogue()
    out = []
    for item in planlib.sorted_items(plan):
        action = catalogue.get(lang, item.id)
        if action is None:
            continue
        bound = (invalid or {}).get(item.id)
        form = bound or ItemForm(prefix=item.id, initial={"date": item.date, "note": item.note})
        check = (checkin or {}).get(item.id) or CheckInForm(prefix=f"c-{item.id}")
        out.append({
            "item": item, "action": action, "form": form, "checkin": check,
            "date_text": date_format(item.date, "DATE_FORMAT"),
            "source": source_of(action, lang),
            "log": [{"entry": e, "date_text": date_format(e.on, "DATE_FORMAT")}
                    for e in item.log],
        })  # fmt: skip
    return out


def catalogue_groups(lang: str, plan: planlib.Plan) -> list[dict]:
    chosen = set(plan.ids())
    groups = []
    for module, actions in get_catalogue().by_module(lang).items():
        groups.append({
            "module": link(module, lang),
            "actions": [{"action": a, "chosen": a.id in chosen, "source": source_of(a, lang)}
                        for a in actions],
        })  # fmt: skip
    return groups


def plan_context(lang: str, plan: planlib.Plan, errors=(), **extra) -> dict:
    catalogue = get_catalogue()
    notice = ""
    for key in ("added", "removed", "saved"):
        action = catalogue.get(lang, extra.get(key) or "")
        if action:
            notice = {"added": "added", "removed": "removed", "saved": "saved"}[key]
            extra["notice_action"] = action
            break
    return {
        "lang": lang,
        "plan": plan,
        "state": state.dumps(plan),
        "items": items(lang, plan, extra.pop("invalid", None), extra.pop("checkin", None)),
        "groups": catalogue_groups(lang, plan),
        "errors": list(errors),
        "notice": notice,
        "max_items": planlib.MAX_ITEMS,
        "catalogue_json": {
            a.id: {"title": a.title, "due": a.due_days} for a in catalogue.langs[lang]
        },
        **extra,
    }
