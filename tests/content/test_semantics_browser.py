"""In the browser: each content table's region is named by its caption, row headers name the
rows, quote cards are blockquotes, and the chart figures keep their names; axe finds nothing
on these pages, light and dark, at phone and desktop widths, with the data tables open."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from allykit.routes import url_for
from tests.browser.fixtures import SPLIT_WORDS, axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TABLE_PAGES = ["bystander", "home", "sponsorship"]
PAGES = [*TABLE_PAGES, "why", "why-figures", "mentoring"]
OPEN_ALL = "() => document.querySelectorAll('main details').forEach(d => { d.open = true; })"


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("key", TABLE_PAGES)
def test_each_table_region_is_named_by_its_caption(live_server, new_page, key, lang):
    page = new_page("desktop")
    page.goto(live_server.url + url_for(key, lang))
    page.evaluate(OPEN_ALL)  # the home page's sections are folded
    captions = page.locator(".table-scroll table.stack caption")
    assert captions.count() >= 1
    for i in range(captions.count()):
        name = captions.nth(i).inner_text().strip()
        region = page.get_by_role("region", name=name, exact=True)
        expect(region).to_have_count(1)
        table = region.get_by_role("table", name=name, exact=True)
        expect(table).to_have_count(1)
        first = table.locator("tbody tr").first.locator("th[scope=row]")
        expect(first).to_have_count(1)
        expect(table.get_by_role("rowheader").first).to_have_text(first.inner_text())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_phone_layout_titles_each_row_by_its_row_header(live_server, new_page, lang):
    page = new_page("phone")
    page.goto(live_server.url + url_for("bystander", lang))
    table = page.locator("table.stack").first
    header = table.locator("tbody th[scope=row]").first
    cell = table.locator("tbody td").first
    assert header.evaluate("e => getComputedStyle(e).display") == "block"
    # the row's name sits above its cells, full width, with no split word
    assert header.bounding_box()["y"] < cell.bounding_box()["y"]
    assert abs(header.bounding_box()["x"] - cell.bounding_box()["x"]) <= 1
    assert not table.locator("tbody th, tbody td").evaluate_all(SPLIT_WORDS)
    # each cell's column heading is shown above it
    label = cell.evaluate("e => getComputedStyle(e, '::before').content")
    assert label.strip('"') == cell.get_attribute("data-label") != ""


def test_quote_cards_are_blockquotes_and_charts_are_named_figures(live_server, new_page):
    page = new_page("desktop")
    page.goto(live_server.url + url_for("why", "en"))
    card = page.locator("figure.quote-card").first
    expect(card.locator("> blockquote.quote-text > p")).to_have_count(1)
    expect(card.locator("> figcaption .quote-name")).to_have_text("André Picard")
    page.goto(live_server.url + url_for("why-figures", "en"))
    figures = page.locator("figure.chart-figure")
    assert figures.count() >= 2
    for i in range(figures.count()):
        caption = figures.nth(i).locator(".figure-caption").inner_text()
        title = figures.nth(i).locator("svg title").text_content()
        name = figures.nth(i).evaluate("e => e.getAttribute('aria-labelledby')")
        assert page.locator(f"#{name}").inner_text() == caption and caption.startswith(title)
        figures.nth(i).locator("summary").click()
        data = page.get_by_role("region", name=f"Data table: {title}", exact=True)
        expect(data).to_be_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_axe_finds_nothing_on_the_pages_with_tables_quotes_and_charts(
    live_server, new_page, axe, width, scheme
):
    page = new_page(width)
    page.emulate_media(color_scheme=scheme)
    failures = {}
    for key in PAGES:
        for lang in ("en", "fr"):
            page.goto(live_server.url + url_for(key, lang))
            page.evaluate(OPEN_ALL)  # data tables, long descriptions, folded sections
            found = axe_violations(axe, page)
            if found:
                failures[f"{key} {lang}"] = found
    assert failures == {}
