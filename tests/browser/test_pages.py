"""Every page in a real browser: axe at two widths, keyboard navigation, no-JavaScript use."""

from __future__ import annotations

import pytest

from tests.browser.conftest import axe_violations
from tests.conftest import all_page_urls

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PAGES = all_page_urls()


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_axe_finds_no_violation_on_any_page(live_server, new_page, axe, width):
    page = new_page(width)
    failures = {}
    for url, _lang, _key in PAGES:
        page.goto(live_server.url + url)
        found = axe_violations(axe, page)
        if found:
            failures[url] = found
    assert failures == {}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_keyboard_reaches_every_navigation_link_with_visible_focus(live_server, new_page, lang):
    page = new_page("desktop")
    page.goto(f"{live_server.url}/{lang}/")
    targets = set(page.eval_on_selector_all("nav[data-nav] a", "els => els.map(e => e.href)"))
    reached = set()
    for _ in range(60):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => { const el = document.activeElement; const s = getComputedStyle(el);
                return {href: el.href || '', outline: s.outlineStyle, width: s.outlineWidth}; }"""
        )
        if info["href"] in targets:
            assert info["outline"] != "none" and info["width"] != "0px", info
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


def test_phone_menu_toggles_with_javascript(live_server, new_page):
    page = new_page("phone")
    page.goto(f"{live_server.url}/fr/")
    button = page.locator(".nav-toggle")
    assert button.is_visible()
    assert not page.locator("#nav-list").is_visible()
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert page.locator("#nav-list").is_visible()


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_every_page_works_without_javascript(live_server, new_page, width):
    page = new_page(width, javascript=False)
    for url, lang, _key in PAGES:
        response = page.goto(live_server.url + url)
        assert response.status == 200, url
        assert page.locator("h1").count() == 1
        assert page.locator("h1").is_visible()
        assert page.locator("#nav-list a").first.is_visible(), url
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


def test_no_horizontal_scrolling_at_320px(live_server, browser):
    """At 320 CSS pixels (400% zoom of a 1280px window) nothing overflows sideways."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    wide = {}
    for url, _lang, key in PAGES:
        if key == "term" and not url.endswith("/ally/"):
            continue
        page.goto(live_server.url + url)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            wide[url] = width
    context.close()
    assert wide == {}


def test_dark_mode_keeps_contrast(live_server, browser, axe):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    page = context.new_page()
    failures = {}
    for url in ("/en/", "/fr/en-quoi-consiste-l-alliance/", "/en/resources/"):
        page.goto(live_server.url + url)
        assert (
            page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 255, 255)"
        )
        found = axe_violations(axe, page)
        if found:
            failures[url] = found
    context.close()
    assert failures == {}
