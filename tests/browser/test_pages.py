"""Every page in a real browser: axe at two widths, keyboard navigation, no-JavaScript use."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.conftest import all_page_urls

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PAGES = all_page_urls()


FOCUS_STYLE = """() => { const el = document.activeElement; const s = getComputedStyle(el);
    return {href: el.href || '', tag: el.tagName, text: el.textContent.trim(),
            ring: (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || s.boxShadow !== 'none'
                  || s.backgroundColor === 'rgb(255, 191, 71)'}; }"""


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_keyboard_reaches_every_navigation_link_with_visible_focus(live_server, new_page, lang):
    """Top-level links and submenu buttons by Tab; a submenu's links once Enter opens it."""
    page = new_page("desktop")
    page.goto(f"{live_server.url}/{lang}/")
    targets = set(
        page.eval_on_selector_all(
            "nav[data-nav] a:not(.menu-close)",
            "els => els.filter(e => e.checkVisibility() || e.closest('details')).map(e => e.href)",
        )
    )
    reached = set()
    for _ in range(120):
        page.keyboard.press("Tab")
        info = page.evaluate(FOCUS_STYLE)
        if info["tag"] == "SUMMARY" and page.evaluate("!document.activeElement.parentElement.open"):
            assert info["ring"], info
            page.keyboard.press("Enter")
        if info["href"] in targets:
            assert info["ring"], info
            reached.add(info["href"])
        if reached == targets:
            break
    assert reached == targets


def test_skip_link_is_first_and_moves_focus_to_main(live_server, new_page):
    page = new_page("desktop")
    page.goto(f"{live_server.url}/en/why-allyship/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_phone_menu_toggles_with_javascript_and_escape_closes_it(live_server, new_page):
    page = new_page("phone")
    page.goto(f"{live_server.url}/fr/")
    button = page.locator(".nav-toggle")
    expect(button).to_be_visible()
    expect(page.locator("#nav-list")).to_be_hidden()
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    expect(page.locator("#nav-list")).to_be_visible()
    page.keyboard.press("Tab")  # focus moves into the menu, which follows the button
    assert page.evaluate("document.activeElement.closest('#site-nav') !== null")
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    expect(page.locator("#nav-list")).to_be_hidden()
    assert page.evaluate("document.activeElement.classList.contains('nav-toggle')")


def test_phone_menu_opens_without_javascript(live_server, new_page):
    page = new_page("phone", javascript=False)
    page.goto(f"{live_server.url}/en/")
    expect(page.locator("#nav-list")).to_be_hidden()
    page.click(".nav-toggle")
    expect(page.locator("#nav-list a").first).to_be_visible()
    page.click(".menu-close")
    expect(page.locator("#nav-list")).to_be_hidden()


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_every_page_works_without_javascript(live_server, new_page, width):
    page = new_page(width, javascript=False)
    for url, lang, _key in PAGES:
        response = page.goto(live_server.url + url)
        assert response.status == 200, url
        assert page.locator("h1").count() == 1
        expect(page.locator("h1")).to_be_visible()
        if width == "desktop":
            entries = page.locator("#nav-list > li > a:visible, #nav-list summary:visible")
            assert entries.count() >= 3, url
        else:
            expect(page.locator(".nav-toggle"), url).to_be_visible()
        assert page.evaluate("document.documentElement.lang") == lang


def test_microaggression_filter_without_javascript(live_server, new_page, site):
    page = new_page("phone", javascript=False)
    page.goto(f"{live_server.url}/en/what-allyship-entails/microaggressions/")
    page.select_option("#ma-setting", "hiring")
    page.click("#ma-guide button[type=submit]")
    expected = {m.id for m in site["en"].microaggressions if m.setting == "hiring"}
    shown = set(page.eval_on_selector_all(".ma-entry", "els => els.map(e => e.id.slice(3))"))
    assert shown == expected and "setting=hiring" in page.url


def test_microaggression_filter_with_javascript(live_server, new_page, site):
    page = new_page("desktop")
    page.goto(f"{live_server.url}/fr/en-quoi-consiste-l-alliance/microagressions/")
    page.select_option("#ma-dimension", "age")
    expected = {m.id for m in site["fr"].microaggressions if "age" in m.dimensions}
    visible = set(
        page.eval_on_selector_all(".ma-entry:not([hidden])", "els => els.map(e => e.id.slice(3))")
    )
    assert visible == expected
    assert "dimension=age" in page.url
    assert str(len(expected)) in page.locator(".filter-count").inner_text()
