"""What the plan pages and documents show: the plan's actions with their catalogue text, the
catalogue by module, the forms bound to each action, the record of check-ins."""

from __future__ import annotations

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from allykit.content.references import sort_key
from allykit.routes import url_for
from allykit.toolkit.navigation import link
from allykit.toolkit.pages import PAGE_KEYS
from allykit.toolkit.site import get_site

from . import plan as planlib
from . import private, state
from .forms import CheckInForm, ItemForm
from .store import get_catalogue

STATUS_LABELS = {
    "open": _("To do"),
    "done": _("Done"),
    "postponed": _("Postponed"),
    "dropped": _("Dropped"),
}
EVENT_LABELS = {
    "added": _("Added to the plan"),
    "done": _("Marked done"),
    "postponed": _("Postponed"),
    "dropped": _("Dropped"),
    "reopened": _("Back on the to-do list"),
}


def form_errors(form) -> list[dict]:
    """The error summary's entries for a bound form, each linked to its field. A date field
    whose text was not a date is shown as a text field, so what was typed comes back as typed
    (a date input cannot hold it)."""
    for name in ("date", "new_date"):
        if name in form.errors and name in form.fields:
            form.fields[name].widget.input_type = "text"
    out = []
    for name, errors in form.errors.items():
        # A radio group's error (status) leads to the group itself: its fieldset has the
        # field's id and tabindex="-1" (components/form_field.html), so focus lands on it.
        out += [{"text": str(e), "field": form[name].auto_id} for e in errors]
    return out


def day(value) -> str:
    return date_format(value, "DATE_FORMAT")


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
        form = (invalid or {}).get(item.id) or ItemForm(
            prefix=item.id, initial={"date": item.date, "note": item.note}
        )
        check = (checkin or {}).get(item.id) or CheckInForm(prefix=f"c-{item.id}")
        out.append(
            {
                "item": item,
                "action": action,
                "form": form,
                "checkin": check,
                "date_text": day(item.date),
                "status_label": STATUS_LABELS[item.status],
                "source": source_of(action, lang),
                "log": [
                    {"entry": e, "date_text": day(e.on), "label": EVENT_LABELS[e.status]}
                    for e in item.log
                ],
            }
        )
    return out


DOCUMENT_RECORD = 60  # check-ins in the printed plan and the PDF: the latest ones


def record(lang: str, plan: planlib.Plan, added: bool = True, limit: int = 0) -> list[dict]:
    """Every check-in, newest first, grouped by day (without the "added" entries if not
    `added`: the printed plan lists its actions already; at most `limit` if given)."""
    catalogue = get_catalogue()
    days: list[dict] = []
    shown = 0
    for entry, aid in planlib.record(plan):
        action = catalogue.get(lang, aid)
        if action is None or not added and entry.status == "added":
            continue
        if limit and shown >= limit:
            break
        shown += 1
        if not days or days[-1]["on"] != entry.on:
            days.append({"on": entry.on, "date_text": day(entry.on), "entries": []})
        days[-1]["entries"].append(
            {"action": action, "label": EVENT_LABELS[entry.status], "entry": entry}
        )
    return days


def counts(plan: planlib.Plan) -> dict:
    out = dict.fromkeys(planlib.STATUSES, 0)
    for item in plan.items:
        out[item.status] += 1
    return out


def catalogue_groups(lang: str, plan: planlib.Plan, focus: str = "") -> list[dict]:
    """The catalogue by module page, each group folded; the group holding `focus` (the action
    just added) stays open, so focus can return to it."""
    chosen = set(plan.ids())
    groups = []
    by_module = get_catalogue().by_module(lang)
    for module in sorted(by_module, key=PAGE_KEYS.index):  # in the site's order
        actions = by_module[module]
        count = len(actions)
        groups.append(
            {
                "module": link(module, lang),
                "id": f"module-{module}",
                "meta": ngettext("%(n)s action", "%(n)s actions", count) % {"n": count},
                "open": any(a.id == focus for a in actions),
                "actions": [
                    {"action": a, "chosen": a.id in chosen, "source": source_of(a, lang)}
                    for a in actions
                ],
            }
        )
    return groups


NOTICES = {
    "added": _("Added to your plan: %(title)s."),
    "already": _("Already in your plan: %(title)s."),
    "removed": _("Removed from your plan: %(title)s."),
    "saved": _("Date and note saved: %(title)s."),
    "checked": _("Check-in recorded: %(title)s."),
}


def notice_text(kind: str, action_id: str, lang: str) -> str:
    action = get_catalogue().get(lang, action_id or "")
    if not kind or action is None:
        return ""
    return str(NOTICES[kind]) % {"title": action.title}


def base_context(lang: str, plan: planlib.Plan, errors=(), notice: str = "", **extra) -> dict:
    """What every plan page needs: the plan, its state field, its items, errors, a notice."""
    return {
        "lang": lang,
        "plan": plan,
        "state": state.dumps(plan),
        "plan_data": plan.to_json(),
        "items": items(lang, plan, extra.pop("invalid", None), extra.pop("checkin", None)),
        "errors": list(errors),
        "notice": notice,
        "counts": counts(plan),
        "max_items": planlib.MAX_ITEMS,
        "key": extra.pop("key", ""),
        "plan_days": private.days(),
        **extra,
    }


def plan_context(lang: str, plan: planlib.Plan, errors=(), **extra) -> dict:
    focus = extra.pop("focus", "")
    context = base_context(lang, plan, errors, **extra)
    context["groups"] = catalogue_groups(lang, plan, focus)
    return context


def document_context(lang: str, plan: planlib.Plan, request) -> dict:
    """The printable page's and the PDF's content: actions ahead, then done, then dropped,
    the record of check-ins, and the sources the actions come from."""
    site = get_site()
    rows = items(lang, plan)
    cited = []
    for row in rows:
        for key in row["action"].cite:
            if key not in cited and key in site[lang].references_html:
                cited.append(key)
    cited.sort(key=lambda k: sort_key(site.references[k], lang))  # French: by the French names
    return {
        "lang": lang,
        "plan": plan,
        "ahead": [r for r in rows if r["item"].status in ("open", "postponed")],
        "done": [r for r in rows if r["item"].status == "done"],
        "dropped": [r for r in rows if r["item"].status == "dropped"],
        "record": record(lang, plan, added=False, limit=DOCUMENT_RECORD),
        "sources": [site[lang].references_html[k] for k in cited],
        "generated": day(timezone.localdate()),
        "site_url": request.build_absolute_uri(url_for("home", lang)),
        "module_urls": {
            r["action"].id: request.build_absolute_uri(r["source"]["module"]["url"]) for r in rows
        },
    }
