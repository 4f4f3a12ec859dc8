"""Every "What you can do this week" item can be added to the plan in one step.

In the Markdown, each item of a page's `## ... {#this-week}` list ends with the id of its
catalogue action, written like an anchor (the content engine gives the item that id):

    1. Say her title where others use her first name. {#say-her-title}

`with_buttons(html, lang)` adds an "Add to my plan" form to each such item of a rendered page
(a POST to /<lang>/plan/add/ that works without JavaScript and carries no CSRF token, so the
page stays public and cacheable; plan.js adds in place). `problems(site, catalogue)` is the
check `allykit check-content` runs: every item has an action, every action id exists, and both
languages list the same actions.
"""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import translation

from allykit.content.model import Problem
from allykit.routes import url_for

SECTION = re.compile(r'<h2 id="this-week">.*?(?=<h2[\s>]|$)', re.S)
ITEM = re.compile(r"<li(?: id=\"([a-z0-9][a-z0-9-]*)\")?>(.*?)</li>", re.S)


def section_of(html: str) -> re.Match | None:
    return SECTION.search(html)


def item_ids(html: str) -> list[str]:
    """The ids of the this-week items of a page's HTML ('' for an item without one)."""
    found = section_of(html)
    return [m.group(1) or "" for m in ITEM.finditer(found.group(0))] if found else []


def page_html(page) -> str:
    return "".join(seg for seg in page.segments if isinstance(seg, str))


def with_buttons(html: str, lang: str) -> str:
    """`html` with an "Add to my plan" form in each this-week item that names an action."""
    found = section_of(html)
    if found is None:
        return html
    from .store import get_catalogue

    catalogue = get_catalogue()
    with translation.override(lang):
        add_url, plan_url = url_for("plan-add", lang), url_for("plan", lang)

        def button(m: re.Match) -> str:
            action = catalogue.get(lang, m.group(1) or "")
            if action is None:
                return m.group(0)
            form = render_to_string(
                "action_plan/_add_button.html",
                {
                    "action": action,
                    "add_url": add_url,
                    "plan_url": plan_url,
                },
            )
            return f'<li id="{action.id}">{m.group(2)}{form}</li>'

        section = ITEM.sub(button, found.group(0))
    assets = (
        f'<link rel="stylesheet" href="{static("action_plan/plan.css")}">'
        f'<script src="{static("action_plan/plan.js")}" defer></script>'
    )
    return html[: found.start()] + section + assets + html[found.end() :]


def _line(lang: str, key: str, needle: str) -> int:
    path = Path(settings.CONTENT_DIR) / lang / f"{key}.md"
    try:
        for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if needle in text:
                return n
    except OSError:
        pass
    return 1


def problems(site, catalogue) -> list[Problem]:
    """Every this-week item names a catalogue action; both languages name the same ones."""
    out = []
    ids_by_lang: dict[str, dict[str, list[str]]] = {}
    for lang in ("en", "fr"):
        ids_by_lang[lang] = {}
        for key, page in site[lang].pages.items():
            ids = item_ids(page_html(page))
            if not ids:
                continue
            ids_by_lang[lang][key] = ids
            path = f"content/{lang}/{key}.md"
            for n, aid in enumerate(ids, start=1):
                if not aid:
                    line = _line(lang, key, "{#this-week}")
                    message = (
                        f"'What you can do this week' item {n} names no action: end it "
                        "with {#action-id} from actions.yaml"
                    )
                    out.append(Problem(path, line, message))
                elif aid not in catalogue:
                    line = _line(lang, key, "{#" + aid + "}")
                    message = (
                        f"'What you can do this week' item {n}: unknown action '{aid}' "
                        f"(not in content/{lang}/actions.yaml)"
                    )
                    out.append(Problem(path, line, message))
    for key, ids in ids_by_lang["en"].items():
        other = ids_by_lang["fr"].get(key, [])
        if ids != other:
            line = _line("fr", key, "{#this-week}")
            message = (
                "'What you can do this week' names other actions than in English "
                f"({', '.join(other) or 'none'} instead of {', '.join(ids)})"
            )
            out.append(Problem(f"content/fr/{key}.md", line, message))
    return out
