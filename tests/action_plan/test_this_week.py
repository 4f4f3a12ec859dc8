"""Every "What you can do this week" item names a catalogue action ({#id} at its end) and gets
an "Add to my plan" button that works without JavaScript, on public, cacheable pages."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from allykit.action_plan import this_week
from allykit.action_plan.store import get_catalogue
from allykit.content.markdown import RenderContext
from allykit.content.pages import render_page
from allykit.toolkit.site import SiteLinker, get_site, labels

pytestmark = pytest.mark.django_db
PAGE = """---
title: T
description: D
reviewed: 2026-12-01
---

Intro.

## What you can do this week {#this-week}

1. Say her title where others use her first name,
   on rounds and in email. {#say-her-title}
2. Run a practice round. {#run-practice-round}
3. An item without an action.
"""


def _render(text: str, lang: str = "en"):
    site = get_site()
    ctx = RenderContext(
        lang=lang,
        path=f"content/{lang}/t.md",
        references=dict(site.references),
        glossary_ids=frozenset(site[lang].glossary),
        linker=SiteLinker(),
        labels=labels(lang),
    )
    return render_page("t", text, ctx), ctx


def test_a_list_item_can_end_with_an_anchor_like_a_heading():
    page, ctx = _render(PAGE)
    html = this_week.page_html(page)
    assert '<li id="say-her-title">' in html and "{#" not in html
    assert {"say-her-title", "run-practice-round"} <= page.anchors
    assert this_week.item_ids(html) == ["say-her-title", "run-practice-round", ""]
    assert "{#" not in " ".join(s.text for s in page.sections)  # nor in search or reading time
    _page, ctx = _render(PAGE.replace("{#run-practice-round}", "{#say-her-title}"))
    assert any("duplicate anchor '#say-her-title'" in str(p) for p in ctx.problems)


def test_buttons_are_added_to_named_items_only():
    page, _ctx = _render(PAGE)
    html = this_week.with_buttons(this_week.page_html(page), "en")
    forms = re.findall(
        r'<form method="post" action="/en/plan/add/"[^>]*data-action="([^"]+)"', html
    )
    assert forms == ["say-her-title", "run-practice-round"]
    assert 'name="action" value="say-her-title"' in html and "csrfmiddlewaretoken" not in html
    assert html.count("action_plan/plan") == 2  # the stylesheet and the script, once each


def test_check_content_finds_items_without_actions_and_language_mismatches():
    site = get_site()
    assert this_week.problems(site, get_catalogue()) == []

    class Fake:  # the real site with one page changed
        def __init__(self, lang_pages):
            self.lang_pages = lang_pages

        def __getitem__(self, lang):
            return type("L", (), {"pages": self.lang_pages[lang]})

    en, fr = dict(site["en"].pages), dict(site["fr"].pages)
    page, _ = _render(PAGE)
    en["what"] = page
    found = [str(p) for p in this_week.problems(Fake({"en": en, "fr": fr}), get_catalogue())]
    assert any("content/en/what.md" in p and "item 3 names no action" in p for p in found)
    assert any("content/fr/what.md" in p and "other actions than in English" in p for p in found)
    page, _ = _render(PAGE.replace("{#run-practice-round}", "{#no-such-action}"))
    en["what"] = page
    found = [str(p) for p in this_week.problems(Fake({"en": en, "fr": fr}), get_catalogue())]
    assert any("unknown action 'no-such-action'" in p for p in found)


PAGES_WITH_ITEMS = [
    ("/en/", 5),
    ("/fr/", 5),
    ("/en/mentorship-sponsorship/", 5),
    ("/fr/mentorat-et-parrainage/", 5),
    ("/en/tools/writing-checker/methods/", 3),
    ("/fr/a-propos/", 3),
]


@pytest.mark.parametrize(("url", "count"), PAGES_WITH_ITEMS)
def test_every_this_week_item_on_the_site_has_its_button(url, count):
    response = Client().get(url)
    html = response.content.decode()
    section = html[html.index('id="this-week"') :]
    section = section[: section.find("</section>") if "</section>" in section else None]
    assert section.count("data-plan-add") >= count
    assert "csrfmiddlewaretoken" not in html  # the page stays public and cacheable
    assert "public" in response["Cache-Control"]


def test_the_button_adds_without_javascript():
    html = Client().get("/en/what-allyship-entails/").content.decode()
    action = re.search(r'data-plan-add data-action="([a-z0-9-]+)"', html).group(1)
    response = Client(enforce_csrf_checks=True).post(
        "/en/plan/add/", {"action": action}, follow=True
    )
    assert response.status_code == 200
    assert get_catalogue().get("en", action).title in response.content.decode()
