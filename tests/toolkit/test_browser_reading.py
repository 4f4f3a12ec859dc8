"""Reading the content pages in Chromium: printing, and the folds' rules (review of 2026-12-01).

Printed, a page used to keep its folds shut (the Sources list, the glossary's definitions, the
references were missing from the paper) and carried the feedback form, the previous/next links
and the reading-progress box. A list of folded entries followed by the Sources fold drew two
rules on top of each other, and the Sources chevron sat above its title.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from allykit.routes import url_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_printed_page_opens_its_folds_and_leaves_out_the_screen_only_parts(
    live_server, new_page, lang
):
    page = new_page("desktop")
    page.goto(live_server.url + url_for("sponsorship", lang))
    sources = page.locator("#sources .reference-list")
    expect(page.locator("#sources")).to_be_attached()
    expect(sources).to_be_hidden()  # folded on screen
    page.emulate_media(media="print")
    expect(sources).to_be_visible()
    expect(page.locator(".citation")).to_be_visible()
    for part in (".page-feedback", ".pagination", ".page-aside"):
        expect(page.locator(part)).to_be_hidden()
    # A reference's link text is its address already: print.css must not repeat it after it.
    after = page.locator("#sources .reference-list a[href^='http']").first.evaluate(
        "a => getComputedStyle(a, '::after').content"
    )
    assert after in ("none", "normal")


def test_a_printed_glossary_shows_every_definition(live_server, new_page):
    page = new_page("desktop")
    page.goto(live_server.url + url_for("glossary", "en"))
    first = page.locator(".glossary-entry .accordion-body").first
    expect(first).to_be_hidden()
    page.emulate_media(media="print")
    expect(first).to_be_visible()
    expect(page.locator(".glossary-entry .accordion-body").last).to_be_visible()
    expect(page.locator(".az-nav")).to_be_hidden()


def _border_top(page, selector: str) -> str:
    return page.locator(selector).evaluate("e => getComputedStyle(e).borderTopWidth")


@pytest.mark.parametrize(("key", "before"), [("home", ".landing-about"), ("glossary", ".glossary")])
def test_sources_after_a_list_of_folds_draws_one_rule(live_server, new_page, key, before):
    page = new_page("phone")
    page.goto(live_server.url + url_for(key, "en"))
    expect(page.locator("#sources")).to_be_visible()
    last_fold = page.locator(f"{before} details.accordion").last
    bottom = last_fold.evaluate("e => getComputedStyle(e).borderBottomWidth")
    assert bottom == "1px"  # the list closes with its rule ...
    assert _border_top(page, "#sources") == "0px"  # ... and Sources does not add another


@pytest.mark.parametrize("key", ["sponsorship", "glossary"])
def test_the_sources_chevron_is_level_with_its_title(live_server, new_page, key):
    page = new_page("phone")
    page.goto(live_server.url + url_for(key, "en"))
    expect(page.locator("#sources")).to_be_visible()
    chevron_centre, title_centre = page.evaluate(
        """() => {
          const summary = document.querySelector('#sources > summary');
          const title = summary.querySelector('.accordion-title').getBoundingClientRect();
          const s = getComputedStyle(summary, '::before');
          const box = summary.getBoundingClientRect();
          const top = box.top + parseFloat(s.top);
          return [top + parseFloat(s.height) / 2, title.top + title.height / 2];
        }"""
    )
    assert abs(chevron_centre - title_centre) <= 2, (chevron_centre, title_centre)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_term_page_sets_its_definition_apart(live_server, new_page, lang):
    """The term page read as a plain document: the definition looked like any paragraph."""
    page = new_page("phone")
    slug = "ally" if lang == "en" else "allie-ou-alliee"
    page.goto(live_server.url + url_for("term", lang, term_id=slug))
    definition = page.locator(".term-definition")
    expect(definition).to_be_visible()
    style = definition.evaluate(
        "e => [getComputedStyle(e).borderLeftWidth, getComputedStyle(e).backgroundColor]"
    )
    assert style[0] == "6px"
    assert style[1] not in ("rgba(0, 0, 0, 0)", "transparent")


def test_a_module_overview_keeps_its_cards_to_the_text_measure(live_server, new_page):
    """The overview's cards ran past the right edge of the text above them at desktop width."""
    page = new_page("desktop")
    page.goto(live_server.url + url_for("what", "en"))
    cards = page.locator(".module-pages .cards")
    expect(cards).to_be_visible()
    text_right = page.locator(".takeaways").evaluate("e => e.getBoundingClientRect().right")
    cards_right = cards.evaluate("e => e.getBoundingClientRect().right")
    assert cards_right <= text_right + 1, (cards_right, text_right)


