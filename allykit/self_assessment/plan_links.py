"""Links from a gap to the action plan (the `actions` helper's app, allykit/action_plan).

The action plan owns its catalogue and its add-to-plan URL; this module only reads them. When
the action plan is not installed, a gap lists no actions (the page to read remains)."""

from __future__ import annotations

from django.apps import apps


def installed() -> bool:
    return apps.is_installed("allykit.action_plan")


def actions(ids: tuple[str, ...], lang: str) -> list[dict]:
    """[{id, title}] for the catalogue's actions, in the order given."""
    if not installed() or not ids:
        return []
    from allykit.action_plan.catalogue import get_catalogue

    catalogue = get_catalogue()
    out = []
    for aid in ids:
        action = catalogue.get(lang, aid)
        if action is not None:
            out.append({"id": aid, "title": action.title})
    return out


def add_url(lang: str) -> str:
    """Where the add-to-plan form posts, or "" without the action plan."""
    if not installed():
        return ""
    from allykit.routes import url_for

    return url_for("plan-add", lang)
