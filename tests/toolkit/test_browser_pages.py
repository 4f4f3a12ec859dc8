"""Issue 11 in Chromium: the 12-phone-screen budget, old fragments followed, the guide's filters."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from allykit.routes import url_for
from allykit.toolkit.pages import PAGES, REFERENCE_PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREEN = (360, 640)
BUDGET = 12  # phone screens
# Content pages in both languages; the glossary and the reference list are exempt (they get A-Z
# navigation and folded entries instead).
BUDGET_PAGES = [
    (p.key, lang) for p in PAGES if p.key not in REFERENCE_PAGES for lang in ("en", "fr")
]
# Pages allowed over budget (xfailed), each with its reason; none today. The French
# writing-checker methods page (13.2 screens) was the last: its limits and context sections became
# a page of their own on 2026-12-01 (docs/decisions/1106-writing-checker-reading-page.md).
OVER_BUDGET: set[tuple[str, str]] = set()


# The footer's offline line ("This page is available offline...") appears once the service
# worker has kept the page, which on a first visit may or may not happen before the page is
# measured (95 px on a phone, and CI's 12.1-screen failure). The budget is measured for the reader
# who sees it: the worker is blocked and the line shown as offline.js shows it.
SHOW_OFFLINE_LINE = """() => {
  const box = document.querySelector("[data-offline]");
  box.querySelector("[data-offline-message]").textContent = box.dataset.labelSaved;
  box.hidden = false;
}"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport={"width": SCREEN[0], "height": SCREEN[1]}, service_workers="block"
    )
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(
    ("key", "lang"), BUDGET_PAGES, ids=[f"{k}-{lang}" for k, lang in BUDGET_PAGES]
)
def test_content_page_is_at_most_twelve_phone_screens(live_server, phone, key, lang, request):
    if (key, lang) in OVER_BUDGET:
        request.applymarker(pytest.mark.xfail(strict=False, reason="long text, see OVER_BUDGET"))
    phone.goto(live_server.url + url_for(key, lang))
    phone.evaluate(SHOW_OFFLINE_LINE)
    height = phone.evaluate("document.documentElement.scrollHeight")
    assert height <= BUDGET * SCREEN[1], f"{height} px = {height / SCREEN[1]:.1f} screens"


@pytest.mark.parametrize(
    ("old", "fragment", "new", "kept"),
    [
        ("what", "microaggressions", "microaggressions", ""),
        ("what", "ma-mistaken-for-nurse", "microaggressions", "ma-mistaken-for-nurse"),
        ("mentorship", "push-pull", "mentoring", "push-pull"),
        ("mentorship", "times-up", "times-up", ""),
        ("resources", "ref-trix2003", "references", "ref-trix2003"),
        ("resources", "term-ally", "glossary", "term-ally"),
        ("writing-checker-methods", "limits", "writing-checker-reading", ""),
        ("writing-checker-methods", "context", "writing-checker-reading", "context"),
    ],
)
def test_an_old_fragment_is_followed_to_its_new_page(
    live_server, new_page, old, fragment, new, kept
):
    page = new_page("phone")
    for lang in ("en", "fr"):
        page.goto(f"{live_server.url}{url_for(old, lang)}#{fragment}")
        target = url_for(new, lang) + (f"#{kept}" if kept else "")
        page.wait_for_url(live_server.url + target)
        if kept:
            # The folded entry the old link pointed to is open and in view.
            opened = page.evaluate(
                f"""(() => {{ const e = document.getElementById({kept!r});
                    const d = e.tagName === 'DETAILS' ? e
                        : (e.querySelector('details') || e.closest('details'));
                    return d ? d.open : true; }})()"""
            )
            assert opened


def test_without_javascript_an_old_section_link_lands_on_its_card(live_server, new_page):
    page = new_page("phone", javascript=False)
    page.goto(live_server.url + url_for("what", "en") + "#tokenism-manels")
    card = page.locator("#tokenism-manels")
    expect(card).to_be_visible()
    card.get_by_role("link").click()
    assert page.url == live_server.url + url_for("tokenism-manels", "en")


@pytest.mark.parametrize("javascript", [True, False])
def test_guide_filters_by_who_you_are_setting_and_kind(live_server, new_page, javascript, site):
    page = new_page("phone", javascript=javascript)
    page.goto(live_server.url + url_for("microaggressions", "en"))
    # Collapsed by default: no line of any situation is visible.
    expect(page.locator(".ma-entry dd").first).to_be_hidden()
    page.select_option("#ma-role", "bystander")
    page.select_option("#ma-setting", "meetings")
    if not javascript:
        page.click("#ma-guide button[type=submit]")
    page.wait_for_function(
        "() => document.querySelectorAll('[data-setting-group]:not([hidden])').length === 1"
    )
    entries = page.locator(".ma-entry:not([hidden])")
    assert entries.count() >= 1
    first = entries.first
    first.locator("summary").click()
    expect(first.locator("[data-role=bystander]")).to_be_visible()
    expect(first.locator("[data-role=target]")).to_be_hidden()
    expect(first.locator("[data-role=speaker]")).to_be_hidden()
    assert "role=bystander" in page.url and "setting=meetings" in page.url
    status = page.locator(".filter-count").inner_text()
    noun = "situation" if entries.count() == 1 else "situations"
    total = len(site["en"].microaggressions)
    assert f"Showing {entries.count()} {noun} of {total}." == status


def test_glossary_letters_and_folded_terms(live_server, new_page):
    page = new_page("phone")
    page.goto(live_server.url + url_for("glossary", "fr"))
    assert page.locator(".az-nav a").count() >= 15
    expect(page.locator("#term-ally .accordion-body")).to_be_hidden()
    page.goto(live_server.url + url_for("glossary", "fr") + "#term-ally")
    page.wait_for_function("() => document.getElementById('term-ally').open")