def test_the_guide_reset_link_lines_up_with_the_filters_on_a_phone(live_server, new_page):
    """Without JavaScript, "Show all entries" wrapped under the button with a stray indent."""
    page = new_page("phone", javascript=False)
    page.goto(live_server.url + url_for("microaggressions", "en") + "?setting=meetings")
    reset = page.locator(".ma-guide .reset-link")
    expect(reset).to_be_visible()
    left = reset.evaluate("e => e.getBoundingClientRect().left")
    field = page.locator("#ma-role").evaluate("e => e.getBoundingClientRect().left")
    assert abs(left - field) <= 1, (left, field)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_chart_data_table_keeps_its_figures_and_headings_whole_at_320px(
    live_server, browser, lang
):
    """At 320 px (400% zoom) the data table cut "Femmes" into "Femm-es" and "57,8 %" in two."""
    context = browser.new_context(viewport={"width": 320, "height": 700})
    page = context.new_page()
    page.goto(live_server.url + url_for("why-figures", lang))
    folds = page.locator(".chart-data")
    expect(folds.first).to_be_visible()
    for i in range(folds.count()):
        folds.nth(i).locator("summary").click()
        table = folds.nth(i).locator("table")
        expect(table).to_be_visible()
        broken = table.evaluate(
            """t => [...t.querySelectorAll('td, thead th')].filter(c => {
                 const words = c.textContent.trim().split(/\\s+/).filter(Boolean);
                 const range = document.createRange();
                 range.selectNodeContents(c);
                 const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                 // a figure stays on one line; a heading wraps only between its words
                 return c.tagName === 'TD' ? lines.size > 1 : lines.size > words.length;
               }).map(c => c.textContent)"""
        )
        assert broken == [], broken
    context.close()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_guide_filters_show_their_whole_choice_at_desktop_width(live_server, new_page, lang):
    """At 1280 px three 12rem columns cut the French "Afficher toutes les répliques"."""
    page = new_page("desktop")
    page.goto(live_server.url + url_for("microaggressions", lang))
    selects = page.locator(".ma-guide select")
    expect(selects.first).to_be_visible()
    for i in range(selects.count()):
        clipped = selects.nth(i).evaluate(
            """s => {
              const probe = document.createElement('span');
              const cs = getComputedStyle(s);
              probe.style.font = cs.font;
              probe.style.position = 'absolute';
              probe.style.whiteSpace = 'nowrap';
              document.body.append(probe);
              const widest = Math.max(...[...s.options].map(o => {
                probe.textContent = o.text; return probe.getBoundingClientRect().width; }));
              probe.remove();
              // room for the text: the box less its padding, borders and the arrow (about 24px)
              const pad = parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight);
              const room = s.clientWidth - pad - 24;
              return widest > room ? `${s.id}: ${Math.round(widest)} > ${Math.round(room)}` : '';
            }"""
        )
        assert clipped == ""


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_contact_addresses_stand_apart_from_the_topics_above(live_server, new_page, lang):
    """The two addresses were a second bullet list right under the topics' list, repeating
    its labels: they read as one list. They are now a box of their own."""
    page = new_page("phone")
    page.goto(live_server.url + url_for("contact", lang))
    box = page.locator(".contact-details")
    expect(box).to_be_visible()
    style = box.evaluate(
        "e => [getComputedStyle(e).listStyleType, getComputedStyle(e).backgroundColor,"
        " getComputedStyle(e).borderLeftWidth]"
    )
    assert style[0] == "none" and style[1] != "rgba(0, 0, 0, 0)" and style[2] == "4px"
    expect(box.locator("a[href^='mailto:']")).to_have_count(2)


def test_the_printed_contact_page_has_its_addresses_but_not_the_form(live_server, new_page):
    page = new_page("desktop")
    page.goto(live_server.url + url_for("contact", "en"))
    expect(page.locator(".contact-form")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator(".contact-form")).to_be_hidden()
    expect(page.locator(".contact-details")).to_be_visible()
