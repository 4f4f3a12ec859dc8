"""Links from a gap to the action plan (the `actions` helper's app, allykit/action_plan).

The action plan owns its catalogue and its add-to-plan URL; this module only reads them. When
the action plan is not installed, a gap lists no actions (the page to read remains)."""

from __future__ import annotations

from django.apps import apps


def installed() -> bool:
    return apps.is_installed("allykit.action_plan")


def actions(ids: tuple[str, ...], lang: str) -> list[dict]:
    """[{id, title, how, button}] for the catalogue's actions, in the order given; `button` is
    the action plan's own "Add to my plan" form (a POST that works without JavaScript, and that
    its plan.js turns into an add in place)."""
    if not installed() or not ids:
        return []
    from django.template.loader import render_to_string

    from allykit.action_plan.store import get_catalogue
    from allykit.routes import url_for

    catalogue = get_catalogue()
    add_url, plan_url = url_for("plan-add", lang), url_for("plan", lang)
    out = []
    for aid in ids:
        action = catalogue.get(lang, aid)
        if action is not None:
            button = render_to_string(
                "action_plan/_add_button.html",
                # new_tab: without script, the plan opens beside the result, which a form
                # post drew and going back would not show again.
                {"action": action, "add_url": add_url, "plan_url": plan_url, "new_tab": True},
            )
            out.append({"id": aid, "title": action.title, "how": action.how, "button": button})
    return out


def add_url(lang: str) -> str:
    """Where the add-to-plan form posts, or "" without the action plan."""
    if not installed():
        return ""
    from allykit.routes import url_for

    return url_for("plan-add", lang)
