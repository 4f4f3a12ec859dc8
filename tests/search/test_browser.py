"""Search in a real browser: a phone-sized page, keyboard only, with and without JavaScript."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _tab_to(page, predicate_js: str, limit: int = 60) -> bool:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            f"(() => {{ const el = document.activeElement; return {predicate_js}; }})()"
        ):
            return True
    return False


@pytest.mark.parametrize("javascript", [True, False])
def test_phone_keyboard_search_reaches_the_result(live_server, new_page, javascript):
    page = new_page("phone", javascript=javascript)
    page.goto(f"{live_server.url}/en/")
    # On a phone the search box is in the menu: open it from the keyboard first.
    assert _tab_to(page, "el.matches('[data-menu-toggle]')")
    page.keyboard.press("Enter")
    assert _tab_to(page, "el.id === 'site-search-q'")
    page.keyboard.type("colleague called sweetie in front of a patient")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/search/?q=*")
    assert page.locator(".result-list mark").count() > 0
    target = (
        "/en/what-allyship-entails/microaggressions/?entry=sweetie-in-front-of-patient"
        "#ma-sweetie-in-front-of-patient"
    )
    assert _tab_to(page, f"el.getAttribute('href') === '{target}'")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{target}")
    entry = page.locator("#ma-sweetie-in-front-of-patient")
    expect(entry).to_be_visible()
    expect(entry.locator("[data-role=bystander]")).to_be_visible()  # the entry opens to its lines


def test_results_appear_as_you_type_in_french(live_server, new_page):
    page = new_page("phone")
    page.goto(f"{live_server.url}/fr/recherche/")
    page.locator("#search-q").focus()
    page.keyboard.type("micro-agression")
    # Results for the first letters typed can arrive first (on a busy machine): wait until the
    # address holds the whole query, then for its first result.
    page.wait_for_function("() => decodeURIComponent(location.search).includes('micro-agression')")
    first = page.locator(".result-list .result a").first
    expect(first).to_have_attribute("href", "/fr/glossaire/microagression/")
    assert "Résultats pour" in page.locator("[data-search-live]").inner_text()
    page.keyboard.press("Tab")  # the Search button
    page.keyboard.press("Tab")  # the first result
    assert page.evaluate("document.activeElement.getAttribute('href')") == (
        "/fr/glossaire/microagression/"
    )


@pytest.mark.parametrize("width", ["desktop", "phone"])
@pytest.mark.parametrize(
    "url",
    [
        "/en/search/?q=microaggressions",
        "/fr/recherche/?q=alli%C3%A9",
        "/en/search/?q=mikroagression",
        "/fr/recherche/?q=%F0%9F%98%80",
        "/en/search/",
    ],
)
def test_results_pages_are_axe_clean(live_server, new_page, axe, width, url):
    page = new_page(width)
    page.goto(live_server.url + url)
    assert axe_violations(axe, page) == []
