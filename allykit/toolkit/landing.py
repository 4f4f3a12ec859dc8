"""The home page as a landing page: modules and tools as cards, this week's actions, and the
home page's own sections folded away below them."""

from __future__ import annotations

import re

from django.utils.safestring import mark_safe
from django.utils.translation import ngettext

from allykit import registry

from .navigation import link, minutes_text, module_minutes
from .pages import PAGES, module_pages
from .site import get_site

H2 = re.compile(r'<h2 id="([^"]+)">(.*?)</h2>', re.S)
SUB_HEADING = re.compile(r"<(/?)h([3-5])\b")
BACK_TO_TOP = re.compile(r'\s*<p class="back-to-top">.*?</p>\s*$', re.S)


def split_sections(html: str) -> tuple[str, list[dict]]:
    """Rendered page HTML -> (text before the first h2, [{anchor, title, body}] per h2)."""
    matches = list(H2.finditer(html))
    if not matches:
        return html, []
    intro = html[: matches[0].start()]
    sections = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(html)
        body = BACK_TO_TOP.sub("", html[m.end() : end])
        # The section's heading becomes an h3 (in the fold's summary): its sub-headings go down.
        body = SUB_HEADING.sub(lambda h: f"<{h.group(1)}h{int(h.group(2)) + 1}", body)
        sections.append(
            {
                "anchor": m.group(1),
                "title": mark_safe(m.group(2)),  # noqa: S308
                "body": mark_safe(body),
            }
        )  # noqa: S308 - sanitised at load
    return intro, sections


def module_cards(lang: str) -> list[dict]:
    """Every top-level page but home and contact: title, summary, reading time, page count."""
    pages = get_site()[lang].pages
    cards = []
    for entry in PAGES:
        if entry.module or entry.key in ("home", "contact"):
            continue
        card = link(entry.key, lang)
        card["description"] = pages[entry.key].description
        minutes = module_minutes(entry.key, lang)
        count = 1 + len(module_pages(entry.key))
        pages_text = ngettext("%(pages)s page", "%(pages)s pages", count) % {"pages": count}
        card.update(minutes=minutes, pages=count, meta=f"{minutes_text(minutes)} · {pages_text}")
        cards.append(card)
    return cards


def tool_cards(lang: str) -> list[dict]:
    """The tools' cards, in nav order: each app declares its card with its nav entry."""
    return [
        {
            "key": entry.key,
            "url": entry.url(lang),
            "title": entry.card_title or entry.title,
            "description": entry.blurb,
            "action": entry.action,
        }
        for entry in registry.nav_entries()
        if entry.blurb
    ]


def landing_context(parts: list) -> dict:
    """The home page's body split into its intro, this week's actions and its other sections."""
    html = "".join(str(p) for p in parts)
    intro, sections = split_sections(html)
    this_week = next((s for s in sections if s["anchor"] == "this-week"), None)
    return {
        "intro": mark_safe(intro),  # noqa: S308 - sanitised when the content was loaded
        "this_week": this_week,
        "sections": [s for s in sections if s is not this_week],
    }
