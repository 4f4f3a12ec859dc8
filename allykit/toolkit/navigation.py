"""Navigation built from the page table: the menu, module cards, previous/next, moved anchors."""

from __future__ import annotations

import math

from django.utils.translation import ngettext

from allykit.routes import url_for

from .pages import (
    APP_PAGES,
    BY_KEY,
    PAGES,
    REFERENCE_PAGES,
    is_module,
    module_of,
    module_pages,
    sequence,
)
from .site import get_site

WORDS_PER_MINUTE = 200
# Anchors every page has; they never point into a moved section.
OWN_ANCHORS = frozenset({"top", "main", "sources", "this-week"})


def reading_minutes(page) -> int:
    """Minutes to read a page's text (headings, prose, blocks) at 200 words a minute."""
    words = sum(len(s.title.split()) + len(s.text.split()) for s in page.sections)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def minutes_text(minutes: int) -> str:
    return ngettext("%(minutes)s minute to read", "%(minutes)s minutes to read", minutes) % {
        "minutes": minutes
    }


def link(key: str, lang: str) -> dict | None:
    page = get_site()[lang].pages.get(key)
    if page is None:
        return None
    return {
        "key": key,
        "url": url_for(key, lang),
        "title": page.nav_title,
        "full_title": page.title,
    }


def menu(lang: str) -> list[dict]:
    """Top-level pages in table order, each with its module's pages as children."""
    items = []
    for entry in PAGES:
        if entry.module:
            continue
        item = link(entry.key, lang)
        if item is None:
            continue
        item["children"] = [c for p in module_pages(entry.key) if (c := link(p.key, lang))]
        items.append(item)
    return items


def module_cards(key: str, lang: str) -> list[dict]:
    """The pages of module `key` as cards: title, summary, reading time, old anchor."""
    pages = get_site()[lang].pages
    cards = []
    for entry in module_pages(key):
        page = pages[entry.key]
        card = link(entry.key, lang)
        minutes = None if entry.key in REFERENCE_PAGES else reading_minutes(page)
        anchor = "" if entry.split_from else entry.moved_from  # the card stands where it was
        card.update(
            description=page.description,
            anchor=anchor,
            minutes=minutes,
            reading_time=minutes_text(minutes) if minutes else "",
        )
        cards.append(card)
    return cards


def module_minutes(key: str, lang: str) -> int:
    """Reading time of a whole module: its overview and all its pages."""
    pages = get_site()[lang].pages
    keys = [key] + [p.key for p in module_pages(key) if p.key not in REFERENCE_PAGES]
    return sum(reading_minutes(pages[k]) for k in keys)


def page_links(key: str, lang: str) -> dict:
    """Previous/next inside the module and the module overview ('back to the module')."""
    before, after = sequence(key)
    module = module_of(key)
    return {
        "previous": link(before.key, lang) if before else None,
        "next": link(after.key, lang) if after else None,
        "module": link(module, lang) if module != key else None,
    }


def moved_anchors(key: str, lang: str) -> dict:
    """For a page text was cut from (a module overview, or a page named in another page's
    `split_from`): old fragment -> URL of the page that holds that text now.

    The section's own anchor goes to the top of its new page; any other anchor that was inside
    the section (sub-headings, guide entries, glossary terms, references) keeps its fragment.
    """
    pages = get_site()[lang].pages
    overview = pages[key]
    moved = {}
    # Text that left the overview may have moved on again, to a page cut from a sibling.
    cut = [*module_pages(key), *(e for e in PAGES if e.split_from == key)]
    for entry in cut:
        url = url_for(entry.key, lang)
        for anchor in sorted(pages[entry.key].anchors - OWN_ANCHORS - overview.anchors):
            moved[anchor] = f"{url}#{anchor}"
        if entry.moved_from and entry.split_from in ("", key):
            moved[entry.moved_from] = url
    return moved


def is_reference_page(key: str) -> bool:
    return key in REFERENCE_PAGES


def entry(key: str):
    return BY_KEY[key]


def tool_action(entry) -> str:
    """What the reader can do with a tool, for its action link ("Try the writing checker");
    the tool's name when its app says nothing more."""
    return entry.link_action or entry.action or entry.title


def page_aside(key: str, lang: str, after=()) -> dict:
    """The side column of a content page at wide widths: its sections, its module's pages (the
    current one marked) and the tools that serve the page. Empty parts are left out. `after`:
    the sections a view adds below the content (the contact form), {"anchor", "title"} each."""
    from allykit import registry

    page = get_site()[lang].pages[key]
    toc = [{"anchor": s.anchor, "title": s.title} for s in page.sections if s.level == 2]
    toc += [{"anchor": s["anchor"], "title": s["title"]} for s in after]
    module = module_of(key)
    pages = []
    if is_module(module):
        keys = [module, *(p.key for p in module_pages(module))]
        pages = [dict(link(k, lang), current=k == key) for k in keys]
    tools = [
        {"url": e.url(lang), "title": e.title, "action": tool_action(e)}
        for e in registry.nav_entries()
        if APP_PAGES.get(e.key) == key
    ]
    return {
        "toc": toc if len(toc) >= 2 else [],
        "module": link(module, lang) if pages else None,
        "pages": pages,
        "tools": tools,
    }
