"""Issue 11, second round: the side column at 1280 px, the panel chart in dark mode, the shared
character count with real plurals."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from allykit.routes import url_for
from tests.panelaudit.programs import as_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module", autouse=True)
def _playwright_loop_allows_db_access():
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


def _context(browser, width, scheme="light"):
    return browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme)


def test_the_side_column_uses_the_right_of_a_wide_screen_and_stays_in_view(live_server, browser):
    context = _context(browser, 1280)
    page = context.new_page()
    page.goto(live_server.url + url_for("bystander", "en"))
    aside, article = page.locator(".page-aside"), page.locator("article.page")
    expect(aside).to_be_visible()
    assert aside.bounding_box()["x"] > article.bounding_box()["x"] + article.bounding_box()["width"]
    current = aside.locator(".aside-module a[aria-current=page]")
    assert current.get_attribute("href") == url_for("bystander", "en")
    assert aside.locator(".aside-tools a").count() >= 1  # practice serves this page
    # The fold that carries the same sections in the flow is not shown beside it.
    expect(page.locator("article .toc")).to_be_hidden()
    page.mouse.wheel(0, 2500)
    page.wait_for_function("() => document.querySelector('.aside-toc a[aria-current]') !== null")
    box = aside.bounding_box()
    assert 0 <= box["y"] < 800  # sticky: still in view after scrolling
    context.close()


def test_no_side_column_on_a_phone(live_server, browser):
    context = _context(browser, 360)
    page = context.new_page()
    page.goto(live_server.url + url_for("bystander", "fr"))
    expect(page.locator(".page-aside")).to_be_hidden()
    context.close()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_panel_chart_follows_the_dark_scheme(live_server, browser, lang):
    context = _context(browser, 1280, "dark")
    page = context.new_page()
    page.goto(live_server.url + url_for("panels", lang))
    page.fill("#id_table", as_text())
    page.click(".panel-form button[type=submit]")
    page.wait_for_selector("#result")
    colours = page.evaluate(
        """(() => { const svg = document.querySelector('.chart-wide svg');
            const s = getComputedStyle(svg);
            return {background: s.backgroundColor, text: s.fill,
                    track: getComputedStyle(svg.querySelector('.chart-track')).fill,
                    body: getComputedStyle(document.body).backgroundColor,
                    ink: getComputedStyle(document.body).color}; })()"""
    )
    assert colours["background"] == "rgba(0, 0, 0, 0)"  # the page's dark background shows
    assert colours["track"] == colours["body"]
    assert colours["text"] == colours["ink"]
    context.close()


@pytest.mark.parametrize(
    ("lang", "left", "over"),
    [
        ("en", "You have 1 character left.", "You have 2 characters too many."),
        ("fr", "Il vous reste 1\u00a0caractère.", "Vous avez 2\u00a0caractères de trop."),
    ],
)
def test_the_character_count_says_its_number_in_real_plurals(
    live_server, browser, lang, left, over
):
    context = _context(browser, 360)
    page = context.new_page()
    page.goto(live_server.url + url_for("contact", lang))
    count = page.locator("#id_message-count")
    page.fill("#id_message", "x" * 4999)
    text = "(t) => document.getElementById('id_message-count').textContent === t"
    page.wait_for_function(text, arg=left)
    page.fill("#id_message", "x" * 5002)
    page.wait_for_function(text, arg=over)
    assert count.get_attribute("aria-live") == "polite"
    context.close()


def test_marking_the_section_being_read_shifts_nothing(live_server, browser):
    context = _context(browser, 1280)
    page = context.new_page()
    page.add_init_script(
        "window.__shift = 0; new PerformanceObserver((l) => { for (const e of l.getEntries())"
        " { window.__shift += e.value; } }).observe({type: 'layout-shift', buffered: true});"
    )
    page.goto(live_server.url + url_for("biased-assumptions", "fr"))
    before = page.evaluate("() => window.__shift")
    for _ in range(4):
        page.mouse.wheel(0, 900)
        page.wait_for_timeout(150)
    expect(page.locator(".aside-toc a[aria-current]")).to_have_count(1)
    assert page.evaluate("() => window.__shift") == before
    context.close()
