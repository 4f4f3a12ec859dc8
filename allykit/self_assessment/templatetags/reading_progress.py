"""{% reading_progress %}: the reading-progress counter of a toolkit page (filled by
self_assessment/progress.js from the browser's localStorage; nothing is sent or stored on the
server). Used by templates/self_assessment/_progress.html, the one line the toolkit's page and
home templates include."""

from __future__ import annotations

import json

from django import template
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from allykit.self_assessment.progress import scope

register = template.Library()


@register.simple_tag(takes_context=True)
def reading_progress(context) -> str:
    found = scope(context.get("page_key", ""))
    if found is None:
        return ""
    name, keys = found
    if name == "module":
        label = _("Pages read in this module: %(read)s of %(total)s")
    else:
        label = _("Pages of the toolkit read: %(read)s of %(total)s")
    return render_to_string(
        "self_assessment/_progress_box.html",
        {
            "page_key": context.get("page_key"),
            "keys": json.dumps(list(keys)),
            "total": len(keys),
            "label": label,
            "initial": label % {"read": 0, "total": len(keys)},
        },
    )


@register.simple_tag(takes_context=True)
def page_tools(context) -> str:
    """On a module page: its card to keep and its self-assessment (from the page table's
    APP_PAGES, where each of them names the page it serves)."""
    from allykit.routes import url_for
    from allykit.toolkit.pages import APP_PAGES

    key, lang = context.get("page_key", ""), context.get("lang", "en")
    if not key or key == "home":
        return ""
    links = []
    for tool, page in APP_PAGES.items():
        if page != key or not tool.startswith(("card", "assessment")):
            continue
        links.append(
            {
                "url": url_for(tool, lang),
                "title": _tool_title(tool, lang),
                "kind": _("Card to keep:") if tool.startswith("card") else _("Self-assessment:"),
            }
        )
    if not links:
        return ""
    return render_to_string("self_assessment/_page_tools.html", {"links": links})


def _tool_title(tool: str, lang: str) -> str:
    if tool == "cards":
        return _("All the cards to keep")
    if tool == "assessment":
        return _("Where do you stand as a mentor, sponsor and ally?")
    if tool.startswith("card-"):
        from allykit.cards.bank import get_deck

        return get_deck().get(lang, tool[len("card-") :]).title
    from allykit.self_assessment.bank import get_bank

    return get_bank().get(lang, tool[len("assessment-") :]).title
